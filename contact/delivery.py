"""Contact messages: stored once, whatever the visitor's browser resends, and e-mailed later.

A message is stored in one transaction with its delivery record and the task that e-mails
it (django-tasks' database backend keeps tasks in the same database), so either all three
exist or none. The task runs in the worker (``manage.py db_worker``); a mail server that is
down delays the e-mail, never the visitor's answer, and the message stays in Forms.

Each rendering of the form carries a signed, random key. A second POST of the same form
(a double click, a reload of the thank-you page) finds the message its key already stored.
"""

from __future__ import annotations

import logging
import secrets
import smtplib
from datetime import timedelta
from typing import TYPE_CHECKING

from django import forms
from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.contrib.forms.models import FormSubmission

if TYPE_CHECKING:
    from contact.models import ContactPage

logger = logging.getLogger("zmp.contact")

FORM_KEY_FIELD = "form_key"
_KEY_SALT = "contact.form-key"


class MessageDelivery(models.Model):
    """The form rendering a stored message came from, and whether it has been e-mailed."""

    submission = models.OneToOneField(
        "wagtailforms.FormSubmission",
        on_delete=models.CASCADE,
        related_name="delivery",
        verbose_name=_("form submission"),
    )
    form_key = models.CharField(max_length=64, unique=True, verbose_name=_("form key"))
    attempts = models.PositiveSmallIntegerField(default=0, verbose_name=_("sending attempts"))
    sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("e-mailed at"))

    class Meta:
        app_label = "contact"
        verbose_name = _("contact message delivery")
        verbose_name_plural = _("contact message deliveries")

    def __str__(self) -> str:
        return f"{self.submission_id}: {self.sent_at or '-'}"


def new_form_key() -> str:
    """A key for one rendering of the form (the hidden field's initial value)."""
    return signing.dumps(secrets.token_urlsafe(24), salt=_KEY_SALT)


def form_key_field() -> forms.CharField:
    # Not required: a form rendered before this field existed, or by a client that drops
    # hidden fields, is still accepted; only its resending cannot be recognised.
    return forms.CharField(widget=forms.HiddenInput, required=False, initial=new_form_key)


def _form_key(form: forms.Form) -> str | None:
    """The random part of the form's key, or None if it is missing or not ours."""
    try:
        return signing.loads(form.cleaned_data.get(FORM_KEY_FIELD) or "", salt=_KEY_SALT)
    except signing.BadSignature:
        return None


def earlier_submission(form: forms.Form) -> FormSubmission | None:
    """The message this very form rendering already stored, if the visitor sent it before."""
    key = _form_key(form)
    if key is None:
        return None
    delivery = MessageDelivery.objects.select_related("submission").filter(form_key=key)
    found = delivery.first()
    return found.submission if found else None


def store_message(page: ContactPage, form: forms.Form) -> FormSubmission:
    """Store a valid form's message once and queue its e-mail; the stored submission."""
    key = _form_key(form)
    data = {name: value for name, value in form.cleaned_data.items() if name != FORM_KEY_FIELD}
    try:
        with transaction.atomic():
            submission = page.get_submission_class().objects.create(form_data=data, page=page)
            delivery = MessageDelivery.objects.create(
                submission=submission, form_key=key or secrets.token_urlsafe(24)
            )
            if page.has_recipients():
                # In this transaction: with the database backend, the task commits with
                # the message or not at all.
                email_message.enqueue(delivery.pk)
    except IntegrityError:
        # The same form sent twice at once (a double click): the first request stored it.
        earlier = earlier_submission(form)
        if earlier is None:
            raise
        return earlier
    return submission


@task()
def email_message(delivery_id: int) -> None:
    """E-mail one stored message; after a failure, try again later, then give up and log it.

    Each failed attempt also fails its task (the worker records the traceback); a later
    attempt is a new task, enqueued to run after the next delay in
    ZMP_CONTACT_MAIL_RETRY_DELAYS.
    """
    delivery = MessageDelivery.objects.select_related("submission").get(pk=delivery_id)
    if delivery.sent_at is not None:
        return  # an earlier run sent it (tasks run at least once)
    MessageDelivery.objects.filter(pk=delivery.pk).update(attempts=F("attempts") + 1)
    delivery.refresh_from_db(fields=["attempts"])
    submission = delivery.submission
    page = submission.page.specific
    try:
        page.email_submission(submission)
    except (smtplib.SMTPException, OSError):
        _retry_later(delivery)
        raise
    MessageDelivery.objects.filter(pk=delivery.pk).update(sent_at=timezone.now())


def _retry_later(delivery: MessageDelivery) -> None:
    delays = settings.ZMP_CONTACT_MAIL_RETRY_DELAYS
    if delivery.attempts > len(delays) or not email_message.get_backend().supports_defer:
        logger.error(
            "Contact message (submission %s) not e-mailed after %s attempts; it stays in "
            "Forms in the admin",
            delivery.submission_id,
            delivery.attempts,
            exc_info=True,
        )
        return
    delay = delays[delivery.attempts - 1]
    logger.warning(
        "Contact message (submission %s) not e-mailed (attempt %s); trying again in %s s",
        delivery.submission_id,
        delivery.attempts,
        delay,
        exc_info=True,
    )
    run_after = timezone.now() + timedelta(seconds=delay)
    email_message.using(run_after=run_after).enqueue(delivery.pk)
