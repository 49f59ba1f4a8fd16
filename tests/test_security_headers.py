"""Security headers: the Content-Security-Policy of the site and of the admin, the browser
features refused, HTTPS under production settings, and no caching of personal pages."""

import functools
import json
import os
import re
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template import engines
from django.test import override_settings
from django.urls import path

from elearning.models import Attempt, QuizPage
from tests.factories_elearning import make_advisor, make_course
from tests.factories_polls import make_poll, make_poll_page

ROOT = Path(__file__).resolve().parent.parent
ENV_EXAMPLE = ROOT / "deploy" / "production.env.example"


def inline_script(request):
    """A page with the one kind of inline script the site allows: one carrying the nonce."""
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">document.title = "x";</script>'
    )
    return HttpResponse(template.render({}, request))


urlpatterns = [path("inline-script/", inline_script)]


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def page_html(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_public_pages_allow_only_the_sites_own_scripts_and_styles(client, home):
    csp = policy(client.get("/pl/"))

    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline script on the page: no nonce either
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["frame-src"] == ["https://www.youtube-nocookie.com"]


def test_an_inline_script_runs_only_with_the_nonce_of_its_response(client, settings):
    settings.ROOT_URLCONF = __name__

    first, second = client.get("/inline-script/"), client.get("/inline-script/")

    nonce = page_html(first).script["nonce"]
    assert policy(first)["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert page_html(second).script["nonce"] != nonce
    assert "'unsafe-inline'" not in first["Content-Security-Policy"]


def test_progress_bars_and_poll_results_need_no_inline_style(client, home):
    advisor = make_advisor()
    course = make_course(home)
    poll = make_poll(is_open=False)
    poll_page = make_poll_page(home, poll)
    client.force_login(advisor)
    client.post(course.url + "enrol/")

    for url in ("/en/learning/", course.url, poll_page.url):
        html = page_html(client.get(url))
        assert html.select('[role="progressbar"], .poll-results__bar'), url
        assert not html.select("[style], style"), url
        # Code comes from files; a schema.org block is data, which browsers never run.
        scripts = html.select("script:not([type='application/ld+json'])")
        assert all(script.get("src") for script in scripts), url


def test_progress_bar_draws_the_share_done(client, home):
    advisor = make_advisor()
    course = make_course(home)
    client.force_login(advisor)
    client.post(course.url + "enrol/")
    lesson = course.get_children().first()
    client.post(lesson.url + "complete/")

    bar = page_html(client.get("/en/learning/")).select_one('[role="progressbar"]')

    assert bar["aria-valuenow"] == "25"
    assert bar.select_one("svg[aria-hidden=true] rect")["width"] == "25%"


def test_video_frames_keep_their_shape_without_inline_style(home):
    template = engines["django"].get_template("wagtailembeds/embed_frontend.html")

    class Embed:
        html = '<iframe src="https://www.youtube.com/embed/x"></iframe>'

        def __init__(self, ratio):
            self.ratio = ratio

    wide_page = BeautifulSoup(template.render({"embed": Embed(113 / 200)}), "html.parser")
    classic_page = BeautifulSoup(template.render({"embed": Embed(0.75)}), "html.parser")
    # The player waits in the consent box's <template> (core/embeds.py).
    wide = wide_page.find("template").find("div")
    classic = classic_page.find("template").find("div")

    assert not wide_page.select("[style]") and not classic_page.select("[style]")
    assert wide["class"] == ["responsive-object"]
    assert classic["class"] == ["responsive-object", "responsive-object--classic"]


def test_the_admin_has_its_own_policy_for_wagtails_inline_scripts(client, home):
    editor = get_user_model().objects.create_superuser("redaktor", "r@example.com", "x")
    client.force_login(editor)

    response = client.get("/admin/")
    csp = policy(response)

    assert response.status_code == 200
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert "www.gravatar.com" not in response.content.decode()


def test_a_page_previewed_in_the_admin_gets_the_admins_policy(client, home):
    editor = get_user_model().objects.create_superuser("redaktor", "r@example.com", "x")
    client.force_login(editor)

    draft = client.get(f"/admin/pages/{home.pk}/view_draft/")
    preview = client.get(f"/admin/pages/{home.pk}/edit/preview/")

    assert draft.status_code == 200 and home.title in draft.content.decode()
    assert policy(draft)["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy(draft)["frame-ancestors"] == ["'self'"]
    assert policy(preview)["frame-ancestors"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_browser_features_the_site_does_not_use_are_refused(client, home):
    response = client.get("/pl/")
    features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))

    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()"
    assert "fullscreen" not in features  # the video player asks for it
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


# --- Production settings, in a process of their own -------------------------------------


@functools.cache
def credential_key() -> Path:
    """A P-256 private key file, as the example tells the operator to make with openssl."""
    key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path = Path(tempfile.mkdtemp(prefix="zmp-credential-")) / "credential-key.pem"
    path.write_bytes(key)
    return path


def documented_environment(**overrides: str) -> dict[str, str]:
    """The variables deploy/production.env.example documents, as an operator would set them."""
    env = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    # The example leaves the secret and the credential key for the operator to generate.
    env["DJANGO_SECRET_KEY"] = env["DJANGO_SECRET_KEY"] or secrets.token_urlsafe(50)
    env["ZMP_CREDENTIAL_KEY_FILE"] = env["ZMP_CREDENTIAL_KEY_FILE"] or str(credential_key())
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        **env,
        **overrides,
    }


def production(*args: str, **overrides: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=documented_environment(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


PRINT_HTTPS_SETTINGS = """
import json
from django.conf import settings
names = ["SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS",
         "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER", "SECURE_REDIRECT_EXEMPT"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


def https_settings(**overrides: str) -> dict:
    process = production("shell", "--no-imports", "-c", PRINT_HTTPS_SETTINGS, **overrides)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


def test_every_variable_production_reads_is_documented():
    documented = set(documented_environment())
    read = {"DATABASE_URL"}  # read by dj_database_url in base.py
    for settings_file in ("base.py", "production.py"):
        source = (ROOT / "cms" / "settings" / settings_file).read_text()
        read |= set(re.findall(r'(?:environ\.get\(|environ\[|env_flag\()"(\w+)"', source))

    assert {"DJANGO_SECRET_KEY", "DJANGO_SECURE_SSL_REDIRECT", "REDIS_URL"} <= read
    assert read <= documented, read - documented


def test_deploy_checks_pass_with_the_documented_environment():
    process = production("check", "--deploy", "--fail-level", "WARNING")

    assert process.returncode == 0, process.stdout + process.stderr
    assert "no issues" in process.stdout


def test_production_redirects_to_https_and_asks_browsers_to_stay_there(client, home):
    values = https_settings()
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])

    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    with override_settings(**values):
        plain = client.get("/pl/")
        secure = client.get("/pl/", headers={"X-Forwarded-Proto": "https"})

    assert plain.status_code == 301 and plain["Location"] == "https://testserver/pl/"
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_a_proxy_that_redirects_itself_turns_djangos_redirect_off():
    values = https_settings(
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_HSTS_PRELOAD="1",
        DJANGO_SECURE_REDIRECT_EXEMPT="^healthz/$",
    )

    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SECURE_REDIRECT_EXEMPT"] == ["^healthz/$"]


# --- Personal pages are never cached -----------------------------------------------------


def is_private(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def test_anonymous_public_pages_stay_cacheable(client, home):
    response = client.get("/pl/")

    assert response.status_code == 200
    assert not is_private(response)


def test_every_page_for_a_signed_in_user_is_private(client, home):
    client.force_login(make_advisor())

    response = client.get("/pl/")

    assert "Sign out" in client.get("/en/").content.decode()
    assert is_private(response)
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("url", ["/pl/learning/", "/pl/accounts/login/"])
def test_personal_pages_are_private_even_before_signing_in(client, home, url):
    assert is_private(client.get(url))


def test_quiz_attempt_result_and_certificate_are_private(client, home):
    course = make_course(home)
    quiz = QuizPage.objects.child_of(course).get()
    attempt_url = f"{quiz.url}attempt/00000000-0000-4000-8000-000000000000/"

    for url in (attempt_url, attempt_url + "result/", course.url + "certificate/"):
        response = client.get(url)
        assert response.status_code == 302, url  # to the sign-in page
        assert is_private(response), url

    client.force_login(make_advisor())
    client.post(quiz.url + "start/")
    attempt = Attempt.objects.get()
    assert is_private(client.get(f"{quiz.url}attempt/{attempt.pk}/"))
