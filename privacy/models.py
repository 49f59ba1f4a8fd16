"""The privacy notice (GDPR art. 13) and the settings it states: who the controller and the
data-protection officer are, and how long each kind of personal record is kept.

The periods are settings rather than words in the notice because the same values drive the
scheduled deletion (privacy/retention.py): the notice cannot promise one period while the site
keeps another.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentBlocks


@register_setting(icon="lock")
class PrivacySettings(BaseGenericSetting):
    """Facts the privacy notice states, the same in every language."""

    controller_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("controller"),
        help_text=_("The body that decides why and how personal data is processed."),
    )
    controller_address = models.TextField(
        blank=True,
        verbose_name=_("controller's postal address"),
        help_text=_("One line per line of the address."),
    )
    controller_email = models.EmailField(blank=True, verbose_name=_("controller's e-mail"))
    dpo_email = models.EmailField(blank=True, verbose_name=_("data protection officer's e-mail"))
    dpo_phone = models.CharField(
        max_length=40, blank=True, verbose_name=_("data protection officer's telephone")
    )
    dpo_address = models.TextField(
        blank=True,
        verbose_name=_("data protection officer's postal address"),
        help_text=_("Empty: the officer is reached at the controller's address."),
    )
    contact_message_months = models.PositiveSmallIntegerField(
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        verbose_name=_("contact messages: months kept"),
        help_text=_(
            "Messages sent with the contact form are deleted this many months after they"
            " arrived. Set it to what the office's filing rules require."
        ),
    )
    sign_in_record_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        verbose_name=_("failed sign-ins: days kept"),
        help_text=_(
            "Records of failed sign-ins (user name, address, browser) that protect accounts"
            " from password guessing."
        ),
    )
    task_record_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        verbose_name=_("sent e-mails: days kept"),
        help_text=_(
            "Records of e-mails the site has sent in the background (contact messages,"
            " password resets), which name their recipients."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("controller_name"),
                FieldPanel("controller_address"),
                FieldPanel("controller_email"),
            ],
            heading=_("Controller"),
        ),
        MultiFieldPanel(
            [FieldPanel("dpo_email"), FieldPanel("dpo_phone"), FieldPanel("dpo_address")],
            heading=_("Data protection officer"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_message_months"),
                FieldPanel("sign_in_record_days"),
                FieldPanel("task_record_days"),
            ],
            heading=_("Retention periods"),
        ),
    ]

    class Meta:
        verbose_name = _("privacy")

    @property
    def reaches_dpo(self) -> bool:
        return bool(self.dpo_email or self.dpo_phone or self.dpo_address)


class PrivacyNoticePage(Page):
    """The information GDPR art. 13 asks for; the controller, the officer, the periods and the
    cookies come from the settings and the code, so editors write only the purposes and rights."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(
        ContentBlocks(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Purposes, legal bases, recipients and rights. The controller, the data protection"
            " officer, the retention periods and the cookies are added from the settings."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy notice")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["privacy"] = PrivacySettings.load(request_or_site=request)
        return context
