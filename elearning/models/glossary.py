from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A key term, translated once so every lesson uses the same words for it."""

    term = models.CharField(max_length=200, verbose_name=_("term"))
    definition = models.TextField(verbose_name=_("definition"))
    course = models.ForeignKey(
        "elearning.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("course"),
    )

    panels = [FieldPanel("term"), FieldPanel("definition"), FieldPanel("course")]
    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    @property
    def anchor(self) -> str:
        return f"term-{slugify(self.term)}"
