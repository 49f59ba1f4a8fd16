from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from admin_language.fallback import use_english_fallback


class AdminLanguageConfig(AppConfig):
    """The Wagtail admin in the editor's language, with English, not Polish, where a string
    is missing (see ``fallback``); the strings Wagtail's own catalogues lack are kept in
    ``wagtail_strings`` and translated in the project's catalogues (``locale/``)."""

    name = "admin_language"
    verbose_name = _("Admin language")

    def ready(self) -> None:
        # Wagtail's views can be imported only once the apps are loaded.
        from admin_language.breadcrumbs import translate_snippet_breadcrumbs
        from admin_language.eager_labels import translate_chooser_labels

        use_english_fallback()
        translate_snippet_breadcrumbs()
        translate_chooser_labels()
