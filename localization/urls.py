from django.urls import path

from .views import (
    BulkTranslateSectionView,
    BulkTranslateSnippetsView,
    BulkTranslationIndexView,
    BulkTranslationJobView,
    TranslationStatusView,
)

app_name = "localization"
urlpatterns = [
    path("", TranslationStatusView.as_view(), name="status"),
    path("bulk/", BulkTranslationIndexView.as_view(), name="bulk_index"),
    path("bulk/section/<int:page_id>/", BulkTranslateSectionView.as_view(), name="bulk_section"),
    path(
        "bulk/snippets/<slug:app_label>/<slug:model_name>/",
        BulkTranslateSnippetsView.as_view(),
        name="bulk_snippets",
    ),
    path("bulk/jobs/<int:job_id>/", BulkTranslationJobView.as_view(), name="bulk_job"),
]
