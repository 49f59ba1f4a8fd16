from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """What advisors do in their territory: consultations logged, information meetings proposed."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "consultations"
    verbose_name = _("Consultations and meetings")

    def ready(self) -> None:
        from accounts import erasure
        from accounts import personal_data as holder_data

        from . import personal_data

        # The holder's download lists their consultations and proposed meetings; erasing
        # their data detaches both from them (personal_data.py says why they are kept).
        holder_data.register("consultations", personal_data.consultations)
        holder_data.register("meeting_proposals", personal_data.meeting_proposals)
        erasure.register("consultations", personal_data.detach)
