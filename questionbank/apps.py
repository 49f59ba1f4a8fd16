from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionbankConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "questionbank"
    verbose_name = _("Question bank")

    def ready(self) -> None:
        # Connects "editing a used question creates a new version".
        from questionbank import signals  # noqa: F401
