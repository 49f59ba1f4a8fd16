"""Taking a quiz: starting attempts, saving answers as the learner goes, time limits, grading.

The questions of an attempt, and how they are graded, are ``elearning.attempt_questions``'.
Answers are saved on every change (``autosave_view``, from the page's script) and, without
JavaScript, by the form's "Save answers" button, so a closed tab or a lost connection loses
nothing. With a time limit the server fixes the deadline when the attempt starts; answers
arriving after it (plus ``GRACE`` for the last save in flight) are refused, and what was saved
is submitted: on the learner's next request, or by staff's reports.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.issuing import issue
from elearning.attempt_questions import (
    AttemptQuestion,
    QuizUnavailable,
    attempt_questions,
    check_answers,
    form_fields,
    new_layout,
    question_count,
    score,
    source_quiz,
    with_responses,
)
from elearning.models import Attempt, CoursePage, QuizOverride, QuizPage
from elearning.progress import CourseProgress, outcome, progress_for

# How long after the deadline a save still counts: the request was sent in time.
GRACE = timedelta(seconds=30)


def attempts_of(user, quiz: QuizPage) -> list[Attempt]:
    return list(Attempt.objects.filter(user=user, quiz_key=quiz.translation_key))


def override_for(user, quiz: QuizPage) -> QuizOverride | None:
    return QuizOverride.objects.filter(
        user=user, quiz__translation_key=quiz.translation_key
    ).first()


def overview_context(user, quiz: QuizPage) -> dict:
    """The quiz's page: the source quiz's rules (see ``source_quiz``) and the learner's attempts."""
    source = source_quiz(quiz)
    rules = source or quiz
    attempts = attempts_of(user, quiz)
    for attempt in attempts:
        close_if_expired(attempt, quiz)
    override = override_for(user, quiz)
    extra_minutes = override.extra_minutes if override else 0
    result = outcome(rules, attempts, override.extra_attempts if override else 0)
    in_progress = next((a for a in attempts if not a.is_submitted), None)
    return {
        "course": quiz.course,
        "rules": rules,
        "unavailable": source is None,
        "attempts": [a for a in attempts if a.is_submitted],
        "outcome": result,
        "in_progress": in_progress,
        "can_start": source is not None and in_progress is None and result.attempts_left != 0,
        "question_count": question_count(rules),
        "time_limit": rules.time_limit + extra_minutes if rules.time_limit else 0,
        "extra_minutes": extra_minutes if rules.time_limit else 0,
    }


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


def _attempt_url(quiz: QuizPage, attempt: Attempt) -> str:
    return quiz.url + quiz.reverse_subpage("attempt", args=[attempt.pk])


def _result_url(quiz: QuizPage, attempt: Attempt) -> str:
    return quiz.url + quiz.reverse_subpage("result", args=[attempt.pk])


def deadline_for(user, quiz: QuizPage, rules: QuizPage, started):
    if not rules.time_limit:
        return None
    override = override_for(user, quiz)
    minutes = rules.time_limit + (override.extra_minutes if override else 0)
    return started + timedelta(minutes=minutes)


def start_view(request, quiz: QuizPage):
    if request.method != "POST":
        return redirect(quiz.get_url(request))
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    source = source_quiz(quiz)
    if source is None:
        return _unavailable(request, quiz)
    with transaction.atomic():
        attempts = attempts_of(request.user, quiz)
        open_attempt = next((a for a in attempts if not a.is_submitted), None)
        if open_attempt is not None and close_if_expired(open_attempt, quiz):
            messages.info(request, _("Time ran out; your saved answers were submitted."))
            open_attempt = None
        if open_attempt is None:
            override = override_for(request.user, quiz)
            used = outcome(source, attempts, override.extra_attempts if override else 0)
            if used.attempts_left == 0:
                messages.error(request, _("You have used all the attempts this quiz allows."))
                return _overview(request, quiz, status=403)
            try:
                layout = new_layout(quiz)
            except QuizUnavailable:
                return _unavailable(request, quiz)
            now = timezone.now()
            try:
                with transaction.atomic():
                    open_attempt = Attempt.objects.create(
                        user=request.user,
                        quiz_key=quiz.translation_key,
                        course_key=quiz.course.translation_key,
                        number=len(attempts) + 1,
                        layout=layout,
                        responses={},
                        language=quiz.locale.language_code,
                        deadline=deadline_for(request.user, quiz, source, now),
                    )
            except IntegrityError:
                # Another request of this advisor (a double click, a second tab) started this
                # attempt first; the database allows one open attempt and one of each number.
                open_attempt = (
                    Attempt.objects.filter(user=request.user, quiz_key=quiz.translation_key)
                    .order_by("-number")
                    .first()
                )
    return redirect(_attempt_url(quiz, open_attempt))


def _own_attempt(request, quiz: QuizPage, attempt_id) -> Attempt:
    # Another advisor's attempt, or one of another quiz, does not exist for this user.
    return get_object_or_404(
        Attempt, pk=attempt_id, user=request.user, quiz_key=quiz.translation_key
    )


def time_is_up(attempt: Attempt, now=None) -> bool:
    now = now or timezone.now()
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def seconds_left(attempt: Attempt) -> int | None:
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - timezone.now()).total_seconds()))


def finish(attempt: Attempt, quiz: QuizPage, questions: list[AttemptQuestion]) -> bool:
    """Submit ``attempt`` with the answers ``questions`` carry; False if it was already."""
    rules = source_quiz(quiz) or quiz
    result = score(questions)
    # Only the first submission finds the attempt open; every later one (a double click,
    # another tab, a save arriving after the clock) updates nothing.
    submitted = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        responses={q.key: list(q.response) for q in questions},
        score=result,
        passed=None if result is None else result >= rules.pass_mark,
        submitted_at=timezone.now(),
    )
    attempt.refresh_from_db()
    if submitted and result is not None and result >= rules.pass_mark:
        # The course may be passed now (its lessons done): its certificate dates from here.
        issue(attempt.user, quiz.course)
    return bool(submitted)


def close_if_expired(attempt: Attempt, quiz: QuizPage) -> bool:
    """Submit an open attempt whose time ran out with what it saved; True if it did."""
    if attempt.is_submitted or not time_is_up(attempt):
        return False
    return finish(attempt, quiz, attempt_questions(attempt))


def _attempt_page(request, quiz, attempt, questions, *, errors=None, error=None, status=200):
    return _render(
        request,
        quiz,
        "elearning/quiz_attempt.html",
        {
            "attempt": attempt,
            "questions": questions,
            "errors": errors or {},
            "error": error,
            "seconds_left": seconds_left(attempt),
        },
        status=status,
    )


def _already_submitted(request, quiz, attempt):
    messages.error(
        request,
        _("This attempt was already submitted. Your earlier answers stand; nothing was changed."),
    )
    return _result(request, quiz, attempt, status=409)


def attempt_view(request, quiz: QuizPage, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_submitted:
        if request.method == "POST":
            return _already_submitted(request, quiz, attempt)
        return redirect(_result_url(quiz, attempt))
    if close_if_expired(attempt, quiz):
        if request.method == "POST":
            messages.error(
                request,
                _(
                    "Time ran out before these answers arrived, so they were not accepted. "
                    "The answers saved in time were submitted."
                ),
            )
        else:
            messages.info(request, _("Time ran out; your saved answers were submitted."))
        return redirect(_result_url(quiz, attempt))
    questions = attempt_questions(attempt, quiz.locale)
    if request.method != "POST":
        if any(q.language != quiz.locale.language_code for q in questions):
            messages.info(
                request,
                _(
                    "Some questions or answers are not translated into this language yet, "
                    "so they are shown in Polish."
                ),
            )
        return _attempt_page(request, quiz, attempt, questions)

    posted = dict(request.POST.lists())
    fields = form_fields(questions)
    if any(name.startswith("q-") and name not in fields for name in posted):
        # A stale or tampered form: nothing of it is saved, the attempt stays as it was.
        return _attempt_page(
            request,
            quiz,
            attempt,
            questions,
            error=_("The form contains answers to questions that are not in this attempt."),
            status=400,
        )
    saved = check_answers(questions, posted, complete=False)
    questions = with_responses(questions, saved.responses)
    Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        responses=saved.responses, saved_at=timezone.now()
    )
    action = request.POST.get("action")
    if (
        action == "time-up"
        and attempt.deadline is not None
        and timezone.now() >= attempt.deadline - GRACE
    ):
        # The page's clock ran out: what it just saved is submitted as it is.
        finish(attempt, quiz, questions)
        messages.info(request, _("Time ran out; your saved answers were submitted."))
        return redirect(_result_url(quiz, attempt))
    if action == "save":
        if saved.errors:
            return _attempt_page(
                request,
                quiz,
                attempt,
                questions,
                errors=saved.errors,
                error=_("Some answers could not be saved; see the questions marked below."),
                status=400,
            )
        messages.success(request, _("Your answers are saved. You can come back to them later."))
        return redirect(_attempt_url(quiz, attempt))
    final = check_answers(questions, posted, complete=True)
    if final.errors:
        return _attempt_page(
            request,
            quiz,
            attempt,
            questions,
            errors=final.errors,
            error=_(
                "Your answers are saved, but the quiz cannot be submitted yet: see the "
                "questions marked below."
            ),
            status=400,
        )
    if not finish(attempt, quiz, with_responses(questions, final.responses)):
        return _already_submitted(request, quiz, attempt)
    return redirect(_result_url(quiz, attempt))


def autosave_view(request, quiz: QuizPage, attempt_id):
    """The page's script saves the whole form on every change; answers JSON."""
    if request.method != "POST":
        return JsonResponse({"error": _("Answers are saved with POST.")}, status=405)
    if not request.user.is_authenticated:
        return JsonResponse({"error": _("Sign in again to save your answers.")}, status=401)
    attempt = _own_attempt(request, quiz, attempt_id)
    if attempt.is_submitted:
        return JsonResponse({"error": _("This attempt was already submitted.")}, status=409)
    if close_if_expired(attempt, quiz):
        return JsonResponse(
            {
                "error": _("Time ran out; your saved answers were submitted."),
                "result": _result_url(quiz, attempt),
            },
            status=409,
        )
    questions = attempt_questions(attempt, quiz.locale)
    saved = check_answers(questions, dict(request.POST.lists()), complete=False)
    now = timezone.now()
    Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        responses=saved.responses, saved_at=now
    )
    status = 400 if saved.errors else 200
    return JsonResponse(
        {
            "saved_at": timezone.localtime(now).strftime("%H:%M:%S"),
            "seconds_left": seconds_left(attempt),
            "errors": saved.errors,
        },
        status=status,
    )


def review_allowed(rules: QuizPage, attempts: list[Attempt], extra_attempts: int = 0) -> bool:
    """Whether the review may be shown, by the rules of the source quiz ``rules``."""
    if rules.review == QuizPage.Review.IMMEDIATELY:
        return True
    if rules.review == QuizPage.Review.AFTER_LAST:
        graded = outcome(rules, attempts, extra_attempts)
        finished = graded.attempts_left == 0 or graded.passed
        return finished and all(a.is_submitted for a in attempts)
    return False


def _result(request, quiz: QuizPage, attempt: Attempt, status: int = 200):
    source = source_quiz(quiz)
    attempts = attempts_of(request.user, quiz)
    override = override_for(request.user, quiz)
    extra = override.extra_attempts if override else 0
    has_questions = all("version" in item for item in attempt.layout)
    show_review = source is not None and has_questions and review_allowed(source, attempts, extra)
    questions = attempt_questions(attempt, quiz.locale) if has_questions else []
    context = overview_context(request.user, quiz)
    course = quiz.course
    course_passed = (
        bool(attempt.passed)
        and progress_for(request.user, [course])[course.translation_key].status
        == CourseProgress.PASSED
    )
    context.update(
        {
            "attempt": attempt,
            "review": questions if show_review else [],
            "essays": [q for q in questions if q.is_graded_by_staff],
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
    if not attempt.is_submitted and not close_if_expired(attempt, quiz):
        return redirect(_attempt_url(quiz, attempt))
    return _result(request, quiz, attempt)
