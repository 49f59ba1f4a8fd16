"""Pages of a listing: one rule for every list of the site (news, series, events, search,
the advisors' directory, the consultation log).

A page number is digits only, from 1 to MAX_PAGE_NUMBER; anything else ("abc", "-1",
"1.5", " 2", a number past the last page or too long for the database) is a page that does
not exist, answered with 404 and the listing's own message, never a 500 and never
silently the first page (which a search engine would index twice).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404, HttpRequest

PAGE_PARAMETER = "page"
MAX_PAGE_NUMBER = 1_000
PAGE_NUMBER_RE = re.compile(r"[0-9]{1,6}")


def page_number(raw: str | None) -> int | None:
    """The page asked for (1 when none is), or None when ``raw`` is not a page number."""
    if raw is None or raw == "":
        return 1
    if not PAGE_NUMBER_RE.fullmatch(raw):
        return None
    number = int(raw)
    return number if 1 <= number <= MAX_PAGE_NUMBER else None


def paginate(items: Sequence, per_page: int, request: HttpRequest, message: str) -> Page:
    """The page of ``items`` the request asks for; Http404(``message``) if there is none."""
    number = page_number(request.GET.get(PAGE_PARAMETER))
    if number is None:
        raise Http404(message)
    try:
        return Paginator(items, per_page).page(number)
    except EmptyPage as error:
        raise Http404(message) from error
