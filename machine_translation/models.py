"""What machine translation leaves behind: eTranslation's pending requests, and which
published pages still carry machine segments nobody has confirmed."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_callback_secret() -> str:
    return secrets.token_urlsafe(32)


class EtranslationJob(models.Model):
    """One "Machine translate" click sent to eTranslation, answered later by callbacks.

    eTranslation translates one text per request, so each source string is its own
    request; ``pending`` maps the string's id to the contexts it fills, and shrinks as the
    callbacks arrive.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for eTranslation")
        DONE = "done", _("Translated")
        FAILED = "failed", _("Translation failed")

    # ``error`` for a request eTranslation never answered (ZMP_ETRANSLATION_TIMEOUT).
    TIMED_OUT = "timeout"

    translation = models.ForeignKey(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    # Part of the callback URL: eTranslation cannot sign in, so knowing the URL is the
    # proof that the answer comes from the service we sent it to.
    secret = models.CharField(max_length=64, default=new_callback_secret, editable=False)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    pending = models.JSONField(default=dict)
    # eTranslation's error code and message, as it sent them.
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("eTranslation request")
        verbose_name_plural = _("eTranslation requests")
        indexes = [models.Index(fields=["translation", "-created_at"])]

    def __str__(self) -> str:
        return f"eTranslation {self.pk} ({self.status})"

    def has_timed_out(self, now=None) -> bool:
        timeout = timedelta(seconds=settings.ZMP_ETRANSLATION_TIMEOUT)
        return (
            self.status == self.Status.PENDING
            and (now or timezone.now()) - self.created_at > timeout
        )


class UnreviewedMachineTranslation(models.Model):
    """A published page whose live text has machine segments not yet confirmed by a person.

    Written when the page is published, so the reader's notice reads one row and changes
    only when the page does (the moment its caches are purged).
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    segment_count = models.PositiveIntegerField()
    published_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("unreviewed machine translation")
        verbose_name_plural = _("unreviewed machine translations")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.segment_count}"
