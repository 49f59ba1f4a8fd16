"""A translation published with its source's slug gets one from its translated title.

wagtail-localize copies the slug into a new translation; a translator who translates the title
and not the slug publishes ``/en/news/nowe-kursy-e-learningowe…``. A slug that still equals
the Polish page's while the title differs is taken as not translated.
"""

from __future__ import annotations

from django.utils.text import slugify
from wagtail.models import Locale, Page


def translated_slug(page: Page) -> str | None:
    """The slug ``page`` should have instead of its source's, or None if its own is fine."""
    default = Locale.get_default()
    if page.pk is None or page.locale_id == default.pk:
        return None
    source = (
        Page.objects.filter(translation_key=page.translation_key, locale=default)
        .only("slug", "title")
        .first()
    )
    if source is None or page.slug != source.slug or page.title == source.title:
        return None
    base = slugify(page.title) or page.slug
    parent = page.get_parent()
    taken = set(parent.get_children().exclude(pk=page.pk).values_list("slug", flat=True))
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def give_translated_slug(page: Page) -> str | None:
    """Set ``page.slug`` from its title when it is its source's; the new slug, or None."""
    slug = translated_slug(page)
    if slug is not None:
        page.slug = slug
    return slug
