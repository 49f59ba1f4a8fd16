"""eTranslation's callbacks: public (eTranslation cannot sign in), outside the language prefix.

Included by cms/urls.py as ``path("machine-translation/", include("machine_translation.urls"))``.
"""

from django.urls import path

from . import views

app_name = "machine_translation"

urlpatterns = [
    path(
        "etranslation/<int:job_id>/<str:secret>/done/",
        views.etranslation_done,
        name="etranslation_done",
    ),
    path(
        "etranslation/<int:job_id>/<str:secret>/error/",
        views.etranslation_error,
        name="etranslation_error",
    ),
]
