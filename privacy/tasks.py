"""The daily deletion of personal records kept past their period, run by the task worker.

django-tasks has no periodic schedule: each run books the next one (``run_after``), and
``manage.py delete_expired_records --schedule`` books the first when the stack starts.
Booking is skipped when a run is already waiting, so restarts never pile runs up.
"""

from __future__ import annotations

import datetime
import logging

from django.utils import timezone
from django_tasks import TaskResultStatus, default_task_backend, task
from django_tasks_db.models import DBTaskResult

from privacy.retention import delete_expired

logger = logging.getLogger("zmp.privacy")

# Quiet hours in the office's time zone.
DAILY_RUN_AT = datetime.time(3, 0)


def next_run(now: datetime.datetime) -> datetime.datetime:
    local = timezone.localtime(now)
    today = timezone.make_aware(datetime.datetime.combine(local.date(), DAILY_RUN_AT))
    return today if today > now else today + datetime.timedelta(days=1)


@task()
def delete_expired_records() -> dict[str, int]:
    deleted = delete_expired()
    logger.info("Deleted personal records kept past their period: %s", deleted)
    book_next_run()
    return deleted


def book_next_run(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """Books tomorrow's (or today's, before 3:00) run unless one is waiting; returns its time.

    None with a backend that cannot run tasks later (the immediate one of tests and `make
    run`): there the command is run by hand.
    """
    if not default_task_backend.supports_defer:
        return None
    waiting = DBTaskResult.objects.filter(
        task_path=delete_expired_records.module_path, status=TaskResultStatus.READY
    ).order_by("run_after")
    if booked := waiting.first():
        return booked.run_after
    when = next_run(now or timezone.now())
    delete_expired_records.using(run_after=when).enqueue()
    return when
