"""The site keeps answering while Redis, its shared cache, cannot be reached.

Production's cache backend (core.cache_backends.TolerantRedisCache), against a port where
nothing listens and against the Redis that runs on this machine.
"""

from __future__ import annotations

import logging
import socket

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import MainMenu
from tests.factories import StandardPageFactory, locale

BACKEND = "core.cache_backends.TolerantRedisCache"
TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # free once the socket closes: nothing listens there


@pytest.fixture
def menu(home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    MainMenu.objects.create(locale=locale("pl"), items=[("link", {"page": about, "label": ""})])


def menu_labels(html: bytes) -> list[str]:
    return [
        a.get_text(strip=True) for a in BeautifulSoup(html, "html.parser").select("nav.main-menu a")
    ]


def test_pages_are_built_without_the_cache_while_redis_is_unreachable(
    client, settings, menu, caplog
):
    settings.CACHES = {
        "default": {
            "BACKEND": BACKEND,
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": TIMEOUTS,
        }
    }

    with caplog.at_level(logging.WARNING, logger="zmp.cache"):
        responses = [client.get("/pl/"), client.get("/pl/o-projekcie/")]

    assert [response.status_code for response in responses] == [200, 200]
    assert menu_labels(responses[0].content) == ["O projekcie"]
    assert any("Cache unreachable" in record.getMessage() for record in caplog.records)


def test_rate_limits_refuse_rather_than_fail_while_redis_is_unreachable(client, settings, home):
    settings.CACHES = {
        "default": {
            "BACKEND": BACKEND,
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": TIMEOUTS,
        }
    }

    response = client.post("/en/accounts/password-reset/", {"email": "anna@example.org"})

    assert response.status_code == 429


def test_with_redis_answering_the_frame_is_read_from_it(client, settings, menu):
    settings.CACHES = {
        "default": {"BACKEND": BACKEND, "LOCATION": "redis://127.0.0.1:6379/7", "OPTIONS": TIMEOUTS}
    }
    cache.clear()
    try:
        client.get("/pl/")
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/pl/").content
    finally:
        cache.clear()

    assert menu_labels(html) == ["O projekcie"]
    assert not any('"core_mainmenu"' in query["sql"] for query in queries.captured_queries)
