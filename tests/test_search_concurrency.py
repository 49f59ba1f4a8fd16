"""Parallel searches on a threaded server: every one answers, and every one is counted.

Each request runs in its own server thread with its own database connection, as the site
runs. On SQLite the ``parallel_database`` fixture (tests/conftest.py) puts the test database
in a file with the project's WAL and IMMEDIATE settings, so those connections, and the test's
own, share one database and the writers (the search counts) wait their turn.
"""

from __future__ import annotations

import logging
import threading
import urllib.request
from contextlib import contextmanager

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db.models import Sum
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from wagtail.contrib.search_promotions.models import Query

from search.models import LanguageQueryHits
from tests.factories_search import text_page

SEARCHES = 10
# The server's threads write with connections of their own, so the data must be committed;
# the test starts from the migrated data (root page, locales).
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("parallel_database"),
]


class JoiningWSGIServer(ThreadedWSGIServer):
    # server_close() then waits for every request thread, including its work after the
    # response (the search count), before the test reads the counts.
    daemon_threads = False


class SiteServerThread(LiveServerThread):
    server_class = JoiningWSGIServer


@contextmanager
def site_server():
    """A threaded HTTP server for the site, each request with its own database connection.

    That is how the site runs. Django's live server instead shares the test's one connection
    between its threads when the test database is SQLite in memory; here no connection is
    shared, and ``parallel_database`` gives them all one database.
    """
    server = SiteServerThread("localhost", _StaticFilesHandler, connections_override={})
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        if server.error:
            raise server.error
        yield f"http://localhost:{server.port}"
    finally:
        server.terminate()


def fetch_all_at_once(urls: list[str]) -> list[int | str]:
    """GET every URL from its own thread, all released together: status codes or errors."""
    start = threading.Barrier(len(urls))
    outcomes: list[int | str] = [""] * len(urls)

    def fetch(index: int, url: str) -> None:
        start.wait()
        try:
            with urllib.request.urlopen(url, timeout=120) as response:  # noqa: S310
                outcomes[index] = response.status
        except OSError as error:  # HTTPError included: a 500 is an outcome to report
            outcomes[index] = repr(error)

    threads = [threading.Thread(target=fetch, args=item) for item in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_parallel_searches_all_answer_and_are_all_counted(home, caplog):
    text_page(home, "Odpady komunalne", body="Segregacja odpadów w gminie.")

    with caplog.at_level(logging.ERROR), site_server() as server:
        outcomes = fetch_all_at_once([f"{server}/pl/search/?query=odpady"] * SEARCHES)

    assert outcomes == [200] * SEARCHES
    assert [record.getMessage() for record in caplog.records if record.name == "zmp.search"] == []
    assert Query.get("odpady").hits == SEARCHES
    polish = LanguageQueryHits.objects.filter(query__query_string="odpady", language_code="pl")
    assert polish.aggregate(total=Sum("hits"))["total"] == SEARCHES
