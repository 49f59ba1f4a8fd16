"""Pages with words in them, in each language's tree, for the search tests."""

from __future__ import annotations

from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory, locale


def language_homes(home: HomePage) -> dict[str, Page]:
    """The home page of each language tree built by ``make_site``."""
    return {code: home.get_translation(locale(code)) for code in ("pl", "en", "es")}


def text_page(
    parent: Page, title: str, intro: str = "", body: str = "", body_extra=(), **fields
) -> StandardPage:
    """A published standard page whose body is one paragraph of plain text (then the blocks
    ``body_extra``)."""
    stream = [("paragraph", RichText(f"<p>{escape(body)}</p>"))] if body else []
    stream += list(body_extra)
    return StandardPageFactory(parent=parent, title=title, intro=intro, body=stream, **fields)
