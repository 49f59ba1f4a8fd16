"""The contact form in a real browser: keyboard alone, errors, the editor's view, WCAG 2.1 AA."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from tests.factories import StandardPageFactory, translate_page
from tests.factories_outreach import make_contact_page
from tests.translation import translate

CATALOGUES = {
    "en": {
        "Kontakt": "Contact",
        "kontakt": "contact",
        "Imię i nazwisko": "Name",
        "Adres e-mail": "Email address",
        "Wiadomość": "Message",
        "Zgadzam się na przetwarzanie danych.": "I agree to the processing of my data.",
    },
    "es": {
        "Kontakt": "Contacto",
        "kontakt": "contacto",
        "Imię i nazwisko": "Nombre y apellidos",
        "Adres e-mail": "Correo electrónico",
        "Wiadomość": "Mensaje",
        "Zgadzam się na przetwarzanie danych.": "Acepto el tratamiento de mis datos.",
    },
}
# Texts the test pages share with the Polish source; English and Spanish get their own.
COMMON = {
    "en": {
        "Pytania prosimy kierować do koordynatora.": "Please address questions to the coordinator.",
        "Koordynator projektu": "Project coordinator",
        "Wojewódzki Urząd Pracy w Białymstoku": "Regional Labour Office in Białystok",
        "85 74 97 254": "+48 85 74 97 254",
        "Dane przetwarzamy wyłącznie w celu odpowiedzi.": "We process the data only to reply.",
        "Dziękujemy za wiadomość.": "Thank you for your message.",
    },
    "es": {
        "Pytania prosimy kierować do koordynatora.": "Diríjase a la coordinadora.",
        "Koordynator projektu": "Coordinadora del proyecto",
        "Wojewódzki Urząd Pracy w Białymstoku": "Oficina Regional de Empleo de Białystok",
        "85 74 97 254": "+48 85 74 97 254",
        "Dane przetwarzamy wyłącznie w celu odpowiedzi.": "Tratamos los datos solo para responder.",
        "Dziękujemy za wiadomość.": "Gracias por su mensaje.",
    },
}


@pytest.fixture
def contact(site):
    privacy = StandardPageFactory(parent=site, title="Ochrona danych", slug="ochrona-danych")
    translate_page(privacy, "en", title="Privacy", slug="privacy")
    translate_page(privacy, "es", title="Privacidad", slug="privacidad")
    page = make_contact_page(site, privacy_page=privacy)
    for code, catalogue in CATALOGUES.items():
        translate(page, Locale.objects.get(language_code=code), {**catalogue, **COMMON[code]})
    return page


def tab_to(visitor, element_id: str, limit: int = 80) -> None:
    """Press Tab until the element has focus, as a keyboard user moves through the page."""
    for _ in range(limit):
        visitor.keyboard.press("Tab")
        if visitor.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} cannot be reached with the Tab key")


def focused(visitor) -> str:
    return visitor.evaluate("document.activeElement.id")


def test_visitor_sends_a_message_by_keyboard_and_an_editor_sees_it(visitor, contact):
    visitor.goto("/pl/kontakt/")

    tab_to(visitor, "id_imie_i_nazwisko")
    visitor.keyboard.type("Anna Nowak")
    visitor.keyboard.press("Tab")
    assert focused(visitor) == "id_adres_e_mail"
    visitor.keyboard.type("anna@example.org")
    visitor.keyboard.press("Tab")
    assert focused(visitor) == "id_wiadomosc"
    visitor.keyboard.type("Kiedy odbędzie się spotkanie w Choroszczy?")
    visitor.keyboard.press("Tab")
    assert focused(visitor) == "id_privacy_consent"
    visitor.keyboard.press("Space")
    visitor.keyboard.press("Tab")
    visitor.keyboard.press("Enter")

    expect(visitor.locator("main p.notice")).to_contain_text("Dziękujemy za wiadomość.")
    submission = FormSubmission.objects.get(page=contact)
    assert submission.form_data["imie_i_nazwisko"] == "Anna Nowak"

    get_user_model().objects.create_superuser("redaktor", password="zmp-demo")
    visitor.goto("/admin/login/")
    visitor.fill("input[name=username]", "redaktor")
    visitor.fill("input[name=password]", "zmp-demo")
    visitor.click("button[type=submit]")
    visitor.wait_for_url("**/admin/")
    visitor.goto("/admin/forms/")
    visitor.locator(f"a[href$='/admin/forms/submissions/{contact.pk}/']").first.click()
    expect(visitor.locator("main")).to_contain_text("Anna Nowak")
    expect(visitor.locator("main")).to_contain_text("Kiedy odbędzie się spotkanie w Choroszczy?")


def test_a_form_sent_incomplete_comes_back_with_errors_to_follow(visitor, contact, axe):
    visitor.goto("/pl/kontakt/")
    visitor.fill("#id_imie_i_nazwisko", "Anna Nowak")

    # The page the form's POST answers with (not the token fetch before it).
    with visitor.expect_response(lambda response: response.request.method == "POST") as sent:
        visitor.locator("main button[type=submit]").click()
    visitor.wait_for_load_state()

    assert sent.value.status == 400
    summary = visitor.locator("#form-errors")
    expect(summary).to_be_visible()
    expect(visitor.locator("#id_imie_i_nazwisko")).to_have_value("Anna Nowak")
    expect(visitor.locator("#id_adres_e_mail")).to_have_attribute("aria-invalid", "true")
    summary.locator("a[href='#id_adres_e_mail']").click()
    assert focused(visitor) == "id_adres_e_mail"
    axe(visitor)
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize(
    ("language", "path", "label"),
    [
        ("pl", "/pl/kontakt/", "Imię i nazwisko"),
        ("en", "/en/contact/", "Name"),
        ("es", "/es/contacto/", "Nombre y apellidos"),
    ],
)
def test_contact_page_meets_wcag_22_aa(visitor, contact, axe, language, path, label):
    visitor.goto(path)

    assert visitor.locator("html").get_attribute("lang") == language
    expect(visitor.get_by_label(label, exact=False).first).to_be_visible()
    axe(visitor)
    visitor.locator("main button[type=submit]").click()
    expect(visitor.locator("#form-errors")).to_be_visible()
    axe(visitor)
