"""Certificates as signed digital credentials (Open Badges 3.0, VC-JOSE-COSE), checked on the
verification page and offline; and the PDF, rendered in the background and kept."""

from __future__ import annotations

import base64
import io
import json

import pytest
from bs4 import BeautifulSoup
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django_tasks import default_task_backend
from joserfc import jws
from joserfc.jwk import KeySet
from pypdf import PdfReader

from accounts.erasure import erase
from accounts.models import ErasureRequest
from certificates import credentials, keys, pdf, revocation, tasks
from certificates.models import Certificate, SigningKey, StoredPdf
from tests.factories_elearning import (
    answers,
    make_advisor,
    quiz_of,
    start,
    submit,
    translate_course,
)
from tests.test_advisor_certificate import TITLES, earn, make_blocks
from tests.test_certificates import complete_lessons, pass_course, text_of
from tests.test_certificates import course as course  # noqa: F401 - a fixture
from tests.test_certificates import signed_in as signed_in  # noqa: F401 - a fixture

JWKS_URL = "/.well-known/jwks.json"


@pytest.fixture
def blocks(home):
    """The five training blocks (``tests.test_advisor_certificate``), built for each test."""
    return make_blocks(home)


@pytest.fixture
def advisor(db):
    user = make_advisor("lucja")
    user.first_name, user.last_name = "Łucja", "Żółkiewska"
    user.save()
    return user


def download_credential(client, certificate: Certificate, language: str = "pl") -> str:
    response = client.get(f"/{language}/certificates/mine/{certificate.code}/credential/")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/vc+jwt"
    assert "no-store" in response["Cache-Control"]
    assert f"certificate-{certificate.code}-{language}.jwt" in response["Content-Disposition"]
    return response.content.decode()


def payload_of(token: str) -> dict:
    segment = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))


def published_keys(client) -> KeySet:
    response = client.get(JWKS_URL)
    assert response.status_code == 200
    return KeySet.import_key_set(response.json())


def with_one_character_changed(token: str, segment: int) -> str:
    """``token`` with one character in the middle of its ``segment``-th part changed."""
    parts = token.split(".")
    middle = len(parts[segment]) // 2
    changed = "B" if parts[segment][middle] != "B" else "C"
    parts[segment] = parts[segment][:middle] + changed + parts[segment][middle + 1 :]
    return ".".join(parts)


def upload(client, content: bytes, name: str = "certificate.jwt", language: str = "pl"):
    return client.post(
        f"/{language}/certificates/verify/credential/",
        {"credential": SimpleUploadedFile(name, content, content_type="application/octet-stream")},
    )


def new_key_file(path) -> str:
    """A P-256 private key in a PEM file, as `openssl genpkey` writes one."""
    key = ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return str(path)


# The credential -----------------------------------------------------------------------------


def test_the_credential_is_an_open_badge_naming_the_holder_and_the_course(signed_in, course):
    certificate = pass_course(signed_in, course)

    content = payload_of(download_credential(signed_in, certificate))

    assert content["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert content["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert content["id"] == f"http://localhost/pl/certificates/verify/{certificate.code}/"
    assert content["issuer"]["type"] == ["Profile"]
    assert content["issuer"]["id"] == content["issuer"]["url"] == "http://localhost/"
    assert content["issuer"]["name"] == "Wojewódzki Urząd Pracy w Białymstoku"
    assert content["validFrom"].startswith(certificate.issued_at.strftime("%Y-%m-%dT"))
    subject = content["credentialSubject"]
    assert subject["name"] == "Łucja Żółkiewska"
    assert subject["identifier"][0]["identityHash"] == "Łucja Żółkiewska"
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["id"] == f"urn:uuid:{course.translation_key}"
    assert achievement["name"] == course.title
    assert course.title in achievement["description"] and "100%" in achievement["description"]
    assert achievement["criteria"]["narrative"]


def test_the_course_is_named_in_the_language_of_the_download(signed_in, course):
    translate_course(course, "en")
    certificate = pass_course(signed_in, course)

    english = payload_of(download_credential(signed_in, certificate, "en"))

    assert english["credentialSubject"]["achievement"]["name"] == "Course (en)"
    assert english["id"].endswith(f"/en/certificates/verify/{certificate.code}/")
    assert english["credentialSubject"]["achievement"]["inLanguage"] == "en"


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_the_advisor_credential_is_titled_in_each_language(signed_in, blocks, language):
    certificate = earn(signed_in, blocks)

    content = payload_of(download_credential(signed_in, certificate, language))

    assert content["name"] == TITLES[language]
    assert content["credentialSubject"]["achievement"]["name"] == TITLES[language]
    assert content["credentialSubject"]["name"] == "Łucja Żółkiewska"


def test_only_the_holder_downloads_it_and_only_while_it_stands(signed_in, advisor, course):
    certificate = pass_course(signed_in, course)
    url = f"/pl/certificates/mine/{certificate.code}/credential/"
    other = Client()
    other.force_login(make_advisor("other"))

    assert other.get(url).status_code == 404
    anonymous = Client().get(url)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    revocation.revoke(certificate, reason="Pomyłka", by=None)
    assert signed_in.get(url).status_code == 404


# The signature ------------------------------------------------------------------------------


def test_the_signature_checks_with_the_key_set_the_site_publishes(signed_in, course):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)

    response = Client().get(JWKS_URL)

    assert "public" in response["Cache-Control"] and "max-age=3600" in response["Cache-Control"]
    assert all("d" not in key for key in response.json()["keys"])  # no private part
    header = jws.extract_compact(token.encode()).headers()
    assert header["typ"] == "vc+jwt" and header["alg"] == "ES256"
    key = published_keys(signed_in).get_by_kid(header["kid"])
    verified = jws.deserialize_compact(token, key, algorithms=["ES256"])
    assert json.loads(verified.payload)["id"].endswith(f"/verify/{certificate.code}/")


@pytest.mark.parametrize("segment", [0, 1, 2], ids=["header", "payload", "signature"])
def test_one_changed_character_breaks_the_signature(signed_in, course, segment):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)
    key_set = published_keys(signed_in)
    assert credentials.check(token, key_set).code == certificate.code

    with pytest.raises(credentials.BadSignature):
        credentials.check(with_one_character_changed(token, segment), key_set)


def test_the_last_character_of_the_signature_cannot_be_swapped_for_a_lookalike(signed_in, course):
    # Its two spare bits decode alike in lenient base64: only the canonical spelling is taken.
    token = download_credential(signed_in, pass_course(signed_in, course))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    last = alphabet.index(token[-1])
    lookalike = token[:-1] + alphabet[last ^ 1]

    with pytest.raises(credentials.BadSignature):
        credentials.check(lookalike, published_keys(signed_in))


def test_a_credential_signed_with_another_key_does_not_check(signed_in, course, settings, tmp_path):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)
    # Another site's key set: a key of its own, none of ours.
    foreign = KeySet([keys.load_key_file(new_key_file(tmp_path / "other.pem"))])

    with pytest.raises(credentials.BadSignature):
        credentials.check(token, foreign)


# Keys ---------------------------------------------------------------------------------------


def test_production_signs_with_the_key_file_and_keeps_old_keys_published(
    signed_in, course, settings, tmp_path
):
    certificate = pass_course(signed_in, course)
    settings.ZMP_CREDENTIAL_DEV_KEY = False
    settings.ZMP_CREDENTIAL_KEY_FILE = new_key_file(tmp_path / "2026.pem")
    first = download_credential(signed_in, certificate)
    settings.ZMP_CREDENTIAL_KEY_FILE = new_key_file(tmp_path / "2027.pem")
    second = download_credential(signed_in, certificate)

    key_set = published_keys(Client())
    first_kid = credentials.check(first, key_set).kid
    second_kid = credentials.check(second, key_set).kid
    assert first_kid != second_kid
    assert first_kid == keys.load_key_file(str(tmp_path / "2026.pem")).thumbprint()
    # The file's private key is never stored.
    assert not SigningKey.objects.filter(private_jwk__isnull=False).exists()


def test_without_a_key_production_says_the_credential_is_unavailable(signed_in, course, settings):
    certificate = pass_course(signed_in, course)
    settings.ZMP_CREDENTIAL_DEV_KEY = False
    settings.ZMP_CREDENTIAL_KEY_FILE = ""

    response = signed_in.get(f"/pl/certificates/mine/{certificate.code}/credential/")

    assert response.status_code == 503
    assert "nie może być teraz podpisane" in text_of(response)
    assert [message.id for message in keys.check_signing_key()] == ["certificates.W002"]


def test_an_unreadable_key_file_is_a_system_check_error(settings, tmp_path):
    broken = tmp_path / "key.pem"
    broken.write_text("not a key")
    settings.ZMP_CREDENTIAL_KEY_FILE = str(broken)

    assert [message.id for message in keys.check_signing_key()] == ["certificates.E002"]


def test_a_development_site_generates_one_key_and_keeps_it(db):
    first = keys.signing_key()

    assert keys.signing_key().kid == first.kid
    assert keys.check_signing_key() == []
    assert [key["kid"] for key in keys.public_key_set()["keys"]] == [first.kid]


# Verification of the file -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "valid"),
    [
        ("pl", "Zaświadczenie jest ważne"),
        ("en", "This certificate is valid"),
        ("es", "Este certificado es válido"),
    ],
)
def test_the_verification_page_checks_an_uploaded_credential(signed_in, course, language, valid):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)

    response = upload(Client(), token.encode(), language=language)

    assert response.status_code == 200
    page = text_of(response)
    assert valid in page and certificate.code in page and course.title in page
    assert "@" not in page  # nothing personal beyond the name: no e-mail address


def test_an_altered_file_is_refused_as_a_bad_signature(signed_in, course):
    token = download_credential(signed_in, pass_course(signed_in, course))

    response = upload(Client(), with_one_character_changed(token, 1).encode())

    assert response.status_code == 400
    assert "Podpis się nie zgadza" in text_of(response)
    assert "Zaświadczenie jest ważne" not in text_of(response)


@pytest.mark.parametrize(
    "content",
    [b"", b"\x89PNG\r\n\x1a\n\x00\x00", b'{"type": ["OpenBadgeCredential"]}', "żółw".encode()],
    ids=["empty", "image", "json", "text"],
)
def test_a_file_that_is_not_a_credential_is_refused_with_a_message(db, content):
    response = upload(Client(), content, name="file.png")

    assert response.status_code == 400
    page = text_of(response)
    assert "To nie jest poświadczenie cyfrowe" in page or "Wysłany plik jest pusty" in page


def test_a_file_too_large_is_refused_with_a_message(db):
    response = upload(Client(), b"a" * (credentials.MAX_SIZE + 1))

    assert response.status_code == 400
    assert "Ten plik jest zbyt duży" in text_of(response)


def test_a_revoked_certificates_credential_checks_but_the_page_says_revoked(signed_in, course):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)
    revocation.revoke(certificate, reason="Pomyłka w danych", by=None)

    assert credentials.check(token, published_keys(signed_in)).code == certificate.code
    response = upload(Client(), token.encode())

    assert response.status_code == 200
    page = text_of(response)
    assert "Podpis pliku się zgadza" in page
    assert "Zaświadczenie zostało unieważnione" in page and "Pomyłka w danych" in page


def test_the_upload_answers_a_get_with_405(db):
    assert Client().get("/pl/certificates/verify/credential/").status_code == 405


# The command --------------------------------------------------------------------------------


def test_the_command_checks_a_file_against_the_published_keys(signed_in, course, tmp_path):
    certificate = pass_course(signed_in, course)
    credential = tmp_path / "certificate.jwt"
    credential.write_text(download_credential(signed_in, certificate))
    jwks = tmp_path / "jwks.json"
    jwks.write_bytes(Client().get(JWKS_URL).content)
    out = io.StringIO()

    call_command("verify_credential", str(credential), jwks=str(jwks), stdout=out)

    assert "Signature valid" in out.getvalue() and certificate.code in out.getvalue()
    assert "Łucja Żółkiewska" in out.getvalue()


def test_the_command_fails_on_an_altered_file(signed_in, course, tmp_path):
    token = download_credential(signed_in, pass_course(signed_in, course))
    credential = tmp_path / "certificate.jwt"
    credential.write_text(with_one_character_changed(token, 2))

    with pytest.raises(CommandError, match="does not check") as raised:
        call_command("verify_credential", str(credential))
    assert raised.value.returncode == 1


def test_the_command_fails_on_a_file_that_is_not_a_credential(db, tmp_path):
    garbage = tmp_path / "garbage.jwt"
    garbage.write_bytes(b"\x00\x01")

    with pytest.raises(CommandError, match="not a signed credential"):
        call_command("verify_credential", str(garbage))


# The PDF in the background ------------------------------------------------------------------


@pytest.fixture
def tasks_wait(settings):
    """A task backend that keeps what is enqueued until the test runs it, as a worker would."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()
    return default_task_backend


def pdf_renders(backend) -> list:
    return [r for r in backend.results if r.task.func is tasks.render_certificate_pdf.func]


def run_waiting_tasks(backend) -> None:
    """What the worker would do: run every task waiting, once."""
    for result in list(backend.results):
        result.task.call(*result.args, **result.kwargs)
    backend.clear()


def test_the_pdf_is_prepared_in_the_background_then_served_as_stored(signed_in, course, tasks_wait):
    certificate = pass_course(signed_in, course)
    url = course.url + "certificate/pdf/"

    waiting = signed_in.get(url)
    again = signed_in.get(url)

    assert waiting.status_code == 202
    assert "Twoje zaświadczenie jest przygotowywane" in text_of(waiting)
    assert '<meta http-equiv="refresh"' in waiting.content.decode()
    assert again.status_code == 202 and len(pdf_renders(tasks_wait)) == 1  # asked once
    run_waiting_tasks(tasks_wait)

    first = signed_in.get(url)
    second = signed_in.get(url)

    assert first.status_code == 200 and first["Content-Type"] == "application/pdf"
    assert second.content == first.content and pdf_renders(tasks_wait) == []  # not again
    assert certificate.code in PdfReader(io.BytesIO(first.content)).pages[0].extract_text()
    assert StoredPdf.objects.filter(certificate=certificate, language="pl").count() == 1


def test_a_changed_name_renders_the_pdf_anew(signed_in, advisor, course):
    pass_course(signed_in, course)
    url = course.url + "certificate/pdf/"
    before = signed_in.get(url).content

    advisor.last_name = "Żółkiewska-Nowak"
    advisor.save()
    renamed = signed_in.get(url).content

    assert "Żółkiewska-Nowak" in PdfReader(io.BytesIO(renamed)).pages[0].extract_text()
    assert renamed != before


def test_a_new_layout_version_renders_the_pdf_anew(signed_in, course, tasks_wait, monkeypatch):
    certificate = pass_course(signed_in, course)
    url = course.url + "certificate/pdf/"
    signed_in.get(url)
    run_waiting_tasks(tasks_wait)
    assert signed_in.get(url).status_code == 200

    monkeypatch.setattr(pdf, "LAYOUT_VERSION", pdf.LAYOUT_VERSION + 1)
    waiting = signed_in.get(url)

    # The stored PDF is of the old layout: not served, a new one asked for.
    assert waiting.status_code == 202 and len(pdf_renders(tasks_wait)) == 1
    run_waiting_tasks(tasks_wait)
    assert signed_in.get(url).status_code == 200
    assert StoredPdf.objects.filter(certificate=certificate).count() == 1


def test_each_language_is_stored_apart(signed_in, course):
    english = translate_course(course, "en")
    certificate = pass_course(signed_in, course)

    polish = signed_in.get(course.url + "certificate/pdf/")
    in_english = signed_in.get(english.url + "certificate/pdf/")

    assert PdfReader(io.BytesIO(in_english.content)).trailer["/Root"]["/Lang"] == "en"
    assert polish.content != in_english.content
    assert set(
        StoredPdf.objects.filter(certificate=certificate).values_list("language", flat=True)
    ) == {"pl", "en"}


def test_revoking_drops_the_stored_pdfs(signed_in, course):
    certificate = pass_course(signed_in, course)
    signed_in.get(course.url + "certificate/pdf/")
    assert StoredPdf.objects.filter(certificate=certificate).exists()

    revocation.revoke(certificate, reason="Pomyłka", by=None)

    assert not StoredPdf.objects.filter(certificate=certificate).exists()
    assert signed_in.get(course.url + "certificate/pdf/").status_code == 404


def test_signing_in_again_keeps_the_stored_pdf(signed_in, advisor, course):
    certificate = pass_course(signed_in, course)
    signed_in.get(course.url + "certificate/pdf/")

    signed_in.force_login(advisor)  # saves last_login only

    assert StoredPdf.objects.filter(certificate=certificate).exists()


def test_the_pdf_is_pdf_a_with_language_title_and_the_qr_codes_text(signed_in, course):
    certificate = pass_course(signed_in, course)

    document = PdfReader(io.BytesIO(signed_in.get(course.url + "certificate/pdf/").content))

    xmp = document.xmp_metadata
    metadata = document.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>2</pdfaid:part>" in metadata
    assert "<pdfaid:conformance>U</pdfaid:conformance>" in metadata
    assert xmp.dc_title["x-default"].startswith("Zaświadczenie o ukończeniu kursu")
    assert document.trailer["/Root"]["/Lang"] == "pl"
    assert document.trailer["/Root"]["/MarkInfo"]["/Marked"]
    # The structure tree: the document, and in it the QR code as a figure with its text.
    (root,) = document.trailer["/Root"]["/StructTreeRoot"]["/K"]
    assert root.get_object()["/S"] == "/Document"
    (figure,) = [kid.get_object() for kid in root.get_object()["/K"]]
    assert figure["/S"] == "/Figure"
    assert f"/verify/{certificate.code}/" in figure["/Alt"]


# Where the certificate is reached -----------------------------------------------------------


def test_the_quiz_result_links_the_certificate_after_a_pass(signed_in, course):
    complete_lessons(signed_in, course)
    quiz = quiz_of(course)
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz, right=True))
    result = signed_in.get(response["Location"])

    links = {a["href"] for a in result_links(result)}
    assert course.url + "certificate/" in links and course.url + "certificate/pdf/" in links


def result_links(response) -> list:
    return BeautifulSoup(response.content, "html.parser").select("a[href]")


def test_my_learning_offers_the_pdf_and_the_credential(signed_in, course):
    certificate = pass_course(signed_in, course)

    response = signed_in.get("/pl/learning/")

    links = {a["href"] for a in result_links(response)}
    assert course.url + "certificate/pdf/" in links
    assert f"/pl/certificates/mine/{certificate.code}/credential/" in links


def test_the_certificate_page_offers_the_credential(signed_in, course):
    certificate = pass_course(signed_in, course)

    response = signed_in.get(course.url + "certificate/")

    links = {a["href"] for a in result_links(response)}
    assert f"/pl/certificates/mine/{certificate.code}/credential/" in links


def test_erasing_the_holder_drops_the_stored_pdfs(signed_in, advisor, course):
    certificate = pass_course(signed_in, course)
    signed_in.get(course.url + "certificate/pdf/")
    request = ErasureRequest.objects.create(user=advisor)

    erase(request, by=None)

    assert not StoredPdf.objects.filter(certificate=certificate).exists()


def test_a_visitor_uploads_the_file_through_the_form_with_its_csrf_token(signed_in, course):
    token = download_credential(signed_in, pass_course(signed_in, course))
    visitor = Client(enforce_csrf_checks=True)
    form = BeautifulSoup(visitor.get("/pl/certificates/verify/").content, "html.parser").select_one(
        "form[enctype='multipart/form-data']"
    )

    response = visitor.post(
        form["action"],
        {
            "csrfmiddlewaretoken": form.select_one("[name=csrfmiddlewaretoken]")["value"],
            "credential": SimpleUploadedFile("certificate.jwt", token.encode()),
        },
    )

    assert response.status_code == 200 and "Zaświadczenie jest ważne" in text_of(response)


def test_a_signed_file_for_a_certificate_no_longer_kept_says_so(signed_in, course):
    certificate = pass_course(signed_in, course)
    token = download_credential(signed_in, certificate)
    certificate.delete()

    response = upload(Client(), token.encode())

    assert response.status_code == 404
    assert "serwis nie zna już zaświadczenia" in text_of(response)


def test_my_learning_offers_the_advisor_certificates_pdf_and_credential(signed_in, blocks):
    certificate = earn(signed_in, blocks)

    response = signed_in.get("/en/learning/")

    section = BeautifulSoup(response.content, "html.parser").select_one(".advisor-standing")
    links = {a["href"] for a in section.select("a[href]")}
    assert "/en/learning/advisor-certificate/pdf/" in links
    assert f"/en/certificates/mine/{certificate.code}/credential/" in links


def test_a_key_file_may_be_a_jwk_whose_kid_is_kept(signed_in, course, settings, tmp_path):
    certificate = pass_course(signed_in, course)
    pem = keys.load_key_file(new_key_file(tmp_path / "key.pem"))
    jwk = tmp_path / "key.jwk"
    jwk.write_text(json.dumps({**pem.as_dict(private=True), "kid": "zmp-2026"}))
    settings.ZMP_CREDENTIAL_KEY_FILE = str(jwk)

    token = download_credential(signed_in, certificate)

    assert credentials.check(token, published_keys(Client())).kid == "zmp-2026"
