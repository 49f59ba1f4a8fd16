"""Password reset and self-registration refuse floods with 429 and Retry-After."""

import pytest
from django.core import mail
from django.core.cache import cache

from tests.factories_elearning import make_advisor

RESET = "/en/accounts/password-reset/"
TOO_MANY = "This form has been sent too many times"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def assert_refused(response):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert TOO_MANY in response.content.decode()


def test_a_mailbox_gets_five_reset_emails_an_hour_then_the_form_is_refused(client, db):
    advisor = make_advisor()
    for _request in range(5):
        assert client.post(RESET, {"email": advisor.email}).status_code == 302

    refused = client.post(RESET, {"email": advisor.email.upper()})

    assert_refused(refused)
    assert len(mail.outbox) == 5


def test_another_address_is_still_served_after_one_reached_its_limit(client, db):
    advisor, colleague = make_advisor(), make_advisor("colleague")
    for _request in range(6):
        client.post(RESET, {"email": advisor.email})

    response = client.post(RESET, {"email": colleague.email})

    assert response.status_code == 302
    assert mail.outbox[-1].to == [colleague.email]


def test_one_connection_may_ask_twenty_times_an_hour_whatever_the_addresses(client, db):
    for number in range(20):
        response = client.post(RESET, {"email": f"person{number}@example.org"})
        assert response.status_code == 302

    assert_refused(client.post(RESET, {"email": "person20@example.org"}))
    other_connection = client.post(
        RESET, {"email": "person20@example.org"}, REMOTE_ADDR="203.0.113.9"
    )
    assert other_connection.status_code == 302


def test_self_registration_is_limited_per_connection(client, home, settings):
    settings.ZMP_SELF_REGISTRATION = True
    for _request in range(10):
        assert client.post("/en/accounts/register/", {"username": ""}).status_code == 400

    assert_refused(client.post("/en/accounts/register/", {"username": ""}))
    assert client.get("/en/accounts/register/").status_code == 200


@pytest.mark.parametrize(
    ("forwarded", "remote"),
    [("", ""), ("not-an-address", "127.0.0.1"), ("999.1.1.1", ""), ("\x00", "::1")],
)
def test_a_missing_or_forged_client_address_is_counted_not_a_server_error(
    client, db, settings, forwarded, remote
):
    settings.ZMP_TRUSTED_PROXIES = 1
    advisor = make_advisor()
    answers = [
        client.post(
            RESET, {"email": advisor.email}, HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR=remote
        ).status_code
        for _request in range(21)
    ]

    # Five e-mails to the mailbox, then refusals; the unknown address is one counter.
    assert answers[:5] == [302] * 5
    assert set(answers[5:]) == {429}
