"""Admin viewsets for records the site makes itself (certificates, advisors' profiles).

Staff list, filter and inspect them, and act on one with a reason (revoke a certificate, take
a profile down); nobody adds, edits or deletes them in the admin, so those screens, and the
links to them, do not exist.
"""

from __future__ import annotations

from django.urls import path
from wagtail.admin.viewsets.model import ModelViewSet


class RecordViewSet(ModelViewSet):
    """A listing with inspect and one action per record: ``action`` is (URL word, view class,
    URL name), e.g. ``("revoke", RevokeView, "revoke")``; ``policy`` the permission policy."""

    inspect_view_enabled = True
    copy_view_enabled = False
    action: tuple[str, type, str]
    policy = None

    @property
    def permission_policy(self):
        return self.policy

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
        word, view_class, name = self.action
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path(f"{word}/<int:pk>/", view_class.as_view(), name=name),
        ]
