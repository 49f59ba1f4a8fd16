"""Translator roles: a group whose members translate into one language only."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import capfirst
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


class BulkTranslationJob(models.Model):
    """One "translate all of it" request: a section of pages or a snippet type, into a language.

    Run by a background task (``localization.bulk``), which fills in the counts and one entry
    per object in ``results`` as it goes, so the job page can show the progress.
    """

    class Scope(models.TextChoices):
        SECTION = "section", _("Section of pages")
        SNIPPETS = "snippets", _("Snippets of one type")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to start")
        RUNNING = "running", _("In progress")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Stopped by an error")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
    )
    target_locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("target language"),
    )
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    # The section's top page; SET_NULL keeps the record of a job whose section was deleted.
    root_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("section"),
    )
    content_type = models.ForeignKey(
        ContentType,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("snippet type"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    total = models.PositiveIntegerField(_("objects in scope"), default=0)
    done = models.PositiveIntegerField(_("objects handled"), default=0)
    # One entry per handled object: {"label", "outcome" (created/skipped/failed), "reason",
    # "detail", "target_id"}; see localization.bulk.
    results = models.JSONField(_("results"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk translation job")
        verbose_name_plural = _("bulk translation jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_scope_display()} → {self.target_locale} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def subject(self) -> str:
        """What the job translates: the section's title, or the snippet type."""
        if self.root_page is not None:
            return self.root_page.get_admin_display_title()
        model = self.content_type.model_class() if self.content_type else None
        if model is not None:
            return capfirst(model._meta.verbose_name_plural)
        return str(self.get_scope_display())
