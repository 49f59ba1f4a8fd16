"""What the demo loaders share while they build the site."""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import Locale, Page

from .builder import catalogue
from .tree import translate

TRANSLATED_LANGUAGES = ("en", "es")


@dataclass
class Demo:
    """Passed from loader to loader: the target locales, key pages and the menu's pages."""

    locales: list[Locale]
    pages: dict[str, Page] = field(default_factory=dict)
    menu: list[Page] = field(default_factory=list)

    @classmethod
    def start(cls) -> Demo:
        locales = [
            Locale.objects.get_or_create(language_code=code)[0] for code in TRANSLATED_LANGUAGES
        ]
        return cls(locales=locales)


def translate_everywhere(instance, spec, locales: list[Locale]) -> None:
    """Translate ``instance`` into every locale with the texts of its demo ``spec``."""
    for locale in locales:
        translate(instance, locale, catalogue(spec, locale.language_code))
