"""Crafted admin requests that made Wagtail or wagtail-localize answer 500 answer 4xx.

One test per cause found by the fuzz suite (tests/test_fuzz.py); the guards are in
cms/admin_guards.py, localization/access.py and core/blocks.py. Each request is one a
signed-in editor can type or post; each asserts the answer they get.
"""

from __future__ import annotations

import pytest
from django.test import Client
from wagtail.models import Page

from core.models import MainMenu
from tests.factories import StandardPageFactory, locale
from tests.roles import POLISH_EDITOR, SUPERUSER, DataSet, module_dataset


@pytest.fixture(scope="module")
def dataset(django_db_setup, django_db_blocker) -> DataSet:
    with module_dataset(django_db_blocker) as data:
        yield data


def client_as(dataset: DataSet, role: str) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(dataset.users[role])
    return client


@pytest.fixture
def editor(db, dataset) -> Client:
    return client_as(dataset, POLISH_EDITOR)


@pytest.fixture
def superuser(db, dataset) -> Client:
    return client_as(dataset, SUPERUSER)


def test_wagtails_deliberate_error_page_is_not_found(editor, superuser):
    assert editor.get("/admin/failwhale/").status_code == 404
    assert superuser.get("/admin/failwhale/").status_code == 404


@pytest.mark.parametrize(
    "chooser", ["snippets/choose/polls/poll", "images/chooser", "documents/chooser"]
)
def test_a_chooser_given_an_id_that_is_not_a_key_answers_404_and_400(editor, dataset, chooser):
    model = {"s": "poll", "i": "image", "d": "document"}[chooser[0]]
    pk = dataset.objects[model].pk

    assert editor.get(f"/admin/{chooser}/chosen/abc/").status_code == 404
    assert editor.get(f"/admin/{chooser}/chosen/1.5/").status_code == 404
    assert editor.get(f"/admin/{chooser}/chosen-multiple/?id={pk}&id=abc").status_code == 400
    # Ids that are keys still reach Wagtail's view.
    assert editor.get(f"/admin/{chooser}/chosen/{pk}/").status_code == 200
    assert editor.get(f"/admin/{chooser}/chosen/99999999999999999999/").status_code == 404
    assert editor.get(f"/admin/{chooser}/chosen-multiple/?id={pk}").status_code == 200


def test_posting_to_a_snippet_chooser_without_a_creation_form_answers_405(superuser):
    response = superuser.post("/admin/snippets/choose/polls/poll/create/", {"question": "?"})

    assert response.status_code == 405


def test_bulk_actions_given_ids_that_are_not_keys_answer_400(superuser, dataset):
    page = dataset.pages["about"].pk

    assert superuser.get("/admin/bulk/wagtailcore/page/delete/?id=abc").status_code == 400
    assert superuser.get(f"/admin/bulk/wagtailcore/page/delete/?id={page}").status_code == 200
    # "all" takes every page below ?childOf=, which must be a page.
    assert superuser.get("/admin/bulk/wagtailcore/page/delete/?id=all&childOf=x").status_code == 400
    assert (
        superuser.get("/admin/bulk/wagtailcore/page/delete/?id=all&childOf=999999").status_code
        == 404
    )


def test_the_redirects_imports_second_step_posted_alone_answers_400(superuser):
    response = superuser.post("/admin/redirects/import/process/", {"from_index": "0"})

    assert response.status_code == 400


def test_a_page_posted_without_its_streamfield_is_a_form_error_and_keeps_the_body(editor, dataset):
    page = dataset.pages["about"]
    body = Page.objects.get(pk=page.pk).specific.body.get_prep_value()

    response = editor.post(
        f"/admin/pages/{page.pk}/edit/",
        {"title": "Zmieniony", "slug": page.slug, "action-publish": "1"},
    )

    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    page = Page.objects.get(pk=page.pk).specific
    assert page.title == "O projekcie"
    assert page.body.get_prep_value() == body


def test_a_snippet_posted_with_a_malformed_streamfield_is_a_form_error(superuser):
    menu = MainMenu.objects.create(locale=locale("pl"))

    response = superuser.post(
        f"/admin/snippets/core/mainmenu/edit/{menu.pk}/", {"items-count": "x"}
    )

    assert response.status_code == 200
    assert "items" in response.context["form"].errors


def test_the_admin_api_find_view_given_an_id_that_is_not_a_key_answers_400(editor, dataset):
    assert editor.get("/admin/api/main/pages/find/?id=abc").status_code == 400
    assert editor.get("/admin/api/main/images/find/?id=1e9").status_code == 400
    page = dataset.pages["about"].pk
    assert editor.get(f"/admin/api/main/pages/find/?id={page}").status_code == 302


def test_the_external_link_chooser_posted_without_a_url_answers_400(editor):
    response = editor.post("/admin/choose-external-link/", {"external-link-chooser-link_text": "a"})

    assert response.status_code == 400


def test_a_signed_in_editor_sent_to_a_next_that_is_not_a_path_goes_to_the_dashboard(editor):
    response = editor.get("/admin/login/?next=abc")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert editor.get("/admin/login/?next=/admin/pages/")["Location"] == "/admin/pages/"
    assert editor.get("/admin/login/?next=//evil.example/")["Location"] == "/admin/"


def test_a_next_that_is_a_full_address_of_this_site_is_followed(editor):
    # wagtail-localize's translation editor posts window.location.href as next.
    here = "http://testserver/admin/pages/"
    assert editor.get(f"/admin/login/?next={here}")["Location"] == here
    elsewhere = "http://evil.example/admin/pages/"
    assert editor.get(f"/admin/login/?next={elsewhere}")["Location"] == "/admin/"


@pytest.mark.parametrize(
    "url", ["/admin/workflows/tasks/add/wagtail%00core/task/", "/admin/bulk/a%00/b/delete/"]
)
def test_a_nul_character_in_the_path_answers_400(superuser, url):
    response = superuser.get(url)

    assert response.status_code == 400


def test_a_nul_character_in_a_public_path_answers_400(db, dataset):
    assert Client(raise_request_exception=False).get("/pl/o-projekcie%00/").status_code == 400


def test_translating_a_snippet_whose_id_is_not_a_key_answers_404(superuser, dataset):
    poll = dataset.objects["poll"].pk

    assert superuser.get("/admin/localize/submit/snippet/polls/poll/abc/").status_code == 404
    assert superuser.get(f"/admin/localize/submit/snippet/polls/poll/{poll}/").status_code == 200


def test_copying_a_page_to_a_parent_that_is_not_posted_or_does_not_exist_answers_400(
    superuser, dataset
):
    url = f"/admin/pages/{dataset.pages['about'].pk}/copy/"

    assert superuser.post(url, {"new_title": "Kopia"}).status_code == 400
    assert superuser.post(url, {"new_parent_page": "abc"}).status_code == 400
    assert superuser.post(url, {"new_parent_page": "999999"}).status_code == 400
    # A parent that exists reaches Wagtail's form, which wants the rest of it.
    home = dataset.home.pk
    assert superuser.post(url, {"new_parent_page": home}).status_code == 200


def test_the_delete_method_to_a_delete_view_answers_405_and_deletes_nothing(superuser, dataset):
    subregion = dataset.objects["subregion"]  # a partnership member refers to it

    response = superuser.delete(f"/admin/snippets/partnership/subregion/delete/{subregion.pk}/")

    assert response.status_code == 405
    assert type(subregion).objects.filter(pk=subregion.pk).exists()
    topic = dataset.objects["topic"]
    assert superuser.delete(f"/admin/snippets/news/newstopic/delete/{topic.pk}/").status_code == 405
    assert type(topic).objects.filter(pk=topic.pk).exists()


def test_a_po_file_upload_posted_without_the_file_answers_400(superuser, dataset):
    translation = dataset.objects["translation"].pk

    response = superuser.post(f"/admin/localize/translate/{translation}/pofile/upload/", {})

    assert response.status_code == 400


def test_a_nul_character_in_the_admins_query_string_answers_400(editor):
    url = "/admin/pages/usage/home/standardpage/results/?locale=%00"

    assert editor.get(url).status_code == 400


@pytest.mark.parametrize("kind", ["strings", "overrides"])
def test_a_translation_put_without_its_value_answers_400(superuser, dataset, kind):
    translation = dataset.objects["translation"].pk
    segment = dataset.objects["string_segment"].pk if kind == "strings" else 1
    url = f"/admin/localize/translate/{translation}/{kind}/{segment}/edit/"

    response = superuser.put(url, "other=1", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400


@pytest.mark.parametrize("course", ["abc", "\x14\U000c63ceÄÄ", "99999999999999999999"])
def test_a_chooser_posted_a_value_that_is_not_a_key_shows_the_form_again_with_its_error(
    superuser, course
):
    response = superuser.post(
        "/admin/snippets/elearning/glossaryterm/add/?locale=pl",
        {
            "term": "Odpad",
            "definition": "Każda substancja, której posiadacz się pozbywa.",
            "course": course,
        },
    )

    assert response.status_code == 200
    assert 'name="course"' in response.content.decode()
    assert response.context["form"].errors["course"]


def test_the_page_chooser_given_ids_that_are_not_keys_answers_400(editor, dataset):
    home = dataset.home.pk

    assert editor.get("/admin/choose-page/chosen-multiple/?id=m&id=m").status_code == 400
    assert editor.get(f"/admin/choose-page/chosen-multiple/?id={home}").status_code == 200


@pytest.mark.parametrize("next_url", ["abc", "//evil.example/", "https://evil.example/"])
def test_an_admin_action_sent_a_next_that_is_not_a_site_path_goes_where_it_would_without(
    superuser, next_url
):
    page = StandardPageFactory(parent=Page.objects.get(depth=2, locale__language_code="pl"))

    response = superuser.post(f"/admin/pages/{page.pk}/unpublish/", {"next": next_url})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")
    page.refresh_from_db()
    assert not page.live


def test_an_editing_session_ping_for_an_id_that_is_not_a_key_answers_404(
    editor, superuser, dataset
):
    poll = dataset.objects["poll"].pk

    assert editor.post("/admin/editing-sessions/ping/polls/poll/abc/1/").status_code == 404
    assert editor.post("/admin/editing-sessions/ping/polls/poll/1.5/1/").status_code == 404
    # A key still reaches Wagtail's view, which opens a session for whoever may edit the poll.
    answer = superuser.post(f"/admin/editing-sessions/ping/polls/poll/{poll}/1/")
    assert answer.status_code == 200
    assert "session_id" in answer.json()
