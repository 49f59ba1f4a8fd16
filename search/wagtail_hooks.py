from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_views import (
    HiddenSearchCreateView,
    HiddenSearchForm,
    HiddenSearchIndexView,
    LanguageColumn,
    PopularSearchesView,
)
from .models import HiddenSearch


class HiddenSearchViewSet(ModelViewSet):
    """Reports → Popular searches, and the searches editors keep off that public list."""

    model = HiddenSearch
    name = "hidden_searches"
    url_prefix = "hidden-searches"
    icon = "search"
    menu_label = _("Popular searches")
    menu_hook = "register_reports_menu_item"
    menu_order = 1310  # just after Wagtail's "Search terms"
    index_view_class = HiddenSearchIndexView
    add_view_class = HiddenSearchCreateView
    copy_view_enabled = False
    list_display = [
        "query_string",
        LanguageColumn("language_code", label=_("Language")),
        "hidden_at",
    ]
    list_filter = ["language_code"]
    search_fields = ["query_string"]

    @property
    def menu_url(self) -> str:
        return reverse(self.get_url_name("popular"))

    def get_form_class(self, for_update: bool = False) -> type[HiddenSearchForm]:
        return HiddenSearchForm

    @property
    def popular_view(self):
        return self.construct_view(PopularSearchesView)

    def get_urlpatterns(self) -> list:
        return [*super().get_urlpatterns(), path("popular/", self.popular_view, name="popular")]


@hooks.register("register_admin_viewset")
def register_hidden_search_viewset() -> HiddenSearchViewSet:
    return HiddenSearchViewSet()
