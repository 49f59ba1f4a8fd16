from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn

from core.admin_viewsets import RecordViewSet

from .admin_views import ProfileIndexView, PublicColumn, TakeDownView, permission_policy
from .models import AdvisorProfile


class AdvisorProfileViewSet(RecordViewSet):
    """The advisors' public profiles: listed for staff, who may take one down."""

    model = AdvisorProfile
    name = "network_profiles"
    url_prefix = "advisor-profiles"
    icon = "group"
    menu_label = _("Advisors' profiles")
    add_to_admin_menu = True
    menu_order = 270  # after "Certificates"
    index_view_class = ProfileIndexView
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

    action = ("take-down", TakeDownView, "take_down")
    policy = permission_policy

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().none()


@hooks.register("register_admin_viewset")
def register_profile_viewset() -> AdvisorProfileViewSet:
    return AdvisorProfileViewSet()
