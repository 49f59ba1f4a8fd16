"""What advisors do in their territory: consultations they log and meetings they propose.

Neither record names a client: a consultation keeps only how long it took, on which block, where
and for what kind of client (an advisor logs the work, not the people they served). Topics are
the courses' translation keys, so a consultation logged in any language counts for its block;
places are TERYT codes (network/territory.py), so totals group by county whatever the language.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, StepValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

MAX_HOURS = Decimal("12")
HOUR_STEP = Decimal("0.25")
DEFAULT_TARGET_HOURS = 600  # the project's: 600 hours of consultations by 30 advisors


class ClientType(models.TextChoices):
    PERSON = "person", _("Person")
    EMPLOYER = "employer", _("Employer")
    INSTITUTION = "institution", _("Institution")


class Consultation(models.Model):
    """One consultation an advisor gave: project reporting data, without the client's identity."""

    # Null once the advisor's personal data is erased: the hours still count, for nobody.
    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        verbose_name=_("advisor"),
    )
    date = models.DateField(verbose_name=_("date"))
    hours = models.DecimalField(
        max_digits=4,
        decimal_places=2,
        validators=[
            MinValueValidator(HOUR_STEP),
            MaxValueValidator(MAX_HOURS),
            # Durations are logged to the quarter hour.
            StepValueValidator(
                HOUR_STEP, message=_("Give the duration in quarter hours, e.g. 0.75 or 1.5.")
            ),
        ],
        verbose_name=_("duration (hours)"),
    )
    topic_key = models.UUIDField(db_index=True, verbose_name=_("topic"))
    county_code = models.CharField(max_length=4, db_index=True, verbose_name=_("county"))
    municipality_code = models.CharField(max_length=7, verbose_name=_("municipality"))
    client_type = models.CharField(
        max_length=12, choices=ClientType.choices, verbose_name=_("client")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("logged at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0) & Q(hours__lte=MAX_HOURS), name="consultation_hours_range"
            ),
            models.CheckConstraint(
                condition=Q(municipality_code__startswith=models.F("county_code")),
                name="consultation_municipality_in_county",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date} · {self.hours} h"


class MeetingProposal(models.Model):
    """An information meeting an advisor proposed; its event page goes through moderation.

    The page holds the meeting itself; this record remembers who proposed it, so that the
    advisor can follow it, and what was proposed, should an editor delete the page.
    """

    advisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_proposals",
        verbose_name=_("advisor"),
    )
    page = models.ForeignKey(
        "outreach.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("event page"),
    )
    title = models.CharField(max_length=255, verbose_name=_("title"))
    start = models.DateTimeField(verbose_name=_("start"))
    topic_key = models.UUIDField(verbose_name=_("topic"))
    county_code = models.CharField(max_length=4, verbose_name=_("county"))
    municipality_code = models.CharField(max_length=7, verbose_name=_("municipality"))
    proposed_at = models.DateTimeField(auto_now_add=True, verbose_name=_("proposed at"))

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("meeting proposal")
        verbose_name_plural = _("meeting proposals")

    def __str__(self) -> str:
        return self.title


@register_setting(icon="time")
class ConsultationSettings(BaseGenericSetting):
    """The network's target for consultation hours, against which staff follow the totals."""

    target_hours = models.PositiveIntegerField(
        default=DEFAULT_TARGET_HOURS,
        validators=[MinValueValidator(1), MaxValueValidator(1_000_000)],
        verbose_name=_("target: hours of consultations"),
        help_text=_(
            "The hours of consultations the advisors' network is to give in total. The"
            " project's target was 600 hours."
        ),
    )

    panels = [FieldPanel("target_hours")]

    class Meta:
        verbose_name = _("consultations target")
