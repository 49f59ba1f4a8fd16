"""wagtail-localize's URLs that ``localization.access`` answers in its place."""

from django.urls import path

from .access import PermittedSnippetViewSet, PermittedTranslationsReportView

urlpatterns = [
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/",
        PermittedSnippetViewSet.as_view({"get": "list"}),
    ),
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        PermittedSnippetViewSet.as_view({"get": "retrieve"}),
    ),
    path("reports/translations/", PermittedTranslationsReportView.as_view()),
    path(
        "reports/translations/results/",
        PermittedTranslationsReportView.as_view(results_only=True),
    ),
]
