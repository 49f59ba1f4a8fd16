"""Enrolments, lesson completion and course progress, in a bounded number of queries."""

from __future__ import annotations

import datetime
import logging
import operator
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from uuid import UUID

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.middleware import after_response
from core.site_frame import FrameLink, remembered
from core.worker_batches import WorkerBatch
from elearning.models import (
    Attempt,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizOverride,
    QuizPage,
)


@dataclass
class QuizOutcome:
    attempts_used: int = 0
    attempts_allowed: int = 0
    score: Decimal | None = None
    passed: bool = False
    in_progress: bool = False
    awaiting_grading: bool = False

    @property
    def attempts_left(self) -> int | None:
        if not self.attempts_allowed:
            return None
        return max(0, self.attempts_allowed - self.attempts_used)


@dataclass
class CourseProgress:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PASSED = "passed"
    FAILED = "failed"
    LABELS = {
        NOT_STARTED: _("Not started"),
        IN_PROGRESS: _("In progress"),
        PASSED: _("Passed"),
        FAILED: _("Failed"),
    }

    enrolled: bool = False
    lesson_count: int = 0
    completed_keys: set = field(default_factory=set)
    has_quiz: bool = False
    quiz: QuizOutcome = field(default_factory=QuizOutcome)
    last_lesson_key: object = None
    enrolment: Enrolment | None = None

    @property
    def completed_count(self) -> int:
        return len(self.completed_keys)

    @property
    def step_count(self) -> int:
        """A course's steps: each lesson, and the quiz."""
        return self.lesson_count + (1 if self.has_quiz else 0)

    @property
    def steps_done(self) -> int:
        """Lessons marked complete, and the quiz once passed."""
        return min(self.completed_count, self.lesson_count) + (1 if self.quiz.passed else 0)

    @property
    def percent(self) -> int:
        if not self.step_count:
            return 0
        return round(100 * self.steps_done / self.step_count)

    @property
    def status(self) -> str:
        if self.quiz.passed and self.completed_count >= self.lesson_count:
            return self.PASSED
        if self.quiz.attempts_used and not self.quiz.in_progress and not self.quiz.passed:
            return self.FAILED
        if self.completed_count or self.quiz.attempts_used or self.last_lesson_key:
            return self.IN_PROGRESS
        return self.NOT_STARTED

    @property
    def status_label(self) -> str:
        return self.LABELS[self.status]


def children_by_course(model, originals: dict) -> dict:
    """Live default-language children of the given courses: {child: course key}, one query."""
    if not originals:
        return {}
    course_by_path = {page.path: key for key, page in originals.items()}
    under_a_course = Q()
    for course_path in course_by_path:
        under_a_course |= Q(path__startswith=course_path)
    depth = next(iter(originals.values())).depth + 1
    children = model.objects.live().filter(under_a_course, depth=depth)
    return {child: course_by_path[child.path[: -Page.steplen]] for child in children}


@dataclass(frozen=True)
class QuizRules:
    """What grading needs of a course's quiz (its default-language version)."""

    translation_key: object
    attempts_allowed: int
    grading_method: str
    pass_mark: Decimal


@dataclass(frozen=True)
class CourseOutline:
    """A course's steps, as its default-language version has them."""

    lesson_count: int
    quiz: QuizRules | None


def _read_outlines(course_keys: tuple) -> dict[object, CourseOutline]:
    originals = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in=course_keys, locale=Locale.get_default()
        ).only("path", "depth", "translation_key")
    }
    lesson_counts = defaultdict(int)
    for course_key in children_by_course(LessonPage, originals).values():
        lesson_counts[course_key] += 1
    quizzes = {
        course_key: QuizRules(
            quiz.translation_key, quiz.attempts_allowed, quiz.grading_method, quiz.pass_mark
        )
        for quiz, course_key in children_by_course(QuizPage, originals).items()
    }
    return {key: CourseOutline(lesson_counts[key], quizzes.get(key)) for key in course_keys}


def course_outlines(courses: list[CoursePage]) -> dict[object, CourseOutline]:
    """Each course's outline, keyed by translation key: three queries, then remembered.

    Outlines change only with publications, so each worker keeps them for the site frame's
    generation (``core.site_frame.remembered``).
    """
    keys = tuple(sorted({course.translation_key for course in courses}, key=str))
    return remembered(f"course-outlines:{','.join(map(str, keys))}", lambda: _read_outlines(keys))


def progress_for(user, courses: list[CoursePage]) -> dict[object, CourseProgress]:
    """Progress of ``user`` in each course, keyed by the course's translation key.

    A course's steps are the lessons and quiz of its default-language version, so every
    translation counts the same steps. Runs a fixed number of queries.
    """
    progress = {c.translation_key: CourseProgress() for c in courses}
    if not courses:
        return progress
    outlines = course_outlines(courses)
    quizzes = {}
    for course_key, item in progress.items():
        item.lesson_count = outlines[course_key].lesson_count
        if (quiz := outlines[course_key].quiz) is not None:
            item.has_quiz = True
            quizzes[quiz.translation_key] = (quiz, course_key)
    if not getattr(user, "is_authenticated", False):
        return progress

    for enrolment in Enrolment.objects.filter(user=user, course_key__in=progress):
        item = progress[enrolment.course_key]
        item.enrolled = True
        item.enrolment = enrolment
        item.last_lesson_key = enrolment.last_lesson_key
    for completion in LessonCompletion.objects.filter(user=user, course_key__in=progress):
        progress[completion.course_key].completed_keys.add(completion.lesson_key)
    attempts = defaultdict(list)
    # Only what grading reads: not each attempt's questions and answers.
    attempts_read = Attempt.objects.filter(user=user, quiz_key__in=quizzes).only(
        "quiz_key", "number", "submitted_at", "score"
    )
    for attempt in attempts_read.order_by("number"):
        attempts[attempt.quiz_key].append(attempt)
    # A learner's extra attempts matter only once the quiz's own are used up; asked only then,
    # so the common page costs no query for them.
    used_up = [
        key
        for key, (quiz, _course) in quizzes.items()
        if quiz.attempts_allowed and len(attempts[key]) >= quiz.attempts_allowed
    ]
    extra = (
        dict(
            QuizOverride.objects.filter(user=user, quiz__translation_key__in=used_up).values_list(
                "quiz__translation_key", "extra_attempts"
            )
        )
        if used_up
        else {}
    )
    for quiz_key, (quiz, course_key) in quizzes.items():
        progress[course_key].quiz = outcome(quiz, attempts[quiz_key], extra.get(quiz_key, 0))
    return progress


def outcome(
    quiz: QuizPage | QuizRules, attempts: list[Attempt], extra_attempts: int = 0
) -> QuizOutcome:
    """The graded result of a learner's attempts under the quiz's grading method.

    ``extra_attempts`` are the learner's own (``QuizOverride``); an attempt whose essays wait
    for staff counts as used but gives no score until graded.
    """
    graded = [a for a in attempts if a.is_submitted and a.is_graded]
    result = QuizOutcome(
        attempts_used=len(attempts),
        attempts_allowed=quiz.attempts_allowed + extra_attempts if quiz.attempts_allowed else 0,
        in_progress=any(not a.is_submitted for a in attempts),
        awaiting_grading=any(a.awaiting_grading for a in attempts),
    )
    if graded:
        if quiz.grading_method == QuizPage.GradingMethod.LAST:
            counted = graded[-1]
        else:
            counted = max(graded, key=lambda a: a.score)
        result.score = counted.score
        result.passed = counted.score >= quiz.pass_mark
    return result


def enrol(user, course: CoursePage, *, by=None) -> Enrolment:
    # get_or_create answers a parallel request's enrolment (the unique constraint refuses a
    # second row) by returning the first one.
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key, defaults={"enrolled_by": by}
    )
    return enrolment


def record_visit(user, lesson: LessonPage) -> None:
    """Remember the lesson as the learner's last one in its course ("Continue" on My learning).

    A stamp, not a record the page depends on: kept by the worker after the response and
    written with the others in batches (``visit_stamps``), so reading a lesson never writes
    to the database, waits for it, or fails because of it.
    """
    if getattr(user, "is_authenticated", False):
        key = (user.pk, lesson.course.translation_key)
        after_response(partial(visit_stamps.add, key, (lesson.translation_key, timezone.now())))


def _write_visits(stamps: dict[tuple[int, UUID], tuple[UUID, datetime.datetime]]) -> None:
    try:
        with transaction.atomic():
            for (user_id, course_key), (lesson_key, visited_at) in stamps.items():
                Enrolment.objects.filter(user_id=user_id, course_key=course_key).update(
                    last_lesson_key=lesson_key, last_visited_at=visited_at
                )
    except DatabaseError:
        logging.getLogger("zmp.elearning").exception("%s lesson visits not recorded", len(stamps))


def _later(
    held: tuple[UUID, datetime.datetime], new: tuple[UUID, datetime.datetime]
) -> tuple[UUID, datetime.datetime]:
    return max(held, new, key=operator.itemgetter(1))


# Each learner's last lesson per course, written within ZMP_VISIT_STAMP_SECONDS.
visit_stamps = WorkerBatch(
    write=_write_visits,
    merge=_later,
    seconds=lambda: settings.ZMP_VISIT_STAMP_SECONDS,
    max_keys=500,
)


def complete_lesson(user, lesson: LessonPage) -> None:
    enrol(user, lesson.course)
    # As in enrol: a completion recorded meanwhile by a parallel request is kept.
    LessonCompletion.objects.get_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        defaults={"course_key": lesson.course.translation_key},
    )


def lesson_context(
    user, lesson: LessonPage, lessons: tuple[FrameLink, ...], quiz: FrameLink | None
) -> dict:
    """What a lesson page shows of its course: ``lessons`` links to the course's live lessons
    in order, ``quiz`` to its quiz."""
    if all(link.page_id != lesson.pk for link in lessons):
        # A lesson not live yet (an editor's preview) takes its place among the live ones.
        draft = FrameLink(
            url="", label=lesson.title, page_id=lesson.pk, page_path=lesson.path,
            page_depth=lesson.depth,
        )  # fmt: skip
        lessons = tuple(sorted((*lessons, draft), key=lambda link: link.page_path))
    position = next(i for i, link in enumerate(lessons) if link.page_id == lesson.pk)
    progress = progress_for(user, [lesson.course])[lesson.course.translation_key]
    return {
        "course": lesson.course,
        "lessons": lessons,
        "position": position + 1,
        "previous_page": lessons[position - 1] if position > 0 else None,
        "next_page": lessons[position + 1] if position + 1 < len(lessons) else None,
        "quiz": quiz,
        "progress": progress,
        "is_complete": lesson.translation_key in progress.completed_keys,
    }
