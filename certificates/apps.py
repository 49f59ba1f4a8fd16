from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.core import checks
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates of completed courses: issued once, verifiable by anyone, revocable by staff."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from accounts import personal_data

        from . import keys, pdf, pdf_store
        from .personal_data import certificates

        # The holder's download of their data lists their certificates.
        personal_data.register("certificates", certificates)
        checks.register(pdf.check_fonts)
        checks.register(keys.check_signing_key)
        # A stored PDF prints the holder's name: it goes when the name changes or is erased.
        post_save.connect(
            pdf_store.forget_holder_on_save,
            sender=get_user_model(),
            dispatch_uid="certificates.forget_stored_pdfs",
        )
