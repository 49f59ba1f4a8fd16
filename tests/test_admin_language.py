"""The Wagtail admin speaks the editor's language: Polish to the Polish editor, Spanish to the
Spanish one, English (never Polish) where a string is still missing.

The screens are compared with the catalogues, not read by eye (admin_language/audit.py): a
visible text that is an English msgid of Wagtail's or wagtail-localize's catalogues with no
translation in the editor's language fails, and so does, for the Spanish editor, a text that
is the Polish translation of one.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import polib
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation
from wagtail.users.models import UserProfile

from admin_language.audit import UPSTREAM_PACKAGES, wrong_language
from tests.roles import POLISH_EDITOR, SPANISH_EDITOR, DataSet, module_dataset

# Texts that match an English msgid yet are right as they are, each with its reason.
ALLOWED: dict[str, str] = {
    "Wagtail": "the product's name",
    "ZMP": "the portal's name",
    "admin": "the superuser's user name, data",
    "editor": "the Polish editor's user name, data",
    "editor-es": "the Spanish editor's user name, data",
    "URL": "technical term, used untranslated in Polish and Spanish",
    "ID": "technical term",
    "HTML": "technical term",
    "Email": "msgid also a user field label in both languages' usage",
    "PDF": "file format",
    "CSV": "file format",
    "XLSX": "file format",
    "Slug": "Wagtail's own Polish and Spanish catalogues keep 'slug'",
    "Dokumenty": "a collection's name in the data set, data",
    # Translated in Wagtail's catalogues, but Wagtail shows the English: upstream bugs, listed
    # in locale/UPSTREAM.md, that no catalogue can fix.
    "Actions": "hard-coded aria-label in wagtailadmin/shared/headers/_actions.html",
    "None": "the hidden counter of the status side panel toggle renders str(None)",
    "Locale": "LocaleColumn label: gettext, not gettext_lazy, when the listing is defined",
}

# JavaScript msgids whose translation is the msgid itself (in Spanish: "No", "%(num)s error").
SAME_IN_JS = {
    "%(time_zone_option)s: %(localized_time_zone_label)s",
    "%(num)s error",
    "%(num)s min",
    "No",
}


def javascript_sources() -> list:
    return [
        source
        for root in UPSTREAM_PACKAGES.values()
        for source in sorted(root.glob("**/locale/en/LC_MESSAGES/djangojs.po"))
    ]


SCREENS: dict[str, Callable[[DataSet], str]] = {
    "dashboard": lambda d: "/admin/",
    "page explorer": lambda d: f"/admin/pages/{d.home.pk}/",
    "page explorer, Spanish tree": lambda d: f"/admin/pages/{d.page('home', 'es').pk}/",
    "page editor": lambda d: f"/admin/pages/{d.page('about').pk}/edit/",
    "translation editor": lambda d: f"/admin/pages/{d.page('training', 'es').pk}/edit/",
    "page search": lambda d: "/admin/pages/search/?q=o",
    "snippets": lambda d: "/admin/snippets/",
    "snippet listing": lambda d: "/admin/snippets/polls/poll/",
    "snippet editor": lambda d: f"/admin/snippets/polls/poll/edit/{d.objects['poll'].pk}/",
    "images": lambda d: "/admin/images/",
    "image editor": lambda d: f"/admin/images/{d.objects['image'].pk}/",
    "documents": lambda d: "/admin/documents/",
    "reports": lambda d: "/admin/reports/site-history/",
    "locked pages": lambda d: "/admin/reports/locked/",
    "settings": lambda d: "/admin/locales/",
}


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker) -> DataSet:
    with module_dataset(django_db_blocker) as data:
        yield data


def _editor(dataset: DataSet, role: str, language: str) -> list[object]:
    """The role's own account and a superuser, both with ``language`` as admin language: the
    superuser reaches the screens (settings, reports) the role may not open."""
    superuser = get_user_model().objects.create_superuser(
        f"admin-{language}", f"admin-{language}@example.org", "x"
    )
    accounts = [dataset.users[role], superuser]
    for account in accounts:
        profile = UserProfile.get_for_user(account)
        profile.preferred_language = language
        profile.save()
    return accounts


def _walk(dataset: DataSet, role: str, language: str) -> list[str]:
    problems = []
    seen: set[str] = set()
    for account in _editor(dataset, role, language):
        for screen, url in SCREENS.items():
            # A fresh session per screen: a screen the role may not open leaves a message for
            # the next one (see UPSTREAM.md: it is written before the admin's language is on).
            client = Client()
            client.force_login(account)
            response = client.get(url(dataset))
            if response.status_code != 200 or screen in seen:
                continue  # the role may not open it; the superuser does
            seen.add(screen)
            for finding in wrong_language(response.content.decode(), language, frozenset(ALLOWED)):
                problems.append(
                    f"{screen}: {finding.problem}: {finding.text!r} {sorted(finding.msgids)}"
                )
    assert seen == set(SCREENS), f"screens not rendered: {set(SCREENS) - seen}"
    return problems


@pytest.mark.django_db
def test_the_polish_editor_sees_no_english(dataset):
    problems = _walk(dataset, POLISH_EDITOR, "pl")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
def test_the_spanish_editor_sees_neither_polish_nor_english(dataset):
    problems = _walk(dataset, SPANISH_EDITOR, "es")
    assert not problems, "\n".join(problems)


def test_a_string_missing_in_spanish_falls_back_to_english_not_polish():
    # Wagtail's Polish catalogue translates it, its Spanish one does not, nor does ours.
    msgid = "There are no results."
    with translation.override("pl"):
        assert translation.gettext(msgid) != msgid
    with translation.override("es"):
        assert translation.gettext(msgid) == msgid


def test_the_public_site_in_spanish_keeps_its_spanish_strings():
    with translation.override("es"):
        assert translation.gettext("Title") == "Título"


def test_the_javascript_catalogue_keeps_the_space_before_the_language_name():
    # wagtail-localize's editor shows gettext("Publish in ") + "español"; the msgid is
    # wagtail-localize's, held in a variable so that makemessages leaves it to djangojs.po.
    publish_in = "Publish in "
    for language, expected in (("es", "Publicar en "), ("pl", "Opublikuj: ")):
        catalogue = DjangoTranslation(language, domain="djangojs")
        assert catalogue.gettext(publish_in) == expected


# wagtail-localize's buttons: gettext(prefix) + the translator's name, so the space must stay.
BUTTON_PREFIXES = {
    "es": {
        "Translate with ": "Traducir con ",
        "Translate all missing strings with ": "Traducir todas las cadenas faltantes con ",
    },
    "pl": {
        "Translate with ": "Przetłumacz za pomocą: ",
        "Translate all missing strings with ": "Przetłumacz wszystkie brakujące teksty za pomocą: ",
    },
}


@pytest.mark.parametrize("language", sorted(BUTTON_PREFIXES))
def test_the_machine_translate_buttons_keep_the_space_before_the_translator_s_name(language):
    catalogue = DjangoTranslation(language, domain="djangojs")
    for msgid, expected in BUTTON_PREFIXES[language].items():
        assert catalogue.gettext(msgid) == expected


def test_the_javascript_catalogue_falls_back_to_english():
    catalogue = DjangoTranslation("es", domain="djangojs")
    assert catalogue._fallback is None


@pytest.mark.parametrize("language", ["pl", "es"])
def test_every_javascript_string_of_the_admin_is_translated(language):
    # The sidebar, the minimap, autosave and the translation editor speak through djangojs.
    catalogue = DjangoTranslation(language, domain="djangojs")
    missing = [
        entry.msgid
        for source in javascript_sources()
        for entry in polib.pofile(str(source))
        if catalogue.gettext(entry.msgid) == entry.msgid and entry.msgid not in SAME_IN_JS
    ]
    assert not missing, missing


def shows(html: str, text: str) -> bool:
    """``text`` in the page, as HTML or inside the JSON of the sidebar's props."""
    return text in html or json.dumps(text)[1:-1] in html


def _superuser_speaking(username: str, language: str):
    user = get_user_model().objects.create_superuser(username, f"{username}@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_menu_and_chooser_labels_follow_each_editor_not_the_first_one(dataset):
    # Wagtail builds its menus once per process, for whoever comes first; the help and reports
    # items and the chooser's tabs must still speak each editor's language.
    polish = _superuser_speaking("first-pl", "pl")
    spanish = _superuser_speaking("then-es", "es")

    first = polish.get("/admin/").content.decode()
    then = spanish.get("/admin/").content.decode()
    chooser = spanish.get("/admin/images/chooser/").content.decode()

    assert shows(first, "Co nowego w Wagtail") and shows(first, "Tłumaczenia")
    assert not shows(then, "Co nowego w Wagtail") and not shows(then, "Tłumaczenia")
    assert shows(then, "Novedades de Wagtail") and shows(then, "Traducciones")
    assert shows(chooser, "Buscar") and not shows(chooser, "Szukaj")
