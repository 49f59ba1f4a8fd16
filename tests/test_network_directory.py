"""The public directory of advisors: opt-in only, filters by subregion, county and topic in
three languages, and a clear answer to filter values it does not know."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import HomePage
from network.models import AdvisorDirectoryPage, AdvisorProfile
from tests.factories_elearning import make_advisor
from tests.factories_network import (
    make_blocks,
    make_certified_advisor,
    make_directory,
    make_profile,
)
from tests.html import soup_of, text_of

PATHS = {"pl": "/pl/doradcy/", "en": "/en/advisers/", "es": "/es/asesores/"}


@pytest.fixture(scope="module")
def module_blocks(module_home, django_db_blocker) -> list[int]:
    """The three training blocks, built once for the module (rolled back with module_home)."""
    assert module_home is not None, "module-scoped data needs module_home: no test may commit"
    with django_db_blocker.unblock():
        return [block.pk for block in make_blocks(HomePage.objects.get(pk=module_home))]


@pytest.fixture(scope="module")
def module_directory(module_home, django_db_blocker) -> int:
    """The directory page and its translations, built once for the module."""
    assert module_home is not None, "module-scoped data needs module_home: no test may commit"
    with django_db_blocker.unblock():
        return make_directory(HomePage.objects.get(pk=module_home)).pk


@pytest.fixture
def blocks(module_blocks, home):
    # Fresh instances for each test; asking for ``home`` keeps the module's site shared.
    return [Page.objects.get(pk=pk).specific for pk in module_blocks]


@pytest.fixture
def directory(module_directory, home):
    return AdvisorDirectoryPage.objects.get(pk=module_directory)


@pytest.fixture(autouse=True)
def no_directory_unless_asked_for(request, db):
    """A test that does not ask for the directory runs without it, as before the directory was
    shared: if an earlier test of the module built it, it is deleted inside this test's
    savepoint (``db``, set up first), so the next test has it back."""
    if "directory" in request.fixturenames:
        return
    directory = AdvisorDirectoryPage.objects.first()
    if directory is not None:
        for page in Page.objects.filter(translation_key=directory.translation_key):
            page.delete()
    assert not AdvisorDirectoryPage.objects.exists()


@pytest.fixture
def network(blocks, directory):
    """Three advisors: two published (Augustów county; Białystok city and Łapy), one draft."""
    waste, energy, air = (str(block.translation_key) for block in blocks)
    anna = make_certified_advisor("anna", "Anna", "Żelazna")
    make_profile(anna, institution="PUP w Augustowie", counties=["2001"], topics=[waste, air])
    jan = make_certified_advisor("jan", "Jan", "Łoś")
    make_profile(
        jan,
        institution="WUP w Białymstoku",
        counties=["2061"],
        municipalities=["2002063"],
        topics=[energy],
        contact_kind="website",
        contact_value="https://example.org/jan",
    )
    hidden = make_certified_advisor("ukryta", "Ukryta", "Szkicowa")
    make_profile(hidden, published=False, counties=["2001"], topics=[waste])
    return {"waste": waste, "energy": energy, "air": air}


def names(client, url: str) -> list[str]:
    soup = soup_of(client, url)
    return [text_of(h) for h in soup.select(".advisor-card .card__title")]


def test_only_published_profiles_of_eligible_advisors_are_listed(client, network):
    assert names(client, PATHS["pl"]) == ["Anna Żelazna", "Jan Łoś"]
    page = client.get(PATHS["en"]).content.decode()
    assert "Ukryta" not in page and "Szkicowa" not in page and "ukryta@" not in page


def test_a_revoked_certificate_takes_the_advisor_out_of_the_directory(client, network):
    AdvisorProfile.objects.get(user__username="anna").user.certificates.update(
        revoked_at="2026-01-01T10:00:00Z"
    )
    assert names(client, PATHS["en"]) == ["Jan Łoś"]


@pytest.mark.parametrize(
    ("language", "county", "topic", "subregion"),
    [
        ("pl", "powiat augustowski", "Gospodarka odpadami", "subregion suwalski"),
        ("en", "Augustów County", "Waste management", "Suwałki subregion"),
        ("es", "distrito de Augustów", "Gestión de residuos", "subregión de Suwałki"),
    ],
)
def test_the_card_and_the_filters_speak_the_visitors_language(
    client, network, language, county, topic, subregion
):
    soup = soup_of(client, PATHS[language])
    anna = soup.select(".advisor-card")[0]
    assert county in text_of(anna) and topic in text_of(anna)
    assert 'href="mailto:anna@example.org"' in str(anna)
    assert subregion in text_of(soup.select_one("#directory-subregion"))
    assert county in text_of(soup.select_one("#directory-county"))
    assert topic in text_of(soup.select_one("#directory-topic"))
    form = soup.select_one("form.directory-filter")
    assert form.select_one("fieldset legend") is not None
    for select in form.select("select"):
        assert form.select_one(f"label[for={select['id']}]") is not None


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_filter_by_county_counts_municipalities_of_that_county(client, network, language):
    url = PATHS[language]
    assert names(client, f"{url}?county=2001") == ["Anna Żelazna"]
    # Jan serves Łapy, a municipality of Białystok County, and the city of Białystok.
    assert names(client, f"{url}?county=2002") == ["Jan Łoś"]
    assert names(client, f"{url}?county=2061") == ["Jan Łoś"]
    assert names(client, f"{url}?county=2014") == []


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_filter_by_subregion_and_topic(client, network, language):
    url = PATHS[language]
    assert names(client, f"{url}?subregion=PL843") == ["Anna Żelazna"]
    assert names(client, f"{url}?subregion=PL841") == ["Jan Łoś"]
    assert names(client, f"{url}?subregion=PL842") == []
    assert names(client, f"{url}?topic={network['energy']}") == ["Jan Łoś"]
    assert names(client, f"{url}?topic={network['air']}&subregion=PL843") == ["Anna Żelazna"]
    assert names(client, f"{url}?topic={network['air']}&subregion=PL841") == []


def test_no_match_is_said_in_words(client, network):
    soup = soup_of(client, f"{PATHS['en']}?county=2014")
    assert "No advisor matches the chosen area and topic" in text_of(soup)
    assert "Advisors found: 0 of 2." in text_of(soup)


@pytest.mark.parametrize(
    "query",
    ["county=augustowski", "subregion=PL999", "topic=odpady", "county=%00", "topic=" + "x" * 500],
)
def test_an_unknown_filter_value_is_a_bad_request_with_a_message(client, network, query):
    response = client.get(f"{PATHS['en']}?{query}")
    assert response.status_code == 400
    alert = BeautifulSoup(response.content, "html.parser").select_one("[role=alert]")
    assert "Choose" in text_of(alert)


def test_a_page_number_that_does_not_exist_is_not_found(client, network):
    assert client.get(f"{PATHS['en']}?page=9").status_code == 404
    assert client.get(f"{PATHS['en']}?page=abc").status_code == 404


def test_the_directory_paginates_and_keeps_the_filter(client, blocks, directory):
    directory.profiles_per_page = 12
    for number in range(13):
        user = make_certified_advisor(f"adv{number}", "Doradca", f"Numer{number:02d}")
        make_profile(user, counties=["2001"])
    soup = soup_of(client, f"{PATHS['en']}?county=2001")
    assert len(soup.select(".advisor-card")) == 12
    assert soup.select_one("a[rel=next]")["href"] == "?county=2001&page=2"
    assert len(soup_of(client, f"{PATHS['en']}?county=2001&page=2").select(".advisor-card")) == 1


def test_an_empty_directory_says_so(client, blocks, directory):
    soup = soup_of(client, PATHS["en"])
    assert "No advisor has published a profile in the directory yet" in text_of(soup)
    assert soup.select(".advisor-card") == []


def test_unpublished_advisors_are_not_in_search_or_the_sitemap(client, network):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/advisers/" in sitemap
    assert "Szkicowa" not in sitemap and "ukryta" not in sitemap
    for language in ("pl", "en", "es"):
        soup = soup_of(client, f"/{language}/search/?query=Szkicowa")
        assert soup.select(".search-result") == []
        assert "ukryta@example.org" not in str(soup)


def test_an_advisor_without_any_profile_is_nowhere(client, network):
    make_advisor("nikt")
    assert "nikt@" not in client.get(PATHS["pl"]).content.decode()


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("pl", "Znajdź doradcę w swojej okolicy"),
        ("en", "Find an advisor near you"),
        ("es", "Encuentre un asesor cerca de usted"),
    ],
)
def test_the_home_page_leads_visitors_to_the_directory(client, directory, language, label):
    home = soup_of(client, f"/{language}/")

    link = home.find("a", string=label)
    assert link is not None and link["href"] == PATHS[language]


def test_without_a_directory_the_home_page_offers_no_link_to_it(client, home):
    assert "Znajdź doradcę" not in text_of(soup_of(client, "/pl/"))
