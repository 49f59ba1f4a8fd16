"""A word finds the pages that use it in another form, in Polish, English and Spanish.

The pairs are forms that occur in the demo content (content/pages/, the site and
the lessons): each test builds a page with one form and searches for the other.
"""

import re

import pytest

from tests.factories_search import language_homes, text_page

POLISH_PAIRS = [
    ("odpadów", "Selektywna zbiórka: odpady komunalne trafiają do sortowni."),
    ("odpady", "Gospodarka odpadami w gminie."),
    ("pompy ciepła", "Pompa ciepła ogrzewa szkołę."),
    ("pomp ciepła", "Pompa ciepła ogrzewa szkołę."),
    ("doradców", "Doradcy zawodowi pomagają bezrobotnym."),
    ("szkoleniach", "Szkolenia odbyły się w Białymstoku."),
    ("stażu", "Staże u pracodawców trwały trzy miesiące."),
    ("oczyszczalni", "Oczyszczalnie ścieków zatrudniają technologów."),
    ("odnawialnych źródeł", "Odnawialne źródła energii w regionie."),
    ("partnerów", "Partnerzy z Hiszpanii i Wielkiej Brytanii."),
    ("pracodawców", "Pracodawcy szukają pracowników."),
    ("recyklingu", "Recykling tworzywa sztucznego."),
    ("kompetencji", "Kompetencje zielonych pracowników."),
    ("emisji", "Emisja gazów cieplarnianych spada."),
    ("zielonych miejsc pracy", "Zielone miejsca pracy w województwie podlaskim."),
]
ENGLISH_PAIRS = [
    ("heat pump", "Heat pumps warm the school."),
    ("heat pumps", "A heat pump warms the school."),
    ("advisers", "The adviser met employers."),
    ("wastewater treatment plant", "Wastewater treatment plants employ technicians."),
    ("emissions", "The emission of greenhouse gases."),
]
SPANISH_PAIRS = [
    ("aguas residuales", "Depuración del agua residual urbana."),
    ("bombas de calor", "Una bomba de calor calienta la escuela."),
    ("asesores", "El asesor se reunió con empresas."),
    ("depuradora", "Las depuradoras emplean a técnicos."),
    ("empleos verdes", "El empleo verde en Extremadura."),
]


@pytest.fixture
def homes(home):
    return language_homes(home)


def found_titles(client, language: str, query: str) -> list[str]:
    html = client.get(f"/{language}/search/", {"query": query}).content.decode()
    return re.findall(r'<h3 class="search-result__title"><a [^>]*>.*?</a>', html)


def check(client, homes, language: str, query: str, text: str) -> None:
    text_page(homes[language], "Strona z innym słowem", body=text)
    text_page(homes[language], "Strona bez tego słowa", body="Zupełnie inna treść, nic wspólnego.")

    found = " ".join(found_titles(client, language, query))

    assert "Strona z innym słowem" in found, (query, text)
    assert "Strona bez tego słowa" not in found


@pytest.mark.parametrize(("query", "text"), POLISH_PAIRS)
def test_a_polish_word_finds_its_other_forms(client, homes, query, text):
    check(client, homes, "pl", query, text)


@pytest.mark.parametrize(("query", "text"), ENGLISH_PAIRS)
def test_an_english_word_finds_its_other_forms(client, homes, query, text):
    check(client, homes, "en", query, text)


@pytest.mark.parametrize(("query", "text"), SPANISH_PAIRS)
def test_a_spanish_word_finds_its_other_forms(client, homes, query, text):
    check(client, homes, "es", query, text)


def test_polish_words_typed_without_diacritics_are_found(client, homes):
    check(client, homes, "pl", "pompa ciepla", "Pompa ciepła ogrzewa szkołę.")


def test_the_other_form_is_marked_in_the_snippet(client, homes):
    text_page(homes["pl"], "Sieć", body="Doradcy zawodowi pomagają bezrobotnym.")

    html = client.get("/pl/search/", {"query": "doradców"}).content.decode()

    assert "<mark>Doradcy</mark> zawodowi" in html


def test_a_word_is_lemmatised_in_the_language_of_the_tree_searched(client, homes):
    # "pumps" is an English plural; on the Polish site it is just an unknown word.
    text_page(homes["en"], "Pump house", body="The pump house.")
    text_page(homes["pl"], "Pump house po polsku", body="Pump house.")

    assert len(found_titles(client, "en", "pumps")) == 1
    assert found_titles(client, "pl", "pumps") == []
