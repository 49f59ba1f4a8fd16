"""Logging: a request id on every response and log record, one line per request, the 500
page with the reference a visitor can quote, and JSON lines in production."""

import json
import logging
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import path
from django.utils import translation
from django_guid.api import clear_guid, set_guid

from cms import urls as site_urls
from core.errors import server_error
from tests.factories_elearning import make_advisor
from tests.test_security_headers import production


def fails(request):
    raise RuntimeError("the test view fails")


# The site's URLs and handler500, plus a view that really fails.
urlpatterns = [path("en/fails/", fails), *site_urls.urlpatterns]
handler500 = site_urls.handler500


def request_lines(caplog) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "zmp.request"]


def test_every_response_carries_a_new_request_id(client, home):
    first, second = client.get("/pl/"), client.get("/pl/")

    assert uuid.UUID(first["X-Request-ID"])
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_a_proxys_request_id_is_kept_only_when_it_is_a_uuid(client, home):
    given = str(uuid.uuid4())

    kept = client.get("/pl/", headers={"X-Request-ID": given})
    replaced = client.get("/pl/", headers={"X-Request-ID": "x\nFAKE LOG LINE"})

    assert kept["X-Request-ID"] == given
    assert uuid.UUID(replaced["X-Request-ID"])
    assert "FAKE" not in replaced["X-Request-ID"]


def test_each_request_is_logged_once_with_its_id_and_without_the_query(client, home, caplog):
    caplog.set_level(logging.INFO)

    response = client.get("/pl/search/?query=Jan+Kowalski")

    [line] = request_lines(caplog)
    assert line.getMessage().startswith("GET /pl/search/ 200 ")
    assert (line.method, line.path, line.status) == ("GET", "/pl/search/", 200)
    assert line.duration_ms >= 0
    assert line.user_id is None
    assert line.request_id == response["X-Request-ID"]
    assert "Kowalski" not in caplog.text


def test_the_signed_in_users_id_is_logged_but_not_their_name(client, home, caplog):
    advisor = make_advisor()
    client.force_login(advisor)
    caplog.set_level(logging.INFO)

    client.get("/pl/learning/")

    [line] = request_lines(caplog)
    assert line.user_id == advisor.pk
    assert advisor.username not in caplog.text


def test_a_password_reset_link_is_logged_without_its_token(client, home, caplog):
    caplog.set_level(logging.INFO)

    client.get("/pl/accounts/password-reset/MQ/secret-token-123/")

    [line] = request_lines(caplog)
    assert line.path == "/pl/accounts/password-reset/<uidb64>/<token>/"
    assert "secret-token-123" not in caplog.text


def test_a_page_preview_is_logged_once_as_the_admin_request_that_made_it(client, home, caplog):
    client.force_login(get_user_model().objects.create_superuser("redaktor", "r@example.com", "x"))
    caplog.set_level(logging.INFO)

    response = client.get(f"/admin/pages/{home.pk}/view_draft/")

    [line] = request_lines(caplog)
    assert line.path == f"/admin/pages/{home.pk}/view_draft/"
    assert line.request_id == response["X-Request-ID"]


@pytest.mark.urls(__name__)
def test_a_server_error_is_logged_with_its_traceback_and_shown_with_its_reference(home, caplog):
    client = Client(raise_request_exception=False)
    caplog.set_level(logging.INFO)

    response = client.get("/en/fails/")

    reference = response["X-Request-ID"]
    assert response.status_code == 500
    page = response.content.decode()
    assert f"Error reference: {reference}" in page
    assert '<html lang="en">' in page
    [error] = [r for r in caplog.records if r.name == "django.request"]
    assert error.levelno == logging.ERROR
    assert error.exc_info[0] is RuntimeError
    assert error.request_id == reference
    [line] = request_lines(caplog)
    assert (line.status, line.request_id) == (500, reference)


def test_the_error_page_renders_without_the_database(rf):
    """No database fixture: any query would raise, and the page would fall back to text."""
    reference = set_guid(str(uuid.uuid4()))
    try:
        with translation.override("en"):
            response = server_error(rf.get("/en/"))
    finally:
        clear_guid()

    assert response.status_code == 500
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert f"Error reference: {reference}" in response.content.decode()


def test_an_error_page_that_cannot_render_still_gives_the_reference(rf, caplog):
    with translation.override("en"):
        response = server_error(rf.get("/en/"), template_name="no-such-template.html")

    assert response.status_code == 500
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Server error" in response.content.decode()
    [failure] = [r for r in caplog.records if r.name == "zmp"]
    assert failure.levelno == logging.ERROR and failure.exc_info


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_a_request_for_another_host_is_a_warning_not_a_server_error(client, home, caplog):
    response = client.get("/pl/", headers={"Host": "scanner.example"})

    assert response.status_code == 400
    [refused] = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert refused.levelno == logging.WARNING
    assert refused.exc_info is None


LOG_IN_PRODUCTION = """
import logging
logging.getLogger("zmp.mail").info("sent")
try:
    raise ConnectionRefusedError("SMTP server down")
except ConnectionRefusedError:
    logging.getLogger("zmp.mail").exception("could not send the message")
logging.getLogger("some.library").info("chatter below WARNING")
"""


def test_production_writes_one_json_object_per_line_to_stdout():
    process = production("shell", "--no-imports", "-c", LOG_IN_PRODUCTION)

    assert process.returncode == 0, process.stderr
    lines = [json.loads(line) for line in process.stdout.splitlines()]
    assert [(line["level"], line["logger"], line["message"]) for line in lines] == [
        ("INFO", "zmp.mail", "sent"),
        ("ERROR", "zmp.mail", "could not send the message"),
    ]
    assert "ConnectionRefusedError: SMTP server down" in lines[1]["exc_info"]
    assert all("time" in line and "request_id" in line for line in lines)
