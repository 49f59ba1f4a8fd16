"""The accessibility statement: the document the Polish technical conditions prescribe.

"Warunki techniczne publikacji oraz struktura dokumentu elektronicznego Deklaracji
Dostępności", version 2.0 of 31 July 2024 (Ministerstwo Cyfryzacji): the ids an automated
reader looks for, the sentences it prescribes, the meta tag every page names the statement
with, and the admin's reminder of the yearly review by 31 March.
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Page

from home.models import AccessibilityStatementPage, ComplianceStatus, last_review_deadline
from tests.factories import (
    AccessibilityStatementPageFactory,
    StandardPageFactory,
    locale,
    translate_page,
)
from tests.html import soup_of, text_of
from tests.roles import ADVISOR, build_dataset

LANGUAGES = ["pl", "en", "es"]

# Every id of the technical conditions, nested as they prescribe (parent: children).
REQUIRED_IDS = [
    "a11y-deklaracja",
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-zakres",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-aplikacje",
    "a11y-architektura",
    "a11y-komunikacja",
]
WHEN_GIVEN_IDS = ["a11y-ocena", "a11y-data-przeglad", "a11y-audytor", "a11y-architektura-url"]
NESTING = {
    "a11y-wstep": ["a11y-podmiot", "a11y-zakres", "a11y-url"],
    "a11y-zakres": ["a11y-url"],
    "a11y-kontakt": ["a11y-osoba", "a11y-email", "a11y-telefon"],
    "a11y-architektura": ["a11y-architektura-url"],
}
DATE_IDS = {
    "a11y-data-publikacja": "2019-09-23",
    "a11y-data-aktualizacja": "2025-11-04",
    "a11y-data-sporzadzenie": "2020-03-30",
    "a11y-data-przeglad": "2026-03-20",
}
HEADINGS = {
    "pl": {
        "h1": ["Deklaracja dostępności"],
        "h2": [
            "Stan dostępności cyfrowej",
            "Niedostępne treści",
            "Przygotowanie deklaracji dostępności",
            "Udogodnienia, ograniczenia i inne informacje",
            "Skróty klawiszowe",
            "Informacje zwrotne i dane kontaktowe",
            "Obsługa wniosków i skarg związanych z dostępnością",
            "Pozostałe informacje",
        ],
        "h3": [
            "Niezgodność z załącznikiem",
            "Nadmierne koszty",
            "Treści nieobjęte przepisami",
            "Aplikacje mobilne",
            "Dostępność architektoniczna",
            "Dostępność komunikacyjno-informacyjna",
        ],
    },
    "en": {
        "h1": ["Accessibility statement"],
        "h2": [
            "Compliance status",
            "Inaccessible content",
            "Preparation of this accessibility statement",
            "Facilities, limitations and other information",
            "Keyboard shortcuts",
            "Feedback and contact information",
            "Handling requests and complaints about accessibility",
            "Other information",
        ],
        "h3": [
            "Non-compliance with the annex",
            "Disproportionate burden",
            "Content outside the scope of the Act",
            "Mobile apps",
            "Architectural accessibility",
            "Communication and information accessibility",
        ],
    },
    "es": {
        "h1": ["Declaración de accesibilidad"],
        "h2": [
            "Situación de cumplimiento",
            "Contenido no accesible",
            "Preparación de la presente declaración de accesibilidad",
            "Facilidades, limitaciones y otra información",
            "Atajos de teclado",
            "Comentarios y datos de contacto",
            "Tramitación de solicitudes y reclamaciones sobre accesibilidad",
            "Otra información",
        ],
        "h3": [
            "Incumplimiento del anexo",
            "Carga desproporcionada",
            "Contenido fuera del ámbito de aplicación de la Ley",
            "Aplicaciones móviles",
            "Accesibilidad arquitectónica",
            "Accesibilidad de la comunicación y la información",
        ],
    },
}
# As the technical conditions word them (in Polish, the source language).
POLISH_STATUS = {
    ComplianceStatus.COMPLIANT: (
        "Strona internetowa jest zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności"
        " cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych."
    ),
    ComplianceStatus.PARTIALLY_COMPLIANT: (
        "Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o"
        " dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych"
        " z powodu niezgodności lub wyłączeń wymienionych poniżej."
    ),
    ComplianceStatus.NOT_COMPLIANT: (
        "Strona internetowa jest niezgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności"
        " cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu"
        " niezgodności lub wyłączeń wymienionych poniżej."
    ),
}


def date(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def full_statement(home: Page) -> AccessibilityStatementPage:
    """A statement with every field filled in, in Polish, English and Spanish."""
    statement = AccessibilityStatementPageFactory(
        parent=home,
        website_name="Zielone miejsca pracy",
        website_url="https://zielone.example.pl/",
        published_date=date(DATE_IDS["a11y-data-publikacja"]),
        updated_date=date(DATE_IDS["a11y-data-aktualizacja"]),
        compliance_status=ComplianceStatus.PARTIALLY_COMPLIANT,
        status_note="<p>Celem jest WCAG 2.1 AA.</p>",
        inaccessible_content=[
            (
                "non_compliance",
                {"content": "Mapa partnerów", "reason": "Brak opisu.", "alternative": "Lista."},
            ),
            (
                "disproportionate_burden",
                {"content": "Archiwum filmów", "reason": "", "alternative": ""},
            ),
        ],
        burden_assessment_url="https://zielone.example.pl/analiza.pdf",
        exemptions=[("exemption", {"content": "Dokumenty z 2017 r.", "reason": "Sprzed 2018 r."})],
        prepared_date=date(DATE_IDS["a11y-data-sporzadzenie"]),
        last_review_date=date(DATE_IDS["a11y-data-przeglad"]),
        assessment_method="third-party",
        auditor="Fundacja Audytów",
        additional_information="<p>Strona w trzech językach.</p>",
        keyboard_shortcuts="<p>Standardowe skróty przeglądarki.</p>",
        contact_person="Anna Nowak",
        contact_email="dostepnosc@example.pl",
        contact_phone="+48 85 000 00 00",
        procedure="<p>Każdy ma prawo wystąpić z żądaniem.</p>",
        mobile_apps="<p>Nie mamy aplikacji.</p>",
        architecture="<p>Wejście bez progów.</p>",
        architecture_url="https://zielone.example.pl/budynek",
        communication="<p>Pętla indukcyjna.</p>",
        sign_language="<p>Tłumacz PJM online.</p>",
    )
    translate_page(statement, "en", title="Accessibility statement", slug="accessibility-statement")
    translate_page(statement, "es", title="Declaración", slug="declaracion-de-accesibilidad")
    return statement


def in_language(page: Page, code: str) -> Page:
    return page if code == "pl" else page.get_translation(locale(code))


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_statement_shows_every_element_and_id_of_the_technical_conditions(home, client, code):
    statement = in_language(full_statement(home), code)

    soup = soup_of(client, statement.url)

    for element_id in REQUIRED_IDS + WHEN_GIVEN_IDS:
        assert len(soup.find_all(id=element_id)) == 1, element_id
    for parent, children in NESTING.items():
        for child in children:
            assert soup.find(id=parent).find(id=child) is not None, f"{child} in {parent}"
    for element_id, iso in DATE_IDS.items():
        element = soup.find(id=element_id)
        assert element.name == "time" and element["datetime"] == iso and text_of(element) == iso
    for level, texts in HEADINGS[code].items():
        assert [text_of(h) for h in soup.find("article").find_all(level)] == texts
    assert text_of(soup.find(id="a11y-podmiot")) == "Wojewódzki Urząd Pracy w Białymstoku"
    assert soup.find(id="a11y-url")["href"] == "https://zielone.example.pl/"
    assert text_of(soup.find(id="a11y-url")) == "Zielone miejsca pracy"
    assert soup.find(id="a11y-ocena")["href"] == "https://zielone.example.pl/analiza.pdf"
    assert text_of(soup.find(id="a11y-audytor")) == "Fundacja Audytów"
    assert text_of(soup.find(id="a11y-osoba")) == "Anna Nowak"
    assert soup.find(id="a11y-email")["href"] == "mailto:dostepnosc@example.pl"
    assert text_of(soup.find(id="a11y-telefon")) == "+48 85 000 00 00"
    assert "Tłumacz PJM online." in text_of(soup.find(id="a11y-komunikacja"))
    assert "Mapa partnerów" in text_of(soup.find("article"))


def test_an_empty_statement_keeps_the_structure_and_says_what_is_not_given(home, client):
    statement = AccessibilityStatementPageFactory(parent=home)

    soup = soup_of(client, statement.url)

    for element_id in REQUIRED_IDS:
        assert len(soup.find_all(id=element_id)) == 1, element_id
    for element_id in WHEN_GIVEN_IDS:
        assert soup.find(id=element_id) is None, element_id
    for element_id in ["a11y-data-publikacja", "a11y-osoba", "a11y-email", "a11y-telefon"]:
        assert text_of(soup.find(id=element_id)) == "nie podano", element_id
    assert "Nie określono" in text_of(soup.find(id="a11y-status"))
    assert "Niedostępne treści" not in text_of(soup)
    # Without an address of its own, the statement is about this site, in the page's language.
    assert soup.find(id="a11y-url")["href"] == home.full_url


@pytest.mark.parametrize("status", list(POLISH_STATUS))
def test_the_compliance_status_reads_as_the_technical_conditions_word_it(home, client, status):
    statement = AccessibilityStatementPageFactory(parent=home, compliance_status=status)

    soup = soup_of(client, statement.url)

    assert text_of(soup.find(id="a11y-status")) == POLISH_STATUS[status]


def meta_statement(client, url: str) -> str:
    tags = soup_of(client, url).find_all("meta", attrs={"name": "deklaracja-dostępności"})
    assert len(tags) == 1, url
    return tags[0]["content"]


def test_every_page_names_the_statement_in_its_own_language(home, client):
    dataset = build_dataset(home)
    statement = full_statement(dataset.home)
    address = {code: in_language(statement, code).full_url for code in LANGUAGES}
    client.force_login(dataset.users[ADVISOR])
    for page in dataset.pages.values():
        for code in ["pl", "es"]:
            translated = page if code == "pl" else page.get_translation_or_none(locale(code))
            if translated is None or not translated.live:
                continue
            assert meta_statement(client, translated.url) == address[code], translated.url
    for code in LANGUAGES:
        assert meta_statement(client, in_language(statement, code).url) == address[code]
        assert meta_statement(client, f"/{code}/search/") == address[code]


def test_a_language_without_its_statement_names_the_default_one(home, client):
    statement = AccessibilityStatementPageFactory(parent=home)
    english_page = translate_page(StandardPageFactory(parent=home), "en", slug="about")

    assert meta_statement(client, english_page.url) == statement.full_url
    assert meta_statement(client, "/en/") == statement.full_url


def test_no_statement_no_meta_tag(home, client):
    soup = soup_of(client, "/pl/")

    assert soup.find("meta", attrs={"name": "deklaracja-dostępności"}) is None


@pytest.mark.parametrize(
    ("today", "reviewed", "due"),
    [
        ("2026-05-10", "2026-03-31", False),
        ("2026-05-10", "2026-03-30", True),
        ("2026-02-01", "2025-04-01", False),
        ("2026-02-01", "2025-03-30", True),
    ],
)
def test_a_statement_is_due_its_review_when_not_reviewed_since_the_last_31_march(
    today, reviewed, due
):
    statement = AccessibilityStatementPage(prepared_date=date(reviewed))

    assert statement.is_review_due(date(today)) is due
    assert last_review_deadline(date(today)) <= date(today)


def test_the_admin_reminds_editors_when_the_statement_was_last_reviewed_before_31_march(
    home, client
):
    statement = AccessibilityStatementPageFactory(parent=home, title="Deklaracja WUP")
    deadline = last_review_deadline(timezone.localdate())
    client.force_login(get_user_model().objects.create_superuser("admin", "admin@example.pl"))
    reminder = "Deklaracja dostępności czeka na coroczny przegląd"

    statement.last_review_date = deadline - datetime.timedelta(days=1)
    statement.save_revision().publish()
    html = client.get("/admin/").content.decode()
    assert reminder in html
    assert "Deklaracja WUP" in html and f"/admin/pages/{statement.pk}/edit/" in html

    statement.last_review_date = deadline
    statement.save_revision().publish()
    assert reminder not in client.get("/admin/").content.decode()
