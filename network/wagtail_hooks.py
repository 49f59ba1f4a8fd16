from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import ProfileIndexView, PublicColumn, TakeDownView, permission_policy
from .models import AdvisorProfile


class AdvisorProfileViewSet(ModelViewSet):
    """The advisors' public profiles: listed for staff, who may take one down."""

    model = AdvisorProfile
    name = "network_profiles"
    url_prefix = "advisor-profiles"
    icon = "group"
    menu_label = _("Advisors' profiles")
    add_to_admin_menu = True
    menu_order = 270  # after "Certificates"
    index_view_class = ProfileIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "name",
        "institution",
        "published",
        PublicColumn("public", label=_("Public")),
        DateColumn("updated_at", label=_("Updated at")),
    ]
    list_filter = ["published"]
    search_fields = ["display_name", "institution", "user__first_name", "user__last_name"]
    search_backend_name = None
    inspect_view_fields = [
        "user",
        "display_name",
        "institution",
        "counties",
        "municipalities",
        "contact_kind",
        "contact_value",
        "bio",
        "published",
        "published_at",
        "unpublished_at",
        "unpublished_reason",
        "unpublished_by",
    ]

    @property
    def permission_policy(self):
        return permission_policy

    def get_common_view_kwargs(self, **kwargs) -> dict:
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self) -> list:
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("take-down/<int:pk>/", TakeDownView.as_view(), name="take_down"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


@hooks.register("register_admin_viewset")
def register_profile_viewset() -> AdvisorProfileViewSet:
    return AdvisorProfileViewSet()
