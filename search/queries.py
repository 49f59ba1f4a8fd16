"""What the search page records and recalls: search terms, popular searches, promotions."""

from __future__ import annotations

import datetime
import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Q, Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from .models import HiddenSearch, LanguageQueryHits
from .privacy import storable_search_terms

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
    ``after_response``), and a database that refuses it is logged, never the visitor's
    problem. Parallel searches for the same words each count once.
    """
    terms = storable_search_terms(query_text, language)
    if not terms:
        return
    try:
        # One transaction: one commit (one disk flush on SQLite) for the few writes.
        with transaction.atomic():
            # Wagtail's get_or_create and F() increment tolerate a parallel first search.
            query = Query.get(terms)
            query.add_hit()
            if found_all_words:
                _add_language_hit(query, language, timezone.localdate())
    except DatabaseError:
        # The words typed are not logged: visitors type names and addresses into the box.
        logger.exception("A search in %s was not counted", language)


def _add_language_hit(query: Query, language: str, date: datetime.date) -> None:
    """hits + 1 on the day's row, created by whichever parallel search comes first."""
    day = LanguageQueryHits.objects.filter(query=query, language_code=language, date=date)
    if day.update(hits=F("hits") + 1):
        return
    try:
        with transaction.atomic():
            LanguageQueryHits.objects.create(query=query, language_code=language, date=date, hits=1)
    except IntegrityError:
        # Another search created the row between our update and insert; count on it.
        day.update(hits=F("hits") + 1)


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
    visible = Page.objects.live().public().filter(locale=locale)
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
        .filter(Q(page__isnull=True) | Q(page__in=visible))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
