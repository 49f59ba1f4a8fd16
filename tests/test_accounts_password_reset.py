"""Forgot password: every active account can set one, and the page never tells who exists."""

import logging
import re
import smtplib

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django_tasks import default_task_backend

from tests.factories_elearning import make_advisor

RESET = "/en/accounts/password-reset/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def imported_advisor(db):
    """As the CSV import leaves an advisor: active, in the Advisors group, no password yet."""
    advisor = make_advisor("anowak")
    advisor.set_unusable_password()
    advisor.save()
    return advisor


def set_password_from_email(client, message, password):
    link = re.search(r"http://testserver(/\w\w/accounts/password-reset/\S+/)", message.body)
    form_url = client.get(link.group(1), follow=True).redirect_chain[-1][0]
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def test_an_imported_advisor_without_a_password_gets_the_link_sets_one_and_signs_in(
    client, imported_advisor
):
    response = client.post(RESET, {"email": "ANowak@Example.org"})

    assert (
        response.status_code == 302 and response["Location"] == "/en/accounts/password-reset/sent/"
    )
    assert [message.to for message in mail.outbox] == [["anowak@example.org"]]
    assert "Your username: anowak" in mail.outbox[0].body
    set_password_from_email(client, mail.outbox[0], "Zielone-2026!")
    signed_in = client.post(
        "/en/accounts/login/", {"username": "anowak", "password": "Zielone-2026!"}
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == "/en/learning/"


def test_staff_with_a_password_get_the_link_too(client, django_user_model):
    django_user_model.objects.create_user(
        "chief", "chief@example.org", "old-password", is_staff=True
    )

    client.post(RESET, {"email": "chief@example.org"})

    assert [message.to for message in mail.outbox] == [["chief@example.org"]]


def test_the_email_speaks_the_visitors_language(client, imported_advisor):
    client.post("/es/accounts/password-reset/", {"email": imported_advisor.email})

    assert "http://testserver/es/accounts/password-reset/" in mail.outbox[0].body


def test_a_deactivated_account_gets_nothing(client, imported_advisor):
    imported_advisor.is_active = False
    imported_advisor.save()

    response = client.post(RESET, {"email": imported_advisor.email})

    assert response.status_code == 302
    assert mail.outbox == []


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, imported_advisor):
    known = client.post(RESET, {"email": imported_advisor.email}, follow=True)
    unknown = client.post(RESET, {"email": "nobody@example.org"}, follow=True)

    assert known.redirect_chain == unknown.redirect_chain
    assert known.content == unknown.content
    assert "If an account uses the address you entered" in unknown.content.decode()
    assert len(mail.outbox) == 1


def test_a_malformed_address_is_refused_on_the_form(client, db):
    response = client.post(RESET, {"email": "not an address"})

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert mail.outbox == []


@override_settings(TASKS=DUMMY_TASKS)
def test_the_request_does_the_same_work_for_a_known_and_an_unknown_address(
    client, imported_advisor
):
    """Timing equality by construction: the request never looks for the account."""
    client.post(RESET, {"email": "warm-up@example.org"})  # the per-process caches
    queries = {}
    for email in (imported_advisor.email, "nobody@example.org"):
        with CaptureQueriesContext(connection) as captured:
            response = client.post(RESET, {"email": email})
        assert response.status_code == 302
        queries[email] = [query["sql"] for query in captured.captured_queries]

    assert len(queries[imported_advisor.email]) == len(queries["nobody@example.org"])
    assert not any("auth_user" in sql for sqls in queries.values() for sql in sqls)
    enqueued = [result.args for result in default_task_backend.results]
    assert enqueued[-2:] == [[imported_advisor.email], ["nobody@example.org"]]
    assert mail.outbox == []


def test_setting_a_password_from_the_email_lifts_a_sign_in_lockout(client, imported_advisor):
    imported_advisor.set_password("forgotten")
    imported_advisor.save()
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"username": "anowak", "password": "wrong"})

    client.post(RESET, {"email": imported_advisor.email})
    set_password_from_email(client, mail.outbox[0], "Nowe-Haslo-2026!")

    signed_in = client.post(
        "/en/accounts/login/", {"username": "anowak", "password": "Nowe-Haslo-2026!"}
    )
    assert signed_in.status_code == 302


class RefusingEmailBackend(EmailBackend):
    """The mail server at its client boundary: it hangs up."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def test_a_failed_send_is_logged_by_account_never_by_address(
    client, imported_advisor, settings, caplog
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingEmailBackend"

    with caplog.at_level(logging.ERROR, logger="zmp.accounts"):
        response = client.post(RESET, {"email": imported_advisor.email})

    assert response.status_code == 302
    logged = [record.getMessage() for record in caplog.records if record.name == "zmp.accounts"]
    assert logged == [
        f"Password reset email to user {imported_advisor.pk} not sent: SMTPServerDisconnected"
    ]
    assert imported_advisor.email not in " ".join(logged)


def test_the_admin_sign_in_sends_a_forgotten_password_to_the_sites_reset(client, db):
    """Wagtail's own reset is off: it has no rate limit and skips accounts without a password."""
    page = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")

    assert 'href="/en/accounts/password-reset/"' in page.content.decode()
    assert client.get("/admin/password_reset/").status_code == 404
