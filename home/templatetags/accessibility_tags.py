"""The accessibility statement's tags: the meta tag every page names it with, and its dates."""

from __future__ import annotations

import datetime

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from core import site_frame
from core.i18n import for_active_locale, request_origin
from home.models import AccessibilityStatementPage

register = template.Library()

META_NAME = "deklaracja-dostępności"


def statement_url(request) -> str:
    """The absolute address of the live statement in the active language, else the default
    one's; "" when there is none. Resolved once per language until the next publication."""

    def build() -> str:
        statement = for_active_locale(AccessibilityStatementPage.objects.live().public())
        return statement.get_full_url(request) if statement is not None else ""

    return site_frame.frame_part("accessibility-statement", request, build)


@register.simple_tag(takes_context=True)
def accessibility_statement_meta(context) -> str:
    """``<meta name="deklaracja-dostępności">``: where the official validator finds the
    statement (the technical conditions' good practice for every page's head)."""
    request = context.get("request")
    if request is None or request_origin(request) is None:
        return ""
    url = statement_url(request)
    if not url:
        return ""
    return format_html('<meta name="{}" content="{}">', META_NAME, url)


@register.simple_tag
def statement_date(value: datetime.date | None, element_id: str) -> SafeString:
    """A statement's date as the technical conditions write it (RRRR-MM-DD), with its id;
    when the editor has given none, the id still marks the place and says so."""
    if value is None:
        return format_html('<span id="{}">{}</span>', element_id, gettext("not given"))
    iso = value.isoformat()
    return format_html('<time id="{}" datetime="{}">{}</time>', element_id, iso, iso)


@register.simple_tag(takes_context=True)
def statement_website(context, page) -> str:
    """The address of the website the statement is about."""
    return page.website_address(context["request"])


@register.simple_tag
def inaccessible_item(item) -> SafeString:
    """An item of inaccessible or exempt content: what, why, and the other way to it."""
    parts = [format_html("<strong>{}</strong>", item["content"])]
    if item.get("reason"):
        parts.append(format_html(" – {}", item["reason"]))
    if item.get("alternative"):
        parts.append(format_html(" {} {}", gettext("Alternative access:"), item["alternative"]))
    return format_html("<li>{}</li>", format_html_join("", "{}", ((part,) for part in parts)))
