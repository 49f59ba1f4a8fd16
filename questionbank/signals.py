"""Editing a question that attempts already used creates a new version (services has the rule)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from questionbank.models import Question
from questionbank.services import version_if_changed


@receiver(post_save, sender=Question, dispatch_uid="questionbank_version_on_edit")
def version_on_edit(sender, instance: Question, raw: bool = False, **kwargs) -> None:
    if not raw:
        version_if_changed(instance)
