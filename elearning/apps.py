from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElearningConfig(AppConfig):
    name = "elearning"
    verbose_name = _("E-learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Models are ready only now; the download of an advisor's data lists these records.
        from accounts import personal_data
        from core import cache_purge, site_frame

        from . import personal_data as learning
        from . import routes
        from .models import GlossaryTerm

        personal_data.register("enrolments", learning.enrolments)
        personal_data.register("completed_lessons", learning.completed_lessons)
        personal_data.register("quiz_attempts", learning.quiz_attempts)
        # The pages' routes are answered by views that use services, which import the models.
        routes.register()
        # A key term shows its definition in every lesson of its language that uses it: the
        # lessons' cached pages and their bodies kept in the workers follow each edit.
        cache_purge.clear_language_when_saved(GlossaryTerm)
        site_frame.forget_frame_when_saved(GlossaryTerm)
