"""Podlaskie's territory as data: its NUTS-3 subregions, counties and municipalities (TERYT).

The list lives in ``network/data/podlaskie_teryt.json`` (its header says where it comes from
and as of when); this module reads it once and hands out frozen records. Codes are the
registry's: a county is ``woj+pow`` (``"2001"``), a municipality the 7-digit TERC code
``woj+pow+gmi+rodzaj`` (``"2001011"``). Proper names of municipalities stay in Polish; county
and subregion labels go through gettext, the counties with the msgids outreach already uses
so their translations apply.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DATA_FILE = Path(__file__).resolve().parent / "data" / "podlaskie_teryt.json"

# The same msgids as outreach.models.COUNTIES, keyed by TERYT code.
COUNTY_LABELS: dict[str, Promise] = {
    "2001": _("Augustów County"),
    "2002": _("Białystok County"),
    "2003": _("Bielsk County"),
    "2004": _("Grajewo County"),
    "2005": _("Hajnówka County"),
    "2006": _("Kolno County"),
    "2007": _("Łomża County"),
    "2008": _("Mońki County"),
    "2009": _("Sejny County"),
    "2010": _("Siemiatycze County"),
    "2011": _("Sokółka County"),
    "2012": _("Suwałki County"),
    "2013": _("Wysokie Mazowieckie County"),
    "2014": _("Zambrów County"),
    "2061": _("Białystok (city with county rights)"),
    "2062": _("Łomża (city with county rights)"),
    "2063": _("Suwałki (city with county rights)"),
}

SUBREGION_LABELS: dict[str, Promise] = {
    "PL841": _("Białystok subregion"),
    "PL842": _("Łomża subregion"),
    "PL843": _("Suwałki subregion"),
}

# TERC's "rodzaj" digit of a municipality.
KIND_BY_DIGIT = {"1": "urban", "2": "rural", "3": "urban-rural"}
KIND_LABELS: dict[str, Promise] = {
    "urban": _("urban municipality"),
    "rural": _("rural municipality"),
    "urban-rural": _("urban-rural municipality"),
}


@dataclass(frozen=True)
class Subregion:
    code: str
    name: str


@dataclass(frozen=True)
class County:
    code: str
    name: str
    subregion_code: str
    slug: str
    polish_name: str

    @property
    def is_city(self) -> bool:
        """A city with county rights (TERYT powiat numbers from 61 up)."""
        return self.code[2:] >= "61"


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    county_code: str
    kind: str

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def label(self) -> str:
        """The name, with its kind where a town and a rural municipality share it."""
        if _shared_names().get(self.name, 0) > 1:
            return f"{self.name} ({self.kind_label})"
        return self.name


@dataclass(frozen=True)
class _Territory:
    subregions: tuple[Subregion, ...]
    counties: tuple[County, ...]
    municipalities: tuple[Municipality, ...]
    county_by_code: dict[str, County]
    municipality_by_code: dict[str, Municipality]


@cache
def _territory() -> _Territory:
    """The data file read once per process."""
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    subregions = tuple(
        Subregion(code=row["code"], name=SUBREGION_LABELS[row["code"]])
        for row in data["subregions"]
    )
    counties = tuple(
        County(
            code=row["code"],
            name=COUNTY_LABELS[row["code"]],
            subregion_code=row["subregion"],
            slug=row["slug"],
            polish_name=row["name"],
        )
        for row in data["counties"]
    )
    municipalities = tuple(
        Municipality(
            code=row["code"], name=row["name"], county_code=row["code"][:4], kind=row["kind"]
        )
        for row in data["municipalities"]
    )
    return _Territory(
        subregions=subregions,
        counties=counties,
        municipalities=municipalities,
        county_by_code={county.code: county for county in counties},
        municipality_by_code={municipality.code: municipality for municipality in municipalities},
    )


@cache
def _shared_names() -> dict[str, int]:
    return dict(Counter(municipality.name for municipality in _territory().municipalities))


def subregions() -> list[Subregion]:
    return list(_territory().subregions)


def subregion(code: str) -> Subregion | None:
    return next((item for item in _territory().subregions if item.code == code), None)


def counties(subregion_code: str | None = None) -> list[County]:
    """All 17 counties in TERYT order, or those of one subregion."""
    return [
        county
        for county in _territory().counties
        if subregion_code is None or county.subregion_code == subregion_code
    ]


def county(code: str) -> County | None:
    return _territory().county_by_code.get(code)


def county_by_slug(slug: str) -> County | None:
    """The county for one of the slugs outreach's events use ("augustowski", "bialystok", …)."""
    return next((item for item in _territory().counties if item.slug == slug), None)


def municipalities(county_code: str | None = None) -> list[Municipality]:
    """All municipalities in TERYT order, or those of one county."""
    return [
        municipality
        for municipality in _territory().municipalities
        if county_code is None or municipality.county_code == county_code
    ]


def municipality(code: str) -> Municipality | None:
    return _territory().municipality_by_code.get(code)


def municipality_in_county(municipality_code: str, county_code: str) -> bool:
    found = municipality(municipality_code)
    return found is not None and found.county_code == county_code


def county_choices() -> list[tuple[str, str]]:
    return [(item.code, str(item.name)) for item in _territory().counties]


def municipality_choices(county_code: str | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs; the label tells a town from the rural municipality of its name."""
    return [(item.code, item.label) for item in municipalities(county_code)]
