"""Machine translation with human review: DeepL, LibreTranslate and eTranslation against
local fake servers that speak their documented APIs, failures shown to the editor, and the
readers' notice while machine segments are unreviewed."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation as django_translation
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from machine_translation.models import EtranslationJob
from machine_translation.templatetags.machine_translation_tags import machine_translation_notice
from tests.factories import StandardPageFactory, locale

DEEPL_KEY = "deepl-test-key:fx"
LIBRE_KEY = "libre-test-key"
ETRANSLATION_APP = "ZMP-test"
ETRANSLATION_PASSWORD = "digest-secret"
NOTICE_ES = "Esta página se ha traducido automáticamente y aún no ha sido revisada."
NOTICE_EN = "This page was translated by machine and has not yet been reviewed."


# --- A fake service: a real HTTP server on 127.0.0.1 in a thread ---


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeService:
    """Answers each request with ``respond(request) -> (status, headers, body)``."""

    respond: Callable[[Received], tuple[int, dict[str, str], bytes]]
    requests: list[Received] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def fake_service() -> Iterator[Callable[..., FakeService]]:
    servers: list[ThreadingHTTPServer] = []

    def start(respond) -> FakeService:
        service = FakeService(respond)

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                received = Received("POST", self.path, dict(self.headers), self.rfile.read(length))
                service.requests.append(received)
                status, headers, body = service.respond(received)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        service.url = f"http://127.0.0.1:{server.server_port}"
        return service

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def as_json(status: int, payload) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json"}, json.dumps(payload).encode()


def spanish(text: str) -> str:
    return f"[es] {text}"


def deepl_api(received: Received):
    """DeepL's /v2/translate: form fields, the key in the Authorization header."""
    if received.headers.get("Authorization") != f"DeepL-Auth-Key {DEEPL_KEY}":
        return as_json(403, {"message": "Wrong endpoint or authorization"})
    form = parse_qs(received.body.decode())
    translations = [
        {"detected_source_language": "PL", "text": spanish(text)} for text in form["text"]
    ]
    return as_json(200, {"translations": translations})


def libretranslate_api(received: Received):
    """LibreTranslate's /translate: JSON with q (a list), source, target, api_key."""
    body = json.loads(received.body)
    if body.get("api_key") != LIBRE_KEY:
        return as_json(403, {"error": "Invalid API key"})
    return as_json(200, {"translatedText": [spanish(text) for text in body["q"]]})


def digest_check(received: Received) -> bool:
    """Whether the request carries a valid HTTP digest answer to our challenge."""
    header = received.headers.get("Authorization", "")
    if not header.startswith("Digest "):
        return False
    parts = dict(
        item.strip().split("=", 1) for item in header[len("Digest ") :].split(",") if "=" in item
    )
    parts = {key: value.strip('"') for key, value in parts.items()}

    def md5(text: str) -> str:
        return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - HTTP digest is MD5

    ha1 = md5(f"{ETRANSLATION_APP}:{parts['realm']}:{ETRANSLATION_PASSWORD}")
    ha2 = md5(f"POST:{parts['uri']}")
    expected = md5(f"{ha1}:{parts['nonce']}:{parts['nc']}:{parts['cnonce']}:{parts['qop']}:{ha2}")
    return parts.get("username") == ETRANSLATION_APP and parts.get("response") == expected


def etranslation_api(received: Received):
    """eTranslation's translate: digest authentication, then a request id as plain text."""
    if not digest_check(received):
        challenge = 'Digest realm="eTranslation", nonce="abc123", qop="auth", algorithm=MD5'
        return 401, {"WWW-Authenticate": challenge}, b""
    return 200, {"Content-Type": "text/plain"}, str(1000 + len(received.path)).encode()


# --- The site: a Polish page and its Spanish translation in wagtail-localize ---


@pytest.fixture
def polish_page(home):
    return StandardPageFactory(
        parent=home, title="Zielone miejsca pracy", slug="zielone", intro="Praca dla klimatu."
    )


@pytest.fixture
def spanish_translation(polish_page) -> Translation:
    source, _created = TranslationSource.update_or_create_from_instance(polish_page)
    translation = Translation.objects.create(source=source, target_locale=locale("es"))
    translation.save_target(publish=False)
    return translation


@pytest.fixture(autouse=True)
def admin_in_english(admin_user) -> None:
    """The editor reads the admin in English, so the tests can quote its messages."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def use_translator(settings, name: str, options: dict) -> None:
    classes = {
        "deepl": "machine_translation.translators.CheckedDeepLTranslator",
        "libretranslate": "machine_translation.translators.CheckedLibreTranslator",
        "etranslation": "machine_translation.translators.EtranslationTranslator",
    }
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": classes[name], "OPTIONS": options}


def use_deepl(settings, service: FakeService) -> None:
    use_translator(
        settings,
        "deepl",
        {"AUTH_KEY": DEEPL_KEY, "API_URL": service.url + "/v2/translate", "TIMEOUT": 2},
    )


def spanish_page(translation: Translation) -> Page:
    return translation.get_target_instance()


def editor_url(translation: Translation) -> str:
    return f"/admin/pages/{spanish_page(translation).pk}/edit/"


def machine_translate(client, translation: Translation):
    """The editor's "Machine translate" button, then back to the translation editor."""
    return client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/"
        f"?next={editor_url(translation)}",
        follow=True,
    )


def stored(translation: Translation) -> dict[str, tuple[str, str]]:
    return {
        t.translation_of.data: (t.data, t.translation_type)
        for t in StringTranslation.objects.filter(locale=translation.target_locale)
    }


def page_text(client, page: Page) -> str:
    page.refresh_from_db()
    return client.get(page.url).content.decode()


def confirm_every_segment(client, translation: Translation) -> None:
    """A person reviews each segment in the translation editor and saves it."""
    for segment in StringSegment.objects.filter(source=translation.source):
        current = StringTranslation.objects.get(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
        )
        response = client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": current.data}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code == 200, response.content


# --- DeepL ---


def test_deepl_fills_each_segment_as_an_unreviewed_machine_translation(
    settings, fake_service, spanish_translation, editor
):
    service = fake_service(deepl_api)
    use_deepl(settings, service)

    response = machine_translate(editor, spanish_translation)

    assert "Translated with DeepL" in response.content.decode()
    assert service.requests[0].path == "/v2/translate"
    assert service.requests[0].headers["Authorization"] == f"DeepL-Auth-Key {DEEPL_KEY}"
    form = parse_qs(service.requests[0].body.decode())
    assert (form["source_lang"], form["target_lang"]) == (["PL"], ["ES"])
    assert stored(spanish_translation)["Zielone miejsca pracy"] == (
        spanish("Zielone miejsca pracy"),
        StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def test_machine_translation_publishes_nothing(settings, fake_service, spanish_translation, editor):
    use_deepl(settings, fake_service(deepl_api))

    machine_translate(editor, spanish_translation)

    page = spanish_page(spanish_translation)
    assert not page.live
    assert not page.has_unpublished_changes or page.title != spanish("Zielone miejsca pracy")


def test_a_refused_deepl_key_is_shown_to_the_editor_and_nothing_is_filled(
    settings, fake_service, spanish_translation, editor
):
    service = fake_service(deepl_api)
    use_translator(
        settings, "deepl", {"AUTH_KEY": "wrong:fx", "API_URL": service.url + "/v2/translate"}
    )

    response = machine_translate(editor, spanish_translation)

    assert response.status_code == 200
    assert "DeepL could not translate: it refused the site&#x27;s API key" in (
        response.content.decode()
    )
    assert stored(spanish_translation) == {}


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (lambda r: (500, {}, b"Internal error"), "it answered with error 500"),
        (lambda r: (200, {"Content-Type": "text/html"}, b"<html>"), "its answer could not be read"),
        (lambda r: as_json(200, {"translations": []}), "its answer could not be read"),
    ],
)
def test_a_failing_deepl_is_shown_to_the_editor_without_a_server_error(
    settings, fake_service, spanish_translation, editor, answer, reason
):
    use_deepl(settings, fake_service(answer))

    response = machine_translate(editor, spanish_translation)

    assert response.status_code == 200
    assert reason in response.content.decode()
    assert stored(spanish_translation) == {}


def test_a_deepl_that_does_not_answer_in_time_is_shown_to_the_editor(
    settings, fake_service, spanish_translation, editor
):
    def slow(received):
        time.sleep(2)
        return deepl_api(received)

    service = fake_service(slow)
    use_translator(
        settings,
        "deepl",
        {"AUTH_KEY": DEEPL_KEY, "API_URL": service.url + "/v2/translate", "TIMEOUT": 1},
    )

    response = machine_translate(editor, spanish_translation)

    assert "it did not answer in time" in response.content.decode()
    assert stored(spanish_translation) == {}


def test_a_deepl_that_cannot_be_reached_is_shown_to_the_editor(
    settings, spanish_translation, editor
):
    use_translator(
        settings, "deepl", {"AUTH_KEY": DEEPL_KEY, "API_URL": "http://127.0.0.1:9/v2/translate"}
    )

    response = machine_translate(editor, spanish_translation)

    assert "it cannot be reached" in response.content.decode()


# --- LibreTranslate ---


def test_libretranslate_fills_segments_with_the_api_key_sent(
    settings, fake_service, spanish_translation, editor
):
    service = fake_service(libretranslate_api)
    use_translator(
        settings, "libretranslate", {"LIBRETRANSLATE_URL": service.url, "API_KEY": LIBRE_KEY}
    )

    machine_translate(editor, spanish_translation)

    assert service.requests[0].path == "/translate"
    body = json.loads(service.requests[0].body)
    assert (body["source"], body["target"], body["api_key"]) == ("pl", "es", LIBRE_KEY)
    assert stored(spanish_translation)["Praca dla klimatu."] == (
        spanish("Praca dla klimatu."),
        StringTranslation.TRANSLATION_TYPE_MACHINE,
    )


def test_a_refused_libretranslate_key_is_shown_to_the_editor(
    settings, fake_service, spanish_translation, editor
):
    service = fake_service(libretranslate_api)
    use_translator(
        settings, "libretranslate", {"LIBRETRANSLATE_URL": service.url, "API_KEY": "wrong"}
    )

    response = machine_translate(editor, spanish_translation)

    assert "LibreTranslate could not translate: it refused the site&#x27;s API key" in (
        response.content.decode()
    )
    assert stored(spanish_translation) == {}


# --- eTranslation ---


@pytest.fixture
def etranslation(settings, fake_service) -> FakeService:
    service = fake_service(etranslation_api)
    use_translator(
        settings,
        "etranslation",
        {
            "APPLICATION": ETRANSLATION_APP,
            "PASSWORD": ETRANSLATION_PASSWORD,
            "API_URL": service.url + "/etranslation/si/translate",
        },
    )
    settings.ZMP_ETRANSLATION_CALLBACK_BASE_URL = "https://zmp.example.org"
    return service


def sent_requests(service: FakeService) -> list[dict]:
    """The translation requests that passed digest authentication."""
    return [json.loads(r.body) for r in service.requests if digest_check(r)]


def call_back(client, request: dict, **fields) -> int:
    """eTranslation posts its answer to the request's callback URL, without any cookie."""
    client.logout()
    url = urlsplit(request["requesterCallback" if "translated-text" in fields else "errorCallback"])
    response = client.post(
        url.path,
        {
            "request-id": "1042",
            "target-language": "ES",
            "external-reference": request["externalReference"],
            **fields,
        },
    )
    return response.status_code


def test_etranslation_requests_are_authenticated_and_the_editor_waits(
    etranslation, spanish_translation, editor
):
    response = machine_translate(editor, spanish_translation)

    requests = sent_requests(etranslation)
    assert {r["textToTranslate"] for r in requests} >= {"Zielone miejsca pracy"}
    first = requests[0]
    assert (first["sourceLanguage"], first["targetLanguages"]) == ("PL", ["ES"])
    assert first["callerInformation"]["application"] == ETRANSLATION_APP
    assert first["requesterCallback"].startswith("https://zmp.example.org/machine-translation/")
    assert "Sent to eTranslation" in response.content.decode()
    assert (
        "Waiting for eTranslation" in editor.get(editor_url(spanish_translation)).content.decode()
    )
    assert stored(spanish_translation) == {}


def test_etranslation_callbacks_store_unreviewed_machine_segments(
    client, etranslation, spanish_translation, admin_user
):
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)

    for request in sent_requests(etranslation):
        status = call_back(
            client, request, **{"translated-text": spanish(request["textToTranslate"])}
        )
        assert status == 200

    assert stored(spanish_translation)["Zielone miejsca pracy"] == (
        spanish("Zielone miejsca pracy"),
        StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    assert EtranslationJob.objects.get().status == EtranslationJob.Status.DONE
    assert not spanish_page(spanish_translation).live


def test_a_callback_with_a_wrong_secret_is_refused(
    client, etranslation, spanish_translation, admin_user
):
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)
    request = sent_requests(etranslation)[0]
    request["requesterCallback"] = request["requesterCallback"].replace("/done/", "x/done/")

    # Not found (Django's LocaleMiddleware may turn the 404 into a redirect to /pl/…).
    assert call_back(client, request, **{"translated-text": "podrobione"}) in (302, 404)
    assert stored(spanish_translation) == {}


def test_an_etranslation_error_callback_is_shown_to_the_editor(
    client, etranslation, spanish_translation, admin_user
):
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)

    request = sent_requests(etranslation)[0]
    assert (
        call_back(client, request, **{"error-code": "-20028", "error-message": "Bad lang"}) == 200
    )

    client.force_login(admin_user)
    html = client.get(editor_url(spanish_translation)).content.decode()
    assert "eTranslation could not translate (error -20028: Bad lang)." in html


def test_an_etranslation_that_never_answers_is_shown_as_failed(
    settings, client, etranslation, spanish_translation, admin_user
):
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)
    settings.ZMP_ETRANSLATION_TIMEOUT = -1

    html = client.get(editor_url(spanish_translation)).content.decode()

    assert "eTranslation did not answer in time" in html


def test_a_refused_etranslation_password_is_shown_to_the_editor(
    settings, etranslation, spanish_translation, editor
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["PASSWORD"] = "wrong"

    response = machine_translate(editor, spanish_translation)

    assert "eTranslation could not translate: it refused the site&#x27;s API key" in (
        response.content.decode()
    )
    assert not EtranslationJob.objects.exists(), "its late callbacks find nothing to fill"


def test_a_negative_etranslation_answer_is_an_error_for_the_editor(
    settings, fake_service, spanish_translation, editor
):
    def refuse(received):
        if not digest_check(received):
            return etranslation_api(received)
        return 200, {"Content-Type": "text/plain"}, b"-20001"

    service = fake_service(refuse)
    use_translator(
        settings,
        "etranslation",
        {
            "APPLICATION": ETRANSLATION_APP,
            "PASSWORD": ETRANSLATION_PASSWORD,
            "API_URL": service.url,
        },
    )
    settings.ZMP_ETRANSLATION_CALLBACK_BASE_URL = "https://zmp.example.org"

    response = machine_translate(editor, spanish_translation)

    assert "eTranslation refused the request (error -20001)" in response.content.decode()


# --- Human review and the readers' notice ---


@pytest.fixture
def publish(django_capture_on_commit_callbacks, admin_user):
    """A person publishes the translation (wagtail-localize finishes it on commit)."""

    def run(translation: Translation) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(user=admin_user, publish=True)

    return run


def test_readers_see_the_notice_until_every_machine_segment_is_confirmed_and_republished(
    settings, fake_service, client, spanish_translation, admin_user, publish
):
    use_deepl(settings, fake_service(deepl_api))
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)
    publish(spanish_translation)
    page = spanish_page(spanish_translation)
    reader = client.__class__()

    assert NOTICE_ES in page_text(reader, page)

    confirm_every_segment(client, spanish_translation)
    assert NOTICE_ES in page_text(reader, page), "the live text has not changed yet"

    publish(spanish_translation)
    assert NOTICE_ES not in page_text(reader, page)


def test_editing_a_machine_segment_marks_it_reviewed(
    settings, fake_service, spanish_translation, editor
):
    use_deepl(settings, fake_service(deepl_api))
    machine_translate(editor, spanish_translation)

    confirm_every_segment(editor, spanish_translation)

    types = {kind for _text, kind in stored(spanish_translation).values()}
    assert types == {StringTranslation.TRANSLATION_TYPE_MANUAL}


def test_a_page_translated_by_people_has_no_notice(client, polish_page):
    english = polish_page.copy_for_translation(locale("en"))
    english.save_revision().publish()

    assert NOTICE_EN not in page_text(client, english)


def test_the_notice_costs_no_query_in_polish_and_one_elsewhere(
    settings, fake_service, client, spanish_translation, admin_user
):
    page = spanish_page(spanish_translation)
    with django_translation.override("pl"), CaptureQueriesContext(connection) as polish:
        machine_translation_notice({"page": page})
    with django_translation.override("es"), CaptureQueriesContext(connection) as spanish_:
        machine_translation_notice({"page": page})

    assert (len(polish), len(spanish_)) == (0, 1)


def test_etranslation_without_a_callback_address_sends_nothing(
    settings, etranslation, spanish_translation, editor
):
    settings.ZMP_ETRANSLATION_CALLBACK_BASE_URL = ""

    response = machine_translate(editor, spanish_translation)

    assert "eTranslation is not set up" in response.content.decode()
    assert etranslation.requests == []
