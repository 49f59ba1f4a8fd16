from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The advisors' network: Podlaskie's territory (TERYT), public profiles, the directory."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = _("Advisors' network")

    def ready(self) -> None:
        from accounts import personal_data
        from accounts.models import ErasureRequest

        from .profiles import on_erasure_saved, personal_data_records

        # The holder's download of their data lists their profile; erasure deletes it.
        personal_data.register("advisor_profile", personal_data_records)
        post_save.connect(
            on_erasure_saved, sender=ErasureRequest, dispatch_uid="network_profile_erasure"
        )
