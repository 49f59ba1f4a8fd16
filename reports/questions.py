"""Item analysis: how each quiz question did, overall and in each language it was taken in.

Every submitted attempt counts (not only the graded one): each is one advisor answering each
question it drew once. A question is a question of the bank (all its versions and
translations together), listed in the order it first appeared in the quiz's attempts. An
answer is graded as the attempt graded it (``elearning.attempt_questions``: the version it
showed) and counts as **correct** when it earns the full point; an answer with partial credit
is not correct, and an essay counts once staff have graded it.

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
* **Most chosen wrong answer**: for multiple choice, the option worth nothing or less picked
  most often (ties: the one stored first), with how many times.
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

from elearning.attempt_questions import AttemptQuestion, questions_of_attempts
from elearning.models import Attempt, CoursePage, QuizPage
from questionbank.rendering import as_text

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
    number: int  # where it first appeared in the quiz's attempts
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


def question_report(
    attempts: QuerySet[Attempt], courses: list[CoursePage], locale: Locale | None = None
) -> list[QuestionStats]:
    """Statistics of every question the quizzes of ``courses`` asked, over the submitted
    ``attempts`` (already filtered by language or date); question and answer texts in
    ``locale`` (the active one by default) where translated. A fixed number of queries,
    whatever the number of questions and attempts."""
    locale = locale or Locale.get_active()
    quizzes = source_quizzes(courses)
    taken = list(
        attempts.filter(
            quiz_key__in=[quiz.translation_key for _course, quiz in quizzes],
            submitted_at__isnull=False,
        ).order_by("submitted_at", "pk")
    )
    shown = questions_of_attempts(taken, locale)
    by_quiz = defaultdict(list)
    for attempt in taken:
        by_quiz[attempt.quiz_key].append(attempt)
    report = []
    for course, quiz in quizzes:
        report.extend(_quiz_stats(course, quiz, by_quiz[quiz.translation_key], shown))
    return report


def _quiz_stats(
    course: CoursePage,
    quiz: QuizPage,
    attempts: list[Attempt],
    shown: dict[object, list[AttemptQuestion]],
) -> list[QuestionStats]:
    stats: dict[str, QuestionStats] = {}
    pairs: dict[str, list[tuple[Decimal, bool]]] = defaultdict(list)
    wrong_choices: dict[str, Counter] = defaultdict(Counter)
    wrong_texts: dict[str, dict[int, str]] = defaultdict(dict)
    for attempt in attempts:
        for question in shown[attempt.pk]:
            if not question.counts:
                continue
            row = stats.get(question.key)
            if row is None:
                row = stats[question.key] = QuestionStats(
                    course_title=course.title,
                    quiz_key=quiz.translation_key,
                    question_id=question.question.name,
                    number=len(stats) + 1,
                    text=as_text(question.question.text, question.question.text_format),
                )
            fraction = question.fraction
            if not question.response or fraction is None:
                continue  # not answered, or an essay still waiting for staff
            correct = fraction == 1
            for tally in (row.total, row.by_language.setdefault(attempt.language, Tally())):
                tally.answered += 1
                tally.correct += correct
            pairs[question.key].append((attempt.score or Decimal(0), correct))
            if question.question.kind.is_multichoice:
                for value in question.response:
                    answer = question.question.answers[int(value)]
                    if answer.fraction <= 0:
                        wrong_choices[question.key][int(value)] += 1
                        wrong_texts[question.key][int(value)] = as_text(answer.text, answer.format)

    for key, row in stats.items():
        row.discrimination = discrimination(pairs[key])
        counts = wrong_choices[key]
        if counts:
            # The most chosen; on a tie the one stored first.
            index = min(counts, key=lambda i: (-counts[i], i))
            row.wrong_answer = wrong_texts[key][index]
            row.wrong_answer_count = counts[index]
        row.by_language = {
            code: row.by_language[code]
            for code, _name in settings.LANGUAGES
            if code in row.by_language
        }
        row.diverging_languages = diverging_languages(row.by_language)
        row.flags = flags_of(row)
    return list(stats.values())
