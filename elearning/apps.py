from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ElearningConfig(AppConfig):
    name = "elearning"
    verbose_name = _("E-learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Models are ready only now; the download of an advisor's data lists these records.
        from accounts import personal_data

        from . import personal_data as learning
        from . import routes

        personal_data.register("enrolments", learning.enrolments)
        personal_data.register("completed_lessons", learning.completed_lessons)
        personal_data.register("quiz_attempts", learning.quiz_attempts)
        # The pages' routes are answered by views that use services, which import the models.
        routes.register()
