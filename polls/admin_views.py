"""What editors see of the votes: a count in the poll listing and a results page per poll."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Poll
from .voting import poll_state

# Anyone who may see the poll listing may see its results.
VIEW_ACTIONS = ["add", "change", "delete", "view"]


class VotesColumn(Column):
    """The number of votes, in every language, linked to the poll's results."""

    cell_template_name = "polls/admin/votes_cell.html"

    def __init__(self, name: str, *, url_name: str, **kwargs) -> None:
        super().__init__(name, **kwargs)
        self.url_name = url_name

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["votes"] = self.get_value(instance) or 0
        context["results_url"] = reverse(self.url_name, args=[instance.pk])
        return context


class PollResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "polls/admin/poll_results.html"
    page_title = _("Poll results")
    header_icon = "list-ul"
    permission_policy = None
    index_url_name = None
    edit_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_any_permission(request.user, VIEW_ACTIONS):
            raise PermissionDenied
        self.poll = get_object_or_404(Poll.objects.select_related("locale"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return str(self.poll)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": Poll._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = poll_state(self.poll, locale=self.poll.locale)
        context.update(
            poll=self.poll,
            state=state,
            edit_url=reverse(self.edit_url_name, args=[self.poll.pk]),
        )
        return context
