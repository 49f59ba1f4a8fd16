"""Courses, lessons and quizzes for tests."""

from __future__ import annotations

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from elearning.grading import questions_from_stream
from elearning.models import Attempt, CourseCataloguePage, CoursePage, LessonPage, QuizPage
from tests.factories import locale, translate_page


class CatalogueFactory(wagtail_factories.PageFactory):
    title = "Kursy"
    slug = "kursy"

    class Meta:
        model = CourseCataloguePage


class CourseFactory(wagtail_factories.PageFactory):
    title = "Gospodarowanie odpadami"
    slug = factory.Sequence(lambda n: f"kurs-{n}")
    summary = "Hierarchia postępowania z odpadami."

    class Meta:
        model = CoursePage


class LessonFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lekcja {n}")
    slug = factory.Sequence(lambda n: f"lekcja-{n}")
    summary = "Streszczenie lekcji."
    body = [("paragraph", "<p>Treść lekcji o odpadach.</p>")]

    class Meta:
        model = LessonPage


class QuizFactory(wagtail_factories.PageFactory):
    title = "Test"
    slug = "test"
    pass_mark = 70
    shuffle_answers = False

    class Meta:
        model = QuizPage


def single(text: str, answers: list[tuple[str, bool]], feedback: str = "") -> tuple:
    return (
        "single_choice",
        {
            "text": text,
            "answers": [
                {"text": t, "correct": c, "feedback": f"{t}: {feedback}"} for t, c in answers
            ],
            "general_feedback": f"Ogólnie: {text}",
        },
    )


def multiple(text: str, answers: list[tuple[str, bool]]) -> tuple:
    block = single(text, answers)[1]
    return ("multiple_choice", block)


def true_false(text: str, correct: bool) -> tuple:
    return (
        "true_false",
        {
            "text": text,
            "correct": correct,
            "feedback_true": "Prawda – wyjaśnienie.",
            "feedback_false": "Fałsz – wyjaśnienie.",
            "general_feedback": "",
        },
    )


STANDARD_QUESTIONS = [
    single(
        "Pierwszy krok hierarchii?",
        [("Zapobieganie", True), ("Składowanie", False), ("Odzysk", False)],
    ),
    multiple("Frakcje selektywnej zbiórki?", [("Papier", True), ("Szkło", True), ("Gruz", False)]),
    true_false("System kaucyjny działa od 2025 r.", True),
    single("Kto prowadzi BDO?", [("Marszałek", True), ("Wójt", False)]),
]


def make_course(home, *, lessons: int = 3, questions=None, **quiz_settings) -> CoursePage:
    catalogue = CatalogueFactory(parent=home)
    return add_course(catalogue, lessons=lessons, questions=questions, **quiz_settings)


def add_course(
    catalogue, *, lessons: int = 3, questions=None, **fields_and_quiz_settings
) -> CoursePage:
    """A course with its lessons and quiz in ``catalogue``; ``title`` etc. go to the course."""
    course_fields = {
        name: fields_and_quiz_settings.pop(name)
        for name in ("title", "slug")
        if name in fields_and_quiz_settings
    }
    course = CourseFactory(parent=catalogue, **course_fields)
    for _ in range(lessons):
        LessonFactory(parent=course)
    QuizFactory(
        parent=course, questions=questions or STANDARD_QUESTIONS, **fields_and_quiz_settings
    )
    return course


def translate_course(course: CoursePage, code: str) -> CoursePage:
    """Translate the catalogue, the course and all its parts as an editor would."""
    catalogue = course.get_parent().specific
    if catalogue.get_translation_or_none(locale(code)) is None:
        translate_page(catalogue, code, slug=f"courses-{code}")
    translated = translate_page(course, code, title=f"Course ({code})", slug=f"course-{code}")
    for child in course.get_children().specific():
        translate_page(child, code, slug=f"{child.slug}-{code}")
    return translated


def make_advisor(username: str = "advisor"):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="zmp-demo"
    )
    user.groups.add(Group.objects.get(name="Advisors"))
    return user


# Taking a quiz as an advisor does, through the site.


def quiz_of(course) -> QuizPage:
    return QuizPage.objects.child_of(course).get()


def start(client, quiz) -> Attempt:
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302, response.content
    return Attempt.objects.filter(quiz_key=quiz.translation_key).order_by("-number").first()


def answers(attempt: Attempt, quiz: QuizPage, *, right: bool = True) -> dict:
    questions = {q.id: q for q in questions_from_stream(quiz.questions)}
    data = {}
    for item in attempt.layout:
        question = questions[item["question"]]
        correct = [c.id for c in question.choices if c.correct]
        wrong = [c.id for c in question.choices if not c.correct]
        data[f"q-{question.id}"] = correct if right else wrong[:1]
    return data


def submit(client, quiz, attempt, data):
    return client.post(f"{quiz.url}attempt/{attempt.pk}/", data)
