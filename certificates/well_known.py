"""Addresses under /.well-known/ (RFC 8615), outside the language prefixes: the site's public
credential keys."""

from django.urls import path

from . import views

urlpatterns = [
    path("jwks.json", views.jwks, name="jwks"),
]
