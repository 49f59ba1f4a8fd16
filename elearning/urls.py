from django.urls import path

from . import views

app_name = "elearning"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
