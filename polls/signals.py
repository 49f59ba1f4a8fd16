"""Votes follow their poll: deleting the last translation of a poll deletes its votes."""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Poll, Vote


@receiver(post_delete, sender=Poll)
def delete_votes_of_deleted_poll(sender, instance: Poll, **kwargs) -> None:
    # Votes belong to the poll in every language, so they stay while any translation does.
    if not Poll.objects.filter(translation_key=instance.translation_key).exists():
        Vote.objects.filter(poll_key=instance.translation_key).delete()
