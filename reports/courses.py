"""The overview across courses: how many advisors are enrolled, where they stand, how they scored
and how long they took.

Definitions, as the report's help text repeats them:

* *enrolled*: enrolments in the course (within the filters);
* *not started*, *in progress*, *passed*, *failed*: elearning's own statuses
  (``elearning.progress.CourseProgress``); *failed* means the quiz's graded result is below the
  pass mark and no attempt is open, even if attempts are left;
* *average score*: the mean of each learner's **graded** score, the one the quiz's grading
  method counts (their highest or their last submitted attempt), over the learners with one;
* *median time to complete*: the median, over passed learners, of the days from enrolment to
  the passing submission (``reports.progress.passing_submission``).

The median is taken in Python, so it is the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import QuerySet

from elearning.models import CoursePage, Enrolment
from elearning.progress import CourseProgress

from .progress import LearnerCourse, learner_courses

STATUSES = (
    CourseProgress.NOT_STARTED,
    CourseProgress.IN_PROGRESS,
    CourseProgress.PASSED,
    CourseProgress.FAILED,
)


@dataclass
class CourseSummary:
    course: CoursePage
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    average_score: Decimal | None = None
    median_days: Decimal | None = None

    @property
    def title(self) -> str:
        return self.course.title

    @property
    def enrolled(self) -> int:
        return sum(self.counts.values())

    @property
    def not_started(self) -> int:
        return self.counts[CourseProgress.NOT_STARTED]

    @property
    def in_progress(self) -> int:
        return self.counts[CourseProgress.IN_PROGRESS]

    @property
    def passed(self) -> int:
        return self.counts[CourseProgress.PASSED]

    @property
    def failed(self) -> int:
        return self.counts[CourseProgress.FAILED]


def with_status(rows: list[LearnerCourse], status: str | None) -> list[LearnerCourse]:
    """The rows of one status (all of them for no status)."""
    return [row for row in rows if row.status == status] if status else rows


def _mean(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _median(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    return Decimal(statistics.median(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def summarise(courses: list[CoursePage], rows: list[LearnerCourse]) -> list[CourseSummary]:
    """One summary per course, in the courses' order, from already graded rows."""
    summaries = {course.translation_key: CourseSummary(course) for course in courses}
    scores: dict[object, list[Decimal]] = {key: [] for key in summaries}
    days: dict[object, list[Decimal]] = {key: [] for key in summaries}
    for row in rows:
        key = row.enrolment.course_key
        if key not in summaries:
            continue
        summaries[key].counts[row.status] += 1
        if row.progress.quiz.score is not None:
            scores[key].append(row.progress.quiz.score)
        if (taken := row.days_to_complete) is not None:
            days[key].append(taken)
    for key, summary in summaries.items():
        summary.average_score = _mean(scores[key])
        summary.median_days = _median(days[key])
    return list(summaries.values())


def course_overview(
    enrolments: QuerySet[Enrolment], courses: list[CoursePage], status: str | None = None
) -> list[CourseSummary]:
    """The overview of ``courses`` over ``enrolments`` (already filtered by date or course),
    counting only the learners of ``status`` when one is given."""
    return summarise(courses, with_status(learner_courses(enrolments, courses), status))
