"""Advisors learn in the browser: enrol, read, take the quiz, see their progress."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt, LessonPage, QuizPage
from tests.browser.steps import sign_in
from tests.factories_elearning import make_advisor, make_course, translate_course


@pytest.fixture
def course(site):
    course = make_course(site, lessons=3, attempts_allowed=3)
    for code in ("en", "es"):
        translate_course(course, code)
    return course


def answer(page, quiz: QuizPage, username: str, *, right: bool) -> None:
    """Tick answers by clicking their labels, as the advisor would."""
    attempt = Attempt.objects.filter(user__username=username).order_by("-number").first()
    for question in attempt_questions(attempt):
        if question.kind == "truefalse":
            value = "true" if question.question.correct_answer == right else "false"
            page.locator(f'label[for="{question.field_name}-{value}"]').click()
            continue
        chosen = [v for v, answer in question.choices if (answer.fraction > 0) == right]
        several = question.kind == "multichoice_multi"
        for value in chosen if several and right else chosen[:1]:
            page.locator(f'label[for="{question.field_name}-{value}"]').click()


def progress_value(page) -> int:
    return int(page.locator('[role="progressbar"]').first.get_attribute("aria-valuenow"))


@pytest.mark.parametrize(
    ("language", "username", "labels"),
    [
        (
            "pl",
            "advisor",
            {
                "enrol": "Zapisz się na kurs",
                "again": "Rozpocznij nowe podejście",
                "passed": "Zaliczony",
            },
        ),
        (
            "es",
            "advisor-es",
            {
                "enrol": "Inscribirse en este curso",
                "again": "Empezar un nuevo intento",
                "passed": "Aprobado",
            },
        ),
    ],
)
def test_advisor_learns_fails_the_quiz_once_then_passes(
    visitor, course, language, username, labels
):
    make_advisor(username)
    local_course = course.get_translation(
        course.locale.__class__.objects.get(language_code=language)
    )
    lessons = list(LessonPage.objects.child_of(local_course).order_by("path"))
    quiz = QuizPage.objects.child_of(local_course).get()
    sign_in(visitor, username, language)

    visitor.goto(local_course.url)
    visitor.get_by_role("button", name=labels["enrol"]).click()
    expect(visitor).to_have_url(re.compile(re.escape(lessons[0].url) + "$"))
    seen = []
    for lesson in lessons:
        visitor.goto(lesson.url)
        visitor.locator("main form button[type=submit]").click()
        visitor.goto(local_course.url)
        seen.append(progress_value(visitor))
    assert seen == [25, 50, 75]

    visitor.goto(quiz.url)
    visitor.locator("main form button[type=submit]").click()
    answer(visitor, quiz, username, right=False)
    visitor.locator("form.quiz-form button[value=submit]").click()
    expect(visitor.locator(".result--failed")).to_be_visible()

    visitor.get_by_role("button", name=labels["again"]).click()
    answer(visitor, quiz, username, right=True)
    visitor.locator("form.quiz-form button[value=submit]").click()
    expect(visitor.locator(".result--passed")).to_be_visible()

    visitor.goto(f"/{language}/learning/")
    row = visitor.locator(".course-row")
    assert labels["passed"] in row.inner_text()
    assert progress_value(visitor) == 100


def test_the_quiz_can_be_taken_by_keyboard_alone(visitor, course):
    make_advisor("advisor")
    quiz = QuizPage.objects.child_of(course).get()
    sign_in(visitor, "advisor")
    visitor.goto(quiz.url)
    start = visitor.locator("main form button[type=submit]")
    start.focus()
    visitor.keyboard.press("Enter")
    visitor.wait_for_url("**/attempt/**")
    attempt = Attempt.objects.get()
    for _ in range(60):
        visitor.keyboard.press("Tab")
        if visitor.evaluate("document.activeElement.name || ''").startswith("q-"):
            break
    for question in attempt_questions(attempt):
        if question.kind == "truefalse":
            correct = [0 if question.question.correct_answer else 1]
        else:
            correct = [i for i, (_v, a) in enumerate(question.choices) if a.fraction > 0]
        if question.kind == "multichoice_multi":
            for index in range(len(question.choices)):
                if index in correct:
                    visitor.keyboard.press("Space")
                visitor.keyboard.press("Tab")
        else:
            visitor.keyboard.press("Space")
            for _ in range(correct[0]):
                visitor.keyboard.press("ArrowDown")
            visitor.keyboard.press("Tab")
    assert visitor.evaluate("document.activeElement.type") == "submit"
    visitor.keyboard.press("Enter")

    visitor.wait_for_url("**/result/")
    attempt.refresh_from_db()
    assert attempt.score == 100


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_learning_pages_meet_wcag_22_aa(visitor, course, axe, language):
    make_advisor("advisor")
    advisors = Group.objects.get(name="Advisors")
    assert advisors.user_set.exists()
    local_course = course.get_translation(
        course.locale.__class__.objects.get(language_code=language)
    )
    lesson = LessonPage.objects.child_of(local_course).first()
    quiz = QuizPage.objects.child_of(local_course).get()
    catalogue = local_course.get_parent()

    visitor.goto(f"/{language}/accounts/login/")
    axe(visitor)
    sign_in(visitor, "advisor", language)
    for url in [catalogue.url, local_course.url]:
        visitor.goto(url)
        axe(visitor)
    visitor.locator("main form button[type=submit]").click()  # enrol
    for url in [lesson.url, quiz.url]:
        visitor.goto(url)
        axe(visitor)
    visitor.locator("main form button[type=submit]").click()  # start the quiz
    visitor.wait_for_url("**/attempt/**")
    axe(visitor)
    visitor.locator("form.quiz-form button[value=submit]").click()  # nothing answered: refused
    expect(visitor.locator('[role="alert"]')).to_be_visible()
    axe(visitor)
    answer(visitor, quiz, "advisor", right=True)
    visitor.locator("form.quiz-form button[value=submit]").click()
    visitor.wait_for_url("**/result/")
    axe(visitor)
    visitor.goto(f"/{language}/learning/")
    axe(visitor)
    visitor.goto(local_course.url + "glossary/")
    axe(visitor)
