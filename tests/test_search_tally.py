"""Search counts are written in batches per worker: several searches, one transaction."""

from __future__ import annotations

import time

import pytest
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from search.models import LanguageQueryHits
from search.tally import tally
from tests.factories_search import language_homes, text_page


@pytest.fixture
def homes(home):
    homes = language_homes(home)
    text_page(homes["pl"], "Odpady komunalne", body="Segregacja odpadów w gminie.")
    text_page(homes["es"], "Residuos", body="Residuos municipales.")
    return homes


@pytest.fixture
def held_for_an_hour(settings):
    settings.ZMP_SEARCH_TALLY_SECONDS = 3600
    yield
    tally.flush()


def hits(words: str) -> int:
    return Query.get(words).hits


def polish_hits(words: str) -> int:
    rows = LanguageQueryHits.objects.filter(query__query_string=words, language_code="pl")
    return rows.aggregate(total=Sum("hits"))["total"] or 0


def test_searches_are_held_then_written_together_in_one_transaction(
    client, homes, held_for_an_hour
):
    for _ in range(5):
        assert client.get("/pl/search/", {"query": "odpady"}).status_code == 200
    client.get("/es/search/", {"query": "residuos"})
    client.get("/pl/search/", {"query": "zzz nieznane"})

    assert hits("odpady") == 0

    with CaptureQueriesContext(connection) as writes:
        tally.flush()

    assert (hits("odpady"), polish_hits("odpady")) == (5, 5)
    assert hits("residuos") == 1
    spanish = LanguageQueryHits.objects.get(query__query_string="residuos")
    assert (spanish.language_code, spanish.hits) == ("es", 1)
    # A search that found nothing is in the terms report but never a popular search.
    assert hits("zzz nieznane") == 1
    assert not LanguageQueryHits.objects.filter(query__query_string="zzz nieznane").exists()
    # Seven searches, three distinct: each distinct one costs its own statements (at most 11
    # when every row is new), the five identical ones those of one search.
    assert len(writes.captured_queries) <= 3 * 11


def test_a_batch_is_written_at_once_when_its_first_search_is_old_enough(
    client, homes, settings, monkeypatch
):
    settings.ZMP_SEARCH_TALLY_SECONDS = 3600
    client.get("/pl/search/", {"query": "odpady"})
    clock = time.monotonic()
    monkeypatch.setattr("core.worker_batches.time.monotonic", lambda: clock + 3601)

    client.get("/pl/search/", {"query": "odpady"})

    assert hits("odpady") == 2


@pytest.mark.usefixtures("parallel_database")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_quiet_worker_writes_its_counts_by_a_timer(client, home, settings):
    homes = language_homes(home)
    text_page(homes["pl"], "Odpady komunalne", body="Segregacja odpadów w gminie.")
    settings.ZMP_SEARCH_TALLY_SECONDS = 0.2

    client.get("/pl/search/", {"query": "odpady"})

    deadline = time.monotonic() + 10
    while hits("odpady") == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert hits("odpady") == 1
