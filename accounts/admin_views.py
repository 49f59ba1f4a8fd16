"""Settings → Locked sign-ins: staff see current lockouts and unlock them. Settings → Erasure
requests: staff erase the personal data of those who asked."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import ListingButton

from . import erasure, lockouts
from .models import ERASE_PERMISSION, UNLOCK_PERMISSION, ErasureRequest


def who(lockout: lockouts.Lockout) -> str:
    return lockout.username or gettext("Every account from this address")


def unlock_url(lockout: lockouts.Lockout) -> str:
    query = {"ip_address": lockout.ip_address or ""}
    if lockout.username is not None:
        query["username"] = lockout.username
    return f"{reverse('locked_sign_ins:unlock')}?{urlencode(query)}"


class AccountColumn(ButtonsColumnMixin, TitleColumn):
    def get_value(self, instance: lockouts.Lockout) -> str:
        return who(instance)

    def get_buttons(self, instance: lockouts.Lockout, parent_context) -> list:
        return [ListingButton(_("Unlock"), url=unlock_url(instance), icon_name="lock-open")]


class PermissionRequiredMixin:
    """Superusers, and groups given ``permission`` (Settings → Groups)."""

    permission: str

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UnlockPermissionMixin(PermissionRequiredMixin):
    permission = UNLOCK_PERMISSION


class LockoutIndexView(UnlockPermissionMixin, BaseListingView):
    page_title = _("Locked sign-ins")
    header_icon = "lock"
    index_url_name = "locked_sign_ins:index"
    paginate_by = 50
    verbose_name_plural = _("locked sign-ins")
    columns = [
        AccountColumn("username", label=_("Account")),
        Column("ip_address", label=_("IP address")),
        Column("failures", label=_("Failed attempts")),
        DateColumn("last_attempt", label=_("Last failed attempt")),
        # The date itself: the relative form only speaks of the past.
        Column("unlocks_at", label=_("Unlocks by itself at")),
    ]

    def get_base_queryset(self) -> list[lockouts.Lockout]:
        return lockouts.current_lockouts()

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class UnlockView(UnlockPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks, then forgets the failures behind one lockout with django-axes' reset API."""

    page_title = _("Unlock sign-in")
    header_icon = "lock-open"
    template_name = "accounts/unlock_confirm.html"

    def setup(self, request: HttpRequest, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        self.username = request.GET.get("username")
        self.ip_address = request.GET.get("ip_address") or None

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("locked_sign_ins:index"), "label": LockoutIndexView.page_title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(
            account=self.username or gettext("Every account from this address"),
            ip_address=self.ip_address,
            **kwargs,
        )

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if self.username is None and self.ip_address is None:
            messages.error(request, gettext("Choose a lockout to unlock from the list."))
        else:
            lockouts.unlock(username=self.username, ip_address=self.ip_address)
            messages.success(
                request,
                gettext("Sign-in unlocked for %(account)s from %(address)s.")
                % {
                    "account": self.username or gettext("every account"),
                    "address": self.ip_address or gettext("any address"),
                },
            )
        return redirect("locked_sign_ins:index")


class PermissionMenuItem(MenuItem):
    """Shown only to those who hold ``permission``."""

    permission: str

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(self.permission)


class UnlockMenuItem(PermissionMenuItem):
    permission = UNLOCK_PERMISSION


class LockoutViewSet(ViewSet):
    name = "locked_sign_ins"
    url_prefix = "locked-sign-ins"
    icon = "lock"
    menu_label = _("Locked sign-ins")
    add_to_settings_menu = True
    menu_item_class = UnlockMenuItem

    def get_urlpatterns(self) -> list:
        return [
            path("", LockoutIndexView.as_view(), name="index"),
            path("unlock/", UnlockView.as_view(), name="unlock"),
        ]


# Settings → Erasure requests ------------------------------------------------------------


class ErasePermissionMixin(PermissionRequiredMixin):
    permission = ERASE_PERMISSION


class ErasureAccountColumn(ButtonsColumnMixin, TitleColumn):
    def get_value(self, instance: ErasureRequest) -> str:
        return instance.user.get_username()

    def get_buttons(self, instance: ErasureRequest, parent_context) -> list:
        url = reverse("erasure_requests:erase", args=[instance.pk])
        return [ListingButton(_("Erase the data"), url=url, icon_name="bin")]


class ErasureRequestIndexView(ErasePermissionMixin, BaseListingView):
    page_title = _("Erasure requests")
    header_icon = "bin"
    index_url_name = "erasure_requests:index"
    paginate_by = 50
    verbose_name_plural = _("erasure requests")
    columns = [
        ErasureAccountColumn("user", label=_("Account")),
        Column("full_name", label=_("Name"), accessor=lambda r: r.user.get_full_name()),
        Column("email", label=_("E-mail"), accessor=lambda r: r.user.email),
        DateColumn("requested_at", label=_("Requested at")),
    ]

    def get_base_queryset(self) -> list[ErasureRequest]:
        return erasure.pending()

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]


class EraseView(ErasePermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks, then anonymises the account (accounts.erasure)."""

    page_title = _("Erase personal data")
    header_icon = "bin"
    template_name = "accounts/erase_confirm.html"

    @cached_property
    def erasure(self) -> ErasureRequest:
        # Read after the permission check: others learn nothing of which requests exist.
        return get_object_or_404(
            ErasureRequest.objects.select_related("user"),
            pk=self.kwargs["pk"],
            erased_at__isnull=True,
        )

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("erasure_requests:index"), "label": ErasureRequestIndexView.page_title},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(erasure=self.erasure, **kwargs)

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        username = self.erasure.user.get_username()
        erasure.erase(self.erasure, by=request.user)
        messages.success(
            request, gettext("The personal data of %(account)s is erased.") % {"account": username}
        )
        return redirect("erasure_requests:index")


class EraseMenuItem(PermissionMenuItem):
    permission = ERASE_PERMISSION


class ErasureRequestViewSet(ViewSet):
    name = "erasure_requests"
    url_prefix = "erasure-requests"
    icon = "bin"
    menu_label = _("Erasure requests")
    add_to_settings_menu = True
    menu_item_class = EraseMenuItem

    def get_urlpatterns(self) -> list:
        return [
            path("", ErasureRequestIndexView.as_view(), name="index"),
            path("<int:pk>/erase/", EraseView.as_view(), name="erase"),
        ]
