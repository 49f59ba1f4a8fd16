"""Erasing an account holder's personal data at their request (GDPR art. 17), by staff.

The account is kept but anonymised: name, e-mail and language go, the username becomes
``erased-<id>``, the password unusable and the account inactive (its sessions end with the
password). The learning records stay attached to that anonymous account, so reports and
statistics still add up and nothing in them names the person.

Other apps say what erasure does to their records with ``register`` (from their
``AppConfig.ready``): the advisor's public profile is deleted, consultations are detached.
Each runs in the erasure's transaction, so either everything is erased or nothing is.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.utils import timezone

from .models import ErasureRequest, Profile

ERASED_USERNAME = "erased-{pk}"

Eraser = Callable[[object], None]
_erasers: dict[str, Eraser] = {}


def register(name: str, eraser: Eraser) -> None:
    """``eraser(user)`` erases or detaches the user's records of ``name`` during erasure."""
    _erasers[name] = eraser


def erase(erasure: ErasureRequest, *, by) -> None:
    """Carries out ``erasure``; staff member ``by`` is recorded as having done it."""
    with transaction.atomic():
        user = erasure.user
        user.username = ERASED_USERNAME.format(pk=user.pk)
        user.first_name = ""
        user.last_name = ""
        user.email = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
        Profile.objects.filter(user=user).delete()
        for eraser in _erasers.values():
            eraser(user)
        erasure.erased_at = timezone.now()
        erasure.erased_by = by
        erasure.save(update_fields=["erased_at", "erased_by"])


def pending() -> list[ErasureRequest]:
    return list(ErasureRequest.objects.filter(erased_at__isnull=True).select_related("user"))
