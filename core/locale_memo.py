"""Each locale looked up once per request, however many parts of the page ask for it.

Wagtail's ``Locale.get_active()`` runs a query on every call, and one page calls it from a
dozen places: routing, ``Page.localized``, the menu, the footer, listings. For the length
of a request, ``RequestLocaleMemoMiddleware`` lets ``Locale.objects.get_for_language``
answer each language code from a dict kept for that request alone; outside a request
(commands, tasks) it queries as Wagtail does. Per request rather than per process, so a
locale added or removed in the admin is seen by the next request of every worker.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse
from wagtail.models import Page
from wagtail.models.i18n import Locale, LocaleManager

_request_locales: ContextVar[dict[str, Locale] | None] = ContextVar("zmp_locales", default=None)
_wagtail_get_for_language = LocaleManager.get_for_language


def get_for_language(manager: LocaleManager, language_code: str) -> Locale:
    memo = _request_locales.get()
    if memo is None:
        return _wagtail_get_for_language(manager, language_code)
    if language_code not in memo:
        memo[language_code] = _wagtail_get_for_language(manager, language_code)
    return memo[language_code]


def lend_to_page(page: Page) -> None:
    """Give the page being served the request's locale object, so ``page.locale`` is free.

    Templates and ``get_context`` read ``page.locale`` freely; each read of a freshly routed
    page would otherwise fetch the row the memo already holds.
    """
    active = Locale.get_active()
    if page.locale_id == active.pk:
        page.locale = active


def install() -> None:
    """Put the memo in front of Wagtail's lookup (from ``CoreConfig.ready``)."""
    LocaleManager.get_for_language = get_for_language


class RequestLocaleMemoMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request_locales.set({})
        try:
            return self.get_response(request)
        finally:
            _request_locales.reset(token)
