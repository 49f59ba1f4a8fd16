from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .analysis import load_lemmatizer


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Set where the server preloads the application (gunicorn --preload, see
        # deploy/gunicorn.conf.py): the workers forked afterwards share the dictionaries.
        if settings.ZMP_PRELOAD_LEMMATISER:
            load_lemmatizer()
        # Which search terms have promoted results is kept by each worker (search/queries.py).
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core import site_frame

        site_frame.forget_frame_when_saved(SearchPromotion)
