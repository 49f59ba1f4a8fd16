"""Staff report: lessons whose content is due for review (never reviewed, or over a year ago)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from .admin_views import STAFF_PERMISSION
from .models import LessonPage


def lessons_due_for_review(today=None):
    """Polish lessons (the source the translations follow) due for review on ``today``."""
    today = today or timezone.localdate()
    cutoff = today - LessonPage.REVIEW_INTERVAL
    return (
        LessonPage.objects.filter(locale=Locale.get_default())
        .filter(Q(reviewed_on__isnull=True) | Q(reviewed_on__lt=cutoff))
        .order_by("reviewed_on", "path")
    )


class LessonsDueForReviewView(ReportView):
    page_title = _("Lessons due for review")
    header_icon = "date"
    index_url_name = "elearning_lessons_due"
    index_results_url_name = "elearning_lessons_due_results"
    paginate_by = 50
    export_filename = "lessons-due-for-review"
    list_export = ["title", "course", "reviewed_on", "legal_status_date", "author"]
    export_headings = {
        "title": _("Lesson"),
        "course": _("Course"),
        "reviewed_on": _("Last reviewed"),
        "legal_status_date": _("Law as of"),
        "author": _("Author"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Lesson"),
            get_url=lambda lesson: reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        ),
        Column("course", label=_("Course"), accessor="course.title"),
        DateColumn("reviewed_on", label=_("Last reviewed")),
        DateColumn("legal_status_date", label=_("Law as of")),
        Column("author", label=_("Author")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STAFF_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return lessons_due_for_review()
