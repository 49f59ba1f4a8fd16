"""Translator roles: who may translate into which language, and their rights on its tree.

A member of a translator group (see ``TranslatorRole``) translates into that group's
language only. Editors who hold wagtail-localize's permission to submit translations in any
other way (the office's Polish editors, superusers) translate into every language.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils.translation import gettext_noop
from wagtail.models import GroupPagePermission, Locale, Page, Site

from .models import TranslatorRole

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Created by migration 0002 (which keeps its own copy); marked for the catalogues.
ENGLISH_TRANSLATORS = gettext_noop("Translators (English)")
SPANISH_TRANSLATORS = gettext_noop("Translators (Spanish)")
TRANSLATOR_COLLECTIONS = {
    "en": gettext_noop("Translations – English"),
    "es": gettext_noop("Translations – Spanish"),
}


def translation_languages(user) -> frozenset[str] | None:
    """Language codes ``user`` may translate into; None when the role sets no limit."""
    if not user.is_active:
        return frozenset()
    if user.is_superuser:
        return None
    codes = frozenset(
        TranslatorRole.objects.filter(group__user=user).values_list("language_code", flat=True)
    )
    if not codes:
        return None
    submit_elsewhere = (
        Permission.objects.filter(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
        .filter(Q(user=user) | Q(group__user=user, group__translator_role__isnull=True))
        .exists()
    )
    return None if submit_elsewhere else codes


def may_translate_into(user, locale: Locale) -> bool:
    languages = translation_languages(user)
    return languages is None or locale.language_code in languages


def permitted_locales(user, locales):
    """``locales`` (a Locale queryset) narrowed to those ``user`` may translate into."""
    languages = translation_languages(user)
    return locales if languages is None else locales.filter(language_code__in=languages)


def is_site_home(page: Page) -> bool:
    """Whether ``page`` is a site's root page or a translation of one: a language's tree."""
    return Site.objects.filter(root_page__translation_key=page.translation_key).exists()


def grant_home_permissions(page: Page) -> None:
    """Give the translators into ``page``'s language their rights on its tree."""
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    roles = TranslatorRole.objects.filter(language_code=page.locale.language_code)
    for role in roles.select_related("group"):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=role.group, page=page, permission=permission
            )
