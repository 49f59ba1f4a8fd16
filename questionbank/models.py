"""The question bank: categories and questions, translatable, with one answer key per question.

A question's texts (``text``, ``general_feedback`` and the answer texts in ``content``) are
translated; what grading depends on (``kind`` and ``key``: which answers are right, their
fractions, tolerances, case sensitivity, which matching pairs are distractors) is the Polish
question's and is copied onto every translation whenever either is saved, so a translation can
never grade differently from its source.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from questionbank.formats import Kind, TextFormat


class QuestionCategory(TranslatableMixin, models.Model):
    """A folder of questions; nested, each locale's tree mirroring the Polish one."""

    name = models.CharField(max_length=255, verbose_name=_("name"))
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("parent category"),
    )
    description = models.TextField(blank=True, verbose_name=_("description"))

    panels = [FieldPanel("name"), FieldPanel("parent"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]

    def __str__(self) -> str:
        return " / ".join(self.path())

    def path(self) -> tuple[str, ...]:
        names: list[str] = []
        category: QuestionCategory | None = self
        while category is not None:
            names.insert(0, category.name)
            category = category.parent
        return tuple(names)


class QuestionStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    READY = "ready", _("ready")
    RETIRED = "retired", _("retired")


KIND_CHOICES = [
    (Kind.MULTICHOICE_SINGLE.value, _("single choice")),
    (Kind.MULTICHOICE_MULTI.value, _("multiple choice")),
    (Kind.TRUEFALSE.value, _("true/false")),
    (Kind.SHORTANSWER.value, _("short answer")),
    (Kind.NUMERICAL.value, _("numerical")),
    (Kind.MATCHING.value, _("matching")),
    (Kind.ESSAY.value, _("essay")),
    (Kind.DESCRIPTION.value, _("description")),
]
FORMAT_CHOICES = [(f.value, f.value) for f in TextFormat]


class Question(TranslatableMixin, index.Indexed, models.Model):
    """One question of the bank; ``name`` is Moodle's ``::name::``, unique in its category."""

    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    name = models.CharField(max_length=255, verbose_name=_("name"))
    kind = models.CharField(max_length=32, choices=KIND_CHOICES, verbose_name=_("kind"))
    text = models.TextField(verbose_name=_("question text"))
    text_format = models.CharField(
        max_length=16, choices=FORMAT_CHOICES, default="moodle", verbose_name=_("text format")
    )
    general_feedback = models.TextField(blank=True, verbose_name=_("general feedback"))
    status = models.CharField(
        max_length=16,
        choices=QuestionStatus.choices,
        default=QuestionStatus.READY,
        verbose_name=_("status"),
    )
    # Answer texts, feedback and formats, in this question's language (see questionbank.convert).
    content = models.JSONField(default=dict, blank=True, verbose_name=_("answers (texts)"))
    # The answer key, always the Polish question's (see save()).
    key = models.JSONField(default=dict, blank=True, verbose_name=_("answer key"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated"))

    # Listed in full so wagtail-localize neither translates the key nor overwrites ``content``
    # (a JSONField it cannot segment) with the Polish texts when it syncs a translation.
    translatable_fields = [
        TranslatableField("text"),
        TranslatableField("general_feedback"),
        SynchronizedField("name"),
        SynchronizedField("kind"),
        SynchronizedField("key"),
        SynchronizedField("status"),
        SynchronizedField("text_format"),
        TranslatableField("category"),
    ]

    panels = [
        FieldPanel("category"),
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("status"),
        FieldPanel("text"),
        FieldPanel("text_format"),
        FieldPanel("general_feedback"),
        FieldPanel("content"),
        FieldPanel("key"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("category"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category", "name"]
        constraints = [
            models.UniqueConstraint(fields=["category", "name"], name="question_name_per_category")
        ]
        permissions = [("import_questions", "Can import and export questions")]

    def __str__(self) -> str:
        return self.name

    def source_question(self) -> Question:
        """The Polish question this one translates (itself when it is Polish)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        source = Question.objects.filter(translation_key=self.translation_key, locale=default)
        return source.first() or self

    def save(self, *args, **kwargs) -> None:
        source = self.source_question()
        if source.pk != self.pk and source.pk is not None:
            # A translation carries texts only: the key is the source's, whatever was edited.
            self.kind, self.key = source.kind, source.key
        super().save(*args, **kwargs)
        if source.pk == self.pk:
            for translation in Question.objects.filter(
                translation_key=self.translation_key
            ).exclude(pk=self.pk):
                if (translation.kind, translation.key) != (self.kind, self.key):
                    translation.save()


class QuestionVersion(models.Model):
    """A question as shown to learners, frozen when first used; attempts point here."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="versions", verbose_name=_("question")
    )
    number = models.PositiveIntegerField(verbose_name=_("version"))
    snapshot = models.JSONField(verbose_name=_("snapshot"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created"))

    class Meta:
        verbose_name = _("question version")
        verbose_name_plural = _("question versions")
        ordering = ["question", "number"]
        constraints = [
            models.UniqueConstraint(fields=["question", "number"], name="question_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.question} v{self.number}"
