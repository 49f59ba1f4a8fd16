"""Template tags every public template uses: language links, menu and footer."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.i18n import (
    FALLBACK_PARAMETER,
    LanguageLink,
    for_active_locale,
    localize_pages,
    page_language_links,
    request_origin,
    view_language_links,
)
from core.models import MainMenu, SiteFooter

register = template.Library()


def _language_links(context) -> list[LanguageLink]:
    """Computed once per request and shared by the switcher and the hreflang links."""
    request = context["request"]
    cached = getattr(request, "_zmp_language_links", None)
    if cached is None:
        page = context.get("page")
        if isinstance(page, Page):
            cached = page_language_links(page, request)
        else:
            cached = view_language_links(request, get_language())
        request._zmp_language_links = cached
    return cached


@register.inclusion_tag("tags/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    return {"links": _language_links(context)}


@register.inclusion_tag("tags/hreflang_links.html", takes_context=True)
def hreflang_links(context) -> dict:
    origin = request_origin(context["request"])
    if origin is None:
        return {"links": []}
    links = [link for link in _language_links(context) if link.is_translated]
    default = next(
        (link for link in links if link.code == settings.LANGUAGE_CODE), links[0] if links else None
    )
    return {"links": links, "x_default": default, "base": origin}


@register.simple_tag(takes_context=True)
def arrived_by_fallback(context) -> bool:
    """True when the visitor followed a switcher link to a page's nearest translation."""
    return FALLBACK_PARAMETER in context["request"].GET


def _resolved_links(stream, request) -> list[dict]:
    chosen = [block for block in stream if block.value["page"] is not None]
    pages = localize_pages(block.value["page"] for block in chosen)
    return [
        {"url": page.get_url(request), "label": block.value["label"] or page.title, "page": page}
        for block, page in zip(chosen, pages, strict=True)
    ]


def _is_within(page, section: Page) -> bool:
    """The current page is the menu item's page or lies in its section (home excluded)."""
    if not isinstance(page, Page):
        return False
    return page.pk == section.pk or (section.depth > 2 and page.path.startswith(section.path))


@register.inclusion_tag("tags/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    request = context["request"]
    menu = for_active_locale(MainMenu.objects.all())
    current = context.get("page")
    items = _resolved_links(menu.items, request) if menu else []
    for item in items:
        item["is_current"] = _is_within(current, item["page"])
    return {"items": items}


@register.inclusion_tag("tags/site_footer.html", takes_context=True)
def site_footer(context) -> dict:
    request = context["request"]
    footer = for_active_locale(SiteFooter.objects.all())
    links = _resolved_links(footer.links, request) if footer else []
    return {"footer": footer, "links": links}


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    """The home page in the visitor's language."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return f"/{get_language()}/"
    return site.root_page.localized.get_url(request)
