"""One rule for every image an editor picks for a model field: no text alternative, no save.

Images inside StreamFields use Wagtail's ImageBlock, which already refuses a missing alt text
unless the editor marks the image decorative; rich text offers no images. Image fields paired
with an alt-text field declare the pair here, and publishing (every save) checks it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

MISSING_ALT = _(
    "Describe the image for people who cannot see it: without it the image cannot be published."
)


class ImageTextAlternativesMixin:
    """``image_text_alternatives``: image field name → its alt-text field name, or → (that
    name, a message fitting the image) where the general message would say less."""

    image_text_alternatives: dict[str, str | tuple[str, Promise]] = {}

    def clean(self) -> None:
        super().clean()
        missing = {}
        for image_field, alternative in self.image_text_alternatives.items():
            alt_field, message = (
                alternative if isinstance(alternative, tuple) else (alternative, MISSING_ALT)
            )
            if getattr(self, f"{image_field}_id") and not getattr(self, alt_field).strip():
                missing[alt_field] = message
        if missing:
            raise ValidationError(missing)
