"""The contact form: what it asks, how it refuses bad input, where messages go, in each language."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale

from contact.models import ContactPage
from tests.factories import StandardPageFactory, translate_page
from tests.factories_outreach import in_polish, make_contact_page
from tests.translation import translate

VALID = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie w Choroszczy?",
    "privacy_consent": "on",
}
REQUIRED = "This field is required."


@pytest.fixture
def privacy(home):
    return StandardPageFactory(parent=home, title="Ochrona danych", slug="ochrona-danych")


@pytest.fixture
def contact(home, privacy) -> ContactPage:
    return make_contact_page(home, privacy_page=privacy)


def without(field: str) -> dict[str, str]:
    return {name: value for name, value in VALID.items() if name != field}


def test_form_labels_every_field_and_says_which_are_required(client, contact):
    html = client.get(contact.url).content.decode()

    for field_id, label in [
        ("id_imie_i_nazwisko", "Imię i nazwisko"),
        ("id_adres_e_mail", "Adres e-mail"),
        ("id_wiadomosc", "Wiadomość"),
        ("id_privacy_consent", "Zgadzam się na przetwarzanie danych."),
    ]:
        assert f'<label for="{field_id}">{label} <span class="field__required">' in html
    assert 'autocomplete="email"' in html and 'autocomplete="name"' in html


def test_consent_checkbox_is_described_by_the_privacy_notice_and_links_to_it(
    client, contact, privacy
):
    html = client.get(contact.url).content.decode()

    assert 'id="privacy-notice"' in html
    assert 'aria-describedby="privacy-notice"' in html
    assert f'href="{privacy.url}"' in html


def test_page_shows_the_coordinators_details_with_a_phone_link(client, contact):
    html = client.get(contact.url).content.decode()

    assert "Wojewódzki Urząd Pracy w Białymstoku" in html
    assert 'href="tel:+48857497254"' in html


def test_valid_message_is_stored_and_thanked_for(client, contact):
    response = client.post(contact.url, VALID)

    assert response.status_code == 200
    assert "Dziękujemy za wiadomość." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    assert submission.form_data["adres_e_mail"] == "anna@example.org"
    assert submission.form_data["privacy_consent"] is True


def test_valid_message_is_emailed_to_the_office_with_the_sender_to_reply_to(client, home):
    page = make_contact_page(home, to_address="kontakt@example.org, wup@example.org")

    client.post(page.url, VALID)

    (message,) = mail.outbox
    assert message.to == ["kontakt@example.org", "wup@example.org"]
    assert message.reply_to == ["anna@example.org"]
    assert "Wiadomość: Kiedy odbędzie się spotkanie w Choroszczy?" in message.body
    assert "Zgadzam się" not in message.body


def test_without_a_to_address_nothing_is_mailed_but_the_message_is_kept(client, contact):
    client.post(contact.url, VALID)

    assert mail.outbox == []
    assert FormSubmission.objects.filter(page=contact).count() == 1


@pytest.mark.parametrize("missing", ["imie_i_nazwisko", "adres_e_mail", "wiadomosc"])
def test_missing_field_answers_400_with_the_message_and_keeps_what_was_typed(
    client, contact, missing
):
    response = client.post(contact.url, without(missing))

    html = response.content.decode()
    assert response.status_code == 400
    assert f'href="#id_{missing}"' in html  # the error summary leads to the field
    assert in_polish(REQUIRED) in html
    assert 'aria-invalid="true"' in html
    kept = next(value for name, value in VALID.items() if name not in (missing, "privacy_consent"))
    assert kept in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_bad_email_answers_400_with_a_message(client, contact):
    response = client.post(contact.url, {**VALID, "adres_e_mail": "anna(at)example"})

    assert response.status_code == 400
    assert in_polish("Enter a valid email address.") in response.content.decode()
    assert 'value="anna(at)example"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_missing_consent_answers_400_and_stores_nothing(client, contact):
    response = client.post(contact.url, without("privacy_consent"))

    html = response.content.decode()
    assert response.status_code == 400
    assert in_polish("Please confirm that you agree to the privacy notice.") in html
    assert 'aria-describedby="privacy-notice id_privacy_consent_error"' in html
    assert not FormSubmission.objects.exists()


def test_overlong_message_answers_400(client, contact):
    response = client.post(contact.url, {**VALID, "wiadomosc": "x" * 5001})

    assert response.status_code == 400
    assert not FormSubmission.objects.exists()


def test_editor_sees_consent_among_the_submission_columns(contact):
    assert "privacy_consent" in dict(contact.get_data_fields())


@pytest.fixture
def spanish_contact(contact, privacy):
    translate_page(privacy, "es", title="Protección de datos", slug="proteccion-de-datos")
    catalogue = {
        "Kontakt": "Contacto",
        "kontakt": "contacto",
        "Pytania prosimy kierować do koordynatora.": "Diríjase a la coordinadora.",
        "Koordynator projektu": "Coordinadora del proyecto",
        "Wojewódzki Urząd Pracy w Białymstoku": "Oficina Regional de Empleo de Białystok",
        "85 74 97 254": "+48 85 74 97 254",
        "Dane przetwarzamy wyłącznie w celu odpowiedzi.": "Tratamos los datos solo para responder.",
        "Zgadzam się na przetwarzanie danych.": "Acepto el tratamiento de mis datos.",
        "Dziękujemy za wiadomość.": "Gracias por su mensaje.",
        "Imię i nazwisko": "Nombre y apellidos",
        "Adres e-mail": "Correo electrónico",
        "Wiadomość": "Mensaje",
    }
    return translate(contact, Locale.objects.get(language_code="es"), catalogue).specific


def test_translated_contact_page_shows_spanish_labels(client, spanish_contact):
    html = client.get(spanish_contact.url).content.decode()

    for label in ["Nombre y apellidos", "Correo electrónico", "Mensaje", "Acepto el tratamiento"]:
        assert label in html
    assert "Imię i nazwisko" not in html
    assert 'href="/es/proteccion-de-datos/"' in html
    assert 'href="tel:+48857497254">+48 85 74 97 254</a>' in html


def test_spanish_answers_are_stored_under_the_same_names_as_polish_ones(client, spanish_contact):
    response = client.post(spanish_contact.url, VALID)

    assert response.status_code == 200
    assert "Gracias por su mensaje." in response.content.decode()
    assert (
        FormSubmission.objects.get(page=spanish_contact).form_data["wiadomosc"]
        == (VALID["wiadomosc"])
    )


def test_spanish_form_fields_are_spanish_translations_of_the_polish_ones(spanish_contact, contact):
    polish = {field.translation_key: field for field in contact.form_fields.all()}

    for field in spanish_contact.form_fields.all():
        assert field.locale.language_code == "es"
        assert polish[field.translation_key].clean_name == field.clean_name
