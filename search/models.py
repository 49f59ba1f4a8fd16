"""Searches per language, for the popular searches shown on each language's search page.

Wagtail's search terms report (``wagtail.contrib.search_promotions``' Query and daily hits)
does not record the language a search was made in; this adds it, per day.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageQueryHits(models.Model):
    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="language_hits",
        verbose_name=_("search term"),
    )
    language_code = models.CharField(max_length=20, verbose_name=_("language"))
    date = models.DateField(verbose_name=_("date"))
    hits = models.PositiveIntegerField(default=0, verbose_name=_("searches"))

    class Meta:
        verbose_name = _("daily searches in one language")
        verbose_name_plural = _("daily searches in one language")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language_code", "date"], name="unique_language_query_day"
            )
        ]
        indexes = [models.Index(fields=["language_code", "date"])]

    def __str__(self) -> str:
        return f"{self.query} ({self.language_code}, {self.date}): {self.hits}"
