"""The question bank in the Wagtail admin: upload → preview → confirm, export, snippets."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from questionbank.formats import parse_gift
from questionbank.models import Question
from questionbank.services import import_questions
from tests.factories import locale
from tests.roles import staff_group

pytestmark = pytest.mark.django_db

GIFT = "::capital:: Stolica Polski to {=Warszawa#Tak. ~Kraków#Nie.}\n\n::wind:: Wiatr {T}\n"


@pytest.fixture(autouse=True)
def locales():
    return locale("pl"), locale("en"), locale("es")


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_user("staff", "staff@example.org", is_staff=True)
    user.groups.add(staff_group())
    client.force_login(user)
    return client


def upload(client, text: str, language: str = "pl"):
    return client.post(
        reverse("questionbank_import"),
        {
            "file": SimpleUploadedFile("q.gift", text.encode()),
            "category": "Kurs/Blok 1",
            "language": language,
        },
    )


def test_staff_see_a_preview_and_nothing_is_stored_until_they_confirm(staff_client):
    preview = upload(staff_client, GIFT)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "capital" in html and "Warszawa" in html and "Kraków" in html
    assert not Question.objects.exists()
    confirmed = staff_client.post(
        reverse("questionbank_import"), {"token": preview.context["token"]}
    )
    assert confirmed.status_code == 302
    assert set(Question.objects.values_list("name", flat=True)) == {"capital", "wind"}


def test_a_bad_file_previews_its_problems_with_lines_and_offers_no_import(staff_client):
    preview = upload(staff_client, GIFT + "\n::bad:: Zła {=a ~b\n")
    assert "line 5" in preview.content.decode()
    assert preview.context["token"] == ""


def test_a_tampered_token_imports_nothing(staff_client):
    token = upload(staff_client, GIFT).context["token"]
    staff_client.post(reverse("questionbank_import"), {"token": token[:-3] + "xyz"})
    assert not Question.objects.exists()


def test_the_preview_marks_questions_that_would_be_updated(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    preview = upload(staff_client, GIFT.replace("Stolica", "Stolicą"))
    actions = {item.question.name: item.action for item in preview.context["report"].planned}
    assert actions == {"capital": "update", "wind": "unchanged"}
    with translation.override("pl"):  # the admin speaks the user's language, Polish here
        assert gettext("would be updated") in preview.content.decode()


def test_export_downloads_a_category_in_one_language(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    response = staff_client.get(
        reverse("questionbank_export"),
        {"category": "Kurs/Blok 1", "language": "pl", "file_format": "gift"},
    )
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert parse_gift(response.content.decode()).questions[0].name == "capital"


def test_the_question_list_and_its_learner_preview_open_for_staff(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    question = Question.objects.get(name="capital")
    listing = staff_client.get(reverse("wagtailsnippets_questionbank_question:list"))
    assert listing.status_code == 200 and "capital" in listing.content.decode()
    inspect = staff_client.get(
        reverse("wagtailsnippets_questionbank_question:inspect", args=[question.pk])
    )
    assert inspect.status_code == 200 and "Kraków" in inspect.content.decode()


def test_the_preview_is_the_learner_s_own_form_of_the_question(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    question = Question.objects.get(name="capital")
    html = staff_client.get(
        reverse("wagtailsnippets_questionbank_question:inspect", args=[question.pk])
    ).content.decode()
    preview = html.split('class="question-preview"', 1)[1].split("</fieldset>", 1)[0]
    radios = re.findall(r'<input type="radio" name="q-preview" id="q-preview-(\d+)"', preview)
    assert radios == [str(i) for i in range(len(question.content["answers"]))]
    assert "Kraków" in preview


@pytest.mark.parametrize("group", ["Advisors", "Moderators"])
def test_advisors_and_editors_without_the_permission_cannot_import_or_export(client, group):
    user = get_user_model().objects.create_user("someone", "someone@example.org", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get(reverse("questionbank_import")).status_code in (302, 403)
    assert client.get(reverse("questionbank_export")).status_code in (302, 403)


def test_the_list_filters_by_kind_and_language(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    english = "::capital:: The capital of Poland is {=Warsaw ~Cracow}\n"
    import_questions(parse_gift(english), "Kurs/Blok 1", "en")
    url = reverse("wagtailsnippets_questionbank_question:list")
    by_kind = staff_client.get(url, {"kind": "truefalse"}).content.decode()
    assert "wind" in by_kind and "capital" not in by_kind
    in_english = staff_client.get(url, {"locale": "en"}).content.decode()
    assert "capital" in in_english and "wind" not in in_english


def test_editing_an_english_translation_in_the_admin_cannot_change_its_key(staff_client):
    import_questions(parse_gift(GIFT), "Kurs/Blok 1", "pl")
    english = "::capital:: The capital of Poland is {=Warsaw ~Cracow}\n"
    import_questions(parse_gift(english), "Kurs/Blok 1", "en")
    question = Question.objects.get(name="capital", locale__language_code="en")
    response = staff_client.post(
        reverse("wagtailsnippets_questionbank_question:edit", args=[question.pk]),
        {
            "category": question.category_id,
            "name": "capital",
            "kind": "multichoice_single",
            "status": "ready",
            "text": "The capital of Poland is",
            "text_format": question.text_format,
            "general_feedback": "",
            "content": json.dumps(question.content),
            "key": json.dumps({**question.key, "fractions": ["0", "1"]}),
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.key["fractions"] == ["1", "0"]
    assert question.key == Question.objects.get(name="capital", locale__language_code="pl").key
