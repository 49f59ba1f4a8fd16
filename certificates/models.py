"""Certificates, verifiable by their code: one per learner and passed course, and one
"Green-jobs advisor" certificate per learner who holds the course certificates of every block."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .codes import DISPLAY_LENGTH

REVOKE_PERMISSION = "certificates.revoke_certificate"
VIEW_PERMISSION = "certificates.view_certificate"
# The advisor certificate's title, in the reader's language wherever it is shown.
ADVISOR_TITLE = _("Green-jobs advisor")


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    class Kind(models.TextChoices):
        COURSE = "course", _("Course certificate")
        ADVISOR = "advisor", _("Green-jobs advisor certificate")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    kind = models.CharField(
        max_length=10, choices=Kind.choices, default=Kind.COURSE, verbose_name=_("kind")
    )
    # The course in every language: one certificate whichever language it was taken in.
    # Empty on the advisor certificate, which stands for all the blocks (issuing.py).
    course_key = models.UUIDField(null=True, blank=True, db_index=True, verbose_name=_("course"))
    # Its source-language page, while it exists, and its title then, for when it no longer does.
    course = models.ForeignKey(
        "elearning.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("course page"),
    )
    course_title = models.CharField(max_length=255, blank=True, verbose_name=_("course title"))
    code = models.CharField(max_length=DISPLAY_LENGTH, unique=True, verbose_name=_("code"))
    issued_at = models.DateTimeField(
        verbose_name=_("completed on"),
        help_text=_(
            "When the course was passed: the later of the last lesson and the quiz. For the "
            "advisor certificate, the date of the latest course certificate."
        ),
    )
    # For the advisor certificate, the mean of the course certificates' scores.
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
            # The advisor certificate's empty course_key never collides: NULLs are distinct.
            models.UniqueConstraint(
                fields=["user", "course_key"], name="one_certificate_per_course"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(kind="advisor"),
                name="one_advisor_certificate_per_learner",
            ),
            models.CheckConstraint(
                condition=Q(kind="course", course_key__isnull=False)
                | Q(kind="advisor", course_key__isnull=True),
                name="course_key_on_course_certificates_only",
            ),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_advisor(self) -> bool:
        return self.kind == self.Kind.ADVISOR

    def title(self) -> str:
        """The course's title as issued, or the advisor title in the active language."""
        return str(ADVISOR_TITLE) if self.is_advisor else self.course_title

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


class StoredPdf(models.Model):
    """A certificate's PDF as rendered in the background, per language (certificates.pdf_store).

    Kept in the database, not in media storage: the site's media may be a public bucket, and
    the web servers and the task worker share the database but not necessarily a disk. A PDF
    is some 20 KB. ``fingerprint`` names everything printed on it and the layout's version, so
    a stored PDF is served only while it is still what would be printed now.
    """

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="stored_pdfs"
    )
    language = models.CharField(max_length=10)
    fingerprint = models.CharField(max_length=64, blank=True)
    content = models.BinaryField(default=b"", editable=False)
    rendered_at = models.DateTimeField(null=True, blank=True)
    # The render last asked of the task worker, so a page reloaded while it waits asks once.
    requested_fingerprint = models.CharField(max_length=64, blank=True)
    requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("stored certificate PDF")
        verbose_name_plural = _("stored certificate PDFs")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "language"], name="one_stored_pdf_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.certificate.code} ({self.language})"


class SigningKey(models.Model):
    """A key the site signs its digital credentials with (certificates.keys).

    Every key that ever signed is kept here by its public half, so the published key set
    still checks credentials signed before a key was replaced. The private half is stored
    only for a key generated on a development or test site; a production key is read from
    ``ZMP_CREDENTIAL_KEY_FILE`` and never written to the database.
    """

    kid = models.CharField(max_length=100, unique=True)
    public_jwk = models.JSONField()
    private_jwk = models.JSONField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("credential signing key")
        verbose_name_plural = _("credential signing keys")
        default_permissions = ()
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.kid
