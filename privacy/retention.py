"""How long each kind of personal record is kept, and deleting what has been kept longer.

One list of rules serves both the scheduled deletion and the privacy notice, which states
each rule's period: what the notice promises is what the site does.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable
from dataclasses import dataclass

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from privacy.models import PrivacySettings

FINISHED_TASKS = [TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED]


@dataclass(frozen=True)
class Period:
    amount: int
    unit: str  # "months" or "days"

    def before(self, moment: datetime.datetime) -> datetime.datetime:
        """The moment this period before ``moment``: records older than it are due."""
        if self.unit == "days":
            return moment - datetime.timedelta(days=self.amount)
        month_index = moment.year * 12 + moment.month - 1 - self.amount
        year, month = divmod(month_index, 12)
        day = min(moment.day, calendar.monthrange(year, month + 1)[1])
        return moment.replace(year=year, month=month + 1, day=day)

    def __str__(self) -> str:
        if self.unit == "months":
            return ngettext("%(count)d month", "%(count)d months", self.amount) % {
                "count": self.amount
            }
        return ngettext("%(count)d day", "%(count)d days", self.amount) % {"count": self.amount}


@dataclass(frozen=True)
class RetentionRule:
    key: str
    records: Promise  # what is kept, as the privacy notice names it
    period: Callable[[PrivacySettings], Period]
    delete_older_than: Callable[[datetime.datetime], int]  # returns how many were deleted
    kept_for: Promise  # how long, with the period as %(period)s

    def describe(self, period: Period) -> str:
        return self.kept_for % {"period": period}


def _delete_contact_messages(cutoff: datetime.datetime) -> int:
    # Their e-mail delivery records go with them (a one-to-one with cascade).
    return (
        FormSubmission.objects.filter(submit_time__lt=cutoff)
        .delete()[1]
        .get("wagtailforms.FormSubmission", 0)
    )


def _delete_sign_in_records(cutoff: datetime.datetime) -> int:
    return AccessAttempt.objects.filter(attempt_time__lt=cutoff).delete()[0]


def _delete_task_records(cutoff: datetime.datetime) -> int:
    finished = DBTaskResult.objects.filter(status__in=FINISHED_TASKS, finished_at__lt=cutoff)
    return finished.delete()[0]


def _delete_expired_sessions(cutoff: datetime.datetime) -> int:
    # A session's own expiry date already carries its age limit.
    return Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]


def _session_period(privacy: PrivacySettings) -> Period:
    return Period(settings.SESSION_COOKIE_AGE // 86400, "days")


RULES = [
    RetentionRule(
        key="contact_messages",
        records=_("Messages sent with the contact form, with the sender's details"),
        period=lambda privacy: Period(privacy.contact_message_months, "months"),
        delete_older_than=_delete_contact_messages,
        kept_for=_("%(period)s from when the message arrived"),
    ),
    RetentionRule(
        key="sign_in_records",
        records=_("Records of failed sign-ins: user name, network address and browser"),
        period=lambda privacy: Period(privacy.sign_in_record_days, "days"),
        delete_older_than=_delete_sign_in_records,
        kept_for=_("%(period)s from the last failed attempt"),
    ),
    RetentionRule(
        key="task_records",
        records=_("Records of e-mails the site has sent, with their recipients' addresses"),
        period=lambda privacy: Period(privacy.task_record_days, "days"),
        delete_older_than=_delete_task_records,
        kept_for=_("%(period)s from when the e-mail was sent"),
    ),
    RetentionRule(
        key="sessions",
        records=_("Sign-in sessions of advisors and staff"),
        period=_session_period,
        delete_older_than=_delete_expired_sessions,
        kept_for=_("until signing out, at most %(period)s"),
    ),
]


def retention_periods(privacy: PrivacySettings) -> list[tuple[RetentionRule, Period]]:
    """Each rule with the period it keeps records for under ``privacy``."""
    return [(rule, rule.period(privacy)) for rule in RULES]


def notice_rows(privacy: PrivacySettings) -> list[tuple[str, str]]:
    """(what is kept, for how long) for each rule, as the privacy notice states them."""
    return [
        (str(rule.records), rule.describe(period)) for rule, period in retention_periods(privacy)
    ]


def delete_expired(now: datetime.datetime | None = None) -> dict[str, int]:
    """Deletes every record kept past its period; returns how many of each kind went."""
    now = now or timezone.now()
    privacy = PrivacySettings.load()
    deleted = {}
    with transaction.atomic():
        for rule, period in retention_periods(privacy):
            deleted[rule.key] = rule.delete_older_than(period.before(now))
    return deleted
