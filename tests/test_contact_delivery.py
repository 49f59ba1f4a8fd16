"""Contact messages are stored once, e-mailed without making the visitor wait, and rate-limited."""

from __future__ import annotations

import logging
import re
import socket
from contextlib import closing

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from wagtail.contrib.forms.models import FormSubmission

from contact.delivery import MessageDelivery
from tests.factories_outreach import make_contact_page

VALID = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie w Choroszczy?",
    "privacy_consent": "on",
}
THANKS = "Dziękujemy za wiadomość."
FORM_KEY_RE = re.compile(r'name="form_key" value="([^"]+)"')


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits count in the cache: each test starts and ends with no messages counted."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(home):
    return make_contact_page(home, to_address="kontakt@example.org")


def form_key(client, page) -> str:
    """The key of one rendering of the form, as the visitor's browser holds it."""
    (key,) = FORM_KEY_RE.findall(client.get(page.url).content.decode())
    return key


def closed_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_form_sent_twice_is_stored_and_mailed_once_and_thanked_for_both_times(client, contact):
    message = {**VALID, "form_key": form_key(client, contact)}

    first = client.post(contact.url, message)
    again = client.post(contact.url, message)

    assert first.status_code == again.status_code == 200
    assert THANKS in first.content.decode() and THANKS in again.content.decode()
    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert len(mail.outbox) == 1


def test_each_rendering_of_the_form_sends_its_own_message(client, contact):
    client.post(contact.url, {**VALID, "form_key": form_key(client, contact)})
    client.post(contact.url, {**VALID, "form_key": form_key(client, contact)})

    assert FormSubmission.objects.filter(page=contact).count() == 2


@pytest.mark.parametrize("key", ["", "forged-by-hand"])
def test_form_without_a_valid_key_is_still_stored(client, contact, key):
    response = client.post(contact.url, {**VALID, "form_key": key})

    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=contact)
    assert "form_key" not in submission.form_data
    assert submission.delivery.form_key not in ("", "forged-by-hand")


def test_form_corrected_after_an_error_keeps_its_key_and_is_stored_once(client, contact):
    key = form_key(client, contact)
    refused = client.post(contact.url, {**VALID, "wiadomosc": "", "form_key": key})

    assert refused.status_code == 400
    assert f'value="{key}"' in refused.content.decode()
    client.post(contact.url, {**VALID, "form_key": key})
    client.post(contact.url, {**VALID, "form_key": key})
    assert FormSubmission.objects.filter(page=contact).count() == 1


def test_message_is_mailed_from_what_was_stored(client, contact):
    client.post(contact.url, VALID)

    (message,) = mail.outbox
    assert message.to == ["kontakt@example.org"]
    assert message.reply_to == ["anna@example.org"]
    assert message.body.splitlines() == [
        "Imię i nazwisko: Anna Nowak",
        "Adres e-mail: anna@example.org",
        "Wiadomość: Kiedy odbędzie się spotkanie w Choroszczy?",
    ]
    assert MessageDelivery.objects.get().sent_at is not None


def test_mail_server_down_still_thanks_the_visitor_keeps_the_message_and_logs_it(
    client, contact, caplog
):
    smtp_down = override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    )
    with smtp_down, caplog.at_level(logging.WARNING, logger="zmp.contact"):
        response = client.post(contact.url, VALID)

    assert response.status_code == 200
    assert THANKS in response.content.decode()
    submission = FormSubmission.objects.get(page=contact)
    delivery = submission.delivery
    assert delivery.sent_at is None and delivery.attempts == 1
    (record,) = [r for r in caplog.records if r.name == "zmp.contact"]
    assert record.levelno == logging.ERROR
    assert f"submission {submission.pk}" in record.getMessage()
    assert isinstance(record.exc_info[1], ConnectionRefusedError)


def test_page_without_an_address_stores_the_message_and_mails_nobody(client, home):
    page = make_contact_page(home)

    client.post(page.url, VALID)

    assert mail.outbox == []
    assert MessageDelivery.objects.get(submission__page=page).sent_at is None


@override_settings(ZMP_RATE_LIMITS={"contact": "3/h"})
def test_too_many_messages_from_one_address_answer_429_and_store_nothing_more(client, contact):
    for _ in range(3):
        assert client.post(contact.url, VALID).status_code == 200

    response = client.post(contact.url, VALID)

    html = response.content.decode()
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    minutes = -(-int(response["Retry-After"]) // 60)
    with translation.override("pl"):
        expected = translation.ngettext(
            "You have sent several messages in a short time. Please wait %(minutes)s "
            "minute and send this one again.",
            "You have sent several messages in a short time. Please wait %(minutes)s "
            "minutes and send this one again.",
            minutes,
        ) % {"minutes": minutes}
    assert expected in html
    assert "Anna Nowak" in html  # what was typed is kept for later
    assert FormSubmission.objects.filter(page=contact).count() == 3


@override_settings(ZMP_RATE_LIMITS={"contact": "1/h"})
def test_resending_the_same_form_is_not_counted_against_the_limit(client, contact):
    message = {**VALID, "form_key": form_key(client, contact)}

    responses = [client.post(contact.url, message) for _ in range(3)]

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert FormSubmission.objects.filter(page=contact).count() == 1


@override_settings(ZMP_RATE_LIMITS={"contact": "1/h"})
def test_another_address_may_still_write(client, contact):
    client.post(contact.url, VALID)

    response = client.post(contact.url, VALID, REMOTE_ADDR="192.0.2.7")

    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact).count() == 2
