"""What every site answers at its root: ``robots.txt`` and ``favicon.ico``."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Site


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers: the sitemap at the site's own address; nothing personal or administrative."""
    site = Site.find_for_request(request)
    return TemplateResponse(
        request,
        "robots.txt",
        {"sitemap_url": f"{site.root_url}/sitemap.xml" if site else ""},
        content_type="text/plain; charset=utf-8",
    )


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers that do not read the pages' icon link ask here; the icon is a static file."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
