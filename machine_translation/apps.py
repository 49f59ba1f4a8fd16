from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MachineTranslationConfig(AppConfig):
    name = "machine_translation"
    verbose_name = _("Machine translation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connects the publish signal that records whether a page still has unreviewed
        # machine segments.
        from . import signals  # noqa: F401
