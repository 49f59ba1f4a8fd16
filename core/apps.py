from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared parts: content blocks, menus, language helpers, demo content."""

    name = "core"
    verbose_name = _("Site core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from core import cache_purge, key_guards, locale_memo, site_frame, view_restrictions

        cache_purge.connect_signal_handlers()
        site_frame.connect_signal_handlers()
        locale_memo.install()
        key_guards.install()
        site_frame.install()
        view_restrictions.install()
