"""What a profile shows: the card of the directory, of the advisor's preview and of the admin.

Territory codes become names here (network/territory.py), topic keys become titles in the
reader's language, and the contact becomes a link of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from . import territory
from .choices import ContactKind


@dataclass(frozen=True)
class Contact:
    kind: str
    label: str
    value: str
    href: str


@dataclass(frozen=True)
class Card:
    profile_id: int
    name: str
    institution: str
    counties: list[str]
    municipalities: list[str]
    county_codes: frozenset[str]
    topic_keys: frozenset[str]
    topics: list[str]
    contact: Contact
    bio: str


def contact_href(kind: str, value: str) -> str:
    if kind == ContactKind.EMAIL:
        return f"mailto:{quote(value, safe='@.+-_')}"
    if kind == ContactKind.PHONE:
        return "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")
    return value


def served_counties(profile) -> frozenset[str]:
    """The counties the advisor serves: those chosen, and those of the municipalities chosen."""
    codes = set(profile.counties)
    for code in profile.municipalities:
        found = territory.municipality(code)
        if found is not None:
            codes.add(found.county_code)
    return frozenset(codes)


def card_of(profile, topic_titles: dict[str, str]) -> Card:
    """``topic_titles``: network.topics.titles(), read once for a whole listing."""
    counties = [territory.county(code) for code in profile.counties]
    municipalities = [territory.municipality(code) for code in profile.municipalities]
    kind = ContactKind(profile.contact_kind)
    return Card(
        profile_id=profile.pk,
        name=profile.name,
        institution=profile.institution,
        counties=[str(county.name) for county in counties if county is not None],
        municipalities=[item.label for item in municipalities if item is not None],
        county_codes=served_counties(profile),
        topic_keys=frozenset(profile.topics),
        topics=[title for key, title in topic_titles.items() if key in profile.topics],
        contact=Contact(
            kind=kind.value,
            label=str(kind.label),
            value=profile.contact_value,
            href=contact_href(kind, profile.contact_value),
        ),
        bio=profile.bio,
    )
