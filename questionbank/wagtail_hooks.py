from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import InspectView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from questionbank import admin_views
from questionbank.models import Question, QuestionCategory
from questionbank.presentation import ShownQuestion, natural_order
from questionbank.services import as_parsed, usage_count


class QuestionInspectView(InspectView):
    """The question's fields, and the question as a learner would see it in its language."""

    template_name = "questionbank/admin/question_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parsed = as_parsed(self.object)
        context["learner_view"] = parsed
        # The learner's own markup (templates/questionbank/learner/), options as stored.
        context["item"] = ShownQuestion(key="preview", question=parsed, order=natural_order(parsed))
        return context


class UsageColumn(Column):
    """How many quizzes may ask the question (fixed, or drawn from its category)."""

    def get_value(self, instance):
        return usage_count(instance)


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = [
        "name",
        "kind",
        "category",
        "status",
        UsageColumn("usage", label=_("Used in quizzes")),
    ]
    list_filter = ["category", "kind", "status"]  # the locale filter comes with translations
    search_fields = ["name", "text"]
    inspect_view_enabled = True
    inspect_view_class = QuestionInspectView


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    list_display = ["name", "parent"]
    search_fields = ["name"]


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 260
    items = (QuestionViewSet, QuestionCategoryViewSet)


register_snippet(QuestionBankGroup)


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    return [
        path("question-bank/import/", admin_views.import_view, name="questionbank_import"),
        path("question-bank/export/", admin_views.export_view, name="questionbank_export"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(admin_views.IMPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return ImportMenuItem(
        _("Import questions"), reverse("questionbank_import"), icon_name="upload", order=261
    )


@hooks.register("register_admin_menu_item")
def register_export_menu_item() -> MenuItem:
    return ImportMenuItem(
        _("Export questions"), reverse("questionbank_export"), icon_name="download", order=262
    )


@hooks.register("register_permissions")
def register_import_permission():
    # Listed under Settings → Groups → "Other permissions".
    return Permission.objects.filter(
        content_type__app_label="questionbank", codename="import_questions"
    )
