"""Staff give a learner extra attempts or extra time on a quiz in the admin (E-learning →
Quiz overrides); the learner's quiz then allows them."""

from datetime import timedelta

import pytest

from elearning.models import QuizOverride
from tests.factories_elearning import (
    answers,
    make_advisor,
    make_course,
    quiz_of,
    start,
    submit,
    translate_course,
)
from tests.roles import staff_group

OVERRIDES = "/admin/learning/quiz-overrides/"


@pytest.fixture
def learner(db):
    user = make_advisor("learner")
    user.first_name, user.last_name = "Jan", "Kowalski"
    user.save()
    return user


@pytest.fixture
def staff(db):
    user = make_advisor("staff")
    user.is_staff = True
    user.save()
    user.groups.set([staff_group()])
    return user


def add_override(client, learner, quiz, **fields):
    data = {"user": learner.pk, "quiz": quiz.pk, "extra_minutes": 0, "extra_attempts": 0}
    return client.post(f"{OVERRIDES}new/", {**data, "reason": "", **fields})


def test_staff_give_extra_attempts_and_the_learner_may_start_again(client, learner, staff, home):
    quiz = quiz_of(make_course(home, attempts_allowed=1))
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, quiz, attempt, answers(attempt, quiz, right=False))
    page = client.get(quiz.url).content.decode()
    assert "/start/" not in page  # no attempt left

    client.force_login(staff)
    response = add_override(client, learner, quiz, extra_attempts=2, reason="Choroba")
    assert response.status_code == 302
    override = QuizOverride.objects.get(user=learner)
    assert (override.quiz_id, override.extra_attempts) == (quiz.pk, 2)

    client.force_login(learner)
    page = client.get(quiz.url).content.decode()
    assert 'action="' + quiz.url + 'start/"' in page
    assert start(client, quiz).number == 2


def test_an_override_chosen_on_a_translation_applies_to_the_polish_quiz(
    client, learner, staff, home
):
    course = make_course(home, attempts_allowed=1)
    quiz = quiz_of(course)
    english = quiz_of(translate_course(course, "en"))

    client.force_login(staff)
    # The form lists Polish quizzes only: the English one is not a valid choice.
    refused = add_override(client, learner, english, extra_attempts=1)
    assert "error-message" in refused.content.decode()
    assert not QuizOverride.objects.exists()
    assert add_override(client, learner, quiz, extra_attempts=1).status_code == 302

    client.force_login(learner)
    for attempt_number in (1, 2):
        attempt = start(client, english)
        assert attempt.number == attempt_number
        submit(client, english, attempt, answers(attempt, english, right=False))
    assert "/start/" not in client.get(english.url).content.decode()


def test_extra_minutes_lengthen_the_attempts_deadline(client, learner, staff, home):
    quiz = quiz_of(make_course(home, time_limit=20))
    client.force_login(staff)
    add_override(client, learner, quiz, extra_minutes=15, reason="Dostosowanie")

    client.force_login(learner)
    attempt = start(client, quiz)

    assert abs(attempt.deadline - attempt.started_at - timedelta(minutes=35)) < timedelta(seconds=5)


def test_without_an_override_the_deadline_is_the_quizs_time_limit(client, learner, home):
    quiz = quiz_of(make_course(home, time_limit=20))
    client.force_login(learner)

    attempt = start(client, quiz)

    assert abs(attempt.deadline - attempt.started_at - timedelta(minutes=20)) < timedelta(seconds=5)


def test_staff_find_overrides_by_learner_and_edit_and_delete_them(client, learner, staff, home):
    quiz = quiz_of(make_course(home))
    other = make_advisor("inny")
    QuizOverride.objects.create(user=learner, quiz=quiz, extra_minutes=10)
    QuizOverride.objects.create(user=other, quiz=quiz, extra_minutes=5)
    override = QuizOverride.objects.get(user=learner)
    client.force_login(staff)

    found = client.get(OVERRIDES, {"q": "Kowal"}).content.decode()
    assert f"{OVERRIDES}edit/{override.pk}/" in found
    assert "inny" not in found
    assert "Gospodarowanie odpadami: Test" in found

    response = client.post(
        f"{OVERRIDES}edit/{override.pk}/",
        {"user": learner.pk, "quiz": quiz.pk, "extra_minutes": 30, "extra_attempts": 1},
    )
    assert response.status_code == 302
    override.refresh_from_db()
    assert (override.extra_minutes, override.extra_attempts) == (30, 1)

    assert client.post(f"{OVERRIDES}delete/{override.pk}/").status_code == 302
    assert not QuizOverride.objects.filter(user=learner).exists()


def test_a_second_override_for_the_same_learner_and_quiz_is_refused(client, learner, staff, home):
    quiz = quiz_of(make_course(home))
    QuizOverride.objects.create(user=learner, quiz=quiz, extra_minutes=10)
    client.force_login(staff)

    response = add_override(client, learner, quiz, extra_minutes=20)

    assert "error-message" in response.content.decode()  # Wagtail's form, shown again
    assert QuizOverride.objects.get(user=learner).extra_minutes == 10


def test_an_advisor_cannot_open_the_overrides(client, learner, home):
    client.force_login(learner)

    response = client.get(OVERRIDES)

    assert response.status_code == 302 and "login" in response["Location"]
