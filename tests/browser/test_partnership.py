"""Visitors use the partnership's pages in a real browser: the directory's filters work with
the keyboard and without JavaScript, and every page type meets WCAG 2.1 AA in each language.

Form controls are found by their label's `for` target rather than the label text, so the
tests hold whether or not the interface strings are translated yet.
"""

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import Locator, Page, expect
from wagtail.documents import get_document_model

from tests.factories import translate_page
from tests.factories_partnership import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PartnershipMemberFactory,
    PartnershipPageFactory,
    PublicationPageFactory,
    SectorFactory,
    SubregionFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
    translate_snippet,
)

SLUGS = {
    "pl": {
        "partners": "wspolpraca",
        "partner": "park",
        "partnership": "partnerstwo",
        "publication": "rekomendacja",
        "trainings": "szkolenia",
        "training": "monter",
    },
    "en": {
        "partners": "cooperation",
        "partner": "park",
        "partnership": "partnership",
        "publication": "recommendation",
        "trainings": "training",
        "training": "installer",
    },
    "es": {
        "partners": "cooperacion",
        "partner": "parque",
        "partnership": "partenariado",
        "publication": "recomendacion",
        "trainings": "formacion",
        "training": "instalador",
    },
}


def translate_all(page, slugs_key: str, **changes) -> None:
    for code in ["en", "es"]:
        translate_page(page, code, slug=SLUGS[code][slugs_key], **changes.get(code, {}))


@pytest.fixture
def directory(site):
    page = PartnershipPageFactory(parent=site, slug=SLUGS["pl"]["partnership"])
    translate_all(page, "partnership")
    sectors = {
        "public": SectorFactory(name="Administracja publiczna", slug="public-administration"),
        "ngo": SectorFactory(name="Organizacje pozarządowe", slug="ngo"),
    }
    subregions = {
        "bialystok": SubregionFactory(name="Białostocki", slug="bialostocki"),
        "lomza": SubregionFactory(name="Łomżyński", slug="lomzynski"),
    }
    for code, ngo, lomza in [
        ("en", "Non-governmental organisations", "Łomża"),
        ("es", "Organizaciones no gubernamentales", "Łomża"),
    ]:
        translate_snippet(sectors["ngo"], code, name=ngo)
        translate_snippet(subregions["lomza"], code, name=lomza)
    for name, sector, subregion in [
        ("Urząd Pracy", "public", "bialystok"),
        ("Fundacja Zielona", "ngo", "bialystok"),
        ("Stowarzyszenie Łąka", "ngo", "lomza"),
    ]:
        PartnershipMemberFactory(
            name=name,
            sector=sectors[sector],
            subregion=subregions[subregion],
            website="https://example.org/",
        )
    return page


@pytest.fixture
def all_page_types(site, directory, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    partners = PartnerIndexPageFactory(parent=site, slug=SLUGS["pl"]["partners"])
    translate_all(partners, "partners")
    partner = PartnerPageFactory(
        parent=partners,
        slug=SLUGS["pl"]["partner"],
        name="Fundación Parque Científico y Tecnológico de Extremadura",
        website="https://example.org/",
    )
    translate_all(partner, "partner")
    document = get_document_model().objects.create(
        title="Rekomendacja", file=ContentFile(b"%PDF-1.4 test", name="rekomendacja.pdf")
    )
    publication = PublicationPageFactory(
        parent=site,
        slug=SLUGS["pl"]["publication"],
        audiences=[("audience", "pracodawcy"), ("audience", "szkoły zawodowe")],
        documents=[("document", {"document": document, "title": ""})],
    )
    translate_all(publication, "publication")
    trainings = TrainingIndexPageFactory(parent=site, slug=SLUGS["pl"]["trainings"])
    translate_all(trainings, "trainings")
    training = TrainingPageFactory(
        parent=trainings, slug=SLUGS["pl"]["training"], occupation_summary="Montuje instalacje."
    )
    translate_all(training, "training")


def members(visitor: Page) -> Locator:
    """The names in the directory's list, for expect() to wait on."""
    return visitor.locator(".member-list h3")


def test_visitor_filters_the_directory_by_sector_and_subregion(visitor, directory):
    visitor.goto("/pl/partnerstwo/")
    expect(members(visitor)).to_have_count(3)

    visitor.locator("#directory-sector").select_option("ngo")
    visitor.locator(".directory-filter button[type=submit]").click()
    visitor.wait_for_url("**/pl/partnerstwo/?*sector=ngo*")

    expect(members(visitor)).to_have_text(["Fundacja Zielona", "Stowarzyszenie Łąka"])
    subregions = visitor.locator("#directory-subregion option").all_inner_texts()
    assert "Białostocki (1)" in subregions and "Łomżyński (1)" in subregions

    visitor.locator("#directory-subregion").select_option("lomzynski")
    visitor.locator(".directory-filter button[type=submit]").click()
    visitor.wait_for_url("**/pl/partnerstwo/?*subregion=lomzynski*")

    expect(members(visitor)).to_have_text(["Stowarzyszenie Łąka"])
    sectors = visitor.locator("#directory-sector option").all_inner_texts()
    assert "Organizacje pozarządowe (1)" in sectors
    assert "Administracja publiczna (0)" in sectors
    assert visitor.locator("#directory-sector").input_value() == "ngo"


def test_keyboard_user_filters_the_directory_without_javascript(browser, live_server, directory):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    visitor = context.new_page()
    try:
        visitor.goto("/es/partenariado/")
        visitor.locator("#directory-sector").focus()
        # On a closed select, the arrow keys move to the next option, as a keyboard user does.
        visitor.keyboard.press("ArrowDown")
        visitor.keyboard.press("ArrowDown")
        assert visitor.locator("#directory-sector").input_value() == "ngo"
        visitor.keyboard.press("Tab")
        visitor.keyboard.press("Tab")
        assert visitor.evaluate("document.activeElement.type") == "submit"
        visitor.keyboard.press("Enter")
        visitor.wait_for_url("**/es/partenariado/?sector=ngo*")

        expect(members(visitor)).to_have_text(["Fundacja Zielona", "Stowarzyszenie Łąka"])
        assert (
            "Organizaciones no gubernamentales (2)"
            in visitor.locator("#directory-sector option:checked").inner_text()
        )
    finally:
        context.close()


def test_visitor_with_a_mistyped_filter_link_is_told_and_can_start_again(visitor, directory):
    response = visitor.goto("/en/partnership/?subregion=lomza")

    assert response.status == 400
    assert "lomza" in visitor.get_by_role("alert").inner_text()
    visitor.locator('.directory-filter__actions a[href="/en/partnership/#directory"]').click()
    expect(members(visitor)).to_have_count(3)
    assert "lomza" not in visitor.url


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_every_partnership_page_type_meets_wcag_22_aa(visitor, all_page_types, axe, language):
    slugs = SLUGS[language]
    paths = [
        f"/{language}/{slugs['partners']}/",
        f"/{language}/{slugs['partners']}/{slugs['partner']}/",
        f"/{language}/{slugs['partnership']}/",
        f"/{language}/{slugs['partnership']}/?sector=ngo&subregion=lomzynski",
        f"/{language}/{slugs['partnership']}/?sector=ngo&subregion=bialostocki",
        f"/{language}/{slugs['partnership']}/?sector=no-such-sector",
        f"/{language}/{slugs['publication']}/",
        f"/{language}/{slugs['trainings']}/",
        f"/{language}/{slugs['trainings']}/{slugs['training']}/",
    ]
    for path in paths:
        visitor.goto(path)
        assert visitor.locator("html").get_attribute("lang") == language
        axe(visitor)
