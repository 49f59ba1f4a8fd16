"""One log line per request, and the logging filters the project's LOGGING uses.

The request id itself comes from django-guid (its middleware reads or makes it, its
``CorrelationId`` filter puts it on every record); this module adds what it lacks.
"""

import logging
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponseBase
from django_guid.middleware import guid_middleware

from core.http_headers import is_preview_rendering

logger = logging.getLogger("zmp.request")

# URL arguments that are secrets: a password-reset link works for whoever reads the log.
SECRET_URL_ARGUMENTS = ("uidb64", "token")


def loggable_path(request: HttpRequest) -> str:
    """The path without its query string (searches and form data are personal) or secrets."""
    path = request.path
    match = request.resolver_match
    for name in SECRET_URL_ARGUMENTS:
        if match and match.kwargs.get(name):
            path = path.replace(str(match.kwargs[name]), f"<{name}>")
    return path


def signed_in_user_id(request: HttpRequest) -> int | None:
    """The signed-in user's id if the request has loaded the user, else None.

    Logging must not query the database, which may be what failed, so it reads the user
    Django's AuthenticationMiddleware cached on the request when a view first needed them.
    """
    user = getattr(request, "_cached_user", None)
    return user.pk if user is not None and user.is_authenticated else None


class RequestIdMiddleware:
    """django-guid's middleware, except for preview renderings, which keep the id of the
    admin request they belong to (django-guid would give them a new one, mid-request)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.with_request_id = guid_middleware(get_response)

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if is_preview_rendering(request):
            return self.get_response(request)
        return self.with_request_id(request)


class RequestLogMiddleware:
    """Logs each request once it is answered: method, path, status, duration and who asked.

    It sits right after django-guid's middleware, so it times everything the project does
    and sees the answers outer middleware gives alone (HTTPS redirects, static files).
    Only the user's id is logged, never a name or an e-mail address.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if is_preview_rendering(request):
            return self.get_response(request)
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        path = loggable_path(request)
        user_id = signed_in_user_id(request)
        logger.info(
            "%s %s %s %.1fms",
            request.method,
            path,
            response.status_code,
            duration_ms,
            extra={
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": user_id,
            },
        )
        return response


class ClientErrorAsWarning(logging.Filter):
    """Lowers a logger's records to WARNING, without their traceback.

    Django logs a request for a host the site does not serve (``DisallowedHost``) as an
    ERROR with a traceback, though it is a client's mistake or a scanner answered with 400;
    as a warning it stays visible without raising the alarms meant for the site's faults.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = None
        return True
