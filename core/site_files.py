"""What every site answers besides its pages: ``robots.txt``, ``favicon.ico`` and the site map
for people."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Site

from core import site_frame


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


def site_map(request: HttpRequest) -> HttpResponse:
    """The site's map for people, in the visitor's language: every section and its sub-pages."""
    return TemplateResponse(request, "site_map.html", {"sections": site_frame.site_map(request)})
