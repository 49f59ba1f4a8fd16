"""Personal records kept past their period are deleted by the nightly task: exactly those,
and nothing else; the task books its next run."""

from __future__ import annotations

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from accounts.tasks import send_password_reset
from contact.delivery import MessageDelivery
from elearning.models import Attempt
from privacy.models import PrivacySettings
from privacy.retention import Period, delete_expired
from privacy.tasks import book_next_run, delete_expired_records, next_run
from tests.factories_elearning import make_advisor, make_course, quiz_of, start
from tests.factories_outreach import make_contact_page

IN_THE_WORKER = override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
NOW = timezone.make_aware(datetime.datetime(2026, 12, 7, 3, 0))


def days_ago(days: float) -> datetime.datetime:
    return NOW - datetime.timedelta(days=days)


def contact_message(page, received: datetime.datetime, key: str) -> FormSubmission:
    submission = FormSubmission.objects.create(
        page=page, form_data={"adres_e_mail": f"{key}@example.org", "wiadomosc": "Pytanie"}
    )
    MessageDelivery.objects.create(submission=submission, form_key=key)
    FormSubmission.objects.filter(pk=submission.pk).update(submit_time=received)
    return submission


def failed_sign_in(username: str, when: datetime.datetime) -> AccessAttempt:
    attempt = AccessAttempt.objects.create(
        username=username,
        ip_address="192.0.2.7",
        user_agent="Firefox",
        http_accept="*/*",
        path_info="/pl/accounts/login/",
        get_data="",
        post_data="",
        failures_since_start=1,
    )
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=when)
    return attempt


@pytest.fixture
def contact(home):
    return make_contact_page(home, to_address="kontakt@example.org")


def test_contact_messages_older_than_the_period_go_with_their_delivery_records(contact):
    privacy = PrivacySettings.load()
    privacy.contact_message_months = 12
    privacy.save()
    due = contact_message(contact, NOW.replace(year=2025, day=6), "old")
    kept = contact_message(contact, NOW.replace(year=2025, day=8), "recent")

    deleted = delete_expired(NOW)

    assert deleted["contact_messages"] == 1
    assert list(FormSubmission.objects.all()) == [kept]
    assert not MessageDelivery.objects.filter(submission_id=due.pk).exists()
    assert MessageDelivery.objects.filter(submission=kept).exists()


def test_a_shorter_period_set_by_staff_takes_effect_at_the_next_run(contact):
    contact_message(contact, days_ago(100), "hundred-days")
    assert delete_expired(NOW)["contact_messages"] == 0

    privacy = PrivacySettings.load()
    privacy.contact_message_months = 3
    privacy.save()

    assert delete_expired(NOW)["contact_messages"] == 1
    assert not FormSubmission.objects.exists()


def test_failed_sign_ins_are_kept_for_their_days_from_the_last_failure(db):
    failed_sign_in("stary", days_ago(31))
    recent = failed_sign_in("nowy", days_ago(29))

    assert delete_expired(NOW)["sign_in_records"] == 1
    assert list(AccessAttempt.objects.all()) == [recent]


@IN_THE_WORKER
def test_finished_e_mail_tasks_naming_their_recipient_go_while_waiting_ones_stay(db):
    for email in ["stary@example.org", "czeka@example.org", "nowy@example.org"]:
        send_password_reset.enqueue(
            email=email, domain="zmp.example", use_https=True, language="pl"
        )
    old, waiting, recent = DBTaskResult.objects.order_by("enqueued_at", "id")
    DBTaskResult.objects.filter(pk=old.pk).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=days_ago(31)
    )
    DBTaskResult.objects.filter(pk=recent.pk).update(
        status=TaskResultStatus.FAILED, finished_at=days_ago(2)
    )

    assert delete_expired(NOW)["task_records"] == 1
    left = sorted(r.args_kwargs["kwargs"]["email"] for r in DBTaskResult.objects.all())
    assert left == ["czeka@example.org", "nowy@example.org"]


def test_expired_sessions_go_and_live_ones_stay(db):
    live = SessionStore()
    live["zmp"] = 1
    live.create()
    expired = SessionStore()
    expired["zmp"] = 2
    expired.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1)
    )

    assert delete_expired()["sessions"] == 1
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]


def test_records_without_a_period_are_left_alone(contact, client):
    advisor = make_advisor("anna")
    course = make_course(contact.get_parent().specific)
    client.force_login(advisor)
    start(client, quiz_of(course))
    Attempt.objects.update(started_at=days_ago(3000))

    delete_expired(NOW)

    assert Attempt.objects.filter(user=advisor).count() == 1


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (datetime.datetime(2026, 3, 31, 3, 0), 1, datetime.datetime(2026, 2, 28, 3, 0)),
        (datetime.datetime(2026, 1, 15, 3, 0), 12, datetime.datetime(2025, 1, 15, 3, 0)),
        (datetime.datetime(2026, 1, 15, 3, 0), 13, datetime.datetime(2024, 12, 15, 3, 0)),
        (datetime.datetime(2028, 3, 31, 3, 0), 1, datetime.datetime(2028, 2, 29, 3, 0)),
    ],
)
def test_months_are_counted_on_the_calendar(moment, months, expected):
    assert Period(months, "months").before(moment) == expected


def test_the_daily_run_is_at_three_in_the_office_s_time_zone():
    evening = timezone.make_aware(datetime.datetime(2026, 12, 7, 22, 15))
    night = timezone.make_aware(datetime.datetime(2026, 12, 8, 1, 15))

    assert timezone.localtime(next_run(evening)) == timezone.make_aware(
        datetime.datetime(2026, 12, 8, 3, 0)
    )
    assert next_run(night) == next_run(evening)


@IN_THE_WORKER
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_runs_the_task_which_deletes_and_books_the_next_run_once(contact):
    contact_message(contact, timezone.now() - datetime.timedelta(days=400), "old")
    first = book_next_run()
    assert book_next_run() == first  # booked once, however often the stack starts
    DBTaskResult.objects.update(run_after=timezone.now())

    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    assert not FormSubmission.objects.exists()
    finished = DBTaskResult.objects.get(status=TaskResultStatus.SUCCESSFUL)
    assert finished.task_path == delete_expired_records.module_path
    (booked,) = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert booked.run_after == next_run(timezone.now())


def test_without_a_worker_backend_nothing_is_booked_and_the_command_says_so(db, capsys):
    call_command("delete_expired_records", "--schedule")

    assert "nothing booked" in capsys.readouterr().err
    assert not DBTaskResult.objects.exists()


def test_the_command_deletes_now_and_reports_each_kind(contact, capsys):
    contact_message(contact, timezone.now() - datetime.timedelta(days=400), "old")

    call_command("delete_expired_records")

    out = capsys.readouterr().out
    assert "contact_messages: 1 deleted" in out and "sign_in_records: 0 deleted" in out
    assert not FormSubmission.objects.exists()
