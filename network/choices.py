"""Vocabularies shared by the profile model and the cards that show it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    """The one contact channel an advisor chooses to publish."""

    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    WEBSITE = "website", _("Website")
