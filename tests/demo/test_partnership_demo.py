"""The partnership's demo loader: its pages and directory in three languages, built once."""

from core.models import MainMenu
from home.models import StandardPage
from partnership.models import (
    PartnerPage,
    PartnershipMember,
    PartnershipPage,
    PublicationPage,
    Sector,
    Subregion,
    TrainingPage,
)


def test_demo_builds_every_partnership_page_in_three_languages(demo, db, client):
    for model, per_language in [
        (PartnershipPage, 1),
        (PublicationPage, 1),
        (PartnerPage, 2),
        (TrainingPage, 5),
    ]:
        for code in ["pl", "en", "es"]:
            pages = model.objects.live().filter(locale__language_code=code)
            assert pages.count() == per_language, (model, code)
            for page in pages:
                assert client.get(page.url).status_code == 200, page.url
    titles = set(StandardPage.objects.filter(locale__language_code="es").values_list("title"))
    assert {("Prácticas profesionales",), ("Red de asesores de empleos verdes",)} <= titles


def test_demo_directory_lists_only_the_member_the_seed_names(demo, db):
    polish = PartnershipMember.objects.get(locale__language_code="pl")

    assert polish.name == "Wojewódzki Urząd Pracy w Białymstoku"
    assert (polish.sector.slug, polish.subregion.slug) == ("public-administration", "bialostocki")
    assert PartnershipMember.objects.count() == 3  # the one member, in pl, en and es


def test_demo_sectors_and_subregions_keep_one_slug_in_every_language(demo, db):
    for model, slugs in [
        (Sector, {"public-administration", "ngo", "business"}),
        (Subregion, {"bialostocki", "lomzynski", "suwalski"}),
    ]:
        for code in ["pl", "en", "es"]:
            found = set(
                model.objects.filter(locale__language_code=code).values_list("slug", flat=True)
            )
            assert found == slugs, (model, code)


def test_demo_directory_shows_the_member_in_spanish(demo, db, client):
    page = PartnershipPage.objects.get(locale__language_code="es")

    response = client.get(page.url, {"sector": "public-administration", "subregion": "bialostocki"})
    html = response.content.decode()

    assert response.status_code == 200
    assert "Oficina Regional de Empleo de Białystok" in html
    assert "Administración pública (1)" in html
    assert "1 de las 34 entidades" in html


def test_demo_menu_leads_to_the_partnership_pages(demo, db):
    menu = MainMenu.objects.get(locale__language_code="pl")
    linked = {block.value["page"].specific_class for block in menu.items}

    assert PartnershipPage in linked and PublicationPage in linked
