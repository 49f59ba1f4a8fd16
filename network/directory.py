"""The public directory's listing: the published profiles, filtered by subregion, county and
topic from the query string, and paginated.

Works on the queryset it is handed (the page passes ``AdvisorProfile.objects.public()``), so
this module never decides who is public. The network is a few dozen advisors: the territory
filter runs over the loaded profiles rather than over JSON lookups, which SQLite lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from outreach.models import paginate

from . import territory, topics
from .cards import Card, card_of

FILTERS = ("subregion", "county", "topic")


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    selected: bool


@dataclass
class Listing:
    cards: PaginatorPage | None
    total: int
    errors: list[str] = field(default_factory=list)
    subregion_options: list[Option] = field(default_factory=list)
    county_options: list[Option] = field(default_factory=list)
    topic_options: list[Option] = field(default_factory=list)
    chosen: dict[str, str] = field(default_factory=dict)
    filter_query: str = ""

    @property
    def is_filtered(self) -> bool:
        return bool(self.chosen)

    @property
    def chosen_labels(self) -> list[str]:
        options = self.subregion_options + self.county_options + self.topic_options
        return [option.label for option in options if option.selected]


UNKNOWN = {
    "subregion": _("There is no subregion “%(value)s” in Podlaskie. Choose one from the list."),
    "county": _("There is no county “%(value)s” in Podlaskie. Choose one from the list."),
    "topic": _("There is no training block “%(value)s”. Choose a topic from the list."),
}


def _chosen(query: QueryDict, known: dict[str, set[str]]) -> tuple[dict[str, str], list[str]]:
    """The valid filter values of the query string, and a message for each unknown one."""
    chosen: dict[str, str] = {}
    errors: list[str] = []
    for name in FILTERS:
        value = query.get(name, "").strip()
        if not value:
            continue
        if value in known[name]:
            chosen[name] = value
        else:
            errors.append(gettext(UNKNOWN[name]) % {"value": value[:40]})
    return chosen, errors


def _serves(card: Card, county_codes: set[str]) -> bool:
    """Whether the advisor's territory touches one of ``county_codes``."""
    return bool(county_codes & card.county_codes)


def listing(profiles, request: HttpRequest, per_page: int) -> Listing:
    titles = topics.titles()
    known = {
        "subregion": {subregion.code for subregion in territory.subregions()},
        "county": {county.code for county in territory.counties()},
        "topic": set(titles),
    }
    chosen, errors = _chosen(request.GET, known)
    all_cards = [card_of(profile, titles) for profile in profiles.select_related("user")]
    cards = all_cards
    if "subregion" in chosen:
        in_subregion = {county.code for county in territory.counties(chosen["subregion"])}
        cards = [card for card in cards if _serves(card, in_subregion)]
    if "county" in chosen:
        cards = [card for card in cards if _serves(card, {chosen["county"]})]
    if "topic" in chosen:
        cards = [card for card in cards if chosen["topic"] in card.topic_keys]
    cards.sort(key=lambda card: card.name.casefold())
    page = paginate(cards, per_page, request, gettext("There is no such page of advisors."))
    return Listing(
        cards=page,
        total=len(all_cards),
        errors=errors,
        subregion_options=[
            Option(item.code, str(item.name), chosen.get("subregion") == item.code)
            for item in territory.subregions()
        ],
        county_options=[
            Option(item.code, str(item.name), chosen.get("county") == item.code)
            for item in territory.counties()
        ],
        topic_options=[
            Option(key, title, chosen.get("topic") == key) for key, title in titles.items()
        ],
        chosen=chosen,
        filter_query=urlencode(chosen) + "&" if chosen else "",
    )
