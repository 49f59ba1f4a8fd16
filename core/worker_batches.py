"""Records a worker gathers after its responses and writes to the database together.

Search counts and lessons' "last visited" stamps are logs, not data a page depends on. Each
used to be written after its own response: a transaction per page view, contending with
everyone else's for the database (for SQLite's single writer) and holding the worker before
its next request. A worker now keeps them and writes them in one transaction: when the
first record of a batch is ``seconds`` old (by the next record, or by a timer so that a quiet
worker does not sit on them), when a batch holds ``max_keys`` different records, and when
the worker exits. A crash of the worker can lose the last few seconds of records, never a
visitor's page. ``seconds = 0`` (the test settings) writes at once.
"""

from __future__ import annotations

import atexit
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from django.db import connections

K = TypeVar("K")
V = TypeVar("V")


class WorkerBatch(Generic[K, V]):
    """The records of one worker process, written by whichever thread finds them due.

    ``merge(held, new)`` is what a key holds once it is recorded again (a sum of counts, the
    latest stamp); ``write(records)`` writes a batch, in one transaction, and logs rather
    than raises what the database refuses; ``seconds()`` reads the setting each time.
    """

    def __init__(
        self,
        write: Callable[[dict[K, V]], None],
        merge: Callable[[V, V], V],
        seconds: Callable[[], float],
        max_keys: int,
    ) -> None:
        self._write = write
        self._merge = merge
        self._seconds = seconds
        self._max_keys = max_keys
        self._lock = threading.Lock()
        self._records: dict[K, V] = {}
        self._started: float | None = None
        self._timer: threading.Timer | None = None
        # A worker that exits (gunicorn's max-requests, a restart) writes what it holds.
        atexit.register(self.flush)

    def add(self, key: K, value: V) -> None:
        seconds = self._seconds()
        with self._lock:
            held = self._records.get(key)
            self._records[key] = value if held is None else self._merge(held, value)
            if self._started is None:
                self._started = time.monotonic()
                if seconds > 0:
                    self._timer = threading.Timer(seconds, self._flush_from_timer)
                    self._timer.daemon = True
                    self._timer.start()
            due = (
                time.monotonic() - self._started >= seconds or len(self._records) >= self._max_keys
            )
        if due:
            self.flush()

    def flush(self) -> None:
        """Write every record held so far, in one batch."""
        with self._lock:
            records, self._records = self._records, {}
            self._started = None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if records:
            self._write(records)

    def _flush_from_timer(self) -> None:
        # The timer's thread opens database connections of its own: closed as it ends.
        try:
            self.flush()
        finally:
            connections.close_all()
