"""Courses, lessons and quizzes for tests."""

from __future__ import annotations

from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt, CourseCataloguePage, CoursePage, LessonPage, QuizPage
from questionbank.convert import fields_from_parsed
from questionbank.formats import Answer, Kind, ParsedQuestion
from questionbank.formats.model import snap_fraction
from questionbank.models import Question, QuestionCategory
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


def _name(text: str) -> str:
    return text[:80]


def single(text: str, answers: list[tuple[str, bool]], feedback: str = "") -> ParsedQuestion:
    """A single-choice question: the right answer earns the point."""
    return ParsedQuestion(
        name=_name(text),
        kind=Kind.MULTICHOICE_SINGLE,
        text=text,
        general_feedback=f"Ogólnie: {text}",
        answers=tuple(
            Answer(t, Decimal(1) if c else Decimal(0), feedback=f"{t}: {feedback}")
            for t, c in answers
        ),
    )


def multiple(text: str, answers: list[tuple[str, bool]]) -> ParsedQuestion:
    """Multiple choice: with k right answers each right one earns 1/k, each wrong takes 1/k."""
    share = snap_fraction(Decimal(1) / sum(1 for _t, c in answers if c))
    return ParsedQuestion(
        name=_name(text),
        kind=Kind.MULTICHOICE_MULTI,
        text=text,
        general_feedback=f"Ogólnie: {text}",
        answers=tuple(Answer(t, share if c else -share, feedback=f"{t}: ") for t, c in answers),
    )


def true_false(text: str, correct: bool) -> ParsedQuestion:
    return ParsedQuestion(
        name=_name(text),
        kind=Kind.TRUEFALSE,
        text=text,
        correct_answer=correct,
        true_feedback="Prawda – wyjaśnienie.",
        false_feedback="Fałsz – wyjaśnienie.",
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


def bank_category(name: str | None = None, parent=None) -> QuestionCategory:
    """A Polish category of the question bank."""
    return QuestionCategory.objects.create(
        name=name or f"Kategoria {QuestionCategory.objects.count() + 1}",
        parent=parent,
        locale=locale("pl"),
    )


def bank_question(parsed: ParsedQuestion, category: QuestionCategory | None = None) -> Question:
    """``parsed`` stored in the bank (in a new category unless one is given), in Polish."""
    category = category or bank_category()
    question = Question(category=category, locale=category.locale)
    for name, value in fields_from_parsed(parsed).items():
        setattr(question, name, value)
    question.save()
    return question


def translate_question(question: Question, code: str, **texts) -> Question:
    """The translation of ``question`` into ``code``; ``texts`` replace text fields, and
    ``answers`` (a list of strings) the answers' texts."""
    category = question.category
    target_category = category.get_translation_or_none(locale(code))
    if target_category is None:
        target_category = category.copy_for_translation(locale(code))
        target_category.save()
    translation = question.copy_for_translation(locale(code))
    translation.category = target_category
    answers = texts.pop("answers", None)
    for name, value in texts.items():
        setattr(translation, name, value)
    if answers is not None:
        content = dict(translation.content)
        content["answers"] = [
            {**stored, "text": text}
            for stored, text in zip(content["answers"], answers, strict=True)
        ]
        translation.content = content
    translation.save()
    return translation


def fixed_slots(questions: list[Question]) -> list[tuple[str, dict]]:
    return [("question", {"question": question}) for question in questions]


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
    category = bank_category(f"Pytania: {course.title} {course.pk}")
    stored = [bank_question(parsed, category) for parsed in questions or STANDARD_QUESTIONS]
    QuizFactory(parent=course, slots=fixed_slots(stored), **fields_and_quiz_settings)
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
    """The form a learner posts: every question answered rightly (or wrongly)."""
    data = {}
    for question in attempt_questions(attempt):
        parsed = question.question
        name = question.field_name
        if parsed.kind.is_multichoice:
            good = [i for i in question.order if parsed.answers[int(i)].fraction > 0]
            bad = [i for i in question.order if parsed.answers[int(i)].fraction <= 0]
            data[name] = (
                (good if parsed.kind is Kind.MULTICHOICE_MULTI else good[:1]) if right else bad[:1]
            )
        elif parsed.kind is Kind.TRUEFALSE:
            data[name] = "true" if parsed.correct_answer == right else "false"
        elif parsed.kind is Kind.SHORTANSWER:
            best = max(parsed.answers, key=lambda a: a.fraction)
            data[name] = best.text.replace("*", "") if right else "zupełnie nie to"
        elif parsed.kind is Kind.NUMERICAL:
            best = max(parsed.numeric_answers, key=lambda a: a.fraction)
            data[name] = str(best.value) if right else str(best.value + best.tolerance + 1000)
        elif parsed.kind is Kind.MATCHING:
            options = [text for _value, text in question.options]
            values = [value for value, _text in question.options]
            for position, pair, _chosen in question.stems:
                own = values[options.index(pair.answer_text)]
                other = next(v for v in values if v != own)
                data[f"{name}-{position}"] = own if right else other
        elif parsed.kind is Kind.ESSAY:
            data[name] = "Moja odpowiedź opisowa."
    return data


def submit(client, quiz, attempt, data):
    return client.post(f"{quiz.url}attempt/{attempt.pk}/", data)
