"""The topics an advisor may offer: the five training blocks of the advisor certificate.

Stored by the blocks' translation keys (one key per course in every language) and shown by
their titles in the reader's language, falling back to the source-language title.
"""

from __future__ import annotations

from wagtail.models import Locale

from certificates.issuing import advisor_blocks
from elearning.models import CoursePage


def titles() -> dict[str, str]:
    """Translation key → title in the active language, in the catalogue's order."""
    blocks = advisor_blocks()
    keys = [block.translation_key for block in blocks]
    translated = {
        page.translation_key: page.title
        for page in CoursePage.objects.live().filter(
            translation_key__in=keys, locale=Locale.get_active()
        )
    }
    return {
        str(block.translation_key): translated.get(block.translation_key, block.title)
        for block in blocks
    }


def choices() -> list[tuple[str, str]]:
    return list(titles().items())
