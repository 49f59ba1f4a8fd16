"""Search counts gathered in each worker and written in batches (``core.worker_batches``).

Every first-page search used to write its own count after the response: a transaction of
about six statements per search (issue #9 measured it). Ten searches for the same words now
cost one transaction of a handful of statements, written within
``ZMP_SEARCH_TALLY_SECONDS`` (0 in the test settings: at once).
"""

from __future__ import annotations

import datetime
import logging
import operator
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core.worker_batches import WorkerBatch

from .models import LanguageQueryHits

logger = logging.getLogger("zmp.search")

# Enough for every distinct search of a busy few seconds; a flood of distinct junk queries
# is written in batches of this size rather than held.
MAX_KEYS = 500


@dataclass(frozen=True)
class CountedSearch:
    terms: str
    language: str
    found_all_words: bool
    day: datetime.date


class SearchTally(WorkerBatch[CountedSearch, int]):
    """The search counts of one worker process."""

    def __init__(self) -> None:
        super().__init__(
            write=write,
            merge=operator.add,
            seconds=lambda: settings.ZMP_SEARCH_TALLY_SECONDS,
            max_keys=MAX_KEYS,
        )

    def count(self, terms: str, language: str, found_all_words: bool) -> None:
        self.add(CountedSearch(terms, language, found_all_words, timezone.localdate()), 1)


def write(counts: dict[CountedSearch, int]) -> None:
    """Add the counts to Wagtail's search terms report and the per-language counts."""
    try:
        with transaction.atomic():
            for search, hits in sorted(counts.items(), key=lambda item: item[0].terms):
                query = Query.get(search.terms)
                _add(QueryDailyHits.objects, {"query": query, "date": search.day}, hits)
                if search.found_all_words:
                    where = {"query": query, "language_code": search.language, "date": search.day}
                    _add(LanguageQueryHits.objects, where, hits)
    except DatabaseError:
        # The words typed are not logged: visitors type names and addresses into the box.
        logger.exception("%s searches were not counted", sum(counts.values()))


def _add(rows, where: dict, hits: int) -> None:
    """hits + ``hits`` on the row, created by whichever writer comes first."""
    if rows.filter(**where).update(hits=F("hits") + hits):
        return
    try:
        with transaction.atomic():
            rows.create(**where, hits=hits)
    except IntegrityError:
        # Another worker created the row between our update and insert; count on it.
        rows.filter(**where).update(hits=F("hits") + hits)


tally = SearchTally()
