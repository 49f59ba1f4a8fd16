from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.tables import UpdatedAtColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_filters import translated_value_filter

from . import admin_essays, admin_reviews, admin_views
from .models import CoursePage, GlossaryTerm, QuizOverride


class GlossaryTermFilterSet(WagtailFilterSet):
    course = translated_value_filter(_("Course"), "course", CoursePage.objects.all)

    class Meta:
        model = GlossaryTerm
        fields = ["locale"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    list_display = ["term", "course", "locale"]
    search_fields = ["term", "definition"]
    filterset_class = GlossaryTermFilterSet


register_snippet(GlossaryTermViewSet)


class QuizOverrideViewSet(ModelViewSet):
    """A learner's extra time and extra attempts on one quiz (E-learning → Quiz overrides)."""

    model = QuizOverride
    name = "quiz_overrides"
    url_prefix = "learning/quiz-overrides"
    icon = "time"
    add_to_admin_menu = False  # listed in the E-learning menu instead
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "user",
        admin_essays.ValueColumn(
            "quiz", lambda o: admin_essays.quiz_label(o.quiz), label=_("Course and quiz")
        ),
        "extra_minutes",
        "extra_attempts",
        "reason",
        UpdatedAtColumn(),
    ]
    search_fields = ["user__username", "user__first_name", "user__last_name", "user__email"]
    search_backend_name = None  # the database's own search: names as typed

    def get_form_class(self, for_update: bool = False) -> type:
        return admin_essays.QuizOverrideForm


quiz_overrides = QuizOverrideViewSet()


@hooks.register("register_admin_viewset")
def register_quiz_override_viewset() -> QuizOverrideViewSet:
    return quiz_overrides


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("learning/progress/", admin_views.progress_report, name="elearning_progress"),
        path("learning/import/", admin_views.import_advisors, name="elearning_import_advisors"),
        path("learning/enrol/", admin_views.enrol_advisors, name="elearning_enrol_advisors"),
        path(
            "learning/import/sample.csv",
            admin_views.advisor_import_sample,
            name="elearning_advisor_import_sample",
        ),
        path("learning/essays/", admin_essays.EssayListView.as_view(), name="elearning_essays"),
        path(
            "learning/lessons-due-for-review/",
            admin_reviews.LessonsDueForReviewView.as_view(),
            name="elearning_lessons_due",
        ),
        path(
            "learning/lessons-due-for-review/results/",
            admin_reviews.LessonsDueForReviewView.as_view(results_only=True),
            name="elearning_lessons_due_results",
        ),
        path(
            "learning/essays/results/",
            admin_essays.EssayListView.as_view(results_only=True),
            name="elearning_essays_results",
        ),
        path(
            "learning/essays/<uuid:attempt_id>/",
            admin_essays.grade_attempt,
            name="elearning_essay_grade",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.STAFF_PERMISSION)


class QuizOverrideMenuItem(MenuItem):
    def is_shown(self, request):
        return quiz_overrides.permission_policy.user_has_any_permission(
            request.user, ["add", "change", "delete"]
        )


@hooks.register("register_admin_menu_item")
def register_learning_menu():
    items = [
        StaffMenuItem(_("Learning progress"), reverse("elearning_progress"), icon_name="table"),
        StaffMenuItem(_("Enrol advisors"), reverse("elearning_enrol_advisors"), icon_name="plus"),
        StaffMenuItem(
            _("Import advisors"), reverse("elearning_import_advisors"), icon_name="upload"
        ),
        StaffMenuItem(_("Essays to grade"), reverse("elearning_essays"), icon_name="edit"),
        QuizOverrideMenuItem(
            _("Quiz overrides"), reverse(quiz_overrides.get_url_name("index")), icon_name="time"
        ),
    ]
    return SubmenuMenuItem(_("E-learning"), Menu(items=items), icon_name="doc-full", order=250)


@hooks.register("register_reports_menu_item")
def register_lessons_due_menu_item() -> MenuItem:
    return StaffMenuItem(
        _("Lessons due for review"), reverse("elearning_lessons_due"), icon_name="date", order=910
    )
