"""wagtail-localize's snippet API and Translations report show editors only what they may see."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from localization.roles import SPANISH_TRANSLATORS
from tests.factories import StandardPageFactory, locale
from tests.factories_polls import QUESTION, SPANISH, make_poll, translate_poll

SPANISH_QUESTION = SPANISH[QUESTION]
REPORT_URL = "/admin/localize/reports/translations/"


def snippet_api(poll=None) -> str:
    url = "/admin/localize/api/snippets/polls/poll/"
    return f"{url}{poll.pk}/" if poll else url


@pytest.fixture
def polls(home):
    polish = make_poll()
    return {"pl": polish, "es": translate_poll(polish, "es")}


@pytest.fixture
def localize(django_capture_on_commit_callbacks):
    """Translate a page with wagtail-localize, as "Translate this page" does."""

    def run(page: Page, code: str) -> Page:
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale(code)
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=False)
        return source.get_translated_instance(locale(code))

    return run


@pytest.fixture
def draft(home, localize):
    """A Polish page translated into Spanish and English with wagtail-localize."""
    page = StandardPageFactory(parent=home, title="Plan szkoleń", slug="plan")
    return {"pl": page, "es": localize(page, "es"), "en": localize(page, "en")}


@pytest.fixture
def spanish_editor(django_user_model, home):
    user = django_user_model.objects.create_user("editor-es", password="x")
    user.groups.add(Group.objects.get(name=SPANISH_TRANSLATORS))
    return user


@pytest.fixture
def polish_editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def poll_editor(django_user_model):
    user = django_user_model.objects.create_user("ankiety", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="polls", codename="change_poll"),
    )
    return user


def edit_links(response) -> set[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return {link["href"] for link in html.select("table.listing a")}


def test_an_editor_who_may_not_see_polls_gets_none_from_the_snippet_api(
    client, polish_editor, polls
):
    client.force_login(polish_editor)

    for url in (snippet_api(), snippet_api(polls["es"]), snippet_api(polls["pl"])):
        response = client.get(url)

        assert response.status_code == 403
        assert QUESTION not in response.content.decode()
        assert SPANISH_QUESTION not in response.content.decode()


def test_the_spanish_translator_reads_polls_from_the_snippet_api(client, spanish_editor, polls):
    client.force_login(spanish_editor)

    listing = client.get(snippet_api())

    # They translate polls from the Polish ones, so they read them in every language.
    assert sorted(poll["title"] for poll in listing.json()) == sorted([QUESTION, SPANISH_QUESTION])


def test_an_editor_who_may_edit_polls_reads_them_from_the_snippet_api(client, poll_editor, polls):
    client.force_login(poll_editor)

    listing = client.get(snippet_api())
    detail = client.get(snippet_api(polls["es"]))

    assert listing.status_code == 200
    assert sorted(poll["title"] for poll in listing.json()) == sorted([QUESTION, SPANISH_QUESTION])
    assert detail.json() == {
        "id": polls["es"].pk,
        "title": SPANISH_QUESTION,
        "edit_url": f"/admin/snippets/polls/poll/edit/{polls['es'].pk}/",
    }


def test_snippet_api_urls_still_reverse_to_the_restricted_views(client, polish_editor, polls):
    client.force_login(polish_editor)
    url = reverse("wagtail_localize:snippets_api_detail", args=["polls", "poll", polls["es"].pk])

    assert client.get(url).status_code == 403


def test_translations_report_shows_the_spanish_editor_only_spanish_pages(
    client, spanish_editor, draft, polls
):
    client.force_login(spanish_editor)

    response = client.get(REPORT_URL)

    assert response.status_code == 200
    links = edit_links(response)
    assert f"/admin/pages/{draft['es'].pk}/edit/" in links
    assert f"/admin/pages/{draft['en'].pk}/edit/" not in links
    assert f"/admin/snippets/polls/poll/edit/{polls['es'].pk}/" in links


def test_translations_report_shows_the_spanish_translator_no_english_poll(
    client, spanish_editor, polls
):
    english = translate_poll(polls["pl"], "en")
    client.force_login(spanish_editor)

    links = edit_links(client.get(REPORT_URL))

    assert f"/admin/snippets/polls/poll/edit/{english.pk}/" not in links
    assert f"/admin/snippets/polls/poll/edit/{polls['es'].pk}/" in links


def test_translations_report_shows_the_polish_editor_every_page_translation(
    client, polish_editor, draft
):
    client.force_login(polish_editor)

    links = edit_links(client.get(REPORT_URL))

    assert {f"/admin/pages/{draft[code].pk}/edit/" for code in ("es", "en")} <= links


def test_translations_report_shows_poll_translations_to_who_may_edit_polls(
    client, poll_editor, polls, draft
):
    client.force_login(poll_editor)

    response = client.get(REPORT_URL)

    links = edit_links(response)
    assert f"/admin/snippets/polls/poll/edit/{polls['es'].pk}/" in links
    assert f"/admin/pages/{draft['es'].pk}/edit/" not in links


def test_spanish_editor_downloads_the_po_file_of_spanish_translations_only(
    client, spanish_editor, draft
):
    client.force_login(spanish_editor)
    translations = {
        code: Translation.objects.get(
            source__object_id=draft["pl"].translation_key, target_locale=locale(code)
        )
        for code in ("es", "en")
    }

    spanish = client.get(f"/admin/localize/translate/{translations['es'].pk}/pofile/download/")
    english = client.get(f"/admin/localize/translate/{translations['en'].pk}/pofile/download/")

    assert spanish.status_code == 200 and "Plan szkoleń" in spanish.content.decode()
    assert english.status_code in (302, 403)
    assert "msgid" not in english.content.decode()
