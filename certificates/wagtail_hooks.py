from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import DateColumn

from core.admin_viewsets import RecordViewSet

from .admin_views import (
    CertificateFilterSet,
    CertificateIndexView,
    HolderColumn,
    RevokeView,
    StatusColumn,
    TitleColumn,
    permission_policy,
)
from .models import Certificate


class CertificateViewSet(RecordViewSet):
    """The certificates the site issued: listed, filtered, exported, inspected and revoked."""

    model = Certificate
    name = "certificates_admin"
    url_prefix = "certificates"
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 260  # just after "E-learning"
    index_view_class = CertificateIndexView
    list_display = [
        "code",
        HolderColumn("holder", label=_("Holder")),
        TitleColumn("title", label=_("Course")),
        DateColumn("issued_at", label=_("Completed on")),
        "score",
        StatusColumn("status", label=_("Status")),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "user__first_name", "user__last_name", "user__username"]
    search_backend_name = None  # the database's own search: codes and names as typed
    list_export = [
        "code",
        "holder_name",
        "user.username",
        "get_kind_display",
        "title",
        "issued_at",
        "score",
        "get_status_display",
        "revoked_at",
        "revocation_reason",
    ]
    export_headings = {
        "code": _("Code"),
        "holder_name": _("Holder"),
        "user.username": _("Username"),
        "get_kind_display": _("Kind"),
        "title": _("Course"),
        "issued_at": _("Completed on"),
        "score": _("Score (%)"),
        "get_status_display": _("Status"),
        "revoked_at": _("Revoked at"),
        "revocation_reason": _("Reason for revocation"),
    }
    export_filename = "certificates"
    inspect_view_fields = [
        "code",
        "user",
        "kind",
        "course_title",
        "issued_at",
        "score",
        "revoked_at",
        "revocation_reason",
        "revoked_by",
    ]

    action = ("revoke", RevokeView, "revoke")
    policy = permission_policy

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_certificate", "revoke_certificate"])
        )


@hooks.register("register_admin_viewset")
def register_certificate_viewset() -> CertificateViewSet:
    return CertificateViewSet()
