from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibleInfoConfig(AppConfig):
    """Information about the office in easy-to-read text and in Polish Sign Language."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accessible_info"
    verbose_name = _("Easy-to-read and sign-language information")
