"""Rate limits of the account pages, counted by django-ratelimit in the "default" cache."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import get_usage

from .client_ip import client_network


@dataclass(frozen=True)
class RateLimit:
    """One counter: its name in ZMP_RATE_LIMITS (also its cache group) and what it counts by."""

    name: str
    key: str | Callable[[str, HttpRequest], str] = client_network


def per_address(address: str) -> Callable[[str, HttpRequest], str]:
    """Counts by email address, whatever its case; ratelimit hashes it into the cache key."""
    normalised = address.strip().casefold()
    return lambda _group, _request: normalised


def retry_after(request: HttpRequest, limits: list[RateLimit]) -> int | None:
    """Counts this request against every limit; the seconds to wait if one is exceeded."""
    waits = []
    for limit in limits:
        usage = get_usage(
            request,
            group=f"accounts.{limit.name}",
            key=limit.key,
            rate=settings.ZMP_RATE_LIMITS[limit.name],
            increment=True,
        )
        if usage is not None and usage["should_limit"]:
            # time_left is -1 when the cache could not count; wait a moment rather than nothing.
            waits.append(max(usage["time_left"], 1))
    return max(waits, default=None)
