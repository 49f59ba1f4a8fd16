from django.urls import path

from certificates.views import advisor_certificate, advisor_certificate_pdf

from . import views

app_name = "elearning"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("advisor-certificate/", advisor_certificate, name="advisor_certificate"),
    path("advisor-certificate/pdf/", advisor_certificate_pdf, name="advisor_certificate_pdf"),
]
