"""How one search result is shown: title and snippet with the matched words marked, type, date.

The snippet protocol
--------------------
A page type decides what text its results may show by defining

    def search_snippet_text(self, request) -> str

returning plain text (no HTML, no character entities: the search page escapes it) that the
visitor making ``request`` may read; an empty string shows no snippet. The text may depend on
whether the visitor is signed in, and on nothing else about the request: it is remembered
per page, language and signed-in state until the next publication (``result_sources``).
``stream_text(value)`` below turns a StreamField value into such text. Pages whose content
is not for everyone (lessons readable only after signing in) return their public summary to
visitors who may not read them. Page types without the method show the text of their
search fields (intro, lead, body… in the order of ``search_fields``), or their search
description if those are empty.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from itertools import islice
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.rich_text import RichText, get_text_for_indexing
from wagtail.search import index

from .analysis import WORD_RE, ParsedQuery, word_forms

SNIPPET_WORDS = 36
# Words of context shown before the first matched word.
SNIPPET_LEAD = 8
# Long lessons are only scanned this far for the passage to show.
MAX_SCANNED_CHARACTERS = 20_000
ELLIPSIS = "…"


@dataclass(frozen=True)
class ResultSource:
    """What a page's result shows before the searched words are marked: plain data."""

    url: str
    title: str
    text: str
    page_type: str
    date: datetime.date | None


@dataclass(frozen=True)
class SearchResult:
    url: str
    title: SafeString
    snippet: SafeString
    page_type: str
    date: datetime.date | None


def block_text(block: blocks.Block, value: Any) -> list[str]:
    """Readable text of a StreamField value: text and rich text, not choices or links."""
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, RichText):
        return [get_text_for_indexing(value.source)]
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return [str(value)] if value else []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    if isinstance(block, ImageBlock):
        # A StructBlock whose value is the image itself; its caption is the figure's.
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in block_text(child_block, value.get(name))
        ]
    return []


def stream_text(stream: StreamValue) -> str:
    """Plain text of a StreamField value, for a ``search_snippet_text`` method to return."""
    return " ".join(block_text(stream.stream_block, stream))


def field_text(page: Page, field: index.SearchField) -> str:
    try:
        model_field = page._meta.get_field(field.field_name)
    except FieldDoesNotExist:  # a method or a property rather than a model field
        model_field = None
    if isinstance(model_field, StreamField):
        return stream_text(getattr(page, field.field_name))
    value = field.get_value(page)
    if isinstance(value, (list, tuple)):
        return " ".join(str(item) for item in value)
    return str(value) if value else ""


def snippet_text(page: Page, request: HttpRequest) -> str:
    """Plain text a result may quote, following the snippet protocol above."""
    own = getattr(page, "search_snippet_text", None)
    if callable(own):
        text = own(request) or ""
    else:
        text = " ".join(
            field_text(page, field)
            for field in page.get_search_fields()
            if isinstance(field, index.SearchField) and field.field_name != "title"
        )
        if not text.strip():
            text = page.search_description or ""
    return " ".join(text[:MAX_SCANNED_CHARACTERS].split())


class TermMatcher:
    """Which of the query's terms each word of a text matches.

    A result's text runs to thousands of words, most of them repeated and most matching
    nothing: each distinct word is worked out once, and a word none of whose forms is any
    term's form is dismissed with one set test.
    """

    def __init__(self, query: ParsedQuery, language: str) -> None:
        self.query = query
        self.language = language
        self.any_form = query.forms
        self.known: dict[str, frozenset[int]] = {}

    def __call__(self, word: str) -> frozenset[int]:
        found = self.known.get(word)
        if found is None:
            forms = word_forms(word, self.language)
            found = (
                frozenset()
                if forms.isdisjoint(self.any_form)
                else frozenset(
                    number for number, term in enumerate(self.query.terms) if forms & term.forms
                )
            )
            self.known[word] = found
        return found


def _mark(text: str, tokens: list, matches: dict[int, frozenset[int]], start: int, end: int) -> str:
    """HTML of text[start:end] with matched words in <mark>; everything else escaped."""
    parts = []
    position = start
    for number in sorted(matches):
        token = tokens[number]
        if token.start() < start or token.end() > end:
            continue
        parts.append(escape(text[position : token.start()]))
        parts.append(f"<mark>{escape(token.group())}</mark>")
        position = token.end()
    parts.append(escape(text[position:end]))
    return "".join(parts)


def _matches(tokens: list, matcher: TermMatcher) -> dict[int, frozenset[int]]:
    """{token number: the terms it matches}, for the tokens that match any."""
    matches = {}
    for number, token in enumerate(tokens):
        if found := matcher(token.group()):
            matches[number] = found
    return matches


def highlight(
    text: str, query: ParsedQuery, language: str, matcher: TermMatcher | None = None
) -> SafeString:
    """The whole of ``text`` with the words matching ``query`` marked."""
    tokens = list(WORD_RE.finditer(text))
    matches = _matches(tokens, matcher or TermMatcher(query, language))
    return mark_safe(_mark(text, tokens, matches, 0, len(text)))  # noqa: S308 - escaped


def excerpt(
    text: str,
    query: ParsedQuery,
    language: str,
    size: int = SNIPPET_WORDS,
    matcher: TermMatcher | None = None,
) -> SafeString:
    """A passage of about ``size`` words showing as many query words as possible, marked."""
    tokens = list(islice(WORD_RE.finditer(text), 5_000))
    if not tokens:
        return mark_safe("")
    matches = _matches(tokens, matcher or TermMatcher(query, language))

    lead = min(SNIPPET_LEAD, size // 4)
    first = 0
    best = 0
    for number in matches:
        start = max(0, number - lead)
        covered = set().union(*(matches[n] for n in range(start, start + size) if n in matches))
        if len(covered) > best:
            first, best = start, len(covered)
    last = min(len(tokens), first + size) - 1

    start = 0 if first == 0 else tokens[first].start()
    end = len(text) if last == len(tokens) - 1 else tokens[last].end()
    html = _mark(text, tokens, matches, start, end)
    if start > 0:
        html = f"{ELLIPSIS} {html}"
    if end < len(text):
        html = f"{html} {ELLIPSIS}"
    return mark_safe(html)  # noqa: S308 - every piece of text went through escape()


def result_date(page: Page) -> datetime.date | None:
    """The page's own date (a news article's publication date), else when it was published."""
    own = getattr(page, "date", None)
    if isinstance(own, datetime.datetime):
        return timezone.localdate(own) if timezone.is_aware(own) else own.date()
    if isinstance(own, datetime.date):
        return own
    if page.last_published_at:
        return timezone.localdate(page.last_published_at)
    return None


def result_source(page: Page, request: HttpRequest) -> ResultSource:
    """``page`` (specific) as a search result, for the visitor making ``request``."""
    return ResultSource(
        url=page.get_url(request) or "",
        title=page.title,
        text=snippet_text(page, request),
        page_type=str(capfirst(page._meta.verbose_name)),
        date=result_date(page),
    )


def present(
    source: ResultSource, query: ParsedQuery, language: str, matcher: TermMatcher | None = None
) -> SearchResult:
    """``source`` with the query's words marked; ``matcher`` shared by a page of results."""
    matcher = matcher or TermMatcher(query, language)
    return SearchResult(
        url=source.url,
        title=highlight(source.title, query, language, matcher),
        snippet=excerpt(source.text, query, language, matcher=matcher),
        page_type=source.page_type,
        date=source.date,
    )
