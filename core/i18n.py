"""Which page a visitor reaches in each language, and how the site says so.

One place answers "where is this page in Spanish?" for the language switcher, the
hreflang alternates, the sitemap and the menus, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page

# Appended to a fallback link so the landing page can say why the visitor is there.
FALLBACK_PARAMETER = "untranslated"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translated: bool
    fallback_title: str = ""


def site_language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_name(code: str) -> str:
    """The language's own name ("Español"), which is how visitors look for it."""
    return get_language_info(code)["name_local"]


def live_translations(page: Page) -> dict[str, Page]:
    """Live versions of ``page`` by language code, the page itself included."""
    translations = Page.objects.live().filter(translation_key=page.translation_key)
    return {p.locale.language_code: p for p in translations.select_related("locale")}


def nearest_translated_ancestors(page: Page, language_codes: Iterable[str]) -> dict[str, Page]:
    """For each language, the deepest live ancestor of ``page`` that exists in it."""
    codes = list(language_codes)
    if not codes:
        return {}
    ancestors = list(page.get_ancestors().filter(depth__gt=1).only("translation_key", "depth"))
    depth_of = {a.translation_key: a.depth for a in ancestors}
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=depth_of, locale__language_code__in=codes)
        .select_related("locale")
    )
    nearest: dict[str, Page] = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        best = nearest.get(code)
        if best is None or depth_of[candidate.translation_key] > depth_of[best.translation_key]:
            nearest[code] = candidate
    return nearest


def page_language_links(page: Page, request: HttpRequest) -> list[LanguageLink]:
    current = page.locale.language_code
    translations = live_translations(page)
    missing = [code for code in site_language_codes() if code not in translations]
    fallbacks = nearest_translated_ancestors(page, missing)
    links = []
    for code in site_language_codes():
        if code in translations:
            links.append(
                LanguageLink(
                    code=code,
                    name=language_name(code),
                    url=translations[code].get_url(request),
                    is_current=code == current,
                    is_translated=True,
                )
            )
            continue
        target = fallbacks.get(code)
        url = target.get_url(request) if target else f"/{code}/"
        links.append(
            LanguageLink(
                code=code,
                name=language_name(code),
                url=f"{url}?{FALLBACK_PARAMETER}=1",
                is_current=code == current,
                is_translated=False,
                fallback_title=target.title if target else "",
            )
        )
    return links


def request_origin(request: HttpRequest) -> str | None:
    """``scheme://host`` of the request, or None when its Host header is not one of the site's.

    Django refuses such a request with its 400 page before any view runs, and that page is
    rendered for the very request: it has no address of its own to give alternates for.
    """
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return f"{request.scheme}://{host}"


def view_language_links(request: HttpRequest, current: str) -> list[LanguageLink]:
    """Language links for views that are not Wagtail pages (search, learning, errors)."""
    path = request.get_full_path()
    return [
        LanguageLink(
            code=code,
            name=language_name(code),
            url=translate_url(path, code),
            is_current=code == current,
            is_translated=True,
        )
        for code in site_language_codes()
    ]


def localize_pages(pages: Iterable[Page], locale: Locale | None = None) -> list[Page]:
    """Each page's live translation in ``locale`` (default: the active one), or the page itself.

    One query for the whole list, so menus cost the same whatever their length.
    """
    pages = [p for p in pages if p is not None]
    locale = locale or Locale.get_active()
    translated = {
        p.translation_key: p
        for p in Page.objects.live().filter(
            translation_key__in=[p.translation_key for p in pages], locale=locale
        )
    }
    return [translated.get(p.translation_key, p) for p in pages]


def each_in_locale(queryset, locale: Locale | None = None) -> dict:
    """Each object of ``queryset`` once, keyed by translation key: in ``locale`` (default: the
    active one) where it is translated, else in the default locale. One query.

    The site's one rule for "this language, else the source language": listings, "My
    learning", news topics and the partnership's members all read it from here.
    """
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    chosen: dict = {}
    for obj in queryset.filter(locale_id__in={locale.pk, default.pk}):
        if obj.locale_id == locale.pk or obj.translation_key not in chosen:
            chosen[obj.translation_key] = obj
    return chosen


def for_active_locale(queryset):
    """The object of ``queryset`` in the active locale, else in the default one."""
    active = Locale.get_active()
    found = queryset.filter(locale=active).first()
    if found is None:
        found = queryset.filter(locale=Locale.get_default()).first()
    return found
