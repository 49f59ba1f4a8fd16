"""A lesson's body, its course and the course's lessons are kept by each worker until a
publication: what advisors and editors see must still follow every change at once."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from elearning.models import GlossaryTerm, LessonCompletion, LessonPage
from polls.models import Vote
from tests.factories_elearning import LessonFactory, make_advisor, make_course
from tests.factories_polls import make_poll


@pytest.fixture
def course(home):
    return make_course(home, lessons=2)


@pytest.fixture
def advisor(db):
    return make_advisor()


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def lesson_text(html: bytes) -> str:
    return BeautifulSoup(html, "html.parser").select_one("article.lesson").get_text(" ", strip=True)


def test_a_lesson_shows_its_new_body_as_soon_as_it_is_published(advisor, course):
    client = signed_in(advisor)
    lesson = lessons_of(course)[0]
    assert "Treść lekcji o odpadach." in lesson_text(client.get(lesson.url).content)

    lesson.body = [("paragraph", "<p>Nowa treść: hierarchia postępowania z odpadami.</p>")]
    lesson.save_revision().publish()

    text = lesson_text(client.get(lesson.url).content)
    assert "Nowa treść: hierarchia postępowania z odpadami." in text
    assert "Treść lekcji o odpadach." not in text


def test_an_editor_viewing_a_draft_sees_the_draft_not_the_published_body(
    advisor, course, django_user_model
):
    lesson = lessons_of(course)[0]
    editor = signed_in(django_user_model.objects.create_superuser("redaktor", "r@example.org", "x"))
    assert "Treść lekcji o odpadach." in lesson_text(signed_in(advisor).get(lesson.url).content)

    lesson.body = [("paragraph", "<p>Szkic: akapit jeszcze nieopublikowany.</p>")]
    lesson.save_revision()
    draft = editor.get(f"/admin/pages/{lesson.pk}/view_draft/")

    assert draft.status_code == 200
    assert "Szkic: akapit jeszcze nieopublikowany." in lesson_text(draft.content)
    published = lesson_text(signed_in(advisor).get(lesson.url).content)
    assert "Treść lekcji o odpadach." in published
    assert "Szkic" not in published


def test_a_poll_in_a_lesson_shows_each_advisor_their_own_vote(course):
    poll = make_poll()
    lesson = LessonFactory(parent=course, body=[("poll", {"poll": poll})])
    voter, other = make_advisor("glosujacy"), make_advisor("inny")
    voter_client = signed_in(voter)
    other_client = signed_in(other)
    other_client.get(lesson.url)  # the form, before anyone voted

    choice = poll.choices.first()
    voter_client.post("/pl/polls/vote/", {"poll": poll.pk, "choice": choice.pk, "next": lesson.url})
    assert Vote.objects.filter(user=voter).exists()

    voted = voter_client.get(lesson.url).content.decode()
    assert "Twój głos w tej ankiecie został już oddany." in voted
    assert 'name="choice"' not in voted
    not_voted = other_client.get(lesson.url).content.decode()
    assert 'name="choice"' in not_voted
    assert "Twój głos w tej ankiecie został już oddany." not in not_voted


def test_an_edited_key_term_shows_its_new_definition_in_the_lesson_at_once(advisor, course):
    term = GlossaryTerm.objects.create(
        term="Recykling", definition="Odzysk surowców z odpadów.", course=course
    )
    lesson = LessonFactory(parent=course, body=[("key_term", {"term": term})])
    client = signed_in(advisor)
    assert "Odzysk surowców z odpadów." in lesson_text(client.get(lesson.url).content)

    term.definition = "Ponowne przetworzenie odpadów na surowce lub produkty."
    term.save()

    text = lesson_text(client.get(lesson.url).content)
    assert "Ponowne przetworzenie odpadów na surowce lub produkty." in text
    assert "Odzysk surowców z odpadów." not in text


def test_a_lesson_names_its_course_as_renamed_at_once(advisor, course):
    client = signed_in(advisor)
    lesson = lessons_of(course)[0]
    client.get(lesson.url)

    course.title = "Gospodarka odpadami w praktyce"
    course.save_revision().publish()

    meta = BeautifulSoup(client.get(lesson.url).content, "html.parser").select_one(
        "article.lesson .card__meta a"
    )
    assert meta.get_text(strip=True) == "Gospodarka odpadami w praktyce"
    assert meta["href"] == course.url


def test_the_course_page_marks_completed_lessons_and_shows_the_pass_mark(advisor, course):
    first, second = lessons_of(course)
    client = signed_in(advisor)
    client.post(course.url + "enrol/")
    client.get(course.url)
    LessonCompletion.objects.create(
        user=advisor, lesson_key=first.translation_key, course_key=course.translation_key
    )

    page = BeautifulSoup(client.get(course.url).content, "html.parser")

    items = page.select("ol.lesson-list > li")
    assert [item.a.get_text(strip=True) for item in items] == [first.title, second.title]
    assert [item.a["href"] for item in items] == [first.url, second.url]
    assert [bool(item.select(".badge--done")) for item in items] == [True, False]
    assert [item.p.get_text(strip=True) for item in items] == [first.summary, second.summary]
    facts = {
        fact.dt.get_text(strip=True): fact.dd.get_text(strip=True)
        for fact in page.select("dl.facts > div")
    }
    assert facts["Lekcje"] == "2"
    assert facts["Próg zaliczenia"] == "70%"
    quiz_link = page.select_one("a.button")
    assert quiz_link.get_text(strip=True) == "Przejdź do testu"
    assert quiz_link["href"] == f"{course.url}test/"
