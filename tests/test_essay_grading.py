"""Staff grade learners' essays in the admin; the learner then sees the points, the comment
and the score, and a pass earns the certificate."""

import re
from decimal import Decimal

import pytest

from certificates.models import Certificate
from elearning import essays
from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt
from questionbank.formats import Kind, ParsedQuestion, TextFormat
from tests.factories_elearning import (
    answers,
    make_advisor,
    make_course,
    quiz_of,
    single,
    start,
    submit,
    translate_course,
)
from tests.roles import staff_group

ESSAY_TEXT = "Opisz **hierarchię** postępowania z odpadami."
ANSWER = "Najpierw zapobieganie.\nPotem <b>recykling</b>."


def essay(text: str = ESSAY_TEXT) -> ParsedQuestion:
    return ParsedQuestion(
        name=text[:40], kind=Kind.ESSAY, text=text, text_format=TextFormat.MARKDOWN
    )


@pytest.fixture
def learner(db):
    return make_advisor("learner")


@pytest.fixture
def staff(db):
    user = make_advisor("staff")
    user.first_name, user.last_name = "Ewa", "Nowak"
    user.is_staff = True
    user.save()
    user.groups.set([staff_group()])
    return user


@pytest.fixture
def course(home):
    # No lessons: passing the quiz passes the course, so a pass earns the certificate.
    course = make_course(
        home,
        lessons=0,
        questions=[
            single("Pierwszy krok hierarchii?", [("Zapobieganie", True), ("Składowanie", False)]),
            essay(),
        ],
    )
    translate_course(course, "en")
    return course


@pytest.fixture
def quiz(course):
    # The learner takes the English quiz: its page speaks the catalogue's English.
    return quiz_of(course).get_translations().get(locale__language_code="en").specific


def submitted_attempt(client, quiz) -> Attempt:
    attempt = start(client, quiz)
    data = answers(attempt, quiz)
    data[essay_question(attempt).field_name] = ANSWER
    response = submit(client, quiz, attempt, data)
    assert response.status_code == 302
    attempt.refresh_from_db()
    return attempt


def essay_question(attempt: Attempt):
    return next(q for q in attempt_questions(attempt) if q.is_graded_by_staff)


def grade_url(attempt: Attempt) -> str:
    return f"/admin/learning/essays/{attempt.pk}/"


def post_grade(client, attempt: Attempt, points: str, comment: str = ""):
    question = essay_question(attempt)
    prefix = f"essay-{question.number}"
    return client.post(
        grade_url(attempt),
        {"question": question.key, f"{prefix}-points": points, f"{prefix}-comment": comment},
    )


def result_page(client, quiz, attempt) -> str:
    response = client.get(f"{quiz.url}attempt/{attempt.pk}/result/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_submitted_essay_awaits_grading_without_a_score(client, learner, quiz):
    client.force_login(learner)

    attempt = submitted_attempt(client, quiz)
    html = result_page(client, quiz, attempt)

    assert attempt.score is None and attempt.awaiting_grading
    assert "Your answers include an essay, which a member of staff grades" in html
    assert "Passed:" not in html and "Not passed:" not in html


def test_staff_see_the_waiting_essay_in_their_list(client, learner, staff, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    client.force_login(staff)
    html = client.get("/admin/learning/essays/").content.decode()

    assert "learner" in html
    assert "Gospodarowanie odpadami: Test" in html
    assert grade_url(attempt) in html


def test_the_grading_page_shows_the_question_and_the_answer_as_written(
    client, learner, staff, quiz
):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    client.force_login(staff)
    html = client.get(grade_url(attempt)).content.decode()

    assert "<strong>hierarchię</strong>" in html  # the question's Markdown as HTML
    # The answer escaped, its line break kept.
    assert "Najpierw zapobieganie.<br>Potem &lt;b&gt;recykling&lt;/b&gt;." in html


def test_a_graded_essay_gives_the_learner_points_comment_score_and_certificate(
    client, learner, staff, course, quiz
):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)
    assert not Certificate.objects.filter(user=learner).exists()

    client.force_login(staff)
    response = post_grade(client, attempt, "0.5", "Dobrze, ale zabrakło odzysku.")

    assert response.status_code == 302 and response["Location"] == "/admin/learning/essays/"
    attempt.refresh_from_db()
    assert attempt.score == Decimal("75") and attempt.passed
    grade = attempt.manual_grades[essay_question(attempt).key]
    assert grade["fraction"] == "0.5" and grade["graded_by"] == "Ewa Nowak"
    assert Certificate.objects.filter(user=learner, course_key=course.translation_key).exists()
    assert grade_url(attempt) not in client.get("/admin/learning/essays/").content.decode()

    client.force_login(learner)
    html = result_page(client, quiz, attempt)
    assert re.search(r"Points: 0\.50? of 1", html)
    assert "Dobrze, ale zabrakło odzysku." in html
    assert "Passed: 75%" in html


def test_a_failing_grade_scores_the_attempt_without_a_certificate(client, learner, staff, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    client.force_login(staff)
    post_grade(client, attempt, "0.25")

    attempt.refresh_from_db()
    assert attempt.score == Decimal("62.5") and attempt.passed is False
    assert not Certificate.objects.filter(user=learner).exists()
    client.force_login(learner)
    assert "Not passed: 62.50%" in result_page(client, quiz, attempt)


def test_a_regrade_replaces_the_earlier_grade_and_the_score(client, learner, staff, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)
    client.force_login(staff)

    post_grade(client, attempt, "0.25", "Za krótko.")
    post_grade(client, attempt, "1", "Po ponownym przeczytaniu: wyczerpująco.")

    attempt.refresh_from_db()
    grade = attempt.manual_grades[essay_question(attempt).key]
    assert grade["comment"] == "Po ponownym przeczytaniu: wyczerpująco."
    assert attempt.score == Decimal("100") and attempt.passed


@pytest.mark.parametrize("points", ["1.5", "-0.25", "pół", "", "0.33"])
def test_points_outside_0_to_1_or_not_a_number_are_refused(client, learner, staff, quiz, points):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    client.force_login(staff)
    response = post_grade(client, attempt, points, "Komentarz")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Ocena nie została zapisana" in html  # the staff's admin is in Polish
    assert 'class="error-message"' in html or "errorlist" in html
    attempt.refresh_from_db()
    assert attempt.manual_grades == {} and attempt.score is None


def test_a_question_that_is_not_an_essay_of_the_attempt_is_refused(client, learner, staff, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)
    other = next(q for q in attempt_questions(attempt) if not q.is_graded_by_staff)

    client.force_login(staff)
    response = client.post(grade_url(attempt), {"question": other.key, "essay-1-points": "1"})

    assert response.status_code == 400
    assert "W tym podejściu nie ma takiego pytania opisowego." in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.manual_grades == {}


def test_the_service_refuses_points_outside_0_to_1(client, learner, staff, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    with pytest.raises(ValueError):
        essays.grade_essay(attempt, essay_question(attempt).key, Decimal("1.01"), "", staff)

    attempt.refresh_from_db()
    assert attempt.manual_grades == {}


def test_grades_of_two_essays_from_stale_copies_are_both_kept(client, learner, staff, home):
    course = make_course(home, lessons=0, questions=[essay("Pierwszy esej?"), essay("Drugi?")])
    quiz = quiz_of(course)
    client.force_login(learner)
    attempt = start(client, quiz)
    submit(client, quiz, attempt, answers(attempt, quiz))
    attempt.refresh_from_db()
    first, second = (q.key for q in attempt_questions(attempt))
    # Two staff opened the attempt before either graded: each holds a copy without grades.
    stale_one, stale_two = Attempt.objects.get(pk=attempt.pk), Attempt.objects.get(pk=attempt.pk)

    essays.grade_essay(stale_one, first, Decimal("1"), "", staff)
    assert essays.awaiting().filter(pk=attempt.pk).exists()
    essays.grade_essay(stale_two, second, Decimal("0"), "", staff)

    attempt.refresh_from_db()
    assert set(attempt.manual_grades) == {first, second}
    assert attempt.score == Decimal("50")
    assert not essays.awaiting().filter(pk=attempt.pk).exists()


def test_an_advisor_cannot_open_the_grading_pages(client, learner, quiz):
    client.force_login(learner)
    attempt = submitted_attempt(client, quiz)

    for url in ("/admin/learning/essays/", grade_url(attempt)):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    assert post_grade(client, attempt, "1").status_code == 302
    attempt.refresh_from_db()
    assert attempt.manual_grades == {}
