"""When sign-in is locked after failed attempts, which lockouts are current, and unlocking.

django-axes records the failures (AccessAttempt: one row per username, address and browser) and
refuses sign-in while they are over the limit. Axes compares every lockout parameter with one
limit; we need two, because an office's advisors share one public address: a few failures lock
one account from one address, many more lock the address for every account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db.models import Max, Sum
from django.http import HttpRequest
from django.utils import timezone


def failure_limits() -> list[int]:
    """Failures that lock sign-in, one per entry of AXES_LOCKOUT_PARAMETERS, in that order."""
    limits = settings.ZMP_SIGN_IN_FAILURE_LIMITS
    if len(limits) != len(settings.AXES_LOCKOUT_PARAMETERS):
        raise ValueError("ZMP_SIGN_IN_FAILURE_LIMITS needs one limit per AXES_LOCKOUT_PARAMETERS.")
    return limits


def cool_off() -> timedelta:
    """How long sign-in stays locked after the last failure counted."""
    return get_cool_off()


class SignInLockoutHandler(AxesDatabaseHandler):
    """Axes' database handler with its own limit for each lockout parameter."""

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """The failures of the parameter nearest its limit, scaled to AXES_FAILURE_LIMIT.

        Axes locks when this reaches AXES_FAILURE_LIMIT, so each parameter locks exactly at its
        own limit: ``failures * L // limit >= L`` holds when ``failures >= limit``.
        """
        scale = get_failure_limit(request, credentials)
        attempts_per_parameter = self.get_user_attempts(request, credentials)
        return max(
            (attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0) * scale // limit
            for attempts, limit in zip(attempts_per_parameter, failure_limits(), strict=True)
        )

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """Forget this account's failures from this address, and no one else's.

        Axes would delete every row matching any lockout parameter, so one account's successful
        sign-in would wipe the failures of every account tried from the same address.
        """
        count, _deleted = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


@dataclass(frozen=True)
class Lockout:
    """Sign-in refused for one account from one address, or for every account from an address."""

    username: str | None  # None: the address is locked for every account
    ip_address: str | None
    failures: int
    last_attempt: datetime

    @property
    def unlocks_at(self) -> datetime:
        return self.last_attempt + cool_off()


def current_lockouts() -> list[Lockout]:
    """Every lockout in force now, the most recent first."""
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off())
    lockouts = []
    for parameter, limit in zip(settings.AXES_LOCKOUT_PARAMETERS, failure_limits(), strict=True):
        fields = [parameter] if isinstance(parameter, str) else list(parameter)
        rows = (
            recent.values(*fields)
            .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
            .filter(failures__gte=limit)
        )
        lockouts += [
            Lockout(
                username=row.get("username"),
                ip_address=row.get("ip_address"),
                failures=row["failures"],
                last_attempt=row["last_attempt"],
            )
            for row in rows
        ]
    return sorted(lockouts, key=lambda lockout: lockout.last_attempt, reverse=True)


def unlock(*, username: str | None, ip_address: str | None) -> int:
    """Forget the failures behind a lockout (all of an address's when no username is given)."""
    if username is None and ip_address is None:
        raise ValueError("Unlocking needs a username or an address, not everything at once.")
    return reset(ip=ip_address, username=username)
