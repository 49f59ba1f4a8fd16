"""Searches per language, for the popular searches shown on each language's search page.

Wagtail's search terms report (``wagtail.contrib.search_promotions``' Query and daily hits)
does not record the language a search was made in; this adds it, per day. Editors may
keep a search off the public list (``HiddenSearch``).
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


class HiddenSearch(models.Model):
    """A search editors keep off the public list of popular searches.

    Stored as the words of the search (``search.privacy.storable_search_terms``), which is how
    searches are counted, in one language or, with no language, in all of them.
    """

    query_string = models.CharField(
        max_length=255,
        verbose_name=_("search"),
        help_text=_("As it appears in the list of popular searches."),
    )
    language_code = models.CharField(
        max_length=20,
        blank=True,
        verbose_name=_("language"),
        help_text=_("Leave empty to hide the search in every language."),
    )
    hidden_at = models.DateTimeField(auto_now_add=True, verbose_name=_("hidden at"))

    class Meta:
        verbose_name = _("hidden search")
        verbose_name_plural = _("hidden searches")
        ordering = ["query_string", "language_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["query_string", "language_code"], name="unique_hidden_search"
            )
        ]

    def __str__(self) -> str:
        return self.query_string
