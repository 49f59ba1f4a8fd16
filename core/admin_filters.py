"""Filters of the admin's snippet listings by a translated value (a sector, a course…).

A Spanish member is filed under the Spanish copy of its sector, a Spanish glossary term under
the Spanish course page. The filter offers each value once, named in the source language, and
keeps the rows of every language filed under any copy of it (same translation key).
"""

from __future__ import annotations

from collections.abc import Callable

import django_filters
from django.db.models import QuerySet
from wagtail.models import Locale


def translated_value_filter(
    label: str, field: str, values: Callable[[], QuerySet]
) -> django_filters.ChoiceFilter:
    """A filter on ``field`` (a foreign key to a translatable model) offering ``values()``
    in the default locale."""

    def choices() -> list[tuple[str, str]]:
        return [
            (str(value.translation_key), str(value))
            for value in values().filter(locale=Locale.get_default())
        ]

    def narrow(queryset: QuerySet, name: str, key: str) -> QuerySet:
        return queryset.filter(**{f"{field}__translation_key": key}) if key else queryset

    return django_filters.ChoiceFilter(label=label, choices=choices, method=narrow)
