"""Revoking a certificate, by staff, for a reason that verification then shows."""

from __future__ import annotations

from django.utils import timezone

from . import pdf_store
from .models import Certificate


class AlreadyRevoked(Exception):
    pass


def revoke(certificate: Certificate, *, reason: str, by) -> None:
    """Revokes ``certificate`` now; staff member ``by`` is recorded as having done it.

    Only the first of two staff members revoking at once changes it; the second is told.
    Verification pages are never cached, so the revocation shows at once; its signed
    credentials still check, and their id, the verification page, says it is revoked.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError("A certificate is revoked only for a stated reason.")
    now = timezone.now()
    changed = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=now, revocation_reason=reason, revoked_by=by
    )
    if not changed:
        raise AlreadyRevoked(certificate.code)
    # Its PDFs are never downloaded again; they need not be kept.
    pdf_store.forget(certificate)
    certificate.revoked_at, certificate.revocation_reason, certificate.revoked_by = now, reason, by
