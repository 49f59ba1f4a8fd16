from django.urls import path

from . import views

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_list, name="list"),
    path("add/", views.consultation_add, name="add"),
    path("<int:pk>/edit/", views.consultation_edit, name="edit"),
    path("<int:pk>/delete/", views.consultation_delete, name="delete"),
    path("meetings/", views.meeting_list, name="meetings"),
    path("meetings/propose/", views.meeting_propose, name="propose"),
]
