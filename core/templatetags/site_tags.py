"""Template tags every public template uses: language links, menu and footer."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from core import embeds, site_frame
from core.i18n import (
    FALLBACK_PARAMETER,
    LanguageLink,
    page_language_links,
    request_origin,
    view_language_links,
)
from core.page_meta import page_meta as meta_of

register = template.Library()


def _language_links(context) -> list[LanguageLink]:
    """Computed once per request and shared by the switcher and the hreflang links."""
    request = context["request"]
    cached = getattr(request, "_zmp_language_links", None)
    if cached is None:
        page = context.get("page")
        if isinstance(page, Page):
            # Which translations are live changes only when the frame does (publications).
            cached = site_frame.frame_part(
                f"language-links:{page.pk}", request, lambda: page_language_links(page, request)
            )
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


def _is_within(page, section: site_frame.FrameLink) -> bool:
    """The current page is the menu item's page or lies in its section (home excluded)."""
    if not isinstance(page, Page):
        return False
    return page.pk == section.page_id or (
        section.page_depth > 2 and page.path.startswith(section.page_path)
    )


def _is_page(page, link: site_frame.FrameLink) -> bool:
    return isinstance(page, Page) and page.pk == link.page_id


@register.inclusion_tag("tags/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    current = context.get("page")
    items = [
        {
            "url": link.url,
            "label": link.label,
            "is_current": _is_within(current, link),
            "is_page": _is_page(current, link),
            "children": [
                {"url": child.url, "label": child.label, "is_page": _is_within(current, child)}
                for child in link.children
            ],
        }
        for link in site_frame.main_menu_links(context["request"])
    ]
    return {"items": items}


@register.inclusion_tag("tags/home_sections.html", takes_context=True)
def home_sections(context) -> dict:
    """The main menu's items that have an illustration, as the home page's section cards."""
    return {
        "sections": [
            link
            for link in site_frame.main_menu_links(context["request"])
            if link.illustration is not None
        ]
    }


@register.simple_tag(takes_context=True)
def site_identity(context) -> site_frame.Identity:
    return site_frame.site_identity(context["request"])


@register.inclusion_tag("tags/site_footer.html", takes_context=True)
def site_footer(context) -> dict:
    request = context["request"]
    footer = site_frame.site_footer(request)
    return {
        "footer": footer,
        "links": footer.links if footer else (),
        "identity": site_frame.site_identity(request),
    }


@register.inclusion_tag("tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    page = context["page"]
    return {"ancestors": site_frame.breadcrumbs(context["request"], page), "page": page}


@register.simple_tag(takes_context=True)
def home_url(context) -> str:
    """The home page in the visitor's language."""
    return site_frame.home_url(context["request"])


@register.inclusion_tag("tags/page_meta.html", takes_context=True)
def page_meta(context) -> dict:
    """Description, canonical address, Open Graph and schema.org data of a Wagtail page."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None:
        return {"meta": None}
    return {"meta": meta_of(page, context["request"])}


@register.filter
def privacy_enhanced(player_html: str) -> str:
    """A video player's HTML pointed at its host's privacy-enhanced address."""
    return embeds.privacy_enhanced(player_html)
