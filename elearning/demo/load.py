"""Builds the course catalogue, five courses, their lessons, glossaries and quizzes."""

from __future__ import annotations

from importlib import import_module

from wagtail.models import Locale

from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.text import T
from core.demo.tree import ensure_child_page
from elearning.demo.quizzes import load_course_questions
from elearning.models import CourseCataloguePage, CoursePage, GlossaryTerm, LessonPage, QuizPage

COURSE_MODULES = [
    "waste_management",
    "renewable_energy",
    "air_and_climate",
    "water_and_wastewater",
    "administration",
]
# One course can be read without an account, to show that access is set per course.
OPEN_TO_READ = {"air-and-climate"}
ATTEMPTS_ALLOWED = 3

CATALOGUE = {
    "slug": T(pl="kursy", en="courses", es="cursos"),
    "title": T(pl="Kursy e-learningowe", en="E-learning courses", es="Cursos en línea"),
    "intro": T(
        pl="Kursy dla doradców ds. zielonych miejsc pracy: pięć bloków tematycznych, w których "
        "przeszkolono doradców, jako kursy online z lekcjami i testami sprawdzającymi.",
        en="Courses for green-jobs advisors: the five thematic blocks in which the advisors "
        "were trained, as online courses with lessons and quizzes.",
        es="Cursos para asesores de empleos verdes: los cinco bloques temáticos en los que se "
        "formó a los asesores, como cursos en línea con lecciones y cuestionarios.",
    ),
}
QUIZ_SLUG = T(pl="test", en="quiz", es="cuestionario")


def courses() -> list[dict]:
    return [import_module(f"elearning.demo.{name}").COURSE for name in COURSE_MODULES]


def ensure_glossary(spec: dict, course: CoursePage, locales: list[Locale]) -> dict:
    terms = {}
    for item in spec["glossary"]:
        term, _created = GlossaryTerm.objects.get_or_create(
            locale=course.locale,
            term=item["term"].pl,
            course=course,
            defaults={"definition": item["definition"].pl},
        )
        translate_everywhere(term, item, locales)
        terms[item["term"].pl] = term
    return terms


def key_term_resolver(terms: dict, course: CoursePage, locales: list[Locale]):
    def resolve(value: dict) -> tuple[str, dict]:
        term = terms.get(value["term"].pl)
        if term is None:  # a box whose term is missing from the course glossary
            term = GlossaryTerm.objects.create(
                locale=course.locale,
                term=value["term"].pl,
                definition=value["definition"].pl,
                course=course,
            )
            translate_everywhere(term, value, locales)
            terms[term.term] = term
        return ("key_term", {"term": term})

    return resolve


def ensure_course(catalogue: CourseCataloguePage, spec: dict, locales: list[Locale]) -> None:
    course = ensure_child_page(
        catalogue,
        CoursePage,
        spec["slug"].pl,
        title=spec["title"].pl,
        summary=spec["summary"].pl,
        description=stream_value([("text", spec["description"])], "pl"),
        outcomes=[("outcome", outcome.pl) for outcome in spec["outcomes"]],
        estimated_minutes=spec["estimated_minutes"],
        open_to_read=spec["key"] in OPEN_TO_READ,
        illustration=spec["illustration"],
        show_in_menus=True,
    )
    course_texts = {k: spec[k] for k in ("slug", "title", "summary", "description", "outcomes")}
    translate_everywhere(course, course_texts, locales)
    terms = ensure_glossary(spec, course, locales)
    resolve = {"key_term": key_term_resolver(terms, course, locales)}
    for lesson_spec in spec["lessons"]:
        lesson = ensure_child_page(
            course,
            LessonPage,
            lesson_spec["slug"].pl,
            title=lesson_spec["title"].pl,
            summary=lesson_spec["summary"].pl,
            body=stream_value(lesson_spec["body"], "pl", resolve),
        )
        translate_everywhere(lesson, lesson_spec, locales)
    quiz_spec = spec["quiz"]
    # The questions are GIFT files (elearning/data/quizzes), one per language, in a bank
    # category named after the course; the quiz asks each of them.
    questions = load_course_questions(
        spec["key"], spec["title"].pl, {code: spec["title"][code] for code in ("en", "es")}
    )
    slots = [("question", {"question": question}) for question in questions]
    quiz = ensure_child_page(
        course,
        QuizPage,
        QUIZ_SLUG.pl,
        title=quiz_spec["title"].pl,
        intro=quiz_spec["intro"].pl,
        pass_mark=spec["pass_mark"],
        attempts_allowed=ATTEMPTS_ALLOWED,
        slots=slots,
    )
    if not quiz.slots:
        # A demo loaded before quizzes drew on the bank: its questions were in the page.
        quiz.slots = slots
        quiz.save_revision().publish()
    translate_everywhere(quiz, {**quiz_spec, "slug": QUIZ_SLUG}, locales)


def load(demo: Demo) -> None:
    catalogue = ensure_child_page(
        demo.pages["home"],
        CourseCataloguePage,
        CATALOGUE["slug"].pl,
        title=CATALOGUE["title"].pl,
        intro=CATALOGUE["intro"].pl,
    )
    translate_everywhere(catalogue, CATALOGUE, demo.locales)
    for spec in courses():
        ensure_course(catalogue, spec, demo.locales)
    demo.pages["courses"] = catalogue
    demo.menu.append(catalogue)
