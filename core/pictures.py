"""The renditions a listing's cards show, so a listing fetches them with its images.

Wagtail trusts a prefetch: when an image's renditions were prefetched, a size missing from
them is taken as never made, and is made again, on every request that shows it (four
renditions per card, about 90 ms each, then thrown away as duplicates). The prefetch
therefore names exactly the renditions ``templates/includes/card_picture.html`` asks for.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, Prefetch, QuerySet
from wagtail.images import get_image_model
from wagtail.images.models import Filter

M = TypeVar("M", bound=Model)

# The same sizes and formats as the {% picture %} tag of templates/includes/card_picture.html.
CARD_PICTURE = "fill-{480x270,960x540}|format-{webp,jpeg}"


def card_picture_specs() -> list[str]:
    """Each rendition of a card's picture, as Wagtail names it."""
    return Filter.expand_spec(CARD_PICTURE)


def with_card_pictures(pages: QuerySet[M], field: str) -> QuerySet[M]:
    """``pages`` with the image in ``field`` joined, and its card's renditions fetched."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=card_picture_specs())
    )
    # Wagtail looks for prefetched renditions under this attribute name.
    return pages.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
