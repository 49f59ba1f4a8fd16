"""The page a visitor sees when the site fails: with a reference they can quote to us."""

import logging
import sys

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.translation import gettext
from django.views.decorators.csrf import requires_csrf_token
from django_guid import get_guid

from core.middleware import database_unavailable_response, is_database_unreachable

logger = logging.getLogger("zmp")


@requires_csrf_token
def server_error(request: HttpRequest, template_name: str = "500.html") -> HttpResponse:
    """Django's ``handler500``: 500.html with the request id, and no database query.

    The page is rendered without the request's context processors (they would read the
    session and the user, from a database that may be what failed), in the language the
    failed request had activated. Should even that fail, the visitor still gets the
    reference, in plain text.
    """
    if is_database_unreachable(failure := sys.exc_info()[1]):
        # Raised by middleware, out of DatabaseUnavailableMiddleware's sight: still a 503.
        return database_unavailable_response(request, failure)
    request_id = get_guid()
    try:
        body = loader.get_template(template_name).render({"request_id": request_id})
    except Exception:
        # The failure to render is a second fault; it is logged, never hidden.
        logger.exception("The error page %s could not be rendered", template_name)
        lines = [
            gettext("Server error"),
            gettext("Something went wrong on our side. Please try again in a few minutes."),
        ]
        if request_id:
            lines.append(gettext("Error reference: %(reference)s") % {"reference": request_id})
        return HttpResponseServerError("\n".join(lines), content_type="text/plain; charset=utf-8")
    return HttpResponseServerError(body)
