"""The contact page: the coordinator's details and a form built by editors."""

from __future__ import annotations

import math
import re

from django import forms
from django.db import models
from django.forms.boundfield import BoundField
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from accounts.throttling import RateLimit, retry_after

# Importing the delivery module also registers its model, MessageDelivery.
from contact.delivery import FORM_KEY_FIELD, earlier_submission, form_key_field, store_message
from contact.views import ContactSubmissionsListView
from core.blocks import ContentBlocks

# Where the consent checkbox points for its explanation (the notice above the form).
PRIVACY_NOTICE_ID = "privacy-notice"
CONSENT_FIELD = "privacy_consent"
MESSAGE_MAX_LENGTH = 5000

AUTOCOMPLETE_CHOICES = [
    ("name", _("Full name")),
    ("email", _("Email address")),
    ("tel", _("Telephone number")),
    ("organization", _("Organisation")),
]


class FormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form; its label and help are translated with the page."""

    page = ParentalKey("contact.ContactPage", on_delete=models.CASCADE, related_name="form_fields")
    autocomplete = models.CharField(
        max_length=20,
        blank=True,
        choices=AUTOCOMPLETE_CHOICES,
        verbose_name=_("autofill"),
        help_text=_("What the field asks for, so browsers can fill it in for the visitor."),
    )

    panels = AbstractFormField.panels + [FieldPanel("autocomplete")]
    # The name keys the stored answers: it stays the same in every language.
    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ConsentBoundField(BoundField):
    """Links the checkbox to the privacy notice it agrees to, as well as to its errors."""

    @property
    def aria_describedby(self) -> str:
        return " ".join(filter(None, [PRIVACY_NOTICE_ID, super().aria_describedby]))


class ConsentField(forms.BooleanField):
    def get_bound_field(self, form, field_name):
        return ConsentBoundField(form, self, field_name)


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder with a bounded message length and autofill hints."""

    def create_singleline_field(self, field, options):
        return self._with_autocomplete(super().create_singleline_field(field, options), field)

    def create_email_field(self, field, options):
        return self._with_autocomplete(super().create_email_field(field, options), field)

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def _with_autocomplete(self, form_field, field):
        autocomplete = getattr(field, "autocomplete", "") or (
            "email" if field.field_type == "email" else ""
        )
        if autocomplete:
            form_field.widget.attrs["autocomplete"] = autocomplete
        return form_field


class ContactPage(AbstractEmailForm):
    """Contact details of the project coordinator and a message form.

    Submissions are stored (Forms in the admin) and, when "to address" is set, e-mailed by
    a background task (contact/delivery.py), so a mail server that is down never fails the
    form. The same form sent twice is stored once; an address sending too many messages in
    an hour is asked to wait (429).
    The consent checkbox is part of every contact form, so no edit can remove it.
    """

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    coordinator = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("coordinator"),
        help_text=_("Name and role of the person to contact."),
    )
    institution = models.CharField(max_length=255, blank=True, verbose_name=_("institution"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("telephone"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    form_intro = models.TextField(blank=True, verbose_name=_("form introduction"))
    privacy_notice = models.TextField(
        verbose_name=_("privacy notice"),
        help_text=_("Who processes the data sent with the form, and why. Shown above the form."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice page"),
        help_text=_("The full privacy notice, linked from the form."),
    )
    consent_label = models.CharField(
        max_length=255,
        verbose_name=_("consent checkbox label"),
        help_text=_(
            "What visitors agree to by ticking the box; the form cannot be sent without it."
        ),
    )
    thank_you_text = models.TextField(
        blank=True,
        verbose_name=_("thank-you text"),
        help_text=_("Shown after a message has been sent."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("coordinator"), FieldPanel("institution"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("form_intro"),
                InlinePanel("form_fields", label=_("Form fields")),
                FieldPanel("privacy_notice"),
                FieldPanel("privacy_page"),
                FieldPanel("consent_label"),
                FieldPanel("thank_you_text"),
            ],
            heading=_("Contact form"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    # Where messages go is the same in every language; the phone number stays translatable
    # so readers abroad can be given it with the country code.
    override_translatable_fields = [
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
        SynchronizedField("subject"),
    ]

    form_builder = ContactFormBuilder
    submissions_list_view_class = ContactSubmissionsListView
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("contact page")

    @property
    def phone_uri(self) -> str:
        """A tel: link; the office is in Poland, so numbers without a country code get +48."""
        digits = re.sub(r"[^\d+]", "", self.phone)
        if not digits:
            return ""
        return f"tel:{digits if digits.startswith('+') else '+48' + digits}"

    def get_form_class(self):
        form_class = super().get_form_class()
        consent = ConsentField(
            label=self.consent_label,
            required=True,
            error_messages={
                "required": _("Please confirm that you agree to the privacy notice."),
            },
        )
        fields = {CONSENT_FIELD: consent, FORM_KEY_FIELD: form_key_field()}
        return type(form_class.__name__, (form_class,), fields)

    def get_data_fields(self):
        return [*super().get_data_fields(), (CONSENT_FIELD, _("Consent to the privacy notice"))]

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            # The form comes back with what the visitor typed and says what to correct.
            return self._form_again(request, form, status=400)
        # A form sent again (double click, reload) is thanked for, not stored again.
        submission = earlier_submission(form)
        if submission is None:
            if wait := retry_after(request, [RateLimit("contact")]):
                return self._rate_limited(request, form, wait)
            submission = store_message(self, form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def _form_again(self, request: HttpRequest, form, status: int) -> TemplateResponse:
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def _rate_limited(self, request: HttpRequest, form, wait: int) -> HttpResponse:
        minutes = math.ceil(wait / 60)
        form.add_error(
            None,
            ngettext(
                "You have sent several messages in a short time. Please wait %(minutes)s "
                "minute and send this one again.",
                "You have sent several messages in a short time. Please wait %(minutes)s "
                "minutes and send this one again.",
                minutes,
            )
            % {"minutes": minutes},
        )
        response = self._form_again(request, form, status=429)
        response["Retry-After"] = str(wait)
        return response

    def has_recipients(self) -> bool:
        return bool(self._recipients())

    def _recipients(self) -> list[str]:
        return [address.strip() for address in self.to_address.split(",") if address.strip()]

    def render_submission_email(self, submission: FormSubmission) -> str:
        """The message as the office reads it: one line per field, without the consent.

        Consent is always given (the form requires it) and is kept with the submission.
        """
        lines = []
        for field in self.get_form_fields():
            value = submission.form_data.get(field.clean_name)
            if value is None:
                continue
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            lines.append(f"{field.label}: {value}")
        return "\n".join(lines)

    def email_submission(self, submission: FormSubmission) -> None:
        """E-mail a stored message to the page's addresses (run by contact.delivery's task)."""
        # Replies go straight to whoever wrote, not to the site's sender address.
        reply_to = [
            submission.form_data[field.clean_name]
            for field in self.get_form_fields()
            if field.field_type == "email" and submission.form_data.get(field.clean_name)
        ]
        send_mail(
            self.subject or self.title,
            self.render_submission_email(submission),
            self._recipients(),
            self.from_address,
            reply_to=reply_to or None,
        )
