"""wagtail-localize's URLs that ``localization.access`` answers in its place."""

from django.urls import path

from .access import (
    CheckedEditOverride,
    CheckedEditStringTranslation,
    CheckedSubmitPageTranslationView,
    CheckedSubmitSnippetTranslationView,
    CheckedUpdateTranslationsView,
    PermittedSnippetViewSet,
    PermittedTranslationsReportView,
    checked_upload_pofile,
)

urlpatterns = [
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/",
        PermittedSnippetViewSet.as_view({"get": "list"}),
    ),
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        PermittedSnippetViewSet.as_view({"get": "retrieve"}),
    ),
    path("submit/page/<int:page_id>/", CheckedSubmitPageTranslationView.as_view()),
    path(
        "update/<int:translation_source_id>/",
        CheckedUpdateTranslationsView.as_view(),
    ),
    path(
        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        CheckedSubmitSnippetTranslationView.as_view(),
    ),
    path("translate/<int:translation_id>/pofile/upload/", checked_upload_pofile),
    path(
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        CheckedEditStringTranslation.as_view(),
    ),
    path(
        "translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
        CheckedEditOverride.as_view(),
    ),
    path("reports/translations/", PermittedTranslationsReportView.as_view()),
    path(
        "reports/translations/results/",
        PermittedTranslationsReportView.as_view(results_only=True),
    ),
]
