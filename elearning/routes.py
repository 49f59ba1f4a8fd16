"""The e-learning pages' request handling: views of their routes, in the views layer.

The page models declare their routes (``@path``) and hand each request to the handler
registered here under the route's name (``elearning.models.pages.RequestHandlers``): these
handlers use services that import the models, which the models therefore cannot import.
``register`` runs once, when the app is ready (``ElearningConfig.ready``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext
from wagtail.models import Page

from certificates.views import course_certificate, course_certificate_pdf
from core.site_frame import FrameLink, link_to, remembered
from elearning import progress, quiz
from elearning.models import CourseCataloguePage, CoursePage, LessonPage, QuizPage


def require_post(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return None


def catalogue_context(request, catalogue: CourseCataloguePage) -> dict:
    courses = list(catalogue.courses())
    return {"courses": courses, "progress": progress.progress_for(request.user, courses)}


def course_overview(request, course: CoursePage):
    steps = course_steps(course, request)
    course_progress = progress.progress_for(request.user, [course])[course.translation_key]
    return course.render(
        request,
        context_overrides={
            "lessons": steps.lessons,
            "quiz": steps.quiz,
            "quiz_pass_mark": steps.quiz_pass_mark,
            "progress": course_progress,
            "completed": steps.completed_lesson_ids(course_progress.completed_keys),
        },
    )


def course_enrol(request, course: CoursePage):
    if refused := require_post(request):
        return refused
    if not request.user.is_authenticated:
        return redirect_to_login(course.get_url(request))
    progress.enrol(request.user, course)
    messages.success(request, gettext("You are enrolled. Start with the first lesson."))
    first = course.lessons().first()
    return redirect(first.get_url(request) if first else course.get_url(request))


@dataclass(frozen=True)
class CourseSteps:
    """A course's live lessons in order and its quiz, as links in the course's language."""

    lessons: tuple[FrameLink, ...]  # each with the lesson's summary
    lesson_keys: tuple[UUID, ...]  # the lessons' translation keys, in the same order
    quiz: FrameLink | None
    quiz_pass_mark: int | None  # per cent

    def completed_lesson_ids(self, completed_keys: set[UUID]) -> set[int]:
        """The pages among the lessons whose translation key the learner has completed."""
        return {
            link.page_id
            for link, key in zip(self.lessons, self.lesson_keys, strict=True)
            if key in completed_keys
        }


def course_steps(course: CoursePage, request: HttpRequest) -> CourseSteps:
    """The course's lessons and quiz, for its page and each lesson's.

    Two queries reading every lesson's body otherwise; they change only with publications, so
    each worker keeps them for the site frame's generation.
    """

    def build() -> CourseSteps:
        lessons = course.lessons().only(
            "title", "summary", "path", "depth", "url_path", "translation_key"
        )
        quiz_page = course.quiz()
        return CourseSteps(
            lessons=tuple(
                replace(link_to(lesson, request), summary=lesson.summary) for lesson in lessons
            ),
            lesson_keys=tuple(lesson.translation_key for lesson in lessons),
            quiz=link_to(quiz_page, request) if quiz_page is not None else None,
            quiz_pass_mark=quiz_page.pass_mark if quiz_page is not None else None,
        )

    return remembered(f"course-steps:{course.pk}", build)


def lesson_context(request: HttpRequest, lesson: LessonPage) -> dict:
    steps = course_steps(lesson.course, request)
    return progress.lesson_context(request.user, lesson, steps.lessons, steps.quiz)


def with_remembered_course(part: LessonPage | QuizPage) -> None:
    """Give a lesson or quiz its course as this worker keeps it until a publication.

    Reading it costs a query on every lesson page otherwise. A copy for each request, as
    for the site (``core.site_frame.site_for_hostname``): never an object shared by two.
    """
    parent_path = part.path[: -Page.steplen]
    course = remembered(f"course-page:{parent_path}", lambda: part.course)
    part.course = copy.deepcopy(course)


def lesson_read(request, lesson: LessonPage):
    with_remembered_course(lesson)
    if not lesson.visitor_may_read(request):
        return redirect_to_login(request.get_full_path())
    progress.record_visit(request.user, lesson)
    return lesson.render(request, context_overrides=lesson_context(request, lesson))


def lesson_complete(request, lesson: LessonPage):
    if refused := require_post(request):
        return refused
    if not request.user.is_authenticated:
        return redirect_to_login(lesson.get_url(request))
    progress.complete_lesson(request.user, lesson)
    following = lesson_context(request, lesson)["next_page"]
    messages.success(request, gettext("Lesson marked as complete."))
    return redirect(following.url if following is not None else lesson.course.get_url(request))


def quiz_overview(request, page: QuizPage):
    with_remembered_course(page)
    if not page.visitor_may_read(request):
        return redirect_to_login(request.get_full_path())
    return page.render(request, context_overrides=quiz.overview_context(request.user, page))


def register() -> None:
    """Give the page classes their handlers, by the names their routes ask for."""
    CourseCataloguePage.request_handlers = {"context": catalogue_context}
    CoursePage.request_handlers = {
        "overview": course_overview,
        "enrol": course_enrol,
        "certificate": course_certificate,
        "certificate_pdf": course_certificate_pdf,
    }
    LessonPage.request_handlers = {"read": lesson_read, "complete": lesson_complete}
    QuizPage.request_handlers = {
        "overview": quiz_overview,
        "start": quiz.start_view,
        "attempt": quiz.attempt_view,
        "save": quiz.autosave_view,
        "result": quiz.result_view,
    }
