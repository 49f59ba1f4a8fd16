"""Oversized or unwanted uploads are refused with a message, never stored, never a 500."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from tests.factories import translate_page
from tests.factories_outreach import make_contact_page

MESSAGE = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie?",
    "privacy_consent": "on",
}
BAD_REQUEST = "The site could not process what your browser sent"


@pytest.fixture
def contact_en(home):
    page = make_contact_page(home)
    return translate_page(page, "en", title="Contact", slug="contact")


@pytest.fixture
def editor(client, admin_user):
    """An administrator whose admin, and browser, speak English."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_user


def png(size: tuple[int, int] = (8, 8)) -> bytes:
    output = io.BytesIO()
    PILImage.new("RGB", size, "green").save(output, "PNG")
    return output.getvalue()


def text_of(response) -> str:
    return (
        BeautifulSoup(response.content, "html.parser")
        .get_text(" ", strip=True)
        .replace("\xa0", " ")
    )


def test_the_settings_cap_uploads_at_the_largest_document_plus_its_form():
    assert settings.ZMP_MAX_UPLOAD_SIZE == settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024
    assert settings.FILE_UPLOAD_HANDLERS[0] == "core.uploads.UploadSizeLimitHandler"


@override_settings(ZMP_MAX_UPLOAD_SIZE=50 * 1024)
def test_a_file_sent_with_the_contact_form_above_the_cap_gets_the_bad_request_page(
    client, contact_en
):
    attachment = SimpleUploadedFile("big.bin", b"x" * 60 * 1024)

    response = client.post(contact_en.url, {**MESSAGE, "attachment": attachment})

    assert response.status_code == 400
    assert BAD_REQUEST in text_of(response)


@override_settings(ZMP_MAX_UPLOAD_SIZE=50 * 1024)
def test_a_small_file_with_the_contact_form_does_not_stop_the_message(client, contact_en):
    attachment = SimpleUploadedFile("note.txt", b"x" * 1024)

    response = client.post(contact_en.url, {**MESSAGE, "attachment": attachment})

    assert response.status_code == 200


def test_form_data_above_the_memory_limit_gets_the_bad_request_page(client, contact_en):
    message = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = client.post(
        contact_en.url,
        f"wiadomosc={message}",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 400
    assert BAD_REQUEST in text_of(response)


def test_too_many_form_fields_get_the_bad_request_page(client, contact_en):
    fields = "&".join(f"f{n}=x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))

    response = client.post(contact_en.url, fields, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert BAD_REQUEST in text_of(response)


@override_settings(ZMP_MAX_UPLOAD_SIZE=50 * 1024)
def test_a_document_above_the_upload_cap_is_refused_and_not_stored(client, editor, home):
    big = SimpleUploadedFile("report.pdf", b"%PDF-1.4 " + b"x" * 60 * 1024)

    response = client.post(
        "/admin/documents/add/", {"title": "Report", "file": big, "collection": 1}
    )

    assert response.status_code == 400
    assert BAD_REQUEST in text_of(response)
    assert not Document.objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=10 * 1024)
def test_a_document_above_wagtails_limit_is_refused_with_the_limit_on_the_form(
    client, editor, home
):
    big = SimpleUploadedFile("report.pdf", b"%PDF-1.4 " + b"x" * 20 * 1024)

    response = client.post(
        "/admin/documents/add/", {"title": "Report", "file": big, "collection": 1}
    )

    assert "This file is too big (20.0 KB). Maximum filesize 10.0 KB." in text_of(response)
    assert not Document.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_an_image_above_wagtails_limit_is_refused_with_the_limit_on_the_form(client, editor):
    image = SimpleUploadedFile("photo.png", png((400, 400)), "image/png")

    response = client.post("/admin/images/add/", {"title": "Photo", "file": image})

    assert "This file is too big" in text_of(response)
    assert not Image.objects.exists()


def test_svg_images_are_not_accepted(client, editor):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    image = SimpleUploadedFile("logo.svg", svg, "image/svg+xml")

    response = client.post("/admin/images/add/", {"title": "Logo", "file": image})

    assert "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP." in (
        text_of(response)
    )
    assert not Image.objects.exists()


def test_an_ordinary_image_is_still_uploaded(client, editor):
    image = SimpleUploadedFile("photo.png", png(), "image/png")

    root = Collection.get_first_root_node()
    data = {"title": "Photo", "file": image, "collection": root.pk}

    response = client.post("/admin/images/add/", data)

    assert response.status_code == 302
    assert Image.objects.get().title == "Photo"
