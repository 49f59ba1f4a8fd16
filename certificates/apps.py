from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates of completed courses: issued once, verifiable by anyone, revocable by staff."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from accounts import personal_data

        from . import pdf
        from .personal_data import certificates

        # The holder's download of their data lists their certificates.
        personal_data.register("certificates", certificates)
        checks.register(pdf.check_fonts)
