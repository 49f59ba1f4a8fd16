"""What the search page records and recalls: search terms, popular searches, promotions."""

from __future__ import annotations

import datetime
import logging

from django.db.models import Q, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.site_frame import remembered

from .models import HiddenSearch, LanguageQueryHits
from .privacy import storable_search_terms
from .tally import tally

logger = logging.getLogger("zmp.search")

POPULAR_DAYS = 30
POPULAR_LIMIT = 8
# A search shown to every visitor as "popular" must have been made more than once.
POPULAR_MIN_HITS = 2


def record_search(query_text: str, language: str, found_all_words: bool) -> None:
    """Count a search in Wagtail's search terms report, and per language if it found pages.

    Only what ``storable_search_terms`` keeps is stored: the words, without e-mail addresses,
    phone and document numbers or web addresses; a search made only of such is not counted.
    Only searches that found pages with all their words are candidates for the public list
    of popular searches, so junk typed into the box (or typed repeatedly to get onto the
    list) does not reach other visitors unless it matches the site's own content.

    The count is a log: the search view runs this after its response (core.middleware's
    ``after_response``), and the worker writes counts in batches (search/tally.py); a
    database that refuses them is logged, never the visitor's problem.
    """
    terms = storable_search_terms(query_text, language)
    if terms:
        tally.count(terms, language, found_all_words)


def popular_searches(language: str, limit: int = POPULAR_LIMIT) -> list[str]:
    """The most frequent recent searches made in ``language`` that found pages.

    Searches editors have hidden, in this language or in all, are left out. Read afresh on
    each request (the empty search page is never cached), so hiding one takes effect at once.
    """
    since = timezone.localdate() - datetime.timedelta(days=POPULAR_DAYS)
    hidden = HiddenSearch.objects.filter(language_code__in=["", language]).values("query_string")
    rows = (
        LanguageQueryHits.objects.filter(language_code=language, date__gte=since)
        .exclude(query__query_string__in=hidden)
        .values("query__query_string")
        .annotate(total=Sum("hits"))
        .filter(total__gte=POPULAR_MIN_HITS)
        .order_by("-total", "query__query_string")[:limit]
    )
    return [row["query__query_string"] for row in rows]


def promotions_for(query_text: str, locale: Locale) -> list[SearchPromotion]:
    """Editors' promoted results for this query in the visitor's language.

    A promoted page shows only on the search page of its own language (an editor promotes
    the Polish page for "odpady" and the English one for "waste"); a promoted external link
    has no language and shows wherever its search term is typed.
    """
    normalised = normalise_query_string(query_text)
    if normalised not in promoted_query_strings():
        return []
    visible = Page.objects.live().public().filter(locale=locale)
    return list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(Q(page__isnull=True) | Q(page__in=visible))
        .select_related("page")
        .order_by("sort_order", "pk")
    )


def promoted_query_strings() -> frozenset[str]:
    """The search terms editors have promoted results for, in any language.

    Most searches have none: their two queries for promotions are saved by asking this set,
    which each worker keeps until a promotion is saved or deleted (search/apps.py).
    """
    return remembered(
        "promoted-query-strings",
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )
