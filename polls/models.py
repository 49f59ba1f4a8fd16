"""Polls editors embed in any page; one vote per visitor."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.models import TranslatableMixin


class Poll(TranslatableMixin, ClusterableModel):
    question = models.CharField(max_length=255, verbose_name=_("question"))

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("poll")
        verbose_name_plural = _("polls")

    def __str__(self) -> str:
        return self.question
