"""Accounts: the sign-in lockouts staff unlock, and what an account holder keeps (their
language) or asks (the erasure of their data)."""

from axes.models import AccessAttempt
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

UNLOCK_PERMISSION = "accounts.unlock_accounts"
ERASE_PERMISSION = "accounts.erase_personal_data"


class SignInLockout(AccessAttempt):
    """django-axes' record of failed sign-ins, seen from the staff's unlock screen.

    A proxy: no table of its own, but a home for the permission to unlock.
    """

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [("unlock_accounts", _("Can unlock sign-ins locked after failed attempts"))]
        verbose_name = _("locked sign-in")
        verbose_name_plural = _("locked sign-ins")


class Profile(models.Model):
    """What an account holder keeps about themselves beyond Django's user: their language."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        verbose_name=_("language of communication"),
        help_text=_("The language of the e-mails the office sends you."),
    )

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return str(self.user)


class ErasureRequest(models.Model):
    """An account holder's request to erase their personal data, for staff to carry out."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="erasure_requests",
        verbose_name=_("user"),
    )
    requested_at = models.DateTimeField(auto_now_add=True, verbose_name=_("requested at"))
    erased_at = models.DateTimeField(null=True, blank=True, verbose_name=_("erased at"))
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("erased by"),
    )

    class Meta:
        ordering = ["requested_at"]
        default_permissions = ()
        permissions = [("erase_personal_data", _("Can erase an account holder's personal data"))]
        verbose_name = _("erasure request")
        verbose_name_plural = _("erasure requests")
        constraints = [
            models.UniqueConstraint(fields=["user"], name="one_open_erasure_request_per_user")
        ]

    def __str__(self) -> str:
        return str(self.user)
