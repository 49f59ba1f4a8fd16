from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_filters import translated_value_filter

from . import admin_views
from .models import CoursePage, GlossaryTerm


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
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.STAFF_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_learning_menu():
    items = [
        StaffMenuItem(_("Learning progress"), reverse("elearning_progress"), icon_name="table"),
        StaffMenuItem(_("Enrol advisors"), reverse("elearning_enrol_advisors"), icon_name="plus"),
        StaffMenuItem(
            _("Import advisors"), reverse("elearning_import_advisors"), icon_name="upload"
        ),
    ]
    return SubmenuMenuItem(_("E-learning"), Menu(items=items), icon_name="doc-full", order=250)
