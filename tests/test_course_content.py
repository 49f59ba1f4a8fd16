"""The five courses as a methodologist signs them off: every lesson dated, sourced and with its
objectives; case studies and self-checks; a bank of at least 30 aligned questions per course."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import frontmatter
import pytest
from django.conf import settings

from core.content.markdown import body_blocks
from questionbank.formats import Kind, read_gift

COURSES = Path(settings.ZMP_CONTENT_DIR) / "pages" / "strona-glowna" / "kursy"
COURSE_SLUGS = sorted(path.stem for path in COURSES.glob("*.md"))
LESSONS = sorted(
    path
    for path in COURSES.glob("*/*.md")
    if frontmatter.load(str(path))["type"] == "elearning.LessonPage"
)
LANGUAGES = ("pl", "en", "es")
# An official reference: Polish Journal of Laws or Monitor Polski, or the EU's Official Journal.
OFFICIAL_REFERENCE = re.compile(r"Dz\. ?U\.|M\.P\.|OJ L|Dz\. ?Urz\. UE|Journal of Laws")
OFFICIAL_LINK = re.compile(
    r"^https://(isap\.sejm\.gov\.pl|eur-lex\.europa\.eu|dziennikustaw\.gov\.pl)/"
)


def lesson_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", LESSONS, ids=lesson_id)
def test_every_lesson_states_objectives_law_date_sources_author_and_review(path):
    lesson = frontmatter.load(str(path))
    objectives = [item["objective"] for item in lesson.get("objectives", [])]
    assert len(objectives) >= 2 and all(text.strip() for text in objectives)
    assert isinstance(lesson.get("legal_status_date"), datetime.date)
    assert isinstance(lesson.get("reviewed_on"), datetime.date)
    assert lesson.get("author", "").strip()
    sources = [item["source"] for item in lesson.get("sources", [])]
    official = [
        s
        for s in sources
        if OFFICIAL_REFERENCE.search(s.get("reference", ""))
        and OFFICIAL_LINK.match(s.get("url", ""))
    ]
    assert official, "at least one act with its Dz.U./OJ reference and an ISAP or EUR-Lex link"
    assert all(s.get("title", "").strip() for s in sources)


@pytest.mark.parametrize("path", LESSONS, ids=lesson_id)
def test_every_lesson_ends_a_part_with_a_self_check(path):
    blocks = body_blocks(frontmatter.load(str(path)).content)
    checks = [value for kind, value in blocks if kind == "self_check"]
    assert checks and all(c["question"].strip() and c["answer"].strip() for c in checks)


@pytest.mark.parametrize("slug", COURSE_SLUGS)
def test_every_course_has_case_studies_and_an_exercise_with_model_answers(slug):
    cases = [
        value
        for path in sorted((COURSES / slug).glob("*.md"))
        for kind, value in body_blocks(frontmatter.load(str(path)).content)
        if kind == "case_study"
    ]
    assert len(cases) >= 3
    for case in cases:
        assert all(case[field].strip() for field in ("title", "client", "task", "model_answer"))


def bank(slug: str, language: str):
    result = read_gift((COURSES / f"{slug}.{language}.gift").read_bytes())
    assert result.problems == ()
    return result.questions


@pytest.mark.parametrize("slug", COURSE_SLUGS)
def test_every_course_bank_has_30_questions_aligned_in_three_languages(slug):
    polish = bank(slug, "pl")
    assert len(polish) >= 30
    keys = {q.name: q.answer_key() for q in polish}
    assert len(keys) == len(polish), "question names are unique"
    for language in ("en", "es"):
        assert {q.name: q.answer_key() for q in bank(slug, language)} == keys


@pytest.mark.parametrize("slug", COURSE_SLUGS)
def test_multiple_answer_items_vary_in_how_many_answers_are_right(slug):
    counts = [
        sum(1 for answer in q.answers if answer.fraction > 0)
        for q in bank(slug, "pl")
        if q.kind is Kind.MULTICHOICE_MULTI
    ]
    assert len(counts) >= 3
    assert len(set(counts)) >= 2


@pytest.mark.parametrize("slug", COURSE_SLUGS)
def test_every_course_quiz_draws_10_to_15_questions_and_reviews_after_the_last_attempt(slug):
    quiz = next(
        frontmatter.load(str(path))
        for path in (COURSES / slug).glob("*.md")
        if frontmatter.load(str(path))["type"] == "elearning.QuizPage"
    )
    drawn = sum(slot["random"]["count"] if "random" in slot else 1 for slot in quiz["slots"])
    assert 10 <= drawn <= 15
    assert quiz["review"] == "after_last"
