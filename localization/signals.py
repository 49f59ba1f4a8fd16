"""Receivers: translators' rights on a new home page, translated slugs on publishing.

A language's home page, when created, gives its translators their rights on its tree.

A receiver rather than a step of wagtail-localize's translation creation: the home page of a
language is made by wagtail-localize, by Wagtail's *Copy for translation*, by the demo loader
or by hand, and all of them save a new page.
"""

from __future__ import annotations

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page

from .roles import grant_home_permissions, is_site_home
from .slugs import give_translated_slug


@receiver(post_save, dispatch_uid="localization_translator_home")
def give_translators_their_home(sender, instance, created: bool, raw: bool = False, **kwargs):
    # Every page type is its own sender, so this listens to all saves and keeps to new pages.
    if created and not raw and isinstance(instance, Page) and is_site_home(instance):
        grant_home_permissions(instance)


@receiver(pre_save, dispatch_uid="localization_translated_slug")
def translate_slug_before_publishing(sender, instance, raw: bool = False, **kwargs):
    # Publishing saves the whole live page (no update_fields); drafts are saved as revisions.
    # This covers every way a translation goes live: the page editor, wagtail-localize's
    # translation editor and its "Sync and publish", and code calling save_target().
    if raw or not isinstance(instance, Page) or kwargs.get("update_fields") is not None:
        return
    if instance.live and give_translated_slug(instance) is not None:
        # Page.save() has already worked out the URL path from the old slug: redo it, and
        # the descendants' (wagtail's own step, skipped because the slug changed after it).
        old_url_path = instance.url_path
        instance.set_url_path(instance.get_parent())
        instance._update_descendant_url_paths(old_url_path, instance.url_path)
