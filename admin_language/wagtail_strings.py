"""Admin strings that Wagtail 7.4 and wagtail-localize 1.14 leave untranslated in Polish or
Spanish, found on the screens editors use (tests/test_admin_language.py walks them).

They are listed here only so that ``makemessages`` keeps them in the project's catalogues
(``locale/``), which Django consults before any app's: it comments out a msgid that no project
source uses. Nothing imports this module. Report them upstream from locale/UPSTREAM.md; once
Wagtail ships them, the entries can go.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Dashboard and the header of every screen
DASHBOARD = (
    gettext_noop("Wagtail %(current_version)s editor guide"),
    gettext_noop("Edit account avatar"),
    gettext_noop("Search…"),
)

# Listings: page explorer, page search, snippets, images, documents, reports
LISTINGS = (
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    ngettext_lazy("%(num_pages)d page", "%(num_pages)d pages"),
    ngettext_lazy("%(num_parent_objects)d page", "%(num_parent_objects)d pages"),
    gettext_noop("Show filters"),
    gettext_noop("Filter by"),
    gettext_noop("Any"),
    gettext_noop("Page type"),
    gettext_noop("Has child pages"),
    gettext_noop("First published"),
    gettext_noop("Date updated"),
    gettext_noop("Edited by"),
    gettext_noop("Is commenting action"),
    gettext_noop("Search all pages…"),
    gettext_noop("More options for '%(title)s'"),
    gettext_noop("Sort by '%(label)s' in ascending order."),
    gettext_noop("Sort by '%(label)s' in descending order."),
    gettext_noop("Usage count"),
    gettext_noop("Usage count: (low to high)"),
    gettext_noop("Usage count: (high to low)"),
    gettext_noop("Minimum"),
    gettext_noop("Maximum"),
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times"),
    gettext_noop("Layout"),
    gettext_noop("Grid layout"),
    gettext_noop("List layout"),
)

# Page and snippet editor
EDITOR = (
    gettext_noop("Actions (footer)"),
    gettext_noop("Autosave is paused"),
    gettext_noop("Saved"),
    gettext_noop("Go to the first error"),
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    gettext_noop("Locking: "),
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_noop("Checks"),
    gettext_noop("Toggle checks"),
    gettext_noop("Show issue"),
    gettext_noop("Content metrics"),
    gettext_noop("Words"),
    gettext_noop("Reading time"),
    gettext_noop("Readability"),
    gettext_noop("This data explained"),
)

# Translation editor (wagtail-localize): the Spanish msgstr joins the two placeholders
TRANSLATION_EDITOR = (gettext_noop("Editing %(object_type)s %(title)s"),)

# Settings: locales (wagtail-localize)
SETTINGS = (gettext_noop("Add a locale"),)
