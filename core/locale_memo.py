"""Each locale looked up once per worker and frame generation, not a dozen times a request.

Wagtail's ``Locale.get_active()`` runs a query on every call, and one page calls it from a
dozen places: routing, ``Page.localized``, the menu, the footer, listings. Within a request,
``Locale.objects.get_for_language`` answers each language code from what the worker
remembers under the site frame's generation (``core.site_frame.remembered``), which a
locale saved or deleted in the admin replaces; outside a request (commands, tasks) it
queries as Wagtail does.
"""

from __future__ import annotations

from wagtail.models import Page
from wagtail.models.i18n import Locale, LocaleManager

from core.site_frame import remembered

_wagtail_get_for_language = LocaleManager.get_for_language


def get_for_language(manager: LocaleManager, language_code: str) -> Locale:
    # Locale.DoesNotExist is raised, not remembered.
    return remembered(
        f"locale:{language_code}", lambda: _wagtail_get_for_language(manager, language_code)
    )


def lend_to_page(page: Page) -> None:
    """Give the page being served the remembered locale object, so ``page.locale`` is free.

    Templates and ``get_context`` read ``page.locale`` freely; each read of a freshly routed
    page would otherwise fetch the row the memo already holds.
    """
    active = Locale.get_active()
    if page.locale_id == active.pk:
        page.locale = active


def install() -> None:
    """Put the memo in front of Wagtail's lookup (from ``CoreConfig.ready``)."""
    LocaleManager.get_for_language = get_for_language
