from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.search_promotions.views.reports import (
    SearchTermsReportView as WagtailSearchTermsReportView,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import locale_memo
from .models import MainMenu, SiteFooter, SiteIdentity
from .spreadsheets import FormulaSafeExportMixin


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    list_display = ["__str__", "locale"]


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "placeholder"
    list_display = ["__str__", "locale"]


class SiteIdentityViewSet(SnippetViewSet):
    model = SiteIdentity
    icon = "image"
    list_display = ["__str__", "locale"]


class NavigationGroup(SnippetViewSetGroup):
    menu_label = _("Navigation")
    menu_icon = "site"
    items = (MainMenuViewSet, SiteFooterViewSet, SiteIdentityViewSet)


register_snippet(NavigationGroup)


class SearchTermsReportView(FormulaSafeExportMixin, WagtailSearchTermsReportView):
    """Wagtail's *Search terms* report, whose downloads list what visitors typed."""


@hooks.register("register_admin_urls", order=-1)
def register_search_terms_report():
    # Wagtail's own paths, listed before its URLs (order=-1), so the report's CSV download
    # goes through core.spreadsheets like every other export.
    return [
        path("searchpicks/reports/search-terms/", SearchTermsReportView.as_view()),
        path(
            "searchpicks/reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
        ),
    ]


@hooks.register("before_serve_page")
def lend_the_request_locale(page, request, serve_args, serve_kwargs) -> None:
    locale_memo.lend_to_page(page)
