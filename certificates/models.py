"""A certificate of a passed course: issued once per learner and course, verifiable by its code."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .codes import DISPLAY_LENGTH

REVOKE_PERMISSION = "certificates.revoke_certificate"
VIEW_PERMISSION = "certificates.view_certificate"


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    # The course in every language: one certificate whichever language it was taken in.
    course_key = models.UUIDField(db_index=True, verbose_name=_("course"))
    # Its source-language page, while it exists, and its title then, for when it no longer does.
    course = models.ForeignKey(
        "elearning.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("course page"),
    )
    course_title = models.CharField(max_length=255, verbose_name=_("course title"))
    code = models.CharField(max_length=DISPLAY_LENGTH, unique=True, verbose_name=_("code"))
    issued_at = models.DateTimeField(
        verbose_name=_("completed on"),
        help_text=_("When the course was passed: the later of the last lesson and the quiz."),
    )
    score = models.DecimalField(max_digits=5, decimal_places=2, verbose_name=_("score (%)"))
    revoked_at = models.DateTimeField(null=True, blank=True, verbose_name=_("revoked at"))
    revocation_reason = models.TextField(blank=True, verbose_name=_("reason for revocation"))
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revoked by"),
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        # Certificates are issued by the site, never added or edited by hand: staff may see
        # them and revoke one (given to "E-learning staff" by migration 0001).
        default_permissions = ("view",)
        permissions = [("revoke_certificate", _("Can revoke certificates"))]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_certificate_per_course"
            )
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def status(self) -> str:
        return self.Status.REVOKED if self.is_revoked else self.Status.VALID

    def get_status_display(self) -> str:
        return str(self.Status(self.status).label)

    def holder_name(self) -> str:
        """The holder's name as it is now (blank once their data is erased)."""
        return self.user.get_full_name()
