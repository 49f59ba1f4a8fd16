"""Taking quizzes: grading on the server, attempts, review rules, and bad submissions."""

import re

import pytest
from django.test import override_settings

from elearning.models import Attempt, QuizPage
from tests.factories_elearning import (
    CourseFactory,
    answers,
    bank_question,
    fixed_slots,
    make_advisor,
    make_course,
    quiz_of,
    single,
    start,
    submit,
    translate_course,
)


@pytest.fixture
def advisor(db):
    return make_advisor()


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


def test_the_attempt_page_never_sends_which_answers_are_correct(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    html = signed_in.get(f"{quiz.url}attempt/{attempt.pk}/").content.decode()

    assert "Pierwszy krok hierarchii?" in html
    assert "correct" not in html.lower().replace("aria-", "")
    assert "Zapobieganie: " not in html  # per-answer feedback
    assert "Ogólnie:" not in html  # general feedback


def test_a_submitted_attempt_is_graded_and_its_result_shown(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz))
    attempt.refresh_from_db()

    assert response.status_code == 302
    assert attempt.score == 100 and attempt.passed and attempt.is_submitted
    result = signed_in.get(response["Location"]).content.decode()
    assert "Zaliczony: 100%" in result  # no needless decimals


def test_partial_answers_fail_below_the_pass_mark(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))
    attempt.refresh_from_db()

    assert attempt.score == 0 and attempt.passed is False
    result = signed_in.get(response["Location"]).content.decode()
    assert ": 0%" in result and "0,00" not in result


def shown_inputs(html: str) -> list[tuple[str, str]]:
    return re.findall(r'name="q-([^"]+)" id="[^"]+" value="([^"]+)"', html)


def test_an_attempt_keeps_the_question_and_answer_order_it_was_shown(signed_in, home):
    quiz = quiz_of(make_course(home, shuffle_questions=True, shuffle_answers=True))
    attempt = start(signed_in, quiz)
    url = f"{quiz.url}attempt/{attempt.pk}/"

    first = shown_inputs(signed_in.get(url).content.decode())
    second = shown_inputs(signed_in.get(url).content.decode())

    recorded = [(i["question"], a) for i in attempt.layout for a in i["order"]]
    true_false = [
        (i["question"], v) for i in attempt.layout if not i["order"] for v in ("true", "false")
    ]
    assert first == second
    assert [pair for pair in first if pair not in true_false] == recorded


def test_starting_twice_resumes_the_open_attempt(signed_in, home):
    quiz = quiz_of(make_course(home))

    first, second = start(signed_in, quiz), start(signed_in, quiz)

    assert first.pk == second.pk
    assert Attempt.objects.count() == 1


def test_no_attempt_beyond_the_allowed_number(signed_in, home):
    quiz = quiz_of(make_course(home, attempts_allowed=2))
    for _ in range(2):
        attempt = start(signed_in, quiz)
        submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))

    response = signed_in.post(quiz.url + "start/")

    assert response.status_code == 403
    assert "Wykorzystałeś wszystkie podejścia" in response.content.decode()
    assert Attempt.objects.count() == 2


def test_replaying_a_submitted_form_does_not_grade_it_again(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)
    submit(signed_in, quiz, attempt, answers(attempt, quiz))

    replay = submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))
    attempt.refresh_from_db()

    assert replay.status_code == 409
    assert attempt.score == 100
    assert Attempt.objects.filter(submitted_at__isnull=False).count() == 1


def test_another_advisors_attempt_does_not_exist_for_you(client, home):
    quiz = quiz_of(make_course(home))
    owner, other = make_advisor("owner"), make_advisor("other")
    client.force_login(owner)
    attempt = start(client, quiz)
    client.force_login(other)

    assert client.get(f"{quiz.url}attempt/{attempt.pk}/").status_code == 404
    assert client.post(f"{quiz.url}attempt/{attempt.pk}/", {}).status_code == 404
    assert client.get(f"{quiz.url}attempt/{attempt.pk}/result/").status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_submitted


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: dict(list(data.items())[1:]),  # a question left out
        lambda data: {**data, next(iter(data)): ["not-an-answer"]},  # unknown answer id
        lambda data: {**data, next(iter(data)): ["1", "2", "3"]},  # wrong type and count
        lambda data: {**data, "q-00000000-0000-0000-0000-000000000000": ["x"]},  # unknown question
    ],
)
def test_malformed_submissions_are_refused_and_the_attempt_stays_open(signed_in, home, tamper):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, tamper(answers(attempt, quiz)))
    attempt.refresh_from_db()

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not attempt.is_submitted
    assert Attempt.objects.count() == 1
    assert submit(signed_in, quiz, attempt, answers(attempt, quiz)).status_code == 302


@override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=50)
def test_an_oversized_post_is_a_bad_request_not_a_crash(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)
    flood = {f"q-{i}": ["x"] for i in range(200)}

    response = submit(signed_in, quiz, attempt, flood)
    attempt.refresh_from_db()

    assert response.status_code == 400
    assert not attempt.is_submitted


def test_review_is_shown_immediately_when_the_quiz_says_so(signed_in, home):
    quiz = quiz_of(make_course(home, review="immediately"))
    attempt = start(signed_in, quiz)
    result = signed_in.get(submit(signed_in, quiz, attempt, answers(attempt, quiz))["Location"])

    html = result.content.decode()
    assert "Ogólnie: Pierwszy krok hierarchii?" in html
    assert "Zapobieganie: " in html


def test_review_is_never_shown_when_the_quiz_hides_it(signed_in, home):
    quiz = quiz_of(make_course(home, review="never"))
    attempt = start(signed_in, quiz)
    html = signed_in.get(
        submit(signed_in, quiz, attempt, answers(attempt, quiz))["Location"]
    ).content.decode()

    assert "Ogólnie:" not in html
    assert "Zapobieganie: " not in html


def test_review_after_the_last_attempt_waits_for_it(signed_in, home):
    quiz = quiz_of(make_course(home, review="after_last", attempts_allowed=2))
    first = start(signed_in, quiz)
    after_first = signed_in.get(
        submit(signed_in, quiz, first, answers(first, quiz, right=False))["Location"]
    )
    second = start(signed_in, quiz)
    after_second = signed_in.get(submit(signed_in, quiz, second, answers(second, quiz))["Location"])

    assert "Ogólnie:" not in after_first.content.decode()
    assert "Ogólnie:" in after_second.content.decode()
    again = signed_in.get(f"{quiz.url}attempt/{first.pk}/result/").content.decode()
    assert "Ogólnie:" in again


def test_review_after_the_last_attempt_comes_at_once_when_the_learner_passes(signed_in, home):
    quiz = quiz_of(make_course(home, review="after_last", attempts_allowed=3))
    attempt = start(signed_in, quiz)
    html = signed_in.get(
        submit(signed_in, quiz, attempt, answers(attempt, quiz))["Location"]
    ).content.decode()

    assert "Ogólnie: Pierwszy krok hierarchii?" in html


def test_by_default_a_failed_attempt_keeps_the_answers_hidden(signed_in, home):
    quiz = quiz_of(make_course(home))  # unlimited attempts, the default review rule
    first = start(signed_in, quiz)
    failed = signed_in.get(
        submit(signed_in, quiz, first, answers(first, quiz, right=False))["Location"]
    ).content.decode()
    second = start(signed_in, quiz)
    passed = signed_in.get(
        submit(signed_in, quiz, second, answers(second, quiz))["Location"]
    ).content.decode()

    assert "Ogólnie:" not in failed
    assert "Poprawne odpowiedzi i komentarze zobaczysz, gdy zaliczysz test." in failed
    assert "Ogólnie: Pierwszy krok hierarchii?" in passed


@pytest.mark.parametrize(("method", "expected"), [("highest", 100), ("last", 0)])
def test_grading_method_picks_the_highest_or_the_last_attempt(signed_in, home, method, expected):
    from elearning.progress import progress_for

    course = make_course(home, grading_method=method)
    quiz = quiz_of(course)
    first = start(signed_in, quiz)
    submit(signed_in, quiz, first, answers(first, quiz))
    second = start(signed_in, quiz)
    submit(signed_in, quiz, second, answers(second, quiz, right=False))

    outcome = progress_for(first.user, [course])[course.translation_key].quiz

    assert outcome.score == expected


def test_a_translated_quiz_is_the_same_quiz(signed_in, home):
    course = make_course(home)
    spanish = translate_course(course, "es")
    polish_quiz, spanish_quiz = quiz_of(course), quiz_of(spanish)
    attempt = start(signed_in, polish_quiz)
    shown_in_spanish = signed_in.get(f"{spanish_quiz.url}attempt/{attempt.pk}/").content.decode()

    assert [key for key, _v in shown_inputs(shown_in_spanish)] == [
        key
        for key, _v in shown_inputs(
            signed_in.get(f"{polish_quiz.url}attempt/{attempt.pk}/").content.decode()
        )
    ]
    response = submit(signed_in, spanish_quiz, attempt, answers(attempt, spanish_quiz))

    assert response.status_code == 302 and "/es/" in response["Location"]
    attempt.refresh_from_db()
    assert attempt.score == 100
    assert signed_in.post(spanish_quiz.url + "start/").status_code == 302
    assert Attempt.objects.count() == 2  # the Spanish start is attempt 2 of the same quiz


def test_an_attempt_keeps_its_questions_when_the_quiz_changes(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)
    data = answers(attempt, quiz)
    quiz.slots = fixed_slots(
        [bank_question(single("Nowe pytanie?", [("Tak", True), ("Nie", False)]))]
    )
    quiz.save_revision().publish()

    response = submit(signed_in, quiz, attempt, data)

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100 and len(attempt.layout) == 4
    fresh = start(signed_in, quiz)
    assert fresh.pk != attempt.pk and len(fresh.layout) == 1


def test_visitors_must_sign_in_to_take_a_quiz(client, home):
    quiz = quiz_of(make_course(home))

    for response in (client.get(quiz.url), client.post(quiz.url + "start/")):
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    assert not Attempt.objects.exists()


def test_after_passing_my_learning_offers_the_certificate_not_continue(signed_in, home):
    course = make_course(home)
    quiz = quiz_of(course)
    for lesson in course.get_children().specific():
        if not isinstance(lesson, QuizPage):
            signed_in.post(lesson.url + "complete/")
    attempt = start(signed_in, quiz)
    submit(signed_in, quiz, attempt, answers(attempt, quiz))

    html = signed_in.get("/pl/learning/").content.decode()

    assert "Zaliczony" in html
    assert f'href="{course.url}certificate/">Twoje zaświadczenie' in html
    assert "Kontynuuj" not in html


def test_passing_the_course_congratulates_and_leads_to_the_certificate_and_next_course(
    signed_in, home
):
    course = make_course(home)
    following = CourseFactory(parent=course.get_parent(), title="Energia odnawialna")
    quiz = quiz_of(course)
    for part in course.get_children().specific():
        if not isinstance(part, QuizPage):
            signed_in.post(part.url + "complete/")
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz))
    result = signed_in.get(response["Location"]).content.decode()

    assert f"Gratulacje: kurs „{course.title}” zaliczony." in result
    assert f'href="{course.url}certificate/">Twoje zaświadczenie' in result
    assert f'href="{following.url}">Następny kurs: Energia odnawialna' in result
    assert "Rozpocznij nowe podejście" not in result


def test_a_failed_attempt_offers_another_attempt_and_no_congratulations(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz, right=False))
    result = signed_in.get(response["Location"]).content.decode()

    assert "Gratulacje" not in result
    assert "Rozpocznij nowe podejście" in result


def test_an_empty_submission_names_and_links_every_question(signed_in, home):
    quiz = quiz_of(make_course(home))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, {})
    html = response.content.decode()

    assert response.status_code == 400
    count = len(attempt.layout)
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    links = re.findall(r'<a href="#question-([^"]+)">', summary)
    assert len(links) == count
    for question_id in links:
        assert f'id="question-{question_id}"' in html  # each link leads to its question
    assert html.count("Odpowiedz na to pytanie.") == count * 2  # in the summary and at each
