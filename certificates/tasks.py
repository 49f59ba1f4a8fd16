"""Background work of the certificates: rendering PDFs, kept out of the request."""

from __future__ import annotations

from django.utils import translation
from django_tasks import task

from . import pdf, pdf_store, verification
from .models import Certificate


@task()
def render_certificate_pdf(certificate_id: int, document: dict) -> None:
    """Render the PDF ``document`` describes (``pdf_store.task_arguments``) and store it.

    Nothing is stored for a certificate revoked or a holder erased since the request.
    """
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.is_revoked or verification.holder_erased(certificate):
        return
    printed = pdf_store.document_from(document)
    with translation.override(printed.language):
        content = pdf.render(printed)
    pdf_store.store(certificate, printed, content)
