"""The advisor's own pages outside the page tree: the "My learning" dashboard."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Page

from certificates.issuing import advisor_standing
from core import site_frame
from core.i18n import each_in_locale
from elearning.models import CourseCataloguePage, CoursePage, Enrolment
from elearning.progress import progress_for


def localized_courses(course_keys) -> list[CoursePage]:
    """Each course in the active language, or in the default one where not translated."""
    courses = each_in_locale(CoursePage.objects.live().filter(translation_key__in=course_keys))
    return sorted(courses.values(), key=lambda page: page.path)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    keys = Enrolment.objects.filter(user=request.user).values_list("course_key", flat=True)
    courses = localized_courses(list(keys))
    progress = progress_for(request.user, courses)
    lesson_keys = {p.last_lesson_key for p in progress.values() if p.last_lesson_key}
    last_lessons = _pages_in_active_locale(lesson_keys)
    rows = [
        {
            "course": course,
            "progress": progress[course.translation_key],
            "last_lesson": last_lessons.get(progress[course.translation_key].last_lesson_key),
        }
        for course in courses
    ]
    # With no course yet, the way to the catalogue rather than a dead end.
    catalogue = None if rows else site_frame.section_link(request, CourseCataloguePage)
    return TemplateResponse(
        request,
        "elearning/dashboard.html",
        {"rows": rows, "catalogue": catalogue, "advisor": advisor_standing(request.user)},
    )


def _pages_in_active_locale(keys) -> dict:
    if not keys:
        return {}
    return each_in_locale(Page.objects.live().filter(translation_key__in=keys))
