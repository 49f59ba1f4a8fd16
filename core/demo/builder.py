"""Turns demo content written as :class:`Text` trees into field values and catalogues.

Demo bodies use a small vocabulary of ``(block_type, value)`` pairs; this module maps it
onto the StreamField blocks of :mod:`core.blocks` for one language, and collects the
Polish → other-language string catalogue that :mod:`core.demo.tree` feeds to
wagtail-localize.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from wagtail.rich_text import RichText

from .text import Text


def html_paragraphs(paragraphs: list[Text], language: str) -> str:
    return "".join(f"<p>{escape(p[language], quote=False)}</p>" for p in paragraphs)


def html_list(items: list[Text], language: str) -> str:
    lis = "".join(f"<li>{escape(item[language], quote=False)}</li>" for item in items)
    return f"<ul>{lis}</ul>"


def stream_value(
    body: list[tuple[str, Any]],
    language: str,
    resolve: dict[str, Callable[[Any], tuple[str, Any]]] | None = None,
) -> list[tuple[str, Any]]:
    """The StreamField value of a demo body in ``language``.

    Vocabulary: heading, text, list, quote, key_figures; ``resolve`` maps further kinds
    (such as a lesson's key terms) to blocks of the caller's own stream.
    """
    blocks: list[tuple[str, Any]] = []
    for kind, value in body:
        if resolve and kind in resolve:
            blocks.append(resolve[kind](value))
        elif kind == "heading":
            blocks.append(("heading", {"text": value[language], "level": "h2"}))
        elif kind == "text":
            blocks.append(("paragraph", RichText(html_paragraphs(value, language))))
        elif kind == "list":
            blocks.append(("paragraph", RichText(html_list(value, language))))
        elif kind == "quote":
            blocks.append(
                (
                    "quote",
                    {
                        "quote": value["quote"][language],
                        "attribution": value["attribution"][language],
                    },
                )
            )
        elif kind == "key_figures":
            figures = [
                {"value": figure["value"][language], "label": figure["label"][language]}
                for figure in value
            ]
            blocks.append(("key_figures", {"title": "", "figures": figures}))
        else:
            raise ValueError(f"Unknown demo block type: {kind}")
    return blocks


def texts_in(content: Any) -> list[Text]:
    """Every :class:`Text` inside nested dicts, lists and tuples, in order."""
    if isinstance(content, Text):
        return [content]
    if isinstance(content, dict):
        return [text for value in content.values() for text in texts_in(value)]
    if isinstance(content, list | tuple):
        return [text for value in content for text in texts_in(value)]
    return []


def catalogue(content: Any, language: str) -> dict[str, str]:
    """Polish source string → its ``language`` rendering, for every text in ``content``."""
    return {text.pl: text[language] for text in texts_in(content)}
