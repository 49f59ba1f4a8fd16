"""Reading pages as a visitor sees them: the parsed page, and an element's text."""

from __future__ import annotations

from bs4 import BeautifulSoup


def soup_of(client, url: str) -> BeautifulSoup:
    """The page at ``url``, which must answer 200."""
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def text_of(element) -> str:
    """The element's text with its whitespace collapsed, as it reads."""
    return " ".join(element.get_text(" ").split())
