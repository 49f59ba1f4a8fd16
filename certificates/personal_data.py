"""A holder's certificates, for the download of their personal data (accounts)."""

from __future__ import annotations

from accounts.personal_data import Record

from .models import Certificate


def certificates(user) -> list[Record]:
    return [
        {
            "code": certificate.code,
            "kind": certificate.kind,
            # The advisor certificate's title in the holder's language at the download.
            "course": certificate.title(),
            "completed_at": certificate.issued_at,
            "score_percent": float(certificate.score),
            "revoked_at": certificate.revoked_at,
            "revocation_reason": certificate.revocation_reason,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
    ]
