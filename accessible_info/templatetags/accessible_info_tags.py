"""The links to the easy-to-read and sign-language information: in every page's header, on
the home page, and from one of the pages to the other."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from accessible_info.links import AccessibleInfoLink, accessible_info_link, accessible_info_links

register = template.Library()


def _links(context) -> list[dict]:
    current = context.get("page")
    current_id = current.pk if isinstance(current, Page) else None
    language = get_language()
    return [
        {
            "link": link,
            "is_current": link.page_id == current_id,
            # Named for the visitor's browser when the page is in another language.
            "hreflang": link.language_code if link.language_code != language else "",
        }
        for link in accessible_info_links(context["request"])
    ]


@register.inclusion_tag("tags/accessible_info_links.html", takes_context=True)
def accessible_info_header_links(context) -> dict:
    return {"links": _links(context)}


@register.inclusion_tag("tags/accessible_info_entry.html", takes_context=True)
def accessible_info_entry(context) -> dict:
    """The home page's pointer to the same pages."""
    return {"links": _links(context)}


@register.simple_tag(takes_context=True)
def accessible_info_page(context, kind: str) -> AccessibleInfoLink | None:
    """The link to the page of ``kind`` ("easy-read", "sign-language"), if there is one."""
    return accessible_info_link(context["request"], kind)
