"""E-learning staff list the advisors' profiles and take one down with a reason."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import BasePermissionPolicy

from . import profiles
from .forms import TakeDownForm
from .models import AdvisorProfile

MANAGE_PERMISSION = "elearning.manage_learners"


class ProfilePermissionPolicy(BasePermissionPolicy):
    """Profiles are the advisors' own: staff who manage learners may list them and take one
    down; nobody adds, edits or deletes one here."""

    ACTIONS = {"view", "take_down"}

    def user_has_permission(self, user, action: str) -> bool:
        return (
            action in self.ACTIONS
            and user.is_active
            and (user.is_superuser or user.has_perm(MANAGE_PERMISSION))
        )

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        raise NotImplementedError  # no screen asks who may

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return self.model.objects.all()
        return self.model.objects.none()


permission_policy = ProfilePermissionPolicy(AdvisorProfile)


class ProfileIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")

    def get_list_buttons(self, instance: AdvisorProfile) -> list:
        buttons = super().get_list_buttons(instance)
        if instance.published and self.user_has_permission("take_down"):
            url = reverse("network_profiles:take_down", args=[instance.pk])
            buttons.insert(0, ListingButton(_("Take down"), url=url, icon_name="cross"))
        return buttons


class PublicColumn(Column):
    """Whether visitors see it: published and its holder still eligible."""

    def get_value(self, instance: AdvisorProfile) -> str:
        public = instance.published and profiles.eligibility(instance.user).eligible
        return gettext("Yes") if public else gettext("No")


class TakeDownView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = permission_policy
    permission_required = "take_down"
    page_title = _("Take down a profile")
    header_icon = "cross"
    template_name = "network/admin/take_down_confirm.html"
    form_class = TakeDownForm

    @cached_property
    def profile(self) -> AdvisorProfile:
        return get_object_or_404(
            AdvisorProfile.objects.select_related("user"), pk=self.kwargs["pk"], published=True
        )

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("network_profiles:index"), "label": _("Advisors' profiles")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(profile=self.profile, **kwargs)

    def get(self, request, *args, **kwargs) -> HttpResponse:
        self.profile  # noqa: B018 - a 404 before the form for a missing or unpublished profile
        return super().get(request, *args, **kwargs)

    def form_valid(self, form: TakeDownForm) -> HttpResponse:
        profiles.take_down(self.profile, reason=form.cleaned_data["reason"], by=self.request.user)
        messages.success(
            self.request,
            gettext("The profile of %(name)s is no longer public.") % {"name": self.profile.name},
        )
        return redirect("network_profiles:index")

    def form_invalid(self, form: TakeDownForm) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response
