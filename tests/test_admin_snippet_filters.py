"""The admin's listings of members and glossary terms filter by a translated value, once."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from elearning.models import GlossaryTerm
from tests.factories_elearning import CatalogueFactory, add_course, translate_course
from tests.factories_partnership import (
    PartnershipMemberFactory,
    SectorFactory,
    SubregionFactory,
    translate_snippet,
)
from tests.html import text_of

MEMBERS = "/admin/snippets/partnership/partnershipmember/"
GLOSSARY = "/admin/snippets/elearning/glossaryterm/"


def listed(client, url: str, **filters) -> list[str]:
    response = client.get(url, filters)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return sorted(text_of(cell).split(" ")[0] for cell in page.select("tbody td.title"))


def options(client, url: str, name: str) -> list[str]:
    page = BeautifulSoup(client.get(url).content, "html.parser")
    select = page.find("select", attrs={"name": name})
    return [text_of(option) for option in select.find_all("option") if option["value"]]


@pytest.fixture
def members(home):
    ngo = SectorFactory(name="Organizacje pozarządowe", slug="ngo")
    business = SectorFactory(name="Biznes", slug="biznes")
    suwalski = SubregionFactory(name="suwalski", slug="suwalski")
    lomzynski = SubregionFactory(name="łomżyński", slug="lomzynski")
    fundacja = PartnershipMemberFactory(name="Fundacja", sector=ngo, subregion=suwalski)
    PartnershipMemberFactory(name="Firma", sector=business, subregion=lomzynski)
    spanish_ngo = translate_snippet(ngo, "es", name="Organizaciones no gubernamentales")
    spanish_suwalski = translate_snippet(suwalski, "es", name="Suwałki")
    translate_snippet(
        fundacja, "es", name="Fundación", sector=spanish_ngo, subregion=spanish_suwalski
    )
    return ngo, suwalski


def test_members_filter_by_sector_and_subregion_across_languages(admin_client, members):
    ngo, suwalski = members

    assert listed(admin_client, MEMBERS, sector=str(ngo.translation_key)) == [
        "Fundación",
        "Fundacja",
    ]
    assert listed(admin_client, MEMBERS, subregion=str(suwalski.translation_key)) == [
        "Fundación",
        "Fundacja",
    ]
    assert listed(admin_client, MEMBERS) == ["Firma", "Fundación", "Fundacja"]


def test_each_sector_is_offered_once_by_its_source_name(admin_client, members):
    assert sorted(options(admin_client, MEMBERS, "sector")) == ["Biznes", "Organizacje pozarządowe"]


def test_glossary_terms_filter_by_course_in_every_language(admin_client, home):
    catalogue = CatalogueFactory(parent=home)
    waste = add_course(catalogue, title="Odpady", slug="odpady", lessons=1)
    energy = add_course(catalogue, title="Energia", slug="energia", lessons=1)
    spanish_waste = translate_course(waste, "es")
    GlossaryTerm.objects.create(term="PSZOK", definition="Punkt selektywnej zbiórki.", course=waste)
    GlossaryTerm.objects.create(term="Fotowoltaika", definition="Energia słońca.", course=energy)
    spanish = GlossaryTerm.objects.get(term="PSZOK").copy_for_translation(spanish_waste.locale)
    spanish.course = spanish_waste
    spanish.save()

    assert listed(admin_client, GLOSSARY, course=str(waste.translation_key)) == ["PSZOK", "PSZOK"]
