"""Request-wide behaviour: the language prefix, database outages, and work after the response."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextvars import ContextVar

import psycopg
from django.conf import settings
from django.core.signals import request_finished
from django.db import OperationalError
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from core.request_log import loggable_path

# Paths that live outside the language prefixes (see cms/urls.py).
UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml")

db_logger = logging.getLogger("zmp.db")

# SQLite cannot open or read the file: it is missing, unreadable, or its disk has gone.
# "database is locked" (SQLITE_BUSY) is not among them: it is contention, which WAL and
# IMMEDIATE transactions prevent (see DATABASES in cms/settings/base.py).
SQLITE_UNREACHABLE = ("SQLITE_CANTOPEN", "SQLITE_IOERR")
# PostgreSQL's own words for "this connection is gone": connection exceptions (class 08) and
# a server shutting down, crashing or still starting.
POSTGRESQL_UNREACHABLE = ("08", "57P01", "57P02", "57P03")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s for admin paths.

    Wagtail's catch-all page route inside ``i18n_patterns`` makes every ``/pl/…`` path look
    valid, so a missing admin object would be redirected to ``/pl/admin/…`` instead of
    answering 404 where it is.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


def is_database_unreachable(error: BaseException | None) -> bool:
    """Whether ``error`` says the database cannot be reached, as opposed to refusing a query.

    Only a lost or refused connection qualifies: a constraint violation, a lock timeout or a
    cancelled statement is a fault of the request and stays a 500.
    """
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if isinstance(cause, sqlite3.Error):
        return getattr(cause, "sqlite_errorname", "").startswith(SQLITE_UNREACHABLE)
    if isinstance(cause, psycopg.OperationalError):
        # psycopg gives no SQLSTATE when the failure is on our side of the socket: refused,
        # timed out, or "the connection is closed".
        return cause.sqlstate is None or cause.sqlstate.startswith(POSTGRESQL_UNREACHABLE)
    return False


def database_unavailable_response(request: HttpRequest, error: BaseException) -> HttpResponse:
    """The 503 page, in the language of the address, asking the visitor to come back.

    Rendered without the request's context processors and with no template that reads the
    database (menus, footer): the database is what failed.
    """
    db_logger.error(
        "Database unreachable: %s %s answered 503",
        request.method,
        loggable_path(request),
        exc_info=error,
    )
    retry_after = settings.ZMP_DATABASE_RETRY_AFTER
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    with translation.override(language):
        body = loader.get_template("503.html").render(
            {"retry_after_minutes": max(1, retry_after // 60), "method": request.method}
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """Answers 503 with Retry-After, not the 500 page, while the database is unreachable.

    A form whose handler writes in a transaction has stored nothing when this answers, so
    the page tells the visitor to send it again later. Errors raised by other middleware
    never reach ``process_exception``; Django's ``handler500`` (core/errors.py) asks
    ``is_database_unreachable`` for those.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_database_unreachable(exception):
            return database_unavailable_response(request, exception)
        return None


# Work for after the response, per request; None outside a request.
_after_response: ContextVar[list[Callable[[], None]] | None] = ContextVar(
    "zmp_after_response", default=None
)


def after_response(work: Callable[[], None]) -> None:
    """Run ``work`` once the response has been sent to the visitor.

    For log-like writes (search counts, "last visited" stamps) that the visitor should not
    wait for and that must not fail the page: ``work`` logs its own failures. Outside a
    request (a management command, the task worker) it runs at once.
    """
    pending = _after_response.get()
    if pending is None:
        work()
    else:
        pending.append(work)


class AfterResponseMiddleware:
    """Opens the request's list of work for ``after_response``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        _after_response.set([])
        return self.get_response(request)


@receiver(request_finished, dispatch_uid="zmp_after_response")
def run_after_response(**kwargs) -> None:
    """The WSGI server closes the response once it has sent it; then the work runs.

    It runs in the request's thread, so it still holds a worker thread, but no longer the
    visitor. Connections it opens are persistent ones, closed by age at a later request.
    """
    pending = _after_response.get()
    _after_response.set(None)
    for work in pending or ():
        work()
