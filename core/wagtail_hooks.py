from django.contrib import messages
from django.templatetags.static import static
from django.urls import path
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.contrib.search_promotions.views.reports import (
    SearchTermsReportView as WagtailSearchTermsReportView,
)
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import locale_memo, readability
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


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def tell_editor_the_readability(request, page) -> None:
    """After each save of a Polish page, its FOG-PL score beside Wagtail's own checks."""
    if page.locale.language_code != "pl":
        return
    measured = readability.measure(readability.page_text(page))
    if measured is None:
        return
    score = round(measured.fog_pl, 1)
    text = gettext(
        "Readability (FOG-PL): %(score)s, about %(years)s years of schooling to understand it;"
        " %(words)s words per sentence on average. Aim at %(plain)s or less for pages for"
        " everyone, %(easy)s or less for easy-to-read text: shorter sentences and fewer long"
        " words lower it."
    ) % {
        "score": number_format(score, 1),
        "years": round(score),
        "words": round(measured.words_per_sentence),
        "plain": readability.PLAIN_TARGET,
        "easy": readability.EASY_TO_READ_TARGET,
    }
    if score > readability.PLAIN_TARGET:
        messages.warning(request, text)
    else:
        messages.info(request, text)


@hooks.register("insert_global_admin_css")
def chart_styles() -> str:
    """The colours of the admin's bar charts (core/charts.py), on every admin page."""
    return format_html('<link rel="stylesheet" href="{}">', static("core/charts.css"))
