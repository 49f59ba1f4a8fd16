"""Database faults: an outage answers 503 in the visitor's language; lost connections heal."""

from __future__ import annotations

import copy
import logging
import socket
import sqlite3
from contextlib import closing, contextmanager
from wsgiref.util import setup_testing_defaults

import psycopg
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import DEFAULT_DB_ALIAS, IntegrityError, OperationalError, connection, connections
from django.db import transaction as db_transaction
from django.db.backends.sqlite3.base import DatabaseWrapper as SQLiteDatabaseWrapper
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query

from contact.delivery import MessageDelivery
from core.middleware import is_database_unreachable
from tests.factories_outreach import make_contact_page

ON_POSTGRESQL = connection.vendor == "postgresql"
VALID = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie w Choroszczy?",
    "privacy_consent": "on",
}


def closed_port() -> int:
    """A local port nothing listens on: the kernel refuses connections to it."""
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def unreachable_database(tmp_path):
    """This thread's connection points where no database answers, then is restored.

    SQLite: a file in a directory that does not exist. PostgreSQL: a closed port.
    """
    original = connections[DEFAULT_DB_ALIAS]
    settings_dict = copy.deepcopy(original.settings_dict)
    if original.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "gone" / "db.sqlite3")
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    broken = original.__class__(settings_dict, DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = broken
    try:
        yield
    finally:
        broken.close()
        connections[DEFAULT_DB_ALIAS] = original


@pytest.fixture
def contact(home):
    return make_contact_page(home)


def test_page_answers_503_with_retry_after_in_english_while_the_database_is_unreachable(
    client, home, tmp_path, caplog
):
    with unreachable_database(tmp_path), caplog.at_level(logging.ERROR, logger="zmp.db"):
        response = client.get("/en/")

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert '<html lang="en">' in html
    assert "Service temporarily unavailable" in html
    assert "The site cannot reach its database at the moment." in html
    assert "Please try again in 1 minute." in html
    assert "no-store" in response["Cache-Control"]
    (record,) = [r for r in caplog.records if r.name == "zmp.db"]
    assert record.exc_info and isinstance(record.exc_info[1], OperationalError)


def test_spanish_address_answers_503_in_spanish(client, home, tmp_path):
    with unreachable_database(tmp_path):
        response = client.get("/es/")

    assert response.status_code == 503
    assert '<html lang="es">' in response.content.decode()


def test_contact_form_sent_during_an_outage_answers_503_and_stores_nothing(
    client, contact, tmp_path
):
    english_url = "/en" + contact.url[3:]
    with unreachable_database(tmp_path):
        response = client.post(english_url, VALID)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "What you sent has not been saved. Please send it again later." in (
        response.content.decode()
    )
    assert not FormSubmission.objects.exists()
    assert not MessageDelivery.objects.exists()


class SessionReadingMiddleware:
    """Reads the session before the view, as middleware of sign-in protection may."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.session.get("seen")
        return self.get_response(request)


def test_outage_met_by_middleware_also_answers_503(home, settings, tmp_path):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "tests.test_faults_database.SessionReadingMiddleware",
    ]
    visitor = Client(raise_request_exception=False)
    visitor.cookies["sessionid"] = "a" * 32

    with unreachable_database(tmp_path):
        response = visitor.get("/en/")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "Service temporarily unavailable" in response.content.decode()


def test_the_site_answers_again_once_the_database_is_back(client, home, tmp_path):
    with unreachable_database(tmp_path):
        assert client.get("/en/").status_code == 503

    assert client.get("/en/").status_code == 200


def refused_query() -> OperationalError:
    """A real OperationalError of a database that answers: a timeout, a syntax error."""
    statement = "SELECT pg_sleep(1)" if ON_POSTGRESQL else "SELEC 1"
    with (
        pytest.raises(OperationalError) as refused,
        db_transaction.atomic(),
        connection.cursor() as cursor,
    ):
        if ON_POSTGRESQL:
            cursor.execute("SET LOCAL statement_timeout = 1")
        cursor.execute(statement)
    return refused.value


def test_a_database_that_answers_but_refuses_is_not_reported_as_unreachable(db):
    with pytest.raises(IntegrityError) as duplicate, db_transaction.atomic():
        Query.objects.create(query_string="odpady")
        Query.objects.create(query_string="odpady")

    assert not is_database_unreachable(duplicate.value)
    assert not is_database_unreachable(refused_query())


def test_a_locked_sqlite_database_is_not_reported_as_unreachable(db, tmp_path):
    """'database is locked' is contention, fixed by WAL and IMMEDIATE, never a 503."""
    path = tmp_path / "locked.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("CREATE TABLE counter (hits INTEGER)")
        holder.execute("BEGIN IMMEDIATE")
        waiting = SQLiteDatabaseWrapper(
            {
                **copy.deepcopy(connections.settings[DEFAULT_DB_ALIAS]),
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(path),
                "OPTIONS": {"timeout": 0.05},
            },
            "locked",
        )
        try:
            with pytest.raises(OperationalError) as locked, waiting.cursor() as cursor:
                cursor.execute("INSERT INTO counter VALUES (1)")
        finally:
            waiting.close()

    assert "database is locked" in str(locked.value)
    assert not is_database_unreachable(locked.value)


def test_a_refused_connection_is_reported_as_unreachable(db, tmp_path):
    with unreachable_database(tmp_path), pytest.raises(OperationalError) as refused:
        connections[DEFAULT_DB_ALIAS].ensure_connection()

    assert is_database_unreachable(refused.value)


def wsgi_get(path: str) -> str:
    """A GET through Django's WSGI handler, as a WSGI server sends it: its status line.

    Unlike the test client, this keeps Django's start- and end-of-request connection
    handling (close_old_connections), where persistent connections are health-checked.
    """
    environ = {"PATH_INFO": path, "HTTP_HOST": "localhost"}
    setup_testing_defaults(environ)
    status = []
    response = WSGIHandler()(environ, lambda line, headers: status.append(line))
    b"".join(response)
    response.close()
    return status[0]


# SQLite has no server that could drop the connection: deselected there (tests/conftest.py).
@pytest.mark.postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_request_after_postgresql_dropped_a_persistent_connection_answers_200(home):
    assert connection.settings_dict["CONN_MAX_AGE"] > 0
    assert wsgi_get("/en/").startswith("200")
    backend_pid = connection.connection.info.backend_pid

    # What a PostgreSQL restart does to every open connection.
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as administrator:
        administrator.execute("SELECT pg_terminate_backend(%s)", [backend_pid])

    assert wsgi_get("/en/").startswith("200")
    assert connection.connection.info.backend_pid != backend_pid
