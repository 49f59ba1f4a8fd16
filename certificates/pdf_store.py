"""Rendered certificate PDFs, kept per certificate and language (``StoredPdf``).

The download serves the stored PDF while its fingerprint (everything printed on it, and the
layout's version) is still that of the PDF it would print now; otherwise it asks the task
worker for one (certificates.tasks) and tells the holder it is being prepared. So a name
corrected in the account, a course retitled or a new layout gives a new PDF, while the same
certificate downloaded again is the very same file, with the same code.

A revoked certificate, or a holder whose name changed or was erased, loses its stored PDFs
at once: they print a name or a standing that no longer holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from . import pdf
from .models import Certificate, StoredPdf

# A render asked for and not done by then is asked again (the worker was down, or failed).
RENDER_WAIT = timedelta(minutes=5)
# A user saved with any of these fields may have a new name.
NAME_FIELDS = {"first_name", "last_name", "username"}


def fingerprint(document: pdf.CertificateDocument) -> str:
    printed = {"layout": pdf.LAYOUT_VERSION, **asdict(document)}
    return hashlib.sha256(json.dumps(printed, sort_keys=True).encode()).hexdigest()


def task_arguments(document: pdf.CertificateDocument) -> dict:
    """``document`` as the task receives it: plain JSON."""
    return {**asdict(document), "blocks": list(document.blocks)}


def document_from(arguments: dict) -> pdf.CertificateDocument:
    return pdf.CertificateDocument(**{**arguments, "blocks": tuple(arguments["blocks"])})


def stored(certificate: Certificate, document: pdf.CertificateDocument) -> bytes | None:
    """The stored PDF of ``document``, if it is current."""
    content = (
        StoredPdf.objects.filter(
            certificate=certificate,
            language=document.language,
            fingerprint=fingerprint(document),
            rendered_at__isnull=False,
        )
        .values_list("content", flat=True)
        .first()
    )
    return bytes(content) if content is not None else None


def claim_render(certificate: Certificate, document: pdf.CertificateDocument) -> bool:
    """True if the caller should ask for ``document`` to be rendered: nobody asked for it
    within ``RENDER_WAIT``. Two requests at once get one True between them."""
    wanted = fingerprint(document)
    now = timezone.now()
    row, _created = StoredPdf.objects.get_or_create(
        certificate=certificate, language=document.language
    )
    asked = Q(requested_fingerprint=wanted, requested_at__gt=now - RENDER_WAIT)
    return bool(
        StoredPdf.objects.filter(pk=row.pk)
        .exclude(asked)
        .update(requested_fingerprint=wanted, requested_at=now)
    )


def store(certificate: Certificate, document: pdf.CertificateDocument, content: bytes) -> None:
    StoredPdf.objects.update_or_create(
        certificate=certificate,
        language=document.language,
        defaults={
            "fingerprint": fingerprint(document),
            "content": content,
            "rendered_at": timezone.now(),
            "requested_fingerprint": "",
            "requested_at": None,
        },
    )


def forget(certificate: Certificate) -> None:
    StoredPdf.objects.filter(certificate=certificate).delete()


def forget_holder_on_save(sender, instance, update_fields=None, **kwargs) -> None:
    """A ``post_save`` receiver for users: their PDFs go when their name may have changed
    (an edit, an erasure); a sign-in, which saves only ``last_login``, keeps them."""
    if update_fields is not None and not NAME_FIELDS & set(update_fields):
        return
    StoredPdf.objects.filter(certificate__user=instance).delete()
