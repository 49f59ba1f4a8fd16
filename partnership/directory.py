"""The partnership's member directory in one language, filtered by sector and subregion.

Three queries build it whatever the number of members: the members (in the page's
language and in Polish), every sector and every subregion. Each member, sector and
subregion is shown in the page's language where it is translated, else in Polish.
Filters use the slug, which is the same in every language, so a filtered link can be
shared across languages.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext
from wagtail.models import Locale

from core.i18n import each_in_locale

from .models import PartnershipMember, Sector, Subregion

SECTOR_PARAMETER = "sector"
SUBREGION_PARAMETER = "subregion"
# Long enough for any real slug, short enough to keep a junk value out of the message.
ECHOED_VALUE_LENGTH = 60


def collation_key(text: str) -> tuple[str, str]:
    """Sorts Polish, English and Spanish names alphabetically ("Łomża" next to "Lublin")."""
    folded = text.casefold()
    # "ł" has no Unicode decomposition, so it is folded by hand.
    decomposed = unicodedata.normalize("NFKD", folded.replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)), folded


@dataclass(frozen=True)
class FilterOption:
    slug: str
    name: str
    count: int
    selected: bool


@dataclass(frozen=True)
class DirectoryEntry:
    member: PartnershipMember
    sector: Sector
    subregion: Subregion


class _Vocabulary:
    """Sectors or subregions in the page's language, falling back to Polish, by translation key."""

    def __init__(self, objects: Iterable, locale: Locale):
        rank = {locale.pk: 0}
        self.key_of_pk = {}
        self.key_of_slug = {}
        self.by_key = {}
        for obj in objects:
            key = obj.translation_key
            self.key_of_pk[obj.pk] = key
            self.key_of_slug.setdefault(obj.slug, key)
            preference = rank.get(
                obj.locale_id, 1 if obj.locale.language_code == settings.LANGUAGE_CODE else 2
            )
            current = self.by_key.get(key)
            if current is None or preference < current[0]:
                self.by_key[key] = (preference, obj)

    def for_pk(self, pk: int):
        return self.by_key[self.key_of_pk[pk]][1]

    def key_for_slug(self, slug: str):
        return self.key_of_slug.get(slug)

    def sorted(self) -> list:
        return sorted(
            (obj for _rank, obj in self.by_key.values()), key=lambda o: collation_key(o.name)
        )


def localized_members(locale: Locale) -> list[PartnershipMember]:
    """Each member once: in ``locale`` where translated, else in Polish (one query)."""
    return list(each_in_locale(PartnershipMember.objects.all(), locale).values())


@dataclass
class MemberDirectory:
    entries: list[DirectoryEntry]
    total: int
    sector_options: list[FilterOption]
    subregion_options: list[FilterOption]
    any_sector_count: int
    any_subregion_count: int
    selected_sector: Sector | None = None
    selected_subregion: Subregion | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return self.selected_sector is not None or self.selected_subregion is not None

    @classmethod
    def build(cls, locale: Locale, params: Mapping[str, str]) -> MemberDirectory:
        sectors = _Vocabulary(Sector.objects.select_related("locale"), locale)
        subregions = _Vocabulary(Subregion.objects.select_related("locale"), locale)
        everyone = [
            DirectoryEntry(
                member=member,
                sector=sectors.for_pk(member.sector_id),
                subregion=subregions.for_pk(member.subregion_id),
            )
            for member in localized_members(locale)
        ]
        everyone.sort(key=lambda entry: collation_key(entry.member.name))

        errors = []
        sector_key = _chosen_key(
            params,
            SECTOR_PARAMETER,
            sectors,
            # Translators: %(value)s is what the visitor's link asked for.
            gettext("There is no sector “%(value)s” in the directory. Choose one from the list."),
            errors,
        )
        subregion_key = _chosen_key(
            params,
            SUBREGION_PARAMETER,
            subregions,
            gettext(
                "There is no subregion “%(value)s” in the directory. Choose one from the list."
            ),
            errors,
        )

        def in_sector(entry: DirectoryEntry) -> bool:
            return sector_key is None or entry.sector.translation_key == sector_key

        def in_subregion(entry: DirectoryEntry) -> bool:
            return subregion_key is None or entry.subregion.translation_key == subregion_key

        # Each filter's counts respect the other filter, so every number is what a choice shows.
        within_subregion = [e for e in everyone if in_subregion(e)]
        within_sector = [e for e in everyone if in_sector(e)]
        per_sector = Counter(e.sector.translation_key for e in within_subregion)
        per_subregion = Counter(e.subregion.translation_key for e in within_sector)

        return cls(
            entries=[e for e in within_subregion if in_sector(e)],
            total=len(everyone),
            sector_options=_options(sectors, per_sector, sector_key),
            subregion_options=_options(subregions, per_subregion, subregion_key),
            any_sector_count=len(within_subregion),
            any_subregion_count=len(within_sector),
            selected_sector=sectors.by_key[sector_key][1] if sector_key else None,
            selected_subregion=subregions.by_key[subregion_key][1] if subregion_key else None,
            errors=errors,
        )


def _chosen_key(
    params: Mapping[str, str],
    name: str,
    vocabulary: _Vocabulary,
    message: str,
    errors: list[str],
):
    """The translation key the parameter asks for; None for no filter or an unknown value."""
    value = params.get(name, "").strip()
    if not value:
        return None
    key = vocabulary.key_for_slug(value)
    if key is None:
        errors.append(message % {"value": value[:ECHOED_VALUE_LENGTH]})
    return key


def _options(vocabulary: _Vocabulary, counts: Counter, selected_key) -> list[FilterOption]:
    return [
        FilterOption(
            slug=obj.slug,
            name=obj.name,
            count=counts.get(obj.translation_key, 0),
            selected=obj.translation_key == selected_key,
        )
        for obj in vocabulary.sorted()
    ]
