"""The lemmatiser's dictionaries load once per process, at start-up where the server asks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from django.conf import settings
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from search import analysis
from search.lemma_dictionaries import SHARED_DICTIONARY_FACTORY, SharedStreamMap

THREADS = 8


@pytest.fixture
def cold_lemmatiser(monkeypatch):
    """As in a freshly started worker: no lemmatiser, no dictionary read, no lemma cached."""
    monkeypatch.setattr(analysis, "_lemmatizer_instance", None)
    SHARED_DICTIONARY_FACTORY._get_dictionary.cache_clear()
    analysis.word_forms.cache_clear()
    yield
    analysis.word_forms.cache_clear()


def test_parallel_first_searches_load_the_dictionaries_once(cold_lemmatiser):
    loads_before = analysis.lemmatizer_loads
    start = threading.Barrier(THREADS)
    forms: list[frozenset[str]] = []

    def first_search() -> None:
        start.wait()
        forms.append(analysis.word_forms("odpadami", "pl"))

    threads = [threading.Thread(target=first_search) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert analysis.lemmatizer_loads == loads_before + 1
    # simplemma read each of the three languages' dictionaries from disk exactly once.
    dictionaries = SHARED_DICTIONARY_FACTORY._get_dictionary.cache_info()
    assert (dictionaries.misses, dictionaries.currsize) == (3, 3)
    assert len(forms) == THREADS
    assert all("odpady" in found for found in forms)


def loads_at_start_up(preload: str) -> int:
    """How many times a freshly set-up Django process has loaded the lemmatiser."""
    script = "import django; django.setup(); from search import analysis; "
    script += "print(analysis.lemmatizer_loads)"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "cms.settings.test"),
        "ZMP_PRELOAD_LEMMATISER": preload,
    }
    finished = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return int(finished.stdout.strip().splitlines()[-1])


def test_server_that_preloads_the_application_loads_the_lemmatiser_at_start_up():
    assert loads_at_start_up("1") == 1


def test_other_processes_load_the_lemmatiser_only_when_a_search_needs_it():
    assert loads_at_start_up("") == 0


@pytest.mark.parametrize("language", sorted(analysis.LEMMA_LANGUAGES))
def test_the_shared_dictionaries_give_the_lemmas_simplemmas_own_give(language):
    """The dictionaries laid out to stay shared by the workers (search/lemma_dictionaries.py)
    answer every word as simplemma's StreamMap does: a sample of its words, words before
    its first and after its last, and words it does not know."""
    own, shared = StreamMap(language), SharedStreamMap(language)
    words = list(own)
    sample = [*words[:50], *words[-50:], *words[:: max(1, len(words) // 5_000)]]
    unknown = ["", "a", "zzzzzz", "qxqxqx", "odpadamiii", "ąąą", "0000"]

    assert len(shared) == len(own)
    assert [shared.get(word) for word in sample] == [own.get(word) for word in sample]
    assert [shared.get(word) for word in unknown] == [own.get(word) for word in unknown]
    assert shared.get("odpadami" if language == "pl" else sample[100]) is not None
