"""The task worker (django-tasks' database backend) e-mails contact messages, retrying failures."""

from __future__ import annotations

import logging
import socket
import time
from contextlib import closing

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from tests.factories_outreach import make_contact_page

VALID = {
    "imie_i_nazwisko": "Anna Nowak",
    "adres_e_mail": "anna@example.org",
    "wiadomosc": "Kiedy odbędzie się spotkanie w Choroszczy?",
    "privacy_consent": "on",
}
# The worker takes SQLite's write lock with its own BEGIN, which cannot nest in a test's
# transaction; these tests commit for real, each starting from the migrated data.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

IN_THE_WORKER = override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})


def closed_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def smtp_down():
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    )


def run_worker() -> None:
    """Run every task that is due, then stop: the worker as production runs it, in batch."""
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contact(home):
    return make_contact_page(home, to_address="kontakt@example.org")


@IN_THE_WORKER
@override_settings(ZMP_CONTACT_MAIL_RETRY_DELAYS=[1, 60])
def test_worker_retries_a_failed_email_later_and_sends_it_once_the_server_is_back(
    client, contact, caplog
):
    response = client.post(contact.url, VALID)

    assert response.status_code == 200
    assert mail.outbox == []  # nothing is sent inside the request
    submission = FormSubmission.objects.get(page=contact)
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY

    with smtp_down(), caplog.at_level(logging.WARNING, logger="zmp.contact"):
        run_worker()

    (failed,) = DBTaskResult.objects.failed()
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    (retry,) = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert retry.run_after > failed.started_at
    (warning,) = [r for r in caplog.records if r.name == "zmp.contact"]
    assert warning.levelno == logging.WARNING
    assert f"submission {submission.pk}" in warning.getMessage()

    time.sleep(1.2)  # the first delay
    run_worker()

    (message,) = mail.outbox
    assert message.to == ["kontakt@example.org"]
    assert "Wiadomość: Kiedy odbędzie się spotkanie w Choroszczy?" in message.body
    assert DBTaskResult.objects.successful().count() == 1
    submission.delivery.refresh_from_db()
    assert submission.delivery.sent_at is not None
    assert submission.delivery.attempts == 2


@IN_THE_WORKER
@override_settings(ZMP_CONTACT_MAIL_RETRY_DELAYS=[0, 0, 0])
def test_worker_gives_up_after_the_last_retry_logs_it_and_keeps_the_message(
    client, contact, caplog
):
    client.post(contact.url, VALID)
    submission = FormSubmission.objects.get(page=contact)

    with smtp_down(), caplog.at_level(logging.WARNING, logger="zmp.contact"):
        run_worker()

    assert DBTaskResult.objects.failed().count() == 4  # the first attempt and 3 retries
    assert not DBTaskResult.objects.ready().exists()
    records = [r for r in caplog.records if r.name == "zmp.contact"]
    assert [r.levelname for r in records] == ["WARNING", "WARNING", "WARNING", "ERROR"]
    assert all(f"submission {submission.pk}" in r.getMessage() for r in records)
    assert FormSubmission.objects.filter(pk=submission.pk).exists()
    submission.delivery.refresh_from_db()
    assert submission.delivery.sent_at is None and submission.delivery.attempts == 4


@IN_THE_WORKER
def test_message_and_its_task_are_stored_together(client, contact):
    client.post(contact.url, VALID)

    submission = FormSubmission.objects.get(page=contact)
    task = DBTaskResult.objects.get()
    assert task.task_path == "contact.delivery.email_message"
    assert task.args_kwargs["args"] == [submission.delivery.pk]
