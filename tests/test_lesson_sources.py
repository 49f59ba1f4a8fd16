"""A lesson states what it teaches, what it rests on and how current it is; staff see which
lessons are due for review."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.rich_text import RichText

from elearning.models import LessonPage
from tests.factories_elearning import make_advisor, make_course

ACT = "Ustawa z dnia 14 grudnia 2012 r. o odpadach"
ISAP = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20130000021"


@pytest.fixture
def course(home):
    course = make_course(home, lessons=2)
    course.open_to_read = True
    course.save_revision().publish()
    return course


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


def describe(lesson: LessonPage, *, reviewed_on, **fields) -> None:
    lesson.objectives = [("objective", "Wskazać obowiązki gminy w systemie odpadów.")]
    lesson.sources = [
        ("source", {"title": ACT, "reference": "Dz.U. 2013 poz. 21", "url": ISAP}),
        ("source", {"title": "Poradnik GIOŚ", "reference": "", "url": ""}),
    ]
    lesson.legal_status_date = datetime.date(2025, 10, 31)
    lesson.author = "Redakcja portalu Zielone Miejsca Pracy"
    lesson.reviewed_on = reviewed_on
    for name, value in fields.items():
        setattr(lesson, name, value)
    lesson.save_revision().publish()


def test_a_lesson_shows_its_objectives_sources_law_date_author_and_review(client, course):
    lesson = lessons_of(course)[0]
    describe(lesson, reviewed_on=datetime.date(2026, 12, 7))

    page = client.get(lesson.url).content.decode()

    assert "Po tej lekcji będziesz umieć" in page
    assert "Wskazać obowiązki gminy w systemie odpadów." in page
    assert f'<a href="{ISAP}">{ACT}</a> (Dz.U. 2013 poz. 21)' in page
    assert "Poradnik GIOŚ" in page
    assert "Stan prawny na 31 października 2025." in page
    assert "Autor: Redakcja portalu Zielone Miejsca Pracy." in page
    assert "Ostatni przegląd: 7 grudnia 2026." in page


def test_a_lesson_without_sources_shows_no_empty_box(client, course):
    page = client.get(lessons_of(course)[0].url).content.decode()
    assert "lesson-sources" not in page and "lesson-objectives" not in page


def test_case_studies_and_self_checks_keep_their_answers_folded(client, course):
    lesson = lessons_of(course)[0]
    lesson.body = [
        ("paragraph", RichText("<p>Wstęp.</p>")),
        (
            "case_study",
            {
                "title": "Studium przypadku: pani Anna, 45 lat",
                "client": "Tynkarka z 20-letnim stażem.",
                "task": "Zaproponuj ścieżkę zawodową.",
                "model_answer": "Kurs montera systemów ociepleń.",
            },
        ),
        ("self_check", {"question": "Co to jest PSZOK?", "answer": "Punkt zbierania odpadów."}),
    ]
    lesson.save_revision().publish()

    page = client.get(lesson.url).content.decode()

    assert "Studium przypadku: pani Anna, 45 lat" in page
    folded = page.split("<summary>Porównaj z odpowiedzią wzorcową</summary>")[1]
    assert "Kurs montera systemów ociepleń." in folded.split("</details>")[0]
    folded = page.split("<summary>Pokaż odpowiedź</summary>")[1]
    assert "Punkt zbierania odpadów." in folded.split("</details>")[0]


def test_lessons_never_reviewed_or_reviewed_over_a_year_ago_are_listed_for_staff(
    client, course, django_user_model
):
    stale, fresh = lessons_of(course)
    describe(stale, reviewed_on=datetime.date(2020, 1, 15))
    describe(fresh, reviewed_on=datetime.date.today())
    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    staff.groups.add(Group.objects.get(name="E-learning staff"))
    client.force_login(staff)

    page = client.get(reverse("elearning_lessons_due")).content.decode()

    assert stale.title in page
    assert fresh.title not in page
    export = client.get(reverse("elearning_lessons_due") + "?export=csv")
    listed = b"".join(export.streaming_content).decode()
    assert f"{stale.title},{course.title},2020-01-15,2025-10-31," in listed
    assert fresh.title not in listed


def test_the_review_list_is_for_e_learning_staff_only(client, course):
    client.force_login(make_advisor())
    assert client.get(reverse("elearning_lessons_due")).status_code in (302, 403)
