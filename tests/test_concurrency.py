"""The same request sent many times at once: the action happens once, the others are told so.

A double click, two tabs or a flaky connection's retry make one advisor's requests arrive
together; under several gunicorn workers they run in parallel, each with its own database
connection. Here each request runs in its own thread through the whole Django stack with
Django's test client, and each thread has its own database connection, closed when it ends.

Every request is also sent one after another, the baseline. Both variants run on both
databases: on PostgreSQL in parallel as in production; on SQLite the ``parallel_database``
fixture (tests/conftest.py) puts the test database in a file with the project's WAL and
IMMEDIATE settings, so the parallel writers wait their turn for the write lock, as the
site's do, instead of failing as they would on the in-memory test database.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

import pytest
from django.db import connection, connections
from django.test import Client

from elearning.models import Attempt, Enrolment, LessonCompletion, LessonPage, QuizPage
from polls.models import Vote
from tests.factories_elearning import answers, make_advisor, make_course
from tests.factories_polls import make_poll

# The threads' connections see only committed data; the test starts from the migrated data.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("parallel_database"),
]

Request = Callable[[Client], int]


def one_after_another(client: Client, request: Request, times: int) -> list[int]:
    return [request(client) for _ in range(times)]


def all_at_once(client: Client, request: Request, times: int) -> list[int]:
    """``request`` sent ``times`` times at the same moment, from clients sharing one session."""
    start = threading.Barrier(times)
    outcomes: list = [None] * times
    database_names: set[str] = set()

    def send(index: int) -> None:
        database_names.add(connection.settings_dict["NAME"])  # this thread's own connection
        own = Client()
        # The same browser: one session cookie (each thread its own copy of the jar).
        own.cookies.load({name: morsel.value for name, morsel in client.cookies.items()})
        try:
            start.wait()
            outcomes[index] = request(own)
        except Exception as error:  # noqa: BLE001 — reported by the assertion below
            outcomes[index] = error
        finally:
            connections.close_all()  # this thread's connection, not the test's

    threads = [threading.Thread(target=send, args=(i,)) for i in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert errors == [], errors
    # Every thread wrote to the database the test reads.
    assert database_names == {connection.settings_dict["NAME"]}
    return outcomes


SENDERS = [
    pytest.param(one_after_another, id="one-after-another"),
    pytest.param(all_at_once, id="all-at-once"),
]


def right_answers(attempt: Attempt, quiz: QuizPage) -> dict[str, list[str]]:
    return answers(attempt, quiz)


@pytest.fixture
def advisor(home):
    return make_advisor()


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture
def course(home):
    return make_course(home, lessons=2)


@pytest.fixture
def quiz(course) -> QuizPage:
    return QuizPage.objects.child_of(course).get()


@pytest.mark.parametrize("send", SENDERS)
def test_fifty_submissions_of_one_attempt_grade_it_once(signed_in, advisor, quiz, send):
    signed_in.post(quiz.url + "start/")
    attempt = Attempt.objects.get()
    data = right_answers(attempt, quiz)

    statuses = send(
        signed_in,
        lambda client: client.post(f"{quiz.url}attempt/{attempt.pk}/", data).status_code,
        50,
    )

    assert Counter(statuses) == {302: 1, 409: 49}
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 100
    assert Attempt.objects.count() == 1


@pytest.mark.parametrize("send", SENDERS)
def test_twenty_enrolments_in_one_course_make_one(signed_in, advisor, course, send):
    statuses = send(signed_in, lambda client: client.post(course.url + "enrol/").status_code, 20)

    assert statuses == [302] * 20
    assert Enrolment.objects.filter(user=advisor, course_key=course.translation_key).count() == 1


@pytest.mark.parametrize("send", SENDERS)
def test_twenty_completions_of_one_lesson_record_it_once(signed_in, advisor, course, send):
    lesson = LessonPage.objects.child_of(course).first()

    statuses = send(signed_in, lambda client: client.post(lesson.url + "complete/").status_code, 20)

    assert statuses == [302] * 20
    assert LessonCompletion.objects.filter(user=advisor).count() == 1
    assert Enrolment.objects.filter(user=advisor).count() == 1


@pytest.mark.parametrize("send", SENDERS)
def test_twenty_votes_of_one_user_in_one_poll_count_once(signed_in, advisor, home, send):
    poll = make_poll()
    choice = poll.choices.first()
    form = {"poll": poll.pk, "choice": choice.pk, "next": "/pl/"}

    statuses = send(signed_in, lambda client: client.post("/pl/polls/vote/", form).status_code, 20)

    assert Counter(statuses) == {302: 1, 409: 19}
    assert Vote.objects.filter(poll_key=poll.translation_key).count() == 1


@pytest.mark.parametrize("send", SENDERS)
def test_twenty_starts_of_one_quiz_open_one_attempt(signed_in, advisor, quiz, send):
    def start(client: Client) -> tuple[int, str]:
        response = client.post(quiz.url + "start/")
        return response.status_code, response["Location"]

    responses = send(signed_in, start, 20)

    attempt = Attempt.objects.get()
    assert not attempt.is_submitted and attempt.number == 1
    assert set(responses) == {(302, f"{quiz.url}attempt/{attempt.pk}/")}
