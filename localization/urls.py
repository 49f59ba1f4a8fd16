from django.urls import path

from .views import TranslationStatusView

app_name = "localization"
urlpatterns = [
    path("", TranslationStatusView.as_view(), name="status"),
]
