"""The health check Varnish's probe asks (deploy/varnish/default.vcl): can the app answer?"""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def health(request: HttpRequest) -> HttpResponse:
    """200 when the app and its database answer; a database outage answers 503.

    The 503 comes from ``core.middleware.DatabaseUnavailableMiddleware``; while the probe
    fails, Varnish serves its stale pages (grace).
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")
