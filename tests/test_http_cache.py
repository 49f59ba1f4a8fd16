"""The HTTP cache: what Varnish stores and passes, purges on publication, forms on cached pages.

What each change purges is worked out in tests/test_cache_purge.py. The integration tests
here start the real Varnish (Debian's ``varnishd``; ``make test`` installs it) with the
project's VCL on a free port, in front of pytest-django's live server.
"""

from __future__ import annotations

import contextlib
import gzip
import http.client
import http.server
import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from core.models import MainMenu
from deploy.varnish_backends import backends_vcl
from polls.models import Vote
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    locale,
    make_site,
)
from tests.factories_outreach import make_contact_page
from tests.factories_polls import make_poll, make_poll_page
from tests.test_security_headers import production

ROOT = Path(__file__).resolve().parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
SITE = "http://localhost"  # the test site's root URL (Site "localhost", port 80)

MESSAGE = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie?",
    "privacy_consent": "on",
}


# --- Settings ---------------------------------------------------------------------------------


PRINT_CACHE_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "purge": getattr(settings, "WAGTAILFRONTENDCACHE", None),
    "secure_cookies": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE],
    "upgrade": "upgrade-insecure-requests" in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
}))
"""


def cache_settings(**environment: str) -> dict:
    process = production("shell", "--no-imports", "-c", PRINT_CACHE_SETTINGS, **environment)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


def test_production_purges_through_varnish_only_when_its_address_is_set():
    assert cache_settings(ZMP_VARNISH_URL="http://127.0.0.1:6081")["purge"] == {
        "varnish": {
            "BACKEND": "core.cache_purge.VarnishBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    assert cache_settings(ZMP_VARNISH_URL="")["purge"] is None


def test_the_plain_http_trial_drops_secure_cookies_only_on_this_machine():
    local = cache_settings(ZMP_LOCAL_PLAIN_HTTP="1", DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost")
    public = production("check", ZMP_LOCAL_PLAIN_HTTP="1")

    assert local["secure_cookies"] == [False, False] and not local["upgrade"]
    assert public.returncode != 0 and "ZMP_LOCAL_PLAIN_HTTP=1 is only for" in public.stderr


# --- Pages with forms stay cacheable ----------------------------------------------------------


def test_form_tokens_give_a_csrf_token_and_a_fresh_form_key_never_cached(client, db):
    first = client.get("/form-tokens/")
    second = client.get("/form-tokens/")

    assert first.status_code == 200
    assert "no-store" in first["Cache-Control"] and "private" in first["Cache-Control"]
    assert settings.CSRF_COOKIE_NAME in first.cookies
    values = first.json()
    assert values["csrfmiddlewaretoken"]
    assert values["form_key"] != second.json()["form_key"]


@pytest.mark.parametrize("page_kind", ["contact", "poll"])
def test_an_anonymous_page_with_a_form_carries_no_token_and_sets_no_cookie(client, home, page_kind):
    page = make_contact_page(home) if page_kind == "contact" else make_poll_page(home, make_poll())

    response = client.get(page.url)

    assert response.status_code == 200
    assert not response.cookies
    assert "Cache-Control" not in response
    form = BeautifulSoup(response.content, "html.parser").select_one("form[method=post]")
    assert form["data-fresh-fields"] == "/form-tokens/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")["value"] == ""


# --- The real Varnish, in front of the live server ----------------------------------------------


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def cache(self) -> str:
        return self.headers.get("X-Cache", "")

    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.text, "html.parser")


@dataclass
class Visitor:
    """A browser's part in HTTP: keeps its cookies, says where its forms come from."""

    varnish: Varnish
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, data=None, headers=None) -> Response:
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers.setdefault("Origin", self.varnish.url)
        response = self.varnish.request(method, path, body, headers)
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.coded_value
        return response

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, data: dict, headers=None) -> Response:
        return self.request("POST", path, data, headers)

    def submit(self, page: Response, selector: str, values: dict) -> Response:
        """Send a form of ``page`` as fresh-form-fields.js does: fresh values first."""
        form = page.soup().select_one(selector)
        data = {
            hidden["name"]: hidden.get("value", "")
            for hidden in form.select("input[type=hidden][name]")
        }
        fresh = self.get(form["data-fresh-fields"])
        assert fresh.cache == "PASS"
        data.update({name: value for name, value in json.loads(fresh.text).items() if name in data})
        data.update(values)
        return self.post(form["action"].split("#")[0], data)


class Varnish:
    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def request(self, method: str, path: str, body=None, headers=None, source=None) -> Response:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(source, 0) if source else None
        )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Response(response.status, response.headers, response.read().decode())
        finally:
            connection.close()

    def ban_everything(self) -> None:
        assert self.request("BAN", "/", headers={"X-Ban-Url": "."}).status == 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_varnish(*backends: str, directory: Path) -> Iterator[Varnish]:
    """varnishd with the project's VCL in front of ``backends`` (host:port), until closed."""
    if not Path(VARNISHD).exists():
        pytest.fail(f"{VARNISHD} is missing: `make test` installs Debian's varnish package.")
    (directory / "backends.vcl").write_text(backends_vcl(list(backends), written_by=__name__))
    varnish = Varnish(free_port())
    process = subprocess.Popen(  # noqa: S603 - Debian's varnishd, arguments built here
        [VARNISHD, "-F", "-j", "none", "-f", str(VCL), "-a", f"127.0.0.1:{varnish.port}",
         "-T", "127.0.0.1:0", "-n", str(directory / "work"), "-s", "malloc,32m",
         "-p", f"vcl_path={directory}:{VCL.parent}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"varnishd stopped:\n{process.stdout.read()}")
            try:
                varnish.ban_everything()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("varnishd did not answer within 30 s")
                time.sleep(0.2)
        yield varnish
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory) -> Iterator[Varnish]:
    """Varnish in front of the live server, for this module only.

    Its health probe asks the live server every 2 s; after this module the live server may
    serve tests that allow no database access, so the probe must stop with the module.
    """
    backend = live_server.url.removeprefix("http://")
    with running_varnish(backend, directory=tmp_path_factory.mktemp("varnish")) as varnish:
        yield varnish


@pytest.fixture
def site(restorable_database, transactional_db, django_db_serialized_rollback, varnish):
    """The page tree in a database the live server sees, and nothing cached from before."""
    varnish.ban_everything()
    return make_site()


@pytest.fixture
def visitor(varnish) -> Visitor:
    return Visitor(varnish)


@pytest.fixture
def another_visitor(varnish) -> Visitor:
    return Visitor(varnish)


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(site, visitor):
    first = visitor.get("/pl/")
    second = visitor.get("/pl/")

    assert (first.status, first.cache) == (200, "MISS")
    assert (second.status, second.cache) == (200, "HIT")
    assert int(second.headers["Age"]) >= 0 and second.text == first.text


def test_cookies_that_do_not_matter_do_not_keep_a_page_out_of_the_cache(site, visitor):
    visitor.get("/pl/")
    visitor.cookies.update({"_ga": "GA1.1.123", "csrftoken": "a" * 32})

    assert visitor.get("/pl/").cache == "HIT"


def test_a_signed_in_users_requests_pass_and_are_not_served_to_others(site, visitor, varnish):
    user = get_user_model().objects.create_user("ewa", "ewa@example.org", "x")
    client = Client()
    client.force_login(user)
    visitor.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[
        settings.SESSION_COOKIE_NAME
    ].value

    signed_in = [visitor.get("/pl/"), visitor.get("/pl/")]
    anonymous = Visitor(varnish).get("/pl/")

    assert [response.cache for response in signed_in] == ["PASS", "PASS"]
    assert "private" in signed_in[1].headers["Cache-Control"]
    assert "/accounts/logout/" in signed_in[1].text
    assert anonymous.cache == "MISS" and "/accounts/logout/" not in anonymous.text


def gzip_requested(varnish, path: str, cookies: str = "") -> tuple[dict, bytes]:
    headers = {"Accept-Encoding": "gzip"} | ({"Cookie": cookies} if cookies else {})
    connection = http.client.HTTPConnection("127.0.0.1", varnish.port, timeout=30)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return dict(response.headers), response.read()
    finally:
        connection.close()


def test_shared_pages_go_out_gzipped_and_personal_ones_never(site, varnish):
    user = get_user_model().objects.create_user("ewa", "ewa@example.org", "x")
    client = Client()
    client.force_login(user)
    session = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"

    gzip_requested(varnish, "/pl/")
    shared_headers, shared_body = gzip_requested(varnish, "/pl/")
    plain = Visitor(varnish).get("/pl/")  # a client that takes no gzip
    personal_headers, personal_body = gzip_requested(varnish, "/pl/", session)

    assert shared_headers["X-Cache"] == "HIT"
    assert shared_headers["Content-Encoding"] == "gzip"
    page = gzip.decompress(shared_body).decode()
    assert page == plain.text and "<h1" in page
    assert len(shared_body) < len(page.encode()) / 2
    assert "Content-Encoding" not in personal_headers
    assert "/accounts/logout/" in personal_body.decode()


def test_the_admin_passes(site, visitor):
    responses = [visitor.get("/admin/"), visitor.get("/admin/")]

    assert [response.cache for response in responses] == ["PASS", "PASS"]


def test_a_post_passes(site, visitor):
    responses = [visitor.post("/pl/polls/vote/", {}), visitor.post("/pl/polls/vote/", {})]

    assert [response.cache for response in responses] == ["PASS", "PASS"]


def test_a_personal_page_is_not_cached(site, visitor):
    responses = [visitor.get("/pl/accounts/login/"), visitor.get("/pl/accounts/login/")]

    assert [response.status for response in responses] == [200, 200]
    assert responses[1].cache != "HIT"
    assert "no-store" in responses[1].headers["Cache-Control"]


@pytest.fixture
def purging(settings, varnish) -> None:
    """Changes purge the real Varnish, as in production."""
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "core.cache_purge.VarnishBackend", "LOCATION": varnish.url}
    }


def cached(visitor: Visitor, *paths: str) -> None:
    for path in paths:
        visitor.get(path)
        assert visitor.get(path).cache == "HIT", path


def test_publishing_purges_the_page_its_listings_and_feeds_from_varnish(site, visitor, purging):
    index = NewsIndexPageFactory(parent=site)
    article = NewsPageFactory(parent=index, title="Stary tytuł", slug="wiadomosc")
    cached(visitor, "/pl/aktualnosci/wiadomosc/", "/pl/aktualnosci/", "/pl/aktualnosci/rss/")

    article.title = "Nowy tytuł"
    article.save_revision().publish()

    page, listing = visitor.get("/pl/aktualnosci/wiadomosc/"), visitor.get("/pl/aktualnosci/")
    feed = visitor.get("/pl/aktualnosci/rss/")
    assert page.cache == "MISS" and "Nowy tytuł" in page.soup().h1.get_text()
    assert listing.cache == "MISS" and "Nowy tytuł" in listing.text
    assert feed.cache == "MISS" and "Nowy tytuł" in feed.text


def test_deleting_a_section_removes_its_pages_from_varnish(site, visitor, purging):
    index = NewsIndexPageFactory(parent=site)
    NewsPageFactory(parent=index, title="Wiadomość", slug="wiadomosc")
    cached(visitor, "/pl/aktualnosci/wiadomosc/", "/pl/aktualnosci/atom/")

    index.delete()

    assert visitor.get("/pl/aktualnosci/wiadomosc/").status == 404
    assert visitor.get("/pl/aktualnosci/atom/").status == 404


def test_editing_the_menu_clears_every_page_of_its_language_from_varnish(site, visitor, purging):
    about = StandardPageFactory(parent=site, title="O projekcie", slug="o-projekcie")
    cached(visitor, "/pl/", "/pl/o-projekcie/")

    MainMenu.objects.create(locale=locale("pl"), items=[("link", {"page": about, "label": ""})])

    for path in ["/pl/", "/pl/o-projekcie/"]:
        response = visitor.get(path)
        assert response.cache == "MISS"
        assert response.soup().select_one("nav.main-menu a").get_text() == "O projekcie"


@pytest.mark.parametrize(
    "method, headers", [("PURGE", {}), ("BAN", {"X-Ban-Url": "."})], ids=["purge", "ban"]
)
def test_purge_and_ban_are_refused_from_another_address(site, visitor, varnish, method, headers):
    visitor.get("/pl/")
    # 127.0.0.2 is this machine too, but not in the VCL's list of purgers.
    elsewhere = varnish.request(method, "/pl/", headers=headers, source="127.0.0.2")
    here = varnish.request(method, "/pl/", headers=headers)

    assert (elsewhere.status, here.status) == (405, 200)


def test_the_contact_form_can_be_sent_from_a_page_cached_for_another_visitor(
    site, visitor, another_visitor
):
    contact = make_contact_page(site)
    first = visitor.get(contact.url)
    cached = another_visitor.get(contact.url)
    assert (first.cache, cached.cache) == ("MISS", "HIT")

    sent = [
        another_visitor.submit(cached, "form[method=post]", MESSAGE),
        visitor.submit(first, "form[method=post]", {**MESSAGE, "wiadomosc": "Drugie pytanie"}),
    ]

    assert [response.status for response in sent] == [200, 200]
    assert all("Dziękujemy za wiadomość." in response.text for response in sent)
    # Both stored: each visitor's form got a key of its own, not the cached page's.
    messages = sorted(s.form_data["wiadomosc"] for s in FormSubmission.objects.all())
    assert messages == ["Drugie pytanie", MESSAGE["wiadomosc"]]


def test_a_vote_can_be_cast_from_a_page_cached_for_another_visitor(site, visitor, another_visitor):
    poll = make_poll()
    page = make_poll_page(site, poll)
    visitor.get(page.url)
    cached = another_visitor.get(page.url)
    assert cached.cache == "HIT"

    voted = another_visitor.submit(
        cached, "section.poll form", {"choice": str(poll.choices.first().pk)}
    )

    assert voted.status == 302 and voted.cache == "PASS"
    assert Vote.objects.count() == 1
    # The voter sees the results, made for them; everybody else still gets the cached form.
    results = another_visitor.get(page.url)
    assert results.cache == "PASS" and 'name="choice"' not in results.text
    assert Visitor(another_visitor.varnish).get(page.url).cache == "HIT"


@pytest.mark.parametrize("target", ["contact", "poll"])
def test_a_cross_site_post_is_refused(site, visitor, target):
    if target == "contact":
        url, data = make_contact_page(site).url, dict(MESSAGE)
    else:
        poll = make_poll()
        make_poll_page(site, poll)
        url, data = "/pl/polls/vote/", {"poll": poll.pk, "choice": poll.choices.first().pk}
    token = json.loads(visitor.get("/form-tokens/").text)["csrfmiddlewaretoken"]
    other_site = {"Origin": "https://attacker.example"}

    # Another site's form: the visitor's cookies go with it, but no token can.
    without_token = visitor.post(url, data, headers=other_site)
    # Even with a token, the browser names the other site as the origin.
    with_token = visitor.post(url, {**data, "csrfmiddlewaretoken": token}, headers=other_site)

    assert (without_token.status, with_token.status) == (403, 403)
    assert not FormSubmission.objects.exists() and not Vote.objects.exists()


class Backend(http.server.BaseHTTPRequestHandler):
    """An app that answers a page good for 1 s, and its health check, until it is stopped."""

    def do_GET(self) -> None:
        body = b"ok" if self.path == "/healthz/" else b"<h1>Strona</h1>"
        self.send_response(200)
        self.send_header("Cache-Control", "max-age=1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_while_the_app_is_down_readers_get_the_cached_page(tmp_path):
    app = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Backend)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    with running_varnish(f"127.0.0.1:{app.server_port}", directory=tmp_path) as varnish:
        assert varnish.request("GET", "/pl/").status == 200

        app.shutdown()
        app.server_close()
        # Past the page's 1 s and the 10 s of grace a healthy app gets, and long enough
        # for the probe (every 2 s, 3 failures) to find the app sick.
        time.sleep(12)
        stale = varnish.request("GET", "/pl/")

    assert (stale.status, stale.cache, stale.text) == (200, "HIT", "<h1>Strona</h1>")
    assert int(stale.headers["Age"]) >= 11


class NamedBackend(Backend):
    """An app server that says which one it is."""

    def do_GET(self) -> None:
        body = b"ok" if self.path == "/healthz/" else self.server.name.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def app_server(name: str) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NamedBackend)
    server.name = name
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_with_two_app_servers_readers_never_notice_one_of_them_stopping(tmp_path):
    first, second = app_server("pierwszy"), app_server("drugi")
    addresses = [f"127.0.0.1:{server.server_port}" for server in (first, second)]
    with running_varnish(*addresses, directory=tmp_path) as varnish:
        # Search is passed to the app servers, never cached: each request reaches one.
        before = {varnish.request("GET", f"/pl/search/?query={n}").text for n in range(6)}

        first.shutdown()
        first.server_close()
        # At once, before the health probe (every 2 s) can notice.
        after = [varnish.request("GET", f"/pl/search/?query={n}") for n in range(20)]

    second.shutdown()
    second.server_close()
    assert before == {"pierwszy", "drugi"}
    assert {(response.status, response.text) for response in after} == {(200, "drugi")}
