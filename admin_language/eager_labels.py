"""Admin labels that Wagtail 7.4 and wagtail-localize translate once, in whichever language is
active at that moment, and then show to every editor.

- ``ChooserViewSet.search_tab_label`` and ``create_action_label`` are class attributes set with
  the eager ``gettext`` when the module is imported: the image chooser's "Search" tab reads
  "Szukaj" to the Spanish translator.
- The help menu's "What's new in Wagtail 7.4" (a lazy string with ``%`` applied) and
  wagtail-localize's "Translations" report item (``gettext``) are built with the menu, once
  per process, in the language of whoever opens the admin first.

Lazy strings put back in their place translate them per request. Reported in
locale/UPSTREAM.md; remove each fix when upstream's string is lazy.
"""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.utils.version import get_main_version


def translate_chooser_labels() -> None:
    ChooserViewSet.search_tab_label = gettext_lazy("Search")
    ChooserViewSet.create_action_label = gettext_lazy("Create")


def _whats_new() -> str:
    return gettext("What's new in Wagtail %(version)s") % {
        "version": get_main_version(include_patch=False)
    }


whats_new_label = lazy(_whats_new, str)()
translations_label = gettext_lazy("Translations")


def relabel_help_menu(menu_items: list[MenuItem]) -> None:
    for item in menu_items:
        if item.name.startswith("whats-new-in-wagtail-"):
            item.label = whats_new_label


def relabel_reports_menu(menu_items: list[MenuItem]) -> None:
    for item in menu_items:
        if type(item).__name__ == "TranslationsReportMenuItem":
            item.label = translations_label
