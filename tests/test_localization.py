"""The translation status report: what is live, draft, out of date or missing, per language."""

import polib
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage
from localization.roles import SPANISH_TRANSLATORS
from localization.status import DRAFT, LIVE, OUTDATED, UNTRANSLATED, translation_status
from localization.views import target_locales
from tests.factories import StandardPageFactory, locale

STATUS_URL = "/admin/translation-status/"


def translate_with_localize(page: Page, code: str, *, publish: bool) -> Page:
    """Translate a page with wagtail-localize, as the "Translate this page" action does."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    # What the django_capture_on_commit_callbacks fixture gives: usable at module scope too.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return source.get_translated_instance(locale(code))


@pytest.fixture
def localize(db):
    """Translate a page with wagtail-localize, as the "Translate this page" action does."""
    return translate_with_localize


def make_pages(home) -> dict:
    """One Polish page in each state of its Spanish translation (the home page is live too)."""
    live = StandardPageFactory(parent=home, title="Przetłumaczona", slug="przetlumaczona")
    draft = StandardPageFactory(parent=home, title="Szkic", slug="szkic")
    outdated = StandardPageFactory(parent=home, title="Nieaktualna", slug="nieaktualna")
    untranslated = StandardPageFactory(parent=home, title="Bez tłumaczenia", slug="bez")
    translate_with_localize(live, "es", publish=True)
    translate_with_localize(draft, "es", publish=False)
    translate_with_localize(outdated, "es", publish=True)
    outdated.intro = "Nowe wprowadzenie po tłumaczeniu."
    outdated.save_revision().publish()
    return {"live": live, "draft": draft, "outdated": outdated, "untranslated": untranslated}


@pytest.fixture(scope="module")
def module_pages(module_home, django_db_blocker) -> dict[str, int]:
    """The Polish pages in each state of their Spanish translation, built once for the
    module (rolled back with module_home): their pks by state."""
    assert module_home is not None, "a test of this module commits: pages cannot be shared"
    with django_db_blocker.unblock():
        made = make_pages(HomePage.objects.get(pk=module_home))
        return {state: page.pk for state, page in made.items()}


@pytest.fixture
def pages(module_pages, home) -> dict:
    """One Polish page in each state of its Spanish translation (the home page is live too)."""
    return {state: Page.objects.get(pk=pk).specific for state, pk in module_pages.items()}


@pytest.fixture
def spanish_editor(django_user_model, home):
    user = django_user_model.objects.create_user("editor-es", password="x")
    user.groups.add(Group.objects.get(name=SPANISH_TRANSLATORS))
    return user


def spanish_status(user):
    return next(s for s in translation_status(user, target_locales()) if s.locale == locale("es"))


def titles(status, state: str) -> list[str]:
    return [entry.source.title for entry in status.pages[state]]


def test_status_counts_each_state_of_the_spanish_translations(pages, admin_user):
    status = spanish_status(admin_user)

    assert status.counts == {LIVE: 2, DRAFT: 1, OUTDATED: 1, UNTRANSLATED: 1}
    assert titles(status, DRAFT) == ["Szkic"]
    assert titles(status, OUTDATED) == ["Nieaktualna"]
    assert titles(status, UNTRANSLATED) == ["Bez tłumaczenia"]


def test_a_language_without_translations_lists_every_page_but_home_as_untranslated(
    pages, admin_user
):
    english = translation_status(admin_user, target_locales())[0]

    assert english.locale.language_code == "en"
    assert english.counts == {LIVE: 1, DRAFT: 0, OUTDATED: 0, UNTRANSLATED: 4}


def test_syncing_an_outdated_translation_brings_it_up_to_date(pages, admin_user, localize):
    localize(pages["outdated"], "es", publish=True)

    status = spanish_status(admin_user)

    assert status.count(OUTDATED) == 0
    assert "Nieaktualna" in titles(status, LIVE)


def test_publishing_the_polish_page_again_outdates_a_draft_translation_too(pages, admin_user):
    pages["draft"].save_revision().publish()

    assert set(titles(spanish_status(admin_user), OUTDATED)) == {"Nieaktualna", "Szkic"}


def test_polish_pages_that_are_not_live_are_not_waiting_for_translation(home, admin_user):
    page = StandardPageFactory(parent=home, title="Nieopublikowana", slug="nieopublikowana")
    page.unpublish()

    assert "Nieopublikowana" not in titles(spanish_status(admin_user), UNTRANSLATED)


def test_status_view_shows_the_counts_for_the_chosen_language(client, pages, admin_user):
    client.force_login(admin_user)

    response = client.get(STATUS_URL, {"language": "es"})

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    counts = {cell["data-state"]: int(cell.text) for cell in html.select("td[data-state]")}
    assert counts == {"live": 2, "draft": 1, "outdated": 1, "untranslated": 1}


def test_status_view_links_each_waiting_translation_to_its_editor(client, pages, admin_user):
    client.force_login(admin_user)
    draft = pages["draft"].get_translation(locale("es"))

    html = client.get(STATUS_URL, {"language": "es"}).content.decode()

    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[pages["untranslated"].pk]) in html


def test_status_view_offers_sync_for_outdated_and_submit_for_untranslated_pages(
    client, pages, admin_user
):
    client.force_login(admin_user)
    source = TranslationSource.objects.get_for_instance(pages["outdated"])

    html = client.get(STATUS_URL, {"language": "es"}).content.decode()

    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    assert (
        reverse("wagtail_localize:submit_page_translation", args=[pages["untranslated"].pk]) in html
    )


def test_spanish_editor_opens_on_spanish_and_may_edit_only_spanish_pages(
    client, pages, spanish_editor
):
    client.force_login(spanish_editor)
    spanish_draft = pages["draft"].get_translation(locale("es"))

    response = client.get(STATUS_URL)

    assert response.context["current"].locale.language_code == "es"
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[spanish_draft.pk]) in html
    for polish in pages.values():
        assert reverse("wagtailadmin_pages:edit", args=[polish.pk]) not in html


def test_spanish_translator_is_offered_to_translate_and_sync_into_spanish(
    client, pages, spanish_editor
):
    client.force_login(spanish_editor)
    source = TranslationSource.objects.get_for_instance(pages["outdated"])
    submit = reverse("wagtail_localize:submit_page_translation", args=[pages["untranslated"].pk])

    html = client.get(STATUS_URL, {"language": "es"}).content.decode()

    assert f'href="{submit}?select_locale=es"' in html
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html


def test_spanish_translator_is_offered_no_action_in_english(client, pages, spanish_editor):
    client.force_login(spanish_editor)

    html = client.get(STATUS_URL, {"language": "en"}).content.decode()

    assert "/admin/localize/submit/" not in html and "/admin/localize/update/" not in html
    assert "/edit/" not in BeautifulSoup(html, "html.parser").select_one("main").decode()


def test_language_tabs_count_untranslated_pages_as_waiting(client, pages, admin_user):
    client.force_login(admin_user)

    html = client.get(STATUS_URL, {"language": "es"}).content.decode()

    tab = BeautifulSoup(html, "html.parser").select_one('a[href="?language=es"]')
    # The draft, the outdated page and the untranslated one; the live page waits for nothing.
    # The admin speaks the editor's language: "(3 waiting)", "(3 czekają)"…
    assert tab.get_text(" ", strip=True).endswith("(3 czekają)")


def test_spanish_editor_sees_the_spanish_pages_waiting_for_them(pages, spanish_editor):
    status = spanish_status(spanish_editor)

    waiting = [e for state in (DRAFT, OUTDATED) for e in status.pages[state]]
    assert {e.translation.title for e in waiting} == {"Szkic", "Nieaktualna"}
    assert all(e.can_edit_translation and not e.can_edit_source for e in waiting)
    assert status.editable_waiting == 2


def test_status_view_menu_item_is_in_the_admin_menu(client, home, admin_user):
    client.force_login(admin_user)

    assert STATUS_URL in client.get("/admin/").content.decode()


def test_unknown_language_is_refused_with_a_message(client, home, admin_user):
    client.force_login(admin_user)

    response = client.get(STATUS_URL, {"language": "xx"})

    assert response.status_code == 400
    assert str(response.context["error"]) in response.content.decode()


def test_visitors_are_sent_to_the_admin_login(client, home):
    response = client.get(STATUS_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_users_without_admin_access_are_turned_away(client, home, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)

    response = client.get(STATUS_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert "Translation" not in response.content.decode()


def test_status_view_queries_do_not_grow_with_the_number_of_pages(
    client, home, admin_user, localize
):
    client.force_login(admin_user)

    def count() -> int:
        client.get(STATUS_URL, {"language": "es"})
        with CaptureQueriesContext(connection) as queries:
            assert client.get(STATUS_URL, {"language": "es"}).status_code == 200
        return len(queries)

    for number in range(2):
        localize(StandardPageFactory(parent=home, slug=f"a{number}"), "es", publish=True)
    few = count()
    for number in range(8):
        page = StandardPageFactory(parent=home, slug=f"b{number}")
        localize(page, "es", publish=number % 2 == 0)

    assert count() == few


def test_po_round_trip_publishes_the_uploaded_strings(
    client, home, admin_user, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(
        parent=home, title="Doradcy", slug="doradcy", intro="Sieć doradców ds. ZMP."
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale("es"))
    translation.save_target(publish=False)
    client.force_login(admin_user)
    spanish = {
        "Doradcy": "Asesores",
        "doradcy": "asesores",
        "Sieć doradców ds. ZMP.": "Red de asesores.",
    }

    download = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = spanish[entry.msgid]
    upload = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": SimpleUploadedFile("doradcy-es.po", str(po).encode()), "next": STATUS_URL},
    )
    assert upload.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=admin_user, publish=True)

    response = client.get("/es/asesores/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Asesores</h1>" in html and "Red de asesores." in html
