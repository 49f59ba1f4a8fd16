from django.dispatch import receiver
from wagtail.signals import page_published

from .services import record_review_state


@receiver(page_published)
def remember_review_state(sender, instance, **kwargs) -> None:
    # The source language is never machine-translated; its pages have no translation source
    # pointing at them as a target, so the count is 0 and no row is written.
    record_review_state(instance)
