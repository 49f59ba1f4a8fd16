"""Search counts gathered in each worker and written in batches.

Every first-page search used to write its own count after the response: a transaction of
about six statements per search, contending for SQLite's single writer with the page views
of everyone else (issue #9 measured it). Counting is a log, so a worker now keeps the
counts of the searches it answers and writes them together: when the first count of a
batch is ``ZMP_SEARCH_TALLY_SECONDS`` old (by the next search, or by a timer so a quiet
worker does not sit on them), when a batch holds ``MAX_KEYS`` different searches, and when
the worker exits. Ten searches for the same words cost one transaction of a handful of
statements. What a crash of the worker can lose is the last few seconds of counts, never a
visitor's page. ``ZMP_SEARCH_TALLY_SECONDS = 0`` (the test settings) writes at once.
"""

from __future__ import annotations

import atexit
import datetime
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connections, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

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


class SearchTally:
    """The counts of one worker process, written by whichever thread finds them due."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[CountedSearch] = Counter()
        self._started: float | None = None
        self._timer: threading.Timer | None = None

    def add(self, terms: str, language: str, found_all_words: bool) -> None:
        seconds = settings.ZMP_SEARCH_TALLY_SECONDS
        search = CountedSearch(terms, language, found_all_words, timezone.localdate())
        with self._lock:
            self._counts[search] += 1
            if self._started is None:
                self._started = time.monotonic()
                if seconds > 0:
                    self._timer = threading.Timer(seconds, self._flush_from_timer)
                    self._timer.daemon = True
                    self._timer.start()
            due = time.monotonic() - self._started >= seconds or len(self._counts) >= MAX_KEYS
        if due:
            self.flush()

    def flush(self) -> None:
        """Write every count held so far, in one transaction."""
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._started = None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if counts:
            write(counts)

    def _flush_from_timer(self) -> None:
        # The timer's thread opens database connections of its own: closed as it ends.
        try:
            self.flush()
        finally:
            connections.close_all()


def write(counts: Counter[CountedSearch]) -> None:
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
# A worker that exits (gunicorn's max-requests, a restart) writes what it holds.
atexit.register(tally.flush)
