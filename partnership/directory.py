"""The partnership's member directory in one language, filtered by sector and subregion.

Three queries build it whatever the number of members: the members (in the page's
language and in Polish), every sector and every subregion. Each member, sector and
subregion is shown in the page's language where it is translated, else in Polish.
Filters use the slug, which is the same in every language, so a filtered link can be
shared across languages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext
from wagtail.models import Locale

from core.i18n import each_in_locale
from core.vocabulary import Vocabulary, chosen_key, collation_key

from .members import PartnershipMember, Sector, Subregion

SECTOR_PARAMETER = "sector"
SUBREGION_PARAMETER = "subregion"


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
        sectors = Vocabulary(Sector.objects.select_related("locale"), locale)
        subregions = Vocabulary(Subregion.objects.select_related("locale"), locale)
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
        sector_key = chosen_key(
            params,
            SECTOR_PARAMETER,
            sectors,
            # Translators: %(value)s is what the visitor's link asked for.
            gettext("There is no sector “%(value)s” in the directory. Choose one from the list."),
            errors,
        )
        subregion_key = chosen_key(
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
            selected_sector=sectors.for_key(sector_key),
            selected_subregion=subregions.for_key(subregion_key),
            errors=errors,
        )


def _options(vocabulary: Vocabulary, counts: Counter, selected_key) -> list[FilterOption]:
    return [
        FilterOption(
            slug=obj.slug,
            name=obj.name,
            count=counts.get(obj.translation_key, 0),
            selected=obj.translation_key == selected_key,
        )
        for obj in vocabulary.sorted()
    ]
