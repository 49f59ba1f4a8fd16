"""Translator roles: a group whose members translate into one language only."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslatorRole(models.Model):
    """Marks ``group`` as the translators into ``language_code``.

    The language is a code rather than a Locale: the roles are created by a migration, before
    any locale but the default one exists.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="translator_role", verbose_name=_("group")
    )
    language_code = models.CharField(_("language code"), max_length=100)

    class Meta:
        verbose_name = _("translator role")
        verbose_name_plural = _("translator roles")

    def __str__(self) -> str:
        return f"{self.group.name} ({self.language_code})"
