"""Demo pages of easy-to-read and sign-language information, from ``easy_read.json``.

The texts are data: each ``{"pl", "en", "es"}`` object of the file becomes a
:class:`~core.demo.text.Text`, and the pages are built and translated like the rest of the
demo (``core.demo``), so the English and Spanish pages are wagtail-localize translations.
The sign-language page has no recording (none exists): it says that one is being prepared.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from wagtail.models import Page

from accessible_info.models import AccessibleInfoPage, EasyReadPage, SignLanguagePage
from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.text import T
from core.demo.tree import ensure_child_page

DATA = Path(__file__).with_name("easy_read.json")
LANGUAGES = {"pl", "en", "es"}


def as_texts(value: Any) -> Any:
    """The file's JSON with every object that has exactly the three languages as a Text."""
    if isinstance(value, dict):
        if set(value) == LANGUAGES:
            return T(**value)
        return {key: as_texts(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_texts(item) for item in value]
    return value


@cache
def content() -> dict[str, Any]:
    return as_texts(json.loads(DATA.read_text(encoding="utf-8")))


def page_spec(key: str, contact: Page | None) -> dict[str, Any]:
    """The page's texts; the pointer to the contact form only when the demo has one."""
    spec = content()[key]
    body = [block for block in spec["body"] if block[0] != "contact" or contact is not None]
    return {**spec, "body": body}


def ensure_page(
    home: Page, model: type[AccessibleInfoPage], spec: dict[str, Any], contact: Page | None
) -> AccessibleInfoPage:
    def call_to_action(value: dict[str, T]) -> tuple[str, dict[str, Any]]:
        return (
            "call_to_action",
            {
                "title": value["title"].pl,
                "text": value["text"].pl,
                "page": contact,
                "link_label": value["link_label"].pl,
            },
        )

    return ensure_child_page(
        home,
        model,
        spec["slug"].pl,
        title=spec["title"].pl,
        intro=spec["intro"].pl,
        body=stream_value(spec["body"], "pl", resolve={"contact": call_to_action}),
    )


def load(demo: Demo) -> None:
    """Both pages under the home page, in every language; added to an existing demo too."""
    home = demo.pages["home"]
    contact = demo.pages.get("contact")
    for key, model in (("easy_read", EasyReadPage), ("sign_language", SignLanguagePage)):
        spec = page_spec(key, contact)
        page = ensure_page(home, model, spec, contact)
        translate_everywhere(page, spec, demo.locales)
        demo.pages[key] = page
