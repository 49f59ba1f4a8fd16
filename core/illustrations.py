"""The project's own illustrations: SVG drawings shipped as static files, one per training
block and main section, each with a title and a text alternative in every language.

They are static files rather than uploaded images because Wagtail's image library takes no
SVG (an uploaded SVG can carry script); editors choose one by name where a page or a menu
item offers it. Their texts live in ``illustrations.json`` beside this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language

CATALOGUE = Path(__file__).with_name("illustrations.json")
STATIC_FOLDER = "img/illustrations"


@dataclass(frozen=True)
class Illustration:
    name: str
    url: str
    alt: str


@cache
def _catalogue() -> dict[str, dict[str, dict[str, str]]]:
    return json.loads(CATALOGUE.read_text(encoding="utf-8"))


def _in_language(texts: dict[str, str], language: str | None) -> str:
    return texts.get(language or "", texts[settings.LANGUAGE_CODE])


def illustration_choices() -> list[tuple[str, str]]:
    """(name, title) pairs for a choice field, titles in the active (admin) language."""
    language = get_language()
    return [
        (name.removesuffix(".svg"), _in_language(texts["title"], language))
        for name, texts in sorted(_catalogue().items())
    ]


def illustration(name: str) -> Illustration | None:
    """The illustration called ``name`` with its text in the active language, if there is one."""
    texts = _catalogue().get(f"{name}.svg")
    if texts is None:
        return None
    return Illustration(
        name=name,
        url=static(f"{STATIC_FOLDER}/{name}.svg"),
        alt=_in_language(texts["alt"], get_language()),
    )
