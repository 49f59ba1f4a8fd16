"""The unit of demo content: one piece of text in each of the site's languages.

Demo content is written as trees of :class:`Text` values. The Polish side builds the
source pages; the English and Spanish sides become wagtail-localize string translations
of the same segments, so the translated pages stay linked to their sources and syncable.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A string in Polish (the source language), English and Spanish."""

    pl: str
    en: str
    es: str

    def __getitem__(self, language: str) -> str:
        return getattr(self, language)


T = Text
