from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from elearning.admin_views import STAFF_PERMISSION

from . import views

urlpatterns = [
    path("courses/", views.CourseOverviewView.as_view(), name="courses"),
    path(
        "courses/results/",
        views.CourseOverviewView.as_view(results_only=True),
        name="courses_results",
    ),
    path("learners/", views.LearnerListView.as_view(), name="learners"),
    path(
        "learners/results/",
        views.LearnerListView.as_view(results_only=True),
        name="learners_results",
    ),
    # By username: the learner list links here, and staff can type it.
    path("learners/<str:username>/", views.LearnerView.as_view(), name="learner"),
    path("questions/", views.QuestionReportView.as_view(), name="questions"),
    path(
        "questions/results/",
        views.QuestionReportView.as_view(results_only=True),
        name="questions_results",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls() -> list:
    # "learning-reports/": Wagtail's own reports live under "reports/".
    return [path("learning-reports/", include((urlpatterns, "reports"), namespace="reports"))]


class StaffReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(STAFF_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_courses_report() -> MenuItem:
    return StaffReportMenuItem(
        _("Courses overview"), reverse("reports:courses"), icon_name="table", order=100
    )


@hooks.register("register_reports_menu_item")
def register_learners_report() -> MenuItem:
    return StaffReportMenuItem(
        _("Learners"), reverse("reports:learners"), icon_name="user", order=110
    )


@hooks.register("register_reports_menu_item")
def register_questions_report() -> MenuItem:
    return StaffReportMenuItem(
        _("Quiz questions"), reverse("reports:questions"), icon_name="help", order=120
    )


@hooks.register("insert_global_admin_css")
def reports_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("reports/reports.css"))
