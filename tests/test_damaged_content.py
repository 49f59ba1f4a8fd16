"""Stored content that points at something gone still renders, opens in the editor and saves.

Pages outlive what they link to: an editor deletes an image, a document or a page, a block
type is removed in a release, an embed's provider stops answering. The public page must
still answer 200 without the missing part, the admin editor must still open it, and an
editor must be able to save the repaired page.
"""

from __future__ import annotations

import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import StandardPage
from polls.models import Poll
from tests.factories import StandardPageFactory
from tests.factories_elearning import make_course
from tests.factories_polls import make_poll


@pytest.fixture
def editor(admin_user, client):
    client.force_login(admin_user)
    return client


def page_with(home, body, **fields) -> StandardPage:
    page = StandardPageFactory(parent=home, title="Uszkodzona", slug="uszkodzona", body=body)
    page.save_revision().publish()
    return page


def main_text(response) -> str:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main").get_text(" ", strip=True)


def repaired(editor, page: Page, **extra):
    """The editor replaces the body with one paragraph and publishes."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": "",
            "body": streamfield([("paragraph", rich_text("<p>Naprawiona treść.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )
    return editor.post(f"/admin/pages/{page.pk}/edit/", data)


def assert_editor_opens_and_saves(editor, page: Page) -> None:
    assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    response = repaired(editor, page)
    assert response.status_code == 302, response.content[:2000]
    page.refresh_from_db()
    assert "Naprawiona treść." in page.specific.body.render_as_block()


@pytest.mark.parametrize(
    "link",
    [
        '<a linktype="page" id="999999">strona, której nie ma</a>',
        '<a linktype="document" id="0">dokument, którego nie ma</a>',
    ],
)
def test_a_rich_text_link_to_something_that_does_not_exist_keeps_its_text(home, editor, link):
    page = page_with(home, [("paragraph", f"<p>Zobacz {link}.</p>")])

    text = main_text(editor.get(page.url))

    assert "której nie ma" in text or "którego nie ma" in text
    assert_editor_opens_and_saves(editor, page)


def test_an_embed_no_provider_answers_is_left_out_and_the_page_renders(home, editor):
    body = [
        (
            "paragraph",
            '<p>Film:</p><embed embedtype="media" url="http://127.0.0.1:9/x"/><p>Dalej.</p>',
        ),
        (
            "video",
            {"video": "http://127.0.0.1:9/x", "title": "Odcinek", "transcript": "<p>Opis.</p>"},
        ),
    ]
    page = page_with(home, body)

    text = main_text(editor.get(page.url))

    assert "Dalej." in text and "Odcinek" in text
    assert_editor_opens_and_saves(editor, page)


def test_blocks_whose_image_document_page_or_poll_was_deleted_render_without_it(home, editor):
    image = get_image_model().objects.create(title="Mapa", file=get_test_image_file())
    document = get_document_model().objects.create(title="Raport", file="documents/raport.pdf")
    target = StandardPageFactory(parent=home, title="Cel", slug="cel")
    poll = make_poll()
    page = page_with(
        home,
        [
            ("image", {"image": {"image": image, "alt_text": "Mapa", "decorative": False}}),
            ("document", {"document": document, "title": "Raport roczny"}),
            (
                "call_to_action",
                {"title": "Dołącz", "text": "", "page": target, "link_label": "Zobacz"},
            ),
            ("poll", {"poll": poll}),
            ("paragraph", "<p>Tekst po blokach.</p>"),
        ],
    )
    image.delete()
    document.delete()
    Page.objects.get(pk=target.pk).delete()
    Poll.objects.filter(pk=poll.pk).delete()

    response = editor.get(page.url)
    html = response.content.decode()

    assert "Tekst po blokach." in main_text(response)
    assert "Raport roczny" not in html  # no link that leads nowhere
    assert "Dołącz" not in html
    assert "<figure" not in html
    assert_editor_opens_and_saves(editor, page)


def test_a_lesson_whose_key_term_was_deleted_still_renders(home, editor, django_user_model):
    course = make_course(home, lessons=1)
    lesson = course.lessons().first().specific
    lesson.body = [("key_term", {"term": None}), ("paragraph", "<p>Dalsza treść lekcji.</p>")]
    lesson.save_revision().publish()

    assert "Dalsza treść lekcji." in main_text(editor.get(lesson.url))


def store_raw_body(page: Page, raw: list[dict]) -> None:
    """What a release that removes a block type leaves behind: its JSON, in the row and revision."""
    with connection.cursor() as cursor:
        cursor.execute(
            # The table name is the model's, not input; the values are parameters.
            f"UPDATE {StandardPage._meta.db_table} SET body = %s WHERE page_ptr_id = %s",  # noqa: S608
            [json.dumps(raw), page.pk],
        )
    revision = page.get_latest_revision()
    revision.content["body"] = json.dumps(raw)
    revision.save(update_fields=["content"])


def test_a_block_of_a_type_that_no_longer_exists_is_skipped(home, editor):
    page = page_with(home, [])
    store_raw_body(
        page,
        [
            {"type": "carousel", "value": {"slides": [1, 2]}, "id": str(uuid.uuid4())},
            {"type": "paragraph", "value": "<p>Treść, która została.</p>", "id": str(uuid.uuid4())},
        ],
    )

    text = main_text(editor.get(page.url))

    assert "Treść, która została." in text
    assert_editor_opens_and_saves(editor, StandardPage.objects.get(pk=page.pk))
