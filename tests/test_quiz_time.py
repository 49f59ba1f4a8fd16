"""Quizzes with a time limit, as a learner takes them: the server's clock decides."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from elearning.models import Attempt, QuizOverride
from tests.factories_elearning import answers, make_advisor, make_course, quiz_of, start, submit
from tests.html import text_of

GRACE = timedelta(seconds=30)  # elearning.quiz.GRACE, as the learner meets it


@pytest.fixture
def advisor(db):
    return make_advisor()


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture
def started_at():
    return timezone.now().replace(microsecond=0)


def at(moment):
    return time_machine.travel(moment, tick=False)


def attempt_url(quiz, attempt) -> str:
    return f"{quiz.url}attempt/{attempt.pk}/"


def result_url(quiz, attempt) -> str:
    return f"{attempt_url(quiz, attempt)}result/"


def page_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def notices(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(kind, text) of each message the page shows: success, info, error…"""
    return [
        (
            next(c for c in item["class"] if c.startswith("notice--")).removeprefix("notice--"),
            text_of(item),
        )
        for item in page.select("ul.messages li")
    ]


def timed_quiz(home, **settings):
    return quiz_of(make_course(home, time_limit=10, **settings))


def test_starting_fixes_the_deadline_at_the_time_limit(signed_in, home, started_at):
    quiz = timed_quiz(home)

    with at(started_at):
        attempt = start(signed_in, quiz)
        timer = page_of(signed_in, attempt_url(quiz, attempt)).select_one("#quiz-timer")

    assert attempt.deadline == started_at + timedelta(minutes=10)
    assert timer["data-seconds-left"] == "600"
    assert text_of(timer.select_one("#quiz-timer-clock")) == "10:00"


def test_a_reload_three_minutes_later_shows_seven_minutes_left(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)

    with at(started_at + timedelta(minutes=3)):
        timer = page_of(signed_in, attempt_url(quiz, attempt)).select_one("#quiz-timer")
        resumed = start(signed_in, quiz)  # "Start" again resumes; the clock goes on

    assert timer["data-seconds-left"] == "420"
    assert text_of(timer.select_one("#quiz-timer-clock")) == "7:00"
    assert resumed.pk == attempt.pk and resumed.deadline == attempt.deadline


def test_answers_arriving_after_the_deadline_are_refused_and_the_saved_ones_submitted(
    signed_in, home, started_at
):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)
    with at(started_at + timedelta(minutes=5)):
        saved = signed_in.post(
            attempt_url(quiz, attempt), {**answers(attempt, quiz), "action": "save"}
        )
        page_of(signed_in, saved["Location"])  # the learner reads "saved" and goes on

    with at(attempt.deadline + GRACE + timedelta(seconds=1)):
        response = submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))
        page = page_of(signed_in, response["Location"])
    attempt.refresh_from_db()

    assert saved.status_code == 302
    assert response.status_code == 302 and response["Location"] == result_url(quiz, attempt)
    assert notices(page) == [
        (
            "error",
            "Czas minął, zanim te odpowiedzi dotarły, więc nie zostały przyjęte. "
            "Wysłano odpowiedzi zapisane na czas.",
        )
    ]
    assert attempt.is_submitted and attempt.score == 100
    assert text_of(page.select_one("p.result")) == "Zaliczony: 100% (próg zaliczenia 70%)."


def test_opening_the_attempt_after_the_deadline_submits_what_was_saved(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)
        signed_in.post(f"{attempt_url(quiz, attempt)}save/", answers(attempt, quiz))

    with at(started_at + timedelta(minutes=11)):
        response = signed_in.get(attempt_url(quiz, attempt))
        page = page_of(signed_in, response["Location"])
    attempt.refresh_from_db()

    assert response.status_code == 302 and response["Location"] == result_url(quiz, attempt)
    assert notices(page) == [("info", "Czas minął; wysłano Twoje zapisane odpowiedzi.")]
    assert attempt.is_submitted and attempt.score == 100 and attempt.passed


def test_autosave_after_the_deadline_points_to_the_result(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)

    with at(started_at + timedelta(minutes=11)):
        response = signed_in.post(f"{attempt_url(quiz, attempt)}save/", answers(attempt, quiz))
    attempt.refresh_from_db()

    assert response.status_code == 409
    body = json.loads(response.content)
    assert body["error"] and body["result"] == result_url(quiz, attempt)
    assert attempt.is_submitted and attempt.score == 0  # nothing was saved in time


def test_a_save_within_the_grace_period_is_accepted(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)

    with at(attempt.deadline + timedelta(seconds=10)):
        response = signed_in.post(
            attempt_url(quiz, attempt), {**answers(attempt, quiz), "action": "save"}
        )
    attempt.refresh_from_db()

    assert response.status_code == 302 and response["Location"] == attempt_url(quiz, attempt)
    assert not attempt.is_submitted
    assert attempt.responses == {
        key.removeprefix("q-"): value if isinstance(value, list) else [value]
        for key, value in answers(attempt, quiz).items()
    }


def test_an_autosave_within_the_grace_period_is_accepted(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)

    with at(attempt.deadline + timedelta(seconds=10)):
        response = signed_in.post(f"{attempt_url(quiz, attempt)}save/", answers(attempt, quiz))
    attempt.refresh_from_db()

    assert response.status_code == 200
    assert json.loads(response.content)["seconds_left"] == 0
    assert not attempt.is_submitted and len(attempt.responses) == len(attempt.layout)


def test_time_up_at_the_deadline_submits_the_answers_given_so_far(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)
    half = dict(list(answers(attempt, quiz).items())[:2])  # two of the four questions

    with at(attempt.deadline):
        response = signed_in.post(attempt_url(quiz, attempt), {**half, "action": "time-up"})
        page = page_of(signed_in, response["Location"])
    attempt.refresh_from_db()

    assert response.status_code == 302 and response["Location"] == result_url(quiz, attempt)
    assert attempt.is_submitted and attempt.score == 50
    assert text_of(page.select_one("p.result")) == "Niezaliczony: 50% (próg zaliczenia 70%)."


def test_time_up_long_before_the_deadline_does_not_end_the_attempt(signed_in, home, started_at):
    quiz = timed_quiz(home)
    with at(started_at):
        attempt = start(signed_in, quiz)
    half = dict(list(answers(attempt, quiz).items())[:2])

    with at(started_at + timedelta(minutes=2)):
        response = signed_in.post(attempt_url(quiz, attempt), {**half, "action": "time-up"})
    attempt.refresh_from_db()

    assert response.status_code == 400
    assert not attempt.is_submitted


def test_extra_time_for_a_learner_lengthens_their_deadline(signed_in, advisor, home, started_at):
    quiz = timed_quiz(home)
    QuizOverride.objects.create(user=advisor, quiz=quiz, extra_minutes=5)

    with at(started_at):
        attempt = start(signed_in, quiz)
        timer = page_of(signed_in, attempt_url(quiz, attempt)).select_one("#quiz-timer")

    assert attempt.deadline == started_at + timedelta(minutes=15)
    assert timer["data-seconds-left"] == "900"


def test_an_extra_attempt_for_a_learner_comes_on_top_of_the_allowed_ones(signed_in, advisor, home):
    quiz = quiz_of(make_course(home, attempts_allowed=2))
    QuizOverride.objects.create(user=advisor, quiz=quiz, extra_attempts=1)
    for _ in range(3):
        attempt = start(signed_in, quiz)
        submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))

    response = signed_in.post(quiz.url + "start/")

    assert Attempt.objects.filter(submitted_at__isnull=False).count() == 3
    assert response.status_code == 403
    assert "Wykorzystałeś wszystkie podejścia" in response.content.decode()


def test_a_quiz_without_a_time_limit_has_no_countdown_and_no_deadline(signed_in, home):
    quiz = quiz_of(make_course(home))

    attempt = start(signed_in, quiz)
    page = page_of(signed_in, attempt_url(quiz, attempt))

    assert attempt.deadline is None
    assert page.select_one("#quiz-timer") is None
    assert page.select_one("[data-seconds-left]") is None
