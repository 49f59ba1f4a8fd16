from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates of completed courses: issued once, verifiable by anyone, revocable by staff."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from django.contrib.auth.models import Group

        from accounts import personal_data

        from . import pdf
        from .permissions import give_new_staff_group_the_permissions
        from .personal_data import certificates

        # The holder's download of their data lists their certificates.
        personal_data.register("certificates", certificates)
        checks.register(pdf.check_fonts)

        # The staff group may be created after migration 0001 (the demo loader, staff).
        post_save.connect(
            give_new_staff_group_the_permissions,
            sender=Group,
            dispatch_uid="certificates.staff_group_permissions",
        )
