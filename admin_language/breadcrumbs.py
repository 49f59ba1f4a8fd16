"""Snippet breadcrumbs in the editor's language.

Wagtail 7.4 builds a snippet viewset's breadcrumbs ("Home", "Snippets") once, when the admin's
URLs are loaded, with the eager ``gettext``: every editor then reads them in the language of
the first request ("Snippety" for the Spanish partner). Replacing the property with one that
uses ``gettext_lazy`` translates them on each page. Reported in locale/UPSTREAM.md; remove
this when Wagtail's own property is lazy.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail.snippets.views.snippets import SnippetViewSet


def _breadcrumbs_items(viewset: SnippetViewSet) -> list[dict]:
    breadcrumbs = [{"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}]
    if (
        getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False)
        or not viewset.get_menu_item_is_registered()
    ):
        breadcrumbs.append(
            {"url": reverse_lazy("wagtailsnippets:index"), "label": gettext_lazy("Snippets")}
        )
    return breadcrumbs


def translate_snippet_breadcrumbs() -> None:
    SnippetViewSet.breadcrumbs_items = property(_breadcrumbs_items)
