"""E-learning → Certificates: staff list, filter, search and export certificates, and revoke one."""

from __future__ import annotations

import django_filters
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Locale
from wagtail.permission_policies.base import ModelPermissionPolicy

from elearning.models import CoursePage

from . import revocation
from .forms import RevokeForm
from .models import Certificate


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Certificates are issued by the site: staff may view them and revoke one, nothing else.

    Even a superuser is offered no way to add, edit or delete one.
    """

    ACTIONS = {"view", "revoke"}

    def user_has_permission(self, user, action: str) -> bool:
        return action in self.ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


permission_policy = CertificatePermissionPolicy(Certificate)


def course_choices() -> list[tuple[str, str]]:
    courses = CoursePage.objects.filter(locale=Locale.get_default()).order_by("path")
    return [(str(course.translation_key), course.title) for course in courses]


class CertificateFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Certificate.Kind.choices)
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Certificate.Status.choices, method="filter_status"
    )

    class Meta:
        model = Certificate
        fields: list[str] = []

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(revoked_at__isnull=value == Certificate.Status.VALID)


class CertificateIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet:
        return super().get_base_queryset().select_related("user")

    def get_list_buttons(self, instance: Certificate) -> list:
        buttons = super().get_list_buttons(instance)
        if not instance.is_revoked and self.user_has_permission("revoke"):
            url = reverse("certificates_admin:revoke", args=[instance.pk])
            buttons.insert(0, ListingButton(_("Revoke"), url=url, icon_name="cross"))
        return buttons


class RevokeView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Asks for the reason, then revokes (certificates.revocation)."""

    permission_policy = permission_policy
    permission_required = "revoke"
    page_title = _("Revoke certificate")
    header_icon = "cross"
    template_name = "certificates/admin/revoke_confirm.html"
    form_class = RevokeForm

    @cached_property
    def certificate(self) -> Certificate:
        # Read after the permission check; a revoked certificate stays revoked.
        return get_object_or_404(
            Certificate.objects.select_related("user"),
            pk=self.kwargs["pk"],
            revoked_at__isnull=True,
        )

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates_admin:index"), "label": _("Certificates")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(certificate=self.certificate, **kwargs)

    def form_valid(self, form: RevokeForm) -> HttpResponse:
        try:
            revocation.revoke(
                self.certificate, reason=form.cleaned_data["reason"], by=self.request.user
            )
        except revocation.AlreadyRevoked:
            messages.error(self.request, gettext("This certificate was revoked meanwhile."))
        else:
            messages.success(
                self.request,
                gettext("Certificate %(code)s is revoked.") % {"code": self.certificate.code},
            )
        return redirect("certificates_admin:index")

    def form_invalid(self, form: RevokeForm) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.certificate  # noqa: B018 - a 404 before the form for a missing certificate
        return super().get(request, *args, **kwargs)


class HolderColumn(Column):
    def get_value(self, instance: Certificate) -> str:
        return instance.holder_name() or instance.user.get_username()


class TitleColumn(Column):
    """The course's title as issued, or the advisor title in the staff member's language."""

    def get_value(self, instance: Certificate) -> str:
        return instance.title()


class StatusColumn(Column):
    def get_value(self, instance: Certificate) -> str:
        return instance.get_status_display()
