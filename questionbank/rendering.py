"""Question, answer and feedback texts in Moodle's text formats, as safe HTML or plain text.

Texts come from imported files, so every path to HTML ends in nh3: ordinary formatting,
lists, tables, links and images survive; scripts, styles and event handlers do not.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

from questionbank.formats import TextFormat

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
    "samp", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul", "var",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"lang", "dir", "title"},
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan", "headers"},
    "th": {"colspan", "rowspan", "headers", "scope", "abbr"},
    "col": {"span"},
    "colgroup": {"span"},
    "abbr": {"title"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    link_rel="noopener noreferrer",
    url_schemes={"http", "https", "mailto"},
    strip_comments=True,
)
_MARKDOWN = MarkdownIt("commonmark", {"html": False})

# Moodle's text_to_html(): whitespace between tags goes, a line break next to a tag becomes
# a space, and the remaining line breaks become <br>.
_BETWEEN_TAGS_RE = re.compile(r">\s+<")
_BREAK_BEFORE_TAG_RE = re.compile(r"[\n\r]<")
_BREAK_AFTER_TAG_RE = re.compile(r">[\n\r]")
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_WHITESPACE_RE = re.compile(r"\s+")


def _moodle_to_html(text: str) -> str:
    text = _BETWEEN_TAGS_RE.sub("><", text)
    text = _BREAK_BEFORE_TAG_RE.sub(" <", text)
    text = _BREAK_AFTER_TAG_RE.sub("> ", text)
    return _NEWLINE_RE.sub("<br>\n", text)


def as_html(text: str, text_format: str) -> SafeString:
    """``text`` in ``text_format`` (html, moodle, markdown, plain) as HTML safe to show.

    An unknown format is shown as plain text: escaping is always safe.
    """
    if text_format == TextFormat.HTML:
        return mark_safe(_CLEANER.clean(text))  # noqa: S308 - nh3 output
    if text_format == TextFormat.MOODLE:
        return mark_safe(_CLEANER.clean(_moodle_to_html(text)))  # noqa: S308 - nh3 output
    if text_format == TextFormat.MARKDOWN:
        return mark_safe(_CLEANER.clean(_MARKDOWN.render(text)))  # noqa: S308 - nh3 output
    return mark_safe(_NEWLINE_RE.sub("<br>\n", escape(text)))  # noqa: S308 - escaped


# Tags that separate words when the text is read out or squeezed into one line.
_BLOCK_TAGS = _TAGS - {
    "a", "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
    "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
}  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            # An image-only answer still needs a name in a select or an aria-label.
            self.parts.append(f" {dict(attrs).get('alt') or ''} ")
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def as_text(text: str, text_format: str) -> str:
    """``text`` as one line of plain text: tags gone, entities decoded, whitespace collapsed."""
    collector = _TextCollector()
    collector.feed(as_html(text, text_format))
    collector.close()
    return _WHITESPACE_RE.sub(" ", "".join(collector.parts)).strip()
