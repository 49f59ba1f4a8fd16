"""Demo content of the partnership's pages, from core/demo/partnership.py, in three languages.

The seed document counts 34 members of the public-social partnership but names only the
Regional Labour Office in Białystok, which ran the project; the directory lists that one
member and says so, rather than inventing the others.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from wagtail.models import Locale, Page

from core.demo import partnership as content
from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.load_site import ensure_standard_page
from core.demo.text import T
from core.demo.tree import ensure_child_page

from .models import (
    PartnerIndexPage,
    PartnerPage,
    PartnershipMember,
    PartnershipPage,
    PublicationPage,
    Sector,
    Subregion,
    TrainingIndexPage,
    TrainingPage,
)

# Slugs are shared by every language so filtered directory links work in all three.
SECTORS = [
    {
        "slug": "public-administration",
        "name": T(
            pl="Administracja publiczna", en="Public administration", es="Administración pública"
        ),
    },
    {
        "slug": "ngo",
        "name": T(
            pl="Organizacje pozarządowe",
            en="Non-governmental organisations",
            es="Organizaciones no gubernamentales",
        ),
    },
    {"slug": "business", "name": T(pl="Przedsiębiorcy", en="Businesses", es="Empresas")},
]

SUBREGIONS = [
    {"slug": "bialostocki", "name": T(pl="Białostocki", en="Białystok", es="Białystok")},
    {"slug": "lomzynski", "name": T(pl="Łomżyński", en="Łomża", es="Łomża")},
    {"slug": "suwalski", "name": T(pl="Suwalski", en="Suwałki", es="Suwałki")},
]

MEMBERS = [
    {
        "name": T(
            pl="Wojewódzki Urząd Pracy w Białymstoku",
            en="Regional Labour Office in Białystok (Wojewódzki Urząd Pracy w Białymstoku)",
            es="Oficina Regional de Empleo de Białystok (Wojewódzki Urząd Pracy w Białymstoku)",
        ),
        "sector": "public-administration",
        "subregion": "bialostocki",
        "town": T(pl="Białystok", en="Białystok", es="Białystok"),
        "description": T(
            pl=(
                "Realizator projektu „Partnerstwo na rzecz rozwoju i promocji zielonych miejsc "
                "pracy”."
            ),
            en="Ran the project “Partnership for the Development and Promotion of Green Jobs”.",
            es=(
                "Entidad que ejecutó el proyecto «Partenariado para el desarrollo y la promoción "
                "de los empleos verdes»."
            ),
        ),
    },
]

# Replaces the seed's directory introduction: the page must say how few members are listed.
DIRECTORY_INTRO = T(
    pl=(
        "Na razie katalog obejmuje 1 z 34 podmiotów partnerstwa: realizatora projektu, "
        "Wojewódzki Urząd Pracy w Białymstoku. Katalog można filtrować według sektora i "
        "subregionu."
    ),
    en=(
        "So far the directory lists 1 of the partnership’s 34 organisations: the Regional Labour "
        "Office in Białystok (Wojewódzki Urząd Pracy w Białymstoku), which ran the project. The "
        "directory can be filtered by sector and subregion."
    ),
    es=(
        "Por ahora, el directorio recoge 1 de las 34 entidades del partenariado: la Oficina "
        "Regional de Empleo de Białystok (Wojewódzki Urząd Pracy w Białymstoku), que ejecutó el "
        "proyecto. El directorio puede filtrarse por sector y subregión."
    ),
)


def ensure_page(parent: Page, model: type[Page], spec: dict, **fields: Any) -> Page:
    return ensure_child_page(parent, model, spec["slug"].pl, title=spec["title"].pl, **fields)


def ensure_vocabulary(
    model: type[models.Model], specs: list[dict], locales: list[Locale]
) -> dict[str, models.Model]:
    """Sectors or subregions in Polish, translated; keyed by their shared slug."""
    default = Locale.get_default()
    found = {}
    for spec in specs:
        obj, _created = model.objects.get_or_create(
            locale=default, slug=spec["slug"], defaults={"name": spec["name"].pl}
        )
        translate_everywhere(obj, spec, locales)
        found[spec["slug"]] = obj
    return found


def ensure_members(locales: list[Locale]) -> None:
    default = Locale.get_default()
    sectors = ensure_vocabulary(Sector, SECTORS, locales)
    subregions = ensure_vocabulary(Subregion, SUBREGIONS, locales)
    for spec in MEMBERS:
        member, _created = PartnershipMember.objects.get_or_create(
            locale=default,
            name=spec["name"].pl,
            defaults={
                "sector": sectors[spec["sector"]],
                "subregion": subregions[spec["subregion"]],
                "town": spec["town"].pl,
                "description": spec["description"].pl,
            },
        )
        # The member's sector and subregion must be translated first: wagtail-localize
        # points the translated member at their translations.
        translate_everywhere(member, spec, locales)


def ensure_transnational(home: Page, locales: list[Locale]) -> PartnerIndexPage:
    spec = content.TRANSNATIONAL
    index = ensure_page(
        home, PartnerIndexPage, spec, intro=spec["intro"].pl, body=stream_value(spec["body"], "pl")
    )
    translate_everywhere(index, spec, locales)
    for partner in content.PARTNERS:
        page = ensure_page(
            index,
            PartnerPage,
            partner,
            show_in_menus=True,
            name=partner["name"].pl,
            country=partner["country"].pl,
            region=partner["region"].pl,
            intro=partner["intro"].pl,
            body=stream_value(partner["body"], "pl"),
        )
        translate_everywhere(page, partner, locales)
    return index


def ensure_partnership(home: Page, locales: list[Locale]) -> PartnershipPage:
    spec = {**content.PARTNERSHIP, "directory_intro": DIRECTORY_INTRO}
    page = ensure_page(
        home,
        PartnershipPage,
        spec,
        intro=spec["intro"].pl,
        body=stream_value(spec["body"], "pl"),
        directory_intro=spec["directory_intro"].pl,
    )
    translate_everywhere(page, spec, locales)
    ensure_members(locales)
    return page


def ensure_recommendation(home: Page, locales: list[Locale]) -> PublicationPage:
    # No file of the Recommendation exists, so the page has no documents to download.
    spec = content.RECOMMENDATION
    page = ensure_page(
        home,
        PublicationPage,
        spec,
        intro=spec["intro"].pl,
        summary=spec["summary"].pl,
        audiences=[("audience", audience.pl) for audience in spec["audiences"]],
        body=stream_value(spec["body"], "pl"),
    )
    translate_everywhere(page, spec, locales)
    return page


def ensure_trainings(home: Page, locales: list[Locale]) -> TrainingIndexPage:
    spec = {key: value for key, value in content.TRAININGS_INDEX.items() if key != "trainings"}
    index = ensure_page(
        home, TrainingIndexPage, spec, intro=spec["intro"].pl, body=stream_value(spec["body"], "pl")
    )
    translate_everywhere(index, spec, locales)
    for training in content.TRAININGS_INDEX["trainings"]:
        page = ensure_page(
            index,
            TrainingPage,
            training,
            show_in_menus=True,
            intro=training["intro"].pl,
            body=stream_value(training["body"], "pl"),
        )
        translate_everywhere(page, training, locales)
    return index


def load(demo: Demo) -> None:
    """Add the partnership's pages under the home page and the directory's snippets."""
    home = demo.pages["home"]
    locales = demo.locales
    transnational = ensure_transnational(home, locales)
    partnership = ensure_partnership(home, locales)
    recommendation = ensure_recommendation(home, locales)
    trainings = ensure_trainings(home, locales)
    internships = ensure_standard_page(home, content.INTERNSHIPS)
    advisors = ensure_standard_page(home, content.ADVISORS)
    for page, spec in ((internships, content.INTERNSHIPS), (advisors, content.ADVISORS)):
        translate_everywhere(page, spec, locales)
    demo.pages.update(
        transnational=transnational,
        partnership=partnership,
        recommendation=recommendation,
        trainings=trainings,
        internships=internships,
        advisors=advisors,
    )
    demo.menu.extend([transnational, partnership, recommendation, trainings])
