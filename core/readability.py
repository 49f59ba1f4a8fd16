"""How hard a Polish text is to read, by the FOG-PL index that Jasnopis (SWPS University)
uses: 0.4 × (words per sentence + 100 × share of words of four or more syllables), read as
the years of schooling a reader needs. Wagtail's own Checks panel scores every language with
LIX, which is tuned for Swedish and English; this gives Polish editors their own measure.

Syllables are counted as groups of vowels, which a few words (na-u-ka) undercount; for a
whole page the error is small against the sentence length, which weighs most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

HARD_WORD_SYLLABLES = 4
# Years of schooling the project asks of pages for everyone, and of easy-to-read text.
PLAIN_TARGET = 9
EASY_TO_READ_TARGET = 6

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_VOWEL_GROUP = re.compile(r"[aąeęioóuy]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])\s+")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    hard_words: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def hard_word_share(self) -> float:
        return self.hard_words / self.words

    @property
    def fog_pl(self) -> float:
        return 0.4 * (self.words_per_sentence + 100 * self.hard_word_share)


def syllables(word: str) -> int:
    return max(1, len(_VOWEL_GROUP.findall(word)))


def measure(pieces: list[str]) -> Readability | None:
    """FOG-PL inputs of ``pieces`` of text (a heading, a paragraph, a list item each); None
    when there are no words to measure."""
    words = hard = sentences = 0
    for piece in pieces:
        for sentence in _SENTENCE_END.split(piece.strip()):
            found = _WORD.findall(sentence)
            if not found:
                continue
            sentences += 1
            words += len(found)
            hard += sum(1 for word in found if syllables(word) >= HARD_WORD_SYLLABLES)
    if not words:
        return None
    return Readability(words=words, sentences=sentences, hard_words=hard)


def page_text(page: Page) -> list[str]:
    """The text a page shows, piece by piece: what its search fields index."""
    pieces = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField):
            continue
        model_field = search_field.get_field(type(page))
        value = getattr(page, search_field.field_name, None)
        if hasattr(model_field, "get_searchable_content"):
            pieces.extend(strip_tags(text) for text in model_field.get_searchable_content(value))
        elif isinstance(value, str):
            pieces.append(strip_tags(value))
    return [piece for piece in pieces if piece.strip()]
