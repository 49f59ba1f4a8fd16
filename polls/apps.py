from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PollsConfig(AppConfig):
    name = "polls"
    verbose_name = _("Polls")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import personal_data

        from . import personal_data as voting_records
        from . import signals  # noqa: F401 - connects the receivers

        # Models are ready only now; the download of an account holder's data lists these.
        personal_data.register("poll_votes", voting_records.votes)
