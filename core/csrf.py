"""Forms on pages that a shared cache (Varnish) serves to every visitor.

A cached page cannot carry a visitor's own CSRF token, nor the contact form's one-off key:
the first visitor's values would be served to everybody. So such forms are rendered with
those hidden fields empty (``templates/includes/fresh_form_fields.html``) and
``cms/static/js/fresh-form-fields.js`` fills them in from :func:`form_tokens` when the
visitor starts using the form, or at the latest when they send it.

Django's CSRF protection stays as it is: the token lives in the ``csrftoken`` cookie
(``CSRF_USE_SESSIONS = False``), which this uncached endpoint sets; every POST still needs
the token and, from a browser, a same-site Origin. Another site cannot read the token:
the answer is JSON without CORS headers, so its scripts may send the request but never
see the response.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.middleware.csrf import get_token
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

CSRF_FIELD = "csrfmiddlewaretoken"


def fresh_field_values() -> dict[str, str]:
    """A new value for each one-off hidden field named in ``ZMP_FRESH_FORM_FIELDS``."""
    return {
        name: import_string(factory)() for name, factory in settings.ZMP_FRESH_FORM_FIELDS.items()
    }


@require_GET
@never_cache
def form_tokens(request: HttpRequest) -> JsonResponse:
    """This visitor's CSRF token and fresh one-off values, by the form field they fill."""
    return JsonResponse({CSRF_FIELD: get_token(request), **fresh_field_values()})
