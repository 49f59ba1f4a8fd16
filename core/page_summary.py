"""What a page is about in a sentence or two: the first of its describing fields filled in.

Search engines and link previews get it (``core.page_meta``), and so do the cards of the
home page's sections (``core.site_frame``).
"""

from __future__ import annotations

from django.utils.text import Truncator
from wagtail.models import Page

# Fields whose text describes a page, the first one filled in wins.
DESCRIPTION_FIELDS = ("search_description", "lead", "intro", "summary", "description")
DESCRIPTION_CHARACTERS = 300


def description_of(page: Page, characters: int = DESCRIPTION_CHARACTERS) -> str:
    for name in DESCRIPTION_FIELDS:
        text = getattr(page, name, "")
        if isinstance(text, str) and text.strip():
            return Truncator(" ".join(text.split())).chars(characters)
    return ""
