"""The advisors' network: each certified advisor's opt-in public profile, and the directory page
that lists the published ones.

A profile is public only while it is published and its holder is eligible (profiles.py says
who is); the directory asks ``AdvisorProfile.objects.public()`` and nothing else, so a profile
whose holder loses eligibility disappears at once, without anyone unpublishing it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from . import directory
from .choices import ContactKind

# Kept short: a card in a directory, not a CV.
BIO_MAX_LENGTH = 600


class AdvisorProfileQuerySet(models.QuerySet):
    def public(self) -> AdvisorProfileQuerySet:
        """Profiles anyone may see: published by an active holder who has a full name and a
        valid (not revoked) green-jobs advisor certificate."""
        return self.filter(
            Q(published=True)
            & Q(user__is_active=True)
            & ~Q(user__first_name="")
            & ~Q(user__last_name="")
            & Q(
                user__certificates__kind="advisor",
                user__certificates__revoked_at__isnull=True,
            )
        ).distinct()


class AdvisorProfile(models.Model):
    ContactKind = ContactKind

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="advisor_profile",
        verbose_name=_("advisor"),
    )
    display_name = models.CharField(
        max_length=150,
        blank=True,
        verbose_name=_("name shown"),
        help_text=_("Leave empty to show the first name and surname of your account."),
    )
    institution = models.CharField(max_length=200, verbose_name=_("institution"))
    # TERYT codes (network/territory.py): counties "2001", municipalities "2001011".
    counties = models.JSONField(default=list, blank=True, verbose_name=_("counties"))
    municipalities = models.JSONField(default=list, blank=True, verbose_name=_("municipalities"))
    # The training blocks' translation keys (certificates.issuing.advisor_blocks), so a topic
    # is the same whichever language the advisor or the reader uses.
    topics = models.JSONField(default=list, blank=True, verbose_name=_("topics"))
    contact_kind = models.CharField(
        max_length=10, choices=ContactKind.choices, verbose_name=_("contact channel")
    )
    contact_value = models.CharField(max_length=255, verbose_name=_("contact"))
    bio = models.TextField(
        blank=True, max_length=BIO_MAX_LENGTH, verbose_name=_("about me (optional)")
    )
    published = models.BooleanField(default=False, verbose_name=_("published"))
    published_at = models.DateTimeField(null=True, blank=True, verbose_name=_("published at"))
    # Set when staff take a profile down; the advisor sees the reason.
    unpublished_at = models.DateTimeField(
        null=True, blank=True, verbose_name=_("taken down by staff at")
    )
    unpublished_reason = models.TextField(blank=True, verbose_name=_("reason for taking down"))
    unpublished_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("taken down by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    objects = AdvisorProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("advisor's profile")
        verbose_name_plural = _("advisors' profiles")
        ordering = ["display_name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.user.get_full_name() or self.user.get_username()


class AdvisorDirectoryPage(Page):
    """The public directory of the advisors who published their profile."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    profiles_per_page = 12

    class Meta:
        verbose_name = _("advisors' directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory"] = directory.listing(
            AdvisorProfile.objects.public(), request, self.profiles_per_page
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # An unknown filter value is the visitor's mistake: said on the page, answered 400.
        if response.context_data["directory"].errors:
            response.status_code = 400
        return response
