"""Reports → Popular searches: what each language's search page lists, and hiding a search.

Hiding a search is adding a ``HiddenSearch`` (the "add" permission); showing it again is
deleting it ("delete"). Superusers, and the groups given those permissions (Settings →
Groups; a migration gives them to the groups that manage promoted search results).
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from .models import HiddenSearch
from .privacy import storable_search_terms
from .queries import POPULAR_DAYS, popular_searches


def language_choices() -> list[tuple[str, str]]:
    return [("", _("Every language")), *settings.WAGTAIL_CONTENT_LANGUAGES]


def language_name(code: str) -> str:
    return str(dict(language_choices()).get(code, code))


class HiddenSearchForm(WagtailAdminModelForm):
    language_code = forms.TypedChoiceField(
        choices=language_choices,
        required=False,
        label=_("Language"),
        help_text=_("Hide it from the search page of this language, or of every language."),
    )

    class Meta:
        model = HiddenSearch
        fields = ["query_string", "language_code"]

    def clean_query_string(self) -> str:
        # The same words the search counts are stored under, so the two always agree.
        terms = storable_search_terms(self.cleaned_data["query_string"])
        if not terms:
            raise forms.ValidationError(
                _(
                    "Searches made only of numbers, e-mail or web addresses are never "
                    "stored, so they are never listed either."
                )
            )
        return terms


class LanguageColumn(Column):
    def get_value(self, instance: HiddenSearch) -> str:
        return language_name(instance.language_code)


class HiddenSearchIndexView(IndexView):
    @property
    def header_buttons(self) -> list:
        return [
            *super().header_buttons,
            HeaderButton(
                _("Popular searches"),
                url=reverse("hidden_searches:popular"),
                icon_name="search",
            ),
        ]


class HiddenSearchCreateView(CreateView):
    """The form, filled in with the search and language of a "Hide" button, if any."""

    def get_initial(self) -> dict:
        initial = super().get_initial()
        for field in ("query_string", "language_code"):
            if value := self.request.GET.get(field):
                initial[field] = value
        return initial


@dataclass(frozen=True)
class PopularSearch:
    text: str
    hide_url: str


@dataclass(frozen=True)
class LanguageSearches:
    code: str
    name: str
    searches: list[PopularSearch]
    hidden: list[HiddenSearch]


class PopularSearchesView(WagtailAdminTemplateMixin, TemplateView):
    """Each language's public list of popular searches, each with a button to hide it."""

    page_title = _("Popular searches")
    header_icon = "search"
    template_name = "search/admin/popular_searches.html"
    permission_policy = None

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not self.permission_policy.user_has_any_permission(
            request.user, HiddenSearchIndexView.any_permission_required
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @property
    def header_buttons(self) -> list:
        return [
            HeaderButton(
                capfirst(HiddenSearch._meta.verbose_name_plural),
                url=reverse("hidden_searches:index"),
                icon_name="view",
            )
        ]

    def get_context_data(self, **kwargs) -> dict:
        user = self.request.user
        may_hide = self.permission_policy.user_has_permission(user, "add")
        add_url = reverse("hidden_searches:add")
        hidden = list(HiddenSearch.objects.all())
        languages = []
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            searches = [
                PopularSearch(
                    text=text,
                    hide_url=f"{add_url}?{urlencode({'query_string': text, 'language_code': code})}"
                    if may_hide
                    else "",
                )
                for text in popular_searches(code)
            ]
            own_hidden = [item for item in hidden if item.language_code in ("", code)]
            languages.append(LanguageSearches(code, str(name), searches, own_hidden))
        return super().get_context_data(
            languages=languages,
            days=POPULAR_DAYS,
            may_show_again=self.permission_policy.user_has_permission(user, "delete"),
            **kwargs,
        )
