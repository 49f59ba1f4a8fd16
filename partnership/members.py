"""The public-social partnership's members and the vocabularies they are filtered by.

Apart from the pages (models.py) so that the directory (directory.py) can use them and the
partnership page can use the directory without either importing the other's importer.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.vocabulary import TranslatableVocabulary


class Sector(TranslatableVocabulary):
    """Which part of society a member comes from (public administration, NGO, business)."""

    class Meta(TranslatableVocabulary.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Subregion(TranslatableVocabulary):
    """A subregion of Podlaskie Voivodeship (białostocki, łomżyński, suwalski)."""

    class Meta(TranslatableVocabulary.Meta):
        verbose_name = _("subregion")
        verbose_name_plural = _("subregions")


class PartnershipMember(TranslatableMixin, models.Model):
    """An organisation in the public-social partnership, listed in the directory."""

    name = models.CharField(max_length=255, verbose_name=_("name"))
    sector = models.ForeignKey(
        Sector, on_delete=models.PROTECT, related_name="members", verbose_name=_("sector")
    )
    subregion = models.ForeignKey(
        Subregion, on_delete=models.PROTECT, related_name="members", verbose_name=_("subregion")
    )
    town = models.CharField(max_length=100, blank=True, verbose_name=_("town"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    description = models.TextField(
        max_length=500,
        verbose_name=_("short description"),
        help_text=_("One or two sentences on the member's role in the partnership."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("sector"),
        FieldPanel("subregion"),
        FieldPanel("town"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("sector"),
        TranslatableField("subregion"),
        TranslatableField("town"),
        SynchronizedField("website"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partnership member")
        verbose_name_plural = _("partnership members")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
