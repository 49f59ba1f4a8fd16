from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import STAFF_PERMISSION, ConsultationTotalsView


@hooks.register("register_admin_urls")
def register_admin_urls() -> list:
    return [
        path(
            "consultations/totals/",
            ConsultationTotalsView.as_view(),
            name="consultations_totals",
        ),
        path(
            "consultations/totals/results/",
            ConsultationTotalsView.as_view(results_only=True),
            name="consultations_totals_results",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(STAFF_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_totals_menu_item() -> MenuItem:
    return StaffMenuItem(
        _("Consultation hours"), reverse("consultations_totals"), icon_name="time", order=900
    )
