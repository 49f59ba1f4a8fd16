"""Polls editors embed in any page; one vote per visitor.

A poll and its answers are translatable snippets. A translation is the same poll in another
language, so votes are stored by translation key (of the poll and of the answer) and the
results are shared by every language.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Poll(TranslatableMixin, index.Indexed, ClusterableModel):
    question = models.CharField(max_length=255, verbose_name=_("question"))
    intro = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("Optional: a sentence or two explaining why we ask."),
    )
    is_open = models.BooleanField(
        default=True,
        verbose_name=_("open for voting"),
        help_text=_("Visitors see the results, but can no longer vote, once a poll is closed."),
    )
    closes_at = models.DateTimeField(
        null=True,
        blank=True,
        verbose_name=_("closes at"),
        help_text=_("Optional: voting stops automatically at this date and time."),
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("intro"),
        FieldPanel("is_open"),
        FieldPanel("closes_at"),
        InlinePanel("choices", min_num=2, label=_("Answers")),
    ]
    search_fields = [index.SearchField("question"), index.AutocompleteField("question")]
    # Opening and closing is one decision for every language, taken on the source poll.
    override_translatable_fields = [
        TranslatableField("question"),
        TranslatableField("intro"),
        SynchronizedField("is_open"),
        SynchronizedField("closes_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("poll")
        verbose_name_plural = _("polls")

    def __str__(self) -> str:
        return self.question

    def is_accepting_votes(self, now=None) -> bool:
        now = now or timezone.now()
        return self.is_open and (self.closes_at is None or now < self.closes_at)


class PollChoice(TranslatableMixin, Orderable):
    """One answer; translated with its poll and counted across languages by translation key."""

    poll = ParentalKey(Poll, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(max_length=255, verbose_name=_("answer"))

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.text


class Vote(models.Model):
    """One visitor's answer to one poll, whatever the language they voted in.

    Signed-in visitors are recognised by their account, anonymous ones by the random token
    of a signed cookie; the database refuses a second vote from either.
    """

    poll_key = models.UUIDField(verbose_name=_("poll"), db_index=True)
    choice_key = models.UUIDField(verbose_name=_("answer"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        # Removing an account keeps its vote in the results.
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    voter_token = models.CharField(max_length=64, blank=True, verbose_name=_("voter token"))
    created = models.DateTimeField(auto_now_add=True, verbose_name=_("created"))

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["poll_key", "user"],
                condition=Q(user__isnull=False),
                name="polls_one_vote_per_user",
            ),
            models.UniqueConstraint(
                fields=["poll_key", "voter_token"],
                condition=~Q(voter_token=""),
                name="polls_one_vote_per_token",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.poll_key}: {self.choice_key}"
