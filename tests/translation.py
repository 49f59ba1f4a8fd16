"""The tests' one way to translate a page or snippet: the way an editor does it.

wagtail-localize extracts the source's segments, the test supplies each segment's translation
(Polish text -> translated text), and wagtail-localize creates the translated object, linked to
its source and syncable. (The demo translates from the content tree's PO files instead.)
"""

from __future__ import annotations

from html import escape, unescape

from django.core.management.base import CommandError
from django.db import models
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate(
    instance: models.Model, locale: Locale, catalogue: dict[str, str], *, publish: bool = True
) -> models.Model:
    """The translation of a page or snippet into ``locale``, made with wagtail-localize.

    Existing translations are left as they are, so running the demo again changes nothing.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = catalogue.get(unescape(segment.string.data))
        if text is None:
            raise CommandError(
                f"The demo content has no {locale.language_code} text for "
                f"{segment.string.data!r} in {instance!r}."
            )
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context_id=segment.context_id,
            defaults={"data": escape(text, quote=False), "translation_type": "manual"},
        )
    # wagtail-localize publishes on commit; by then the demo has added children under the
    # page, and publishing the stale revision would reset the page's child count.
    is_page = isinstance(instance, Page)
    translated, _created = source.create_or_update_translation(locale, publish=not is_page)
    if publish and is_page:
        translated.get_latest_revision().publish()
    return translated
