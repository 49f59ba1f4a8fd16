"""Taking a quiz: starting attempts, showing them, grading them, reviewing them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.issuing import issue
from elearning.answer_key import AnswerKey, QuizUnavailable, answer_key, source_quiz
from elearning.grading import (
    Question,
    SubmissionError,
    parse_submission,
    percentage,
    question_score,
)
from elearning.models import Attempt, CoursePage, QuizPage
from elearning.progress import CourseProgress, outcome, progress_for

_random = random.SystemRandom()


def attempts_of(user, quiz: QuizPage) -> list[Attempt]:
    return list(Attempt.objects.filter(user=user, quiz_key=quiz.translation_key))


def overview_context(user, quiz: QuizPage) -> dict:
    """The quiz's page: the source quiz's rules (see ``answer_key``) and the learner's attempts."""
    source = source_quiz(quiz)
    rules = source or quiz
    attempts = attempts_of(user, quiz)
    result = outcome(rules, attempts)
    in_progress = next((a for a in attempts if not a.is_submitted), None)
    return {
        "course": quiz.course,
        "rules": rules,
        "unavailable": source is None,
        "attempts": [a for a in attempts if a.is_submitted],
        "outcome": result,
        "in_progress": in_progress,
        "can_start": source is not None and in_progress is None and result.attempts_left != 0,
        "question_count": len(rules.questions),
    }


def new_layout(quiz: QuizPage) -> list[dict]:
    """The questions and answer order a new attempt of ``quiz`` will show."""
    return layout_of(answer_key(quiz))


def layout_of(key: AnswerKey) -> list[dict]:
    """The questions and answer order this attempt will show, fixed for its lifetime.

    Built from the answer key, so an attempt started in any language holds the same
    questions and answers.
    """
    questions = list(key.questions.values())
    if key.source.shuffle_questions:
        _random.shuffle(questions)
    layout = []
    for question in questions:
        answers = [choice.id for choice in question.choices]
        if key.source.shuffle_answers and question.kind != "true_false":
            _random.shuffle(answers)
        layout.append(
            {"question": question.id, "answers": answers, "several": question.allows_several}
        )
    return layout


def is_stale(attempt: Attempt, questions: dict[str, Question]) -> bool:
    """The answer key's questions or answers changed after the attempt started."""
    for item in attempt.layout:
        question = questions.get(item["question"])
        if question is None or {c.id for c in question.choices} != set(item["answers"]):
            return True
    return False


def _render(request, quiz, template: str, context: dict, status: int = 200):
    context = {**quiz.get_context(request), "page": quiz, "course": quiz.course, **context}
    return TemplateResponse(request, template, context, status=status)


def _overview(request, quiz, status: int = 200):
    return _render(
        request,
        quiz,
        "elearning/quiz_page.html",
        overview_context(request.user, quiz),
        status=status,
    )


def _unavailable(request, quiz: QuizPage):
    # The overview says why: its context marks the quiz unavailable.
    return _overview(request, quiz, status=409)


def _note_untranslated(request, key: AnswerKey) -> None:
    if key.untranslated:
        messages.info(
            request,
            _(
                "Some questions or answers are not translated into this language yet, "
                "so they are shown in Polish."
            ),
        )


def start_view(request, quiz: QuizPage):
    if request.method != "POST":
        return redirect(quiz.get_url(request))
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    try:
        key = answer_key(quiz)
    except QuizUnavailable:
        return _unavailable(request, quiz)
    with transaction.atomic():
        attempts = attempts_of(request.user, quiz)
        open_attempt = next((a for a in attempts if not a.is_submitted), None)
        if open_attempt is not None and is_stale(open_attempt, key.questions):
            # Nothing was answered yet; the quiz changed under it, so it cannot be graded.
            open_attempt.delete()
            attempts.remove(open_attempt)
            open_attempt = None
            messages.warning(
                request, _("The quiz changed since you opened your attempt; here is a new one.")
            )
        if open_attempt is None:
            if outcome(key.source, attempts).attempts_left == 0:
                messages.error(request, _("You have used all the attempts this quiz allows."))
                return _overview(request, quiz, status=403)
            try:
                with transaction.atomic():
                    open_attempt = Attempt.objects.create(
                        user=request.user,
                        quiz_key=quiz.translation_key,
                        course_key=quiz.course.translation_key,
                        number=len(attempts) + 1,
                        layout=layout_of(key),
                        language=quiz.locale.language_code,
                    )
            except IntegrityError:
                # Another request of this advisor (a double click, a second tab) started this
                # attempt first; the database allows one open attempt and one of each number.
                open_attempt = (
                    Attempt.objects.filter(user=request.user, quiz_key=quiz.translation_key)
                    .order_by("-number")
                    .first()
                )
    return redirect(quiz.url + quiz.reverse_subpage("attempt", args=[open_attempt.pk]))


@dataclass
class ShownQuestion:
    number: int
    question: Question
    choices: list
    selected: set


def shown_questions(attempt: Attempt, questions: dict[str, Question], selected=None) -> list:
    selected = selected or {}
    return [
        ShownQuestion(
            number=number,
            question=questions[item["question"]],
            choices=[questions[item["question"]].choice(cid) for cid in item["answers"]],
            selected=set(selected.get(item["question"], [])),
        )
        for number, item in enumerate(attempt.layout, start=1)
    ]


def _own_attempt(request, quiz: QuizPage, attempt_id) -> Attempt:
    # Another advisor's attempt, or one of another quiz, does not exist for this user.
    return get_object_or_404(
        Attempt, pk=attempt_id, user=request.user, quiz_key=quiz.translation_key
    )


def _result_url(quiz: QuizPage, attempt: Attempt) -> str:
    return quiz.url + quiz.reverse_subpage("result", args=[attempt.pk])


def attempt_view(request, quiz: QuizPage, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_submitted:
        if request.method == "POST":
            messages.error(
                request,
                _(
                    "This attempt was already submitted. Your earlier answers stand; "
                    "nothing was changed."
                ),
            )
            return _result(request, quiz, attempt, status=409)
        return redirect(_result_url(quiz, attempt))
    try:
        key = answer_key(quiz)
    except QuizUnavailable:
        return _unavailable(request, quiz)
    if is_stale(attempt, key.questions):
        messages.error(
            request,
            _(
                "This quiz was changed after you started this attempt, so it cannot be "
                "graded. Start a new attempt."
            ),
        )
        return _overview(request, quiz, status=409)

    if request.method != "POST":
        _note_untranslated(request, key)
        return _render(
            request,
            quiz,
            "elearning/quiz_attempt.html",
            {"attempt": attempt, "questions": shown_questions(attempt, key.questions)},
        )
    posted = dict(request.POST.lists())
    try:
        responses = parse_submission(attempt.layout, posted)
    except SubmissionError as error:
        _note_untranslated(request, key)
        return _render(
            request,
            quiz,
            "elearning/quiz_attempt.html",
            {
                "attempt": attempt,
                "questions": shown_questions(attempt, key.questions, _keep_valid(attempt, posted)),
                "error": str(error),
                "unanswered": error.unanswered,
            },
            status=400,
        )
    score = percentage([key.questions[item["question"]] for item in attempt.layout], responses)
    # Only the first submission finds the attempt open; every later one (a double click,
    # another tab) updates nothing and is told so.
    graded = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        responses=responses,
        score=score,
        passed=score >= key.source.pass_mark,
        submitted_at=timezone.now(),
    )
    if not graded:
        attempt.refresh_from_db()
        messages.error(request, _("This attempt was already submitted; nothing was changed."))
        return _result(request, quiz, attempt, status=409)
    if score >= key.source.pass_mark:
        # The course may be passed now (its lessons done): its certificate dates from here.
        issue(request.user, quiz.course)
    return redirect(_result_url(quiz, attempt))


def _keep_valid(attempt: Attempt, posted: dict) -> dict:
    """What the learner had ticked, so a refused form comes back as they left it."""
    kept = {}
    for item in attempt.layout:
        values = posted.get(f"q-{item['question']}", [])
        kept[item["question"]] = [v for v in values if v in item["answers"]]
    return kept


def review_allowed(rules: QuizPage, attempts: list[Attempt]) -> bool:
    """Whether the review may be shown, by the rules of the source quiz ``rules``."""
    if rules.review == QuizPage.Review.IMMEDIATELY:
        return True
    if rules.review == QuizPage.Review.AFTER_LAST:
        graded = outcome(rules, attempts)
        finished = graded.attempts_left == 0 or graded.passed
        return finished and all(a.is_submitted for a in attempts)
    return False


def _result(request, quiz: QuizPage, attempt: Attempt, status: int = 200):
    try:
        key = answer_key(quiz)
    except QuizUnavailable:
        key = None  # the grade stands; the review waits until the quiz is live again
    attempts = attempts_of(request.user, quiz)
    show_review = (
        key is not None
        and review_allowed(key.source, attempts)
        and not is_stale(attempt, key.questions)
    )
    review = []
    if show_review:
        _note_untranslated(request, key)
        for shown in shown_questions(attempt, key.questions, attempt.responses):
            review.append(
                {
                    "shown": shown,
                    "score": question_score(shown.question, shown.selected),
                }
            )
    context = overview_context(request.user, quiz)
    course = quiz.course
    course_passed = (
        attempt.passed
        and progress_for(request.user, [course])[course.translation_key].status
        == CourseProgress.PASSED
    )
    context.update(
        {
            "attempt": attempt,
            "review": review,
            "show_review": show_review,
            "pass_mark": context["rules"].pass_mark,
            # Passed: the certificate and the next course lead, not another attempt.
            "course_passed": course_passed,
            "next_course": next_course(course) if course_passed else None,
        }
    )
    return _render(request, quiz, "elearning/quiz_result.html", context, status=status)


def next_course(course: CoursePage) -> CoursePage | None:
    """The course after ``course`` in its catalogue, in the same language."""
    return (
        CoursePage.objects.live()
        .sibling_of(course, inclusive=False)
        .filter(path__gt=course.path)
        .order_by("path")
        .first()
    )


def result_view(request, quiz: QuizPage, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if not attempt.is_submitted:
        return redirect(quiz.url + quiz.reverse_subpage("attempt", args=[attempt.pk]))
    return _result(request, quiz, attempt)
