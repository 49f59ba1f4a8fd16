from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    """The advisors' network: Podlaskie's territory (TERYT), public profiles, the directory."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = _("Advisors' network")

    def ready(self) -> None:
        from accounts import erasure, personal_data

        from .profiles import erase_profile, personal_data_records

        # The holder's download of their data lists their profile; erasure deletes it.
        personal_data.register("advisor_profile", personal_data_records)
        erasure.register("advisor_profile", erase_profile)
