"""The partnership's pages: the member directory and its filters, partners, trainings and
the Recommendation, in Polish, English and Spanish."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Page

from home.models import HomePage
from partnership.models import PartnershipPage
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


@pytest.fixture
def partnership(home) -> PartnershipPage:
    return PartnershipPageFactory(parent=home)


@pytest.fixture
def sectors(db) -> dict:
    return {
        "public": SectorFactory(name="Administracja publiczna", slug="public-administration"),
        "ngo": SectorFactory(name="Organizacje pozarządowe", slug="ngo"),
        "business": SectorFactory(name="Przedsiębiorcy", slug="business"),
    }


@pytest.fixture
def subregions(db) -> dict:
    return {
        "bialystok": SubregionFactory(name="Białostocki", slug="bialostocki"),
        "lomza": SubregionFactory(name="Łomżyński", slug="lomzynski"),
        "suwalki": SubregionFactory(name="Suwalski", slug="suwalski"),
    }


@pytest.fixture
def members(sectors, subregions) -> dict:
    def member(name, sector, subregion):
        return PartnershipMemberFactory(
            name=name, sector=sectors[sector], subregion=subregions[subregion]
        )

    return {
        "office": member("Urząd Pracy", "public", "bialystok"),
        "foundation": member("Fundacja Zielona", "ngo", "bialystok"),
        "association": member("Stowarzyszenie Łąka", "ngo", "lomza"),
        "company": member("Firma Solar", "business", "suwalki"),
    }


def directory_of(response):
    return response.context["directory"]


def names_shown(response) -> list[str]:
    return [entry.member.name for entry in directory_of(response).entries]


def counts(options) -> dict[str, int]:
    return {option.slug: option.count for option in options}


def test_directory_lists_every_member_in_alphabetical_order(client, partnership, members):
    response = client.get(partnership.url)

    assert response.status_code == 200
    assert names_shown(response) == [
        "Firma Solar",
        "Fundacja Zielona",
        "Stowarzyszenie Łąka",
        "Urząd Pracy",
    ]
    assert "Organizacje pozarządowe" in response.content.decode()


def test_sector_filter_shows_only_that_sectors_members(client, partnership, members):
    response = client.get(partnership.url, {"sector": "ngo"})

    assert names_shown(response) == ["Fundacja Zielona", "Stowarzyszenie Łąka"]
    html = response.content.decode()
    assert "Urząd Pracy" not in html and "Firma Solar" not in html


def test_subregion_filter_shows_only_that_subregions_members(client, partnership, members):
    response = client.get(partnership.url, {"subregion": "bialostocki"})

    assert names_shown(response) == ["Fundacja Zielona", "Urząd Pracy"]


def test_sector_and_subregion_filters_combine(client, partnership, members):
    response = client.get(partnership.url, {"sector": "ngo", "subregion": "lomzynski"})

    assert names_shown(response) == ["Stowarzyszenie Łąka"]


def test_sector_counts_respect_the_chosen_subregion(client, partnership, members):
    directory = directory_of(client.get(partnership.url, {"subregion": "bialostocki"}))

    assert counts(directory.sector_options) == {
        "public-administration": 1,
        "ngo": 1,
        "business": 0,
    }
    assert directory.any_sector_count == 2


def test_subregion_counts_respect_the_chosen_sector(client, partnership, members):
    response = client.get(partnership.url, {"sector": "ngo"})
    directory = directory_of(response)

    assert counts(directory.subregion_options) == {"bialostocki": 1, "lomzynski": 1, "suwalski": 0}
    assert directory.any_subregion_count == 2
    assert "Łomżyński (1)" in response.content.decode()


def test_counts_and_total_without_filters(client, partnership, members):
    response = client.get(partnership.url)
    directory = directory_of(response)

    assert counts(directory.sector_options) == {
        "public-administration": 1,
        "ngo": 2,
        "business": 1,
    }
    assert (directory.total, len(directory.entries)) == (4, 4)
    assert "Organizacje pozarządowe (2)" in response.content.decode()


def test_filter_form_marks_the_chosen_options(client, partnership, members):
    html = client.get(partnership.url, {"sector": "ngo", "subregion": "lomzynski"}).content.decode()

    assert '<option value="ngo" selected>' in html
    assert '<option value="lomzynski" selected>' in html
    assert 'name="sector"' in html and 'for="directory-sector"' in html


def test_empty_filter_values_from_the_form_show_everyone(client, partnership, members):
    response = client.get(partnership.url, {"sector": "", "subregion": ""})

    assert response.status_code == 200
    assert len(directory_of(response).entries) == 4


@pytest.mark.parametrize("parameter", ["sector", "subregion"])
def test_unknown_filter_value_answers_400_with_a_message(client, partnership, members, parameter):
    response = client.get(partnership.url, {parameter: "no-such-thing"})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "no-such-thing" in html.split('role="alert"')[1].split("</div>")[0]


def test_unknown_filter_value_is_shown_escaped(client, partnership, members):
    response = client.get(partnership.url, {"sector": "<script>alert(1)</script>"})

    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_directory_without_members_says_none_are_listed(client, partnership):
    response = client.get(partnership.url)

    assert response.status_code == 200
    assert directory_of(response).total == 0
    assert "<form" not in response.content.decode().split('id="directory"')[1]


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_directory_queries_do_not_grow_with_members(client, partnership, sectors, subregions):
    def add_members(number: int) -> None:
        for index in range(number):
            PartnershipMemberFactory(
                sector=list(sectors.values())[index % 3],
                subregion=list(subregions.values())[index % 3],
            )

    add_members(3)
    few = count_queries(client, partnership.url + "?sector=ngo")
    add_members(27)

    assert count_queries(client, partnership.url + "?sector=ngo") == few


@pytest.fixture
def translated_directory(partnership, sectors, subregions, members):
    """English and Spanish pages; the office and the NGO sector translated into both."""
    pages = {"pl": partnership}
    for code, title, sector_name, office_name in [
        ("en", "Public-social partnership", "Non-governmental organisations", "Labour Office"),
        ("es", "Partenariado público-social", "Organizaciones no gubernamentales", "Oficina"),
    ]:
        pages[code] = translate_page(partnership, code, title=title, slug=f"partnership-{code}")
        translate_snippet(sectors["ngo"], code, name=sector_name)
        translate_snippet(members["office"], code, name=office_name)
    return pages


@pytest.mark.parametrize(
    ("code", "office", "ngo"),
    [
        ("en", "Labour Office", "Non-governmental organisations"),
        ("es", "Oficina", "Organizaciones no gubernamentales"),
    ],
)
def test_members_and_sectors_are_shown_in_the_visitors_language(
    client, translated_directory, code, office, ngo
):
    response = client.get(translated_directory[code].url)
    html = response.content.decode()

    assert office in names_shown(response)
    assert "Urząd Pracy" not in names_shown(response)
    assert f"{ngo} (2)" in html


def test_untranslated_members_and_sectors_fall_back_to_polish(client, translated_directory):
    response = client.get(translated_directory["en"].url)

    assert "Fundacja Zielona" in names_shown(response)
    assert "Przedsiębiorcy (1)" in response.content.decode()


def test_filter_slugs_work_in_every_language(client, translated_directory):
    response = client.get(translated_directory["es"].url, {"sector": "ngo"})

    assert response.status_code == 200
    assert names_shown(response) == ["Fundacja Zielona", "Stowarzyszenie Łąka"]


def test_translated_directory_costs_no_more_queries_with_more_members(
    client, translated_directory, sectors, subregions
):
    url = translated_directory["es"].url
    few = count_queries(client, url)
    for _ in range(20):
        PartnershipMemberFactory(sector=sectors["ngo"], subregion=subregions["lomza"])

    assert count_queries(client, url) == few


TRANSLATIONS = {
    "en": ("Transnational cooperation", "transnational", "Spain"),
    "es": ("Cooperación transnacional", "transnacional", "España"),
}


def make_partners(home) -> dict:
    index = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(
        parent=index,
        title="Park Naukowo-Technologiczny",
        slug="park",
        name="Fundación Parque Científico y Tecnológico de Extremadura",
        website="https://example.org/",
    )
    pages = {"pl": (index, partner)}
    for code, (title, slug, country) in TRANSLATIONS.items():
        pages[code] = (
            translate_page(index, code, title=title, slug=slug),
            translate_page(partner, code, slug="park", country=country),
        )
    return pages


def page_pks(pages: dict) -> dict:
    return {code: tuple(page.pk for page in pair) for code, pair in pages.items()}


def fresh_pages(pks: dict) -> dict:
    """New instances, from the database, of the pages a module fixture built."""
    return {
        code: tuple(Page.objects.get(pk=pk).specific for pk in pair) for code, pair in pks.items()
    }


@pytest.fixture(scope="module")
def module_partners(module_home, django_db_blocker) -> dict:
    """The partner index and its partner in three languages, built once for the module
    (rolled back with module_home): their pks by language."""
    assert module_home is not None, "a test of this module commits: partners cannot be shared"
    with django_db_blocker.unblock():
        return page_pks(make_partners(HomePage.objects.get(pk=module_home)))


@pytest.fixture
def partners(module_partners, home) -> dict:
    return fresh_pages(module_partners)


@pytest.mark.parametrize("code", ["pl", "en", "es"])
def test_partner_index_lists_its_partners_in_each_language(client, partners, code):
    index, partner = partners[code]

    html = client.get(index.url).content.decode()

    assert partner.url in html
    assert "Fundación Parque Científico y Tecnológico de Extremadura" in html
    assert partner.country in html


@pytest.mark.parametrize("code", ["pl", "en", "es"])
def test_partner_page_shows_the_partners_facts_in_each_language(client, partners, code):
    _index, partner = partners[code]

    response = client.get(partner.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert partner.country in html
    assert 'href="https://example.org/"' in html


def make_trainings(home) -> dict:
    index = TrainingIndexPageFactory(parent=home)
    training = TrainingPageFactory(
        parent=index,
        title="Monter urządzeń energii odnawialnej",
        slug="monter",
        occupation_summary="Montuje i serwisuje instalacje.",
    )
    pages = {"pl": (index, training)}
    for code, title in [("en", "Installer"), ("es", "Instalador")]:
        pages[code] = (
            translate_page(index, code, title=f"Training {code}", slug="training"),
            translate_page(training, code, title=title, slug="installer"),
        )
    return pages


@pytest.fixture(scope="module")
def module_trainings(module_home, django_db_blocker) -> dict:
    """The training index and its training in three languages, built once for the module
    (rolled back with module_home): their pks by language."""
    assert module_home is not None, "a test of this module commits: trainings cannot be shared"
    with django_db_blocker.unblock():
        return page_pks(make_trainings(HomePage.objects.get(pk=module_home)))


@pytest.fixture
def trainings(module_trainings, home) -> dict:
    return fresh_pages(module_trainings)


@pytest.mark.parametrize("code", ["pl", "en", "es"])
def test_training_index_lists_its_trainings_in_each_language(client, trainings, code):
    index, training = trainings[code]

    html = client.get(index.url).content.decode()

    assert f'href="{training.url}"' in html
    assert training.title in html


@pytest.mark.parametrize("code", ["pl", "en", "es"])
def test_training_page_renders_in_each_language(client, trainings, code):
    _index, training = trainings[code]

    response = client.get(training.url)

    assert response.status_code == 200
    assert training.title in response.content.decode()
    assert "Montuje i serwisuje instalacje." in response.content.decode()


def test_training_index_lists_only_live_trainings(client, trainings):
    index, _training = trainings["pl"]
    draft = TrainingPageFactory(parent=index, title="Szkolenie w przygotowaniu", live=False)

    assert draft.title not in client.get(index.url).content.decode()


def test_publication_lists_its_documents_with_file_type_and_size(client, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Rekomendacja (pełny tekst)", file=ContentFile(b"x" * 2048, name="rekomendacja.pdf")
    )
    page = PublicationPageFactory(
        parent=home,
        audiences=[("audience", "pracodawcy"), ("audience", "szkoły zawodowe")],
        documents=[("document", {"document": document, "title": ""})],
    )

    html = client.get(page.url).content.decode()

    assert f'href="{document.url}"' in html
    assert "Rekomendacja (pełny tekst)" in html
    assert "(PDF, 2,0\xa0KB)" in html  # Polish number format, as a Polish reader sees it
    assert "<li>pracodawcy</li>" in html


def test_publication_without_documents_renders_and_says_there_are_none(client, home):
    page = PublicationPageFactory(parent=home)

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.downloads() == []
    assert 'class="downloads"' not in response.content.decode()
