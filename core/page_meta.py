"""What a page tells search engines and link previews: description, canonical address, Open
Graph and schema.org data.

A page type adds schema.org data of its own by defining ``structured_data(request) -> dict``
(a news article, a course, an event); the home page describes the site's organisation. The
result is plain data, remembered with the site frame per page and language
(``site_frame.frame_part``): it changes only when the page is published.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.http import HttpRequest
from django.templatetags.static import static
from wagtail.models import Page, Site

from core import site_frame
from core.page_summary import description_of

OPEN_GRAPH_LOCALES = {"pl": "pl_PL", "en": "en_GB", "es": "es_ES"}
SHARE_IMAGE = "fill-1200x630"


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    canonical_url: str
    site_name: str
    open_graph_type: str
    open_graph_locale: str
    image_url: str
    image_alt: str
    structured_data_json: str


def absolute(request: HttpRequest, url: str) -> str:
    """``url`` with the site's scheme and host, as the page's own address has them."""
    if url.startswith(("http://", "https://")):
        return url
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    return f"{root}{url}"


def organisation(request: HttpRequest) -> dict:
    """The site's organisation, as schema.org's publisher or provider of its pages."""
    site = Site.find_for_request(request)
    return {
        "@type": "Organization",
        "name": site.site_name if site else "",
        "url": absolute(request, "/"),
        "logo": absolute(request, static("img/favicon.svg")),
    }


def share_image(page: Page) -> tuple[str, str]:
    """The page's own image as a 1200×630 preview and its alt text, if it has one."""
    image = getattr(page, "image", None) or getattr(page, "cover_image", None)
    if image is None:
        return "", ""
    alt = getattr(page, "image_alt", "") or getattr(page, "cover_alt", "")
    return image.get_rendition(SHARE_IMAGE).url, alt


def page_meta(page: Page, request: HttpRequest) -> PageMeta:
    def build() -> PageMeta:
        language = page.locale.language_code
        image_url, image_alt = share_image(page)
        own = getattr(page, "structured_data", None)
        data = own(request) if callable(own) else None
        if data is not None:
            data = {"@context": "https://schema.org", **data}
        return PageMeta(
            title=page.seo_title or page.title,
            description=description_of(page),
            canonical_url=page.get_full_url(request) or "",
            site_name=(Site.find_for_request(request) or Site()).site_name,
            open_graph_type="article" if data and data["@type"] == "NewsArticle" else "website",
            open_graph_locale=OPEN_GRAPH_LOCALES.get(language, language),
            image_url=absolute(request, image_url) if image_url else "",
            image_alt=image_alt,
            # Safe inside <script>: no "<", ">" or "&" survives json.dumps' escaping here.
            structured_data_json=json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            if data
            else "",
        )

    if getattr(request, "is_preview", False):
        return build()  # a draft's text, never remembered for the published page
    return site_frame.frame_part(f"page-meta:{page.pk}", request, build)
