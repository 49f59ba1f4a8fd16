from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from core import cache_purge
        from news.models import NewsTopic

        # Topics are named on every article and listing of their language.
        cache_purge.clear_language_when_saved(NewsTopic)
