"""Lessons are found by everyone, but only those who may read them see their text."""

from elearning.models import LessonPage
from tests.factories_elearning import make_advisor, make_course

SECRET = "Kompostownik przydomowy wymaga zgłoszenia"


def restricted_lesson(home) -> LessonPage:
    course = make_course(home, lessons=1)
    lesson = LessonPage.objects.child_of(course).get()
    lesson.summary = "Streszczenie dla wszystkich."
    lesson.body = [("paragraph", f"<p>{SECRET} kompostownika.</p>")]
    lesson.save_revision().publish()
    return lesson


def test_a_sign_in_only_lesson_is_found_but_its_text_is_not_shown(client, home):
    lesson = restricted_lesson(home)

    html = client.get("/pl/search/", {"query": "kompostownik"}).content.decode()

    assert lesson.title in html
    assert "Streszczenie dla wszystkich." in html
    assert "zgłoszenia" not in html


def test_a_signed_in_advisor_sees_the_lessons_text_in_the_result(client, home):
    lesson = restricted_lesson(home)
    client.force_login(make_advisor())

    html = client.get("/pl/search/", {"query": "kompostownik"}).content.decode()

    assert lesson.title in html
    assert "zgłoszenia" in html
