"""Item analysis: how each quiz question did, overall and in each language it was taken in.

Every submitted attempt counts (not only the graded one): each is one advisor answering each
question once. A question's answer is scored with elearning's own rule
(``elearning.grading.question_score``) against the quiz's answer key as it is now (the source
language's quiz, ``elearning.answer_key``), and counts as **correct** when it earns the full
point; a multiple-choice answer with partial credit is not correct.

* **% correct** = correct answers / answers × 100 (the item's difficulty index, *p*).
* **Discrimination** is the upper–lower group index:

      D = (C_upper − C_lower) / g,   g = max(1, round(0.27 × n))

  where the *n* attempts that answered the question are ranked by the attempt's total score
  (ties in the order they were submitted), the upper group is the first *g*, the lower group
  the last *g*, and C counts the correct answers in a group. D runs from −1 to 1: a question
  that the advisors who did best overall get right, and those who did worst get wrong, is
  near 1. Below 0.2 it hardly tells strong from weak (Ebel's rule of thumb), below 0 the weak
  do better than the strong, which usually means a wrong key or a misleading wording. It needs
  at least two answers.
* **Most chosen wrong answer**: the wrong option picked most often (ties: the one listed first
  in the quiz), with how many times.
* **Flags**, raised only on enough answers to mean something:
  too easy (> 90 % correct) and too hard (< 30 %) from ``MIN_ANSWERS`` answers; low (< 0.2) or
  negative (< 0) discrimination from ``MIN_ANSWERS_FOR_DISCRIMINATION``; and *a language
  differs*: a language whose % correct is ``LANGUAGE_GAP`` percentage points or more away from
  that of each other language, counting only languages with ``MIN_ANSWERS`` answers or more.
  With five answers, one answer moves a rate by 20 points, so a gap of 25 needs at least two
  answers' difference; it is a prompt to reread that translation, not a statistical test.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from elearning.grading import Question, question_score, questions_from_stream, worded_as
from elearning.models import Attempt, CoursePage, QuizPage

TOO_EASY_ABOVE = Decimal(90)
TOO_HARD_BELOW = Decimal(30)
LOW_DISCRIMINATION_BELOW = Decimal("0.2")
LANGUAGE_GAP = Decimal(25)
MIN_ANSWERS = 5
MIN_ANSWERS_FOR_DISCRIMINATION = 10
GROUP_SHARE = Decimal("0.27")

TOO_EASY = "too_easy"
TOO_HARD = "too_hard"
LOW_DISCRIMINATION = "low_discrimination"
NEGATIVE_DISCRIMINATION = "negative_discrimination"
LANGUAGE_DIFFERS = "language_differs"
FLAG_LABELS = {
    TOO_EASY: _("Too easy"),
    TOO_HARD: _("Too hard"),
    LOW_DISCRIMINATION: _("Low discrimination"),
    NEGATIVE_DISCRIMINATION: _("Negative discrimination"),
    LANGUAGE_DIFFERS: _("A language differs"),
}


def percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class Tally:
    answered: int = 0
    correct: int = 0

    @property
    def percent_correct(self) -> Decimal | None:
        return percent(self.correct, self.answered)


@dataclass
class QuestionStats:
    course_title: str
    quiz_key: object
    question_id: str
    number: int  # its place in the source quiz
    text: str  # in the viewer's language where translated
    total: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=dict)
    discrimination: Decimal | None = None
    wrong_answer: str = ""
    wrong_answer_count: int = 0
    diverging_languages: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return self.total.answered

    @property
    def percent_correct(self) -> Decimal | None:
        return self.total.percent_correct

    def language(self, code: str) -> Tally:
        return self.by_language.get(code, Tally())

    @property
    def flag_labels(self) -> list[str]:
        labels = []
        for flag in self.flags:
            label = str(FLAG_LABELS[flag])
            if flag == LANGUAGE_DIFFERS:
                label += f" ({', '.join(self.diverging_languages)})"
            labels.append(label)
        return labels


def discrimination(answers: list[tuple[Decimal, bool]]) -> Decimal | None:
    """The upper–lower 27 % index of (attempt total score, answered correctly) pairs, given in
    the order the attempts were submitted; None under two answers."""
    n = len(answers)
    if n < 2:
        return None
    group = max(1, int((GROUP_SHARE * n).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    # sorted() is stable: equal totals stay in submission order.
    ranked = sorted(answers, key=lambda pair: pair[0], reverse=True)
    upper = sum(1 for _total, correct in ranked[:group] if correct)
    lower = sum(1 for _total, correct in ranked[-group:] if correct)
    return (Decimal(upper - lower) / group).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def diverging_languages(by_language: dict[str, Tally]) -> list[str]:
    """The languages whose % correct is LANGUAGE_GAP points or more away from that of every
    other language, counting only languages with MIN_ANSWERS answers or more.

    Compared one to one rather than to the others pooled, so one bad translation does not
    drag the good ones into the flag with it. With only two languages both are named: the
    numbers cannot tell which wording is at fault.
    """
    enough = {code: t for code, t in by_language.items() if t.answered >= MIN_ANSWERS}
    diverging = []
    for code, own in enough.items():
        others = [other for other_code, other in enough.items() if other_code != code]
        if others and all(
            abs(own.percent_correct - other.percent_correct) >= LANGUAGE_GAP for other in others
        ):
            diverging.append(code)
    return diverging


def flags_of(stats: QuestionStats) -> list[str]:
    flags = []
    if stats.answered >= MIN_ANSWERS:
        if stats.percent_correct > TOO_EASY_ABOVE:
            flags.append(TOO_EASY)
        elif stats.percent_correct < TOO_HARD_BELOW:
            flags.append(TOO_HARD)
    if stats.answered >= MIN_ANSWERS_FOR_DISCRIMINATION and stats.discrimination is not None:
        if stats.discrimination < 0:
            flags.append(NEGATIVE_DISCRIMINATION)
        elif stats.discrimination < LOW_DISCRIMINATION_BELOW:
            flags.append(LOW_DISCRIMINATION)
    if stats.diverging_languages:
        flags.append(LANGUAGE_DIFFERS)
    return flags


def source_quizzes(courses: list[CoursePage]) -> list[tuple[CoursePage, QuizPage]]:
    """Each course's quiz in the default language, with its course, in the courses' order:
    one query."""
    by_path = {course.path: course for course in courses}
    if not by_path:
        return []
    under_a_course = Q()
    for path in by_path:
        under_a_course |= Q(path__startswith=path)
    # Live or not: a quiz withdrawn for corrections still has its attempts to analyse.
    quizzes = QuizPage.objects.filter(
        under_a_course, locale=Locale.get_default(), depth=courses[0].depth + 1
    ).order_by("path")
    return [(by_path[quiz.path[: -Page.steplen]], quiz) for quiz in quizzes]


def _wordings(quizzes: list[QuizPage], locale: Locale) -> dict[object, list[Question]]:
    """The quizzes' questions as worded in ``locale``, where translated: one query."""
    if locale.pk == Locale.get_default().pk:
        return {}
    translations = QuizPage.objects.filter(
        translation_key__in=[quiz.translation_key for quiz in quizzes], locale=locale
    )
    return {page.translation_key: questions_from_stream(page.questions) for page in translations}


def question_report(
    attempts: QuerySet[Attempt], courses: list[CoursePage], locale: Locale | None = None
) -> list[QuestionStats]:
    """Statistics of every question of the quizzes of ``courses``, over the submitted
    ``attempts`` (already filtered by language or date); question and answer texts in
    ``locale`` (the active one by default) where translated. Three queries, whatever the
    number of questions and attempts."""
    locale = locale or Locale.get_active()
    quizzes = source_quizzes(courses)
    wordings = _wordings([quiz for _course, quiz in quizzes], locale)
    taken = defaultdict(list)
    for attempt in attempts.filter(
        quiz_key__in=[quiz.translation_key for _course, quiz in quizzes],
        submitted_at__isnull=False,
    ).order_by("submitted_at", "pk"):
        taken[attempt.quiz_key].append(attempt)

    report = []
    for course, quiz in quizzes:
        key = questions_from_stream(quiz.questions)
        if quiz.translation_key in wordings:
            key, _fell_back = worded_as(key, wordings[quiz.translation_key])
        report.extend(_quiz_stats(course, quiz, key, taken[quiz.translation_key]))
    return report


def _quiz_stats(
    course: CoursePage, quiz: QuizPage, key: list[Question], attempts: list[Attempt]
) -> list[QuestionStats]:
    questions = {question.id: question for question in key}
    stats = {
        question.id: QuestionStats(
            course_title=course.title,
            quiz_key=quiz.translation_key,
            question_id=question.id,
            number=number,
            text=question.text,
        )
        for number, question in enumerate(key, start=1)
    }
    pairs: dict[str, list[tuple[Decimal, bool]]] = defaultdict(list)
    wrong_choices: dict[str, Counter] = defaultdict(Counter)
    for attempt in attempts:
        responses = attempt.responses or {}
        for item in attempt.layout:
            question = questions.get(item["question"])
            if question is None or question.id not in responses:
                continue  # a question removed since, or not answered
            selected = set(responses[question.id])
            correct = question_score(question, selected) == 1
            row = stats[question.id]
            for tally in (row.total, row.by_language.setdefault(attempt.language, Tally())):
                tally.answered += 1
                tally.correct += correct
            pairs[question.id].append((attempt.score or Decimal(0), correct))
            wrong_choices[question.id].update(selected - question.correct_ids)

    for question in key:
        row = stats[question.id]
        row.discrimination = discrimination(pairs[question.id])
        counts = wrong_choices[question.id]
        if counts:
            # The most chosen; on a tie the one listed first in the quiz.
            order = {choice.id: place for place, choice in enumerate(question.choices)}
            choice_id = min(counts, key=lambda cid: (-counts[cid], order.get(cid, len(order))))
            choice = question.choice(choice_id)
            row.wrong_answer = choice.text if choice else ""
            row.wrong_answer_count = counts[choice_id]
        row.by_language = {
            code: row.by_language[code]
            for code, _name in settings.LANGUAGES
            if code in row.by_language
        }
        row.diverging_languages = diverging_languages(row.by_language)
        row.flags = flags_of(row)
    return list(stats.values())
