"""Template tags every public template uses: language links, menu and footer."""

from collections.abc import Callable

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
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


def _marks(items: list[dict]) -> str:
    """Which menu items are the current page or its section: all the menu's HTML depends
    on besides the site, the language and the published pages."""
    marks = []
    for number, item in enumerate(items):
        marks += [f"{number}c"] if item["is_current"] else []
        marks += [f"{number}p"] if item["is_page"] else []
        marks += [f"{number}.{n}p" for n, child in enumerate(item["children"]) if child["is_page"]]
    return ",".join(marks)


@register.simple_tag(takes_context=True)
def main_menu(context) -> SafeString:
    current = context.get("page")
    request = context["request"]
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
        for link in site_frame.main_menu_links(request)
    ]
    return site_frame.frame_html(
        f"main-menu:{_marks(items)}",
        request,
        lambda: render_to_string("tags/main_menu.html", {"items": items}),
    )


@register.simple_tag(takes_context=True)
def home_sections(context) -> SafeString:
    """The main menu's items that have an illustration, as the home page's section cards."""
    request = context["request"]

    def render() -> str:
        links = site_frame.main_menu_links(request)
        sections = [link for link in links if link.illustration is not None]
        return render_to_string("tags/home_sections.html", {"sections": sections})

    return site_frame.frame_html("home-sections", request, render)


class KeptFragmentNode(template.Node):
    """A block whose HTML one of the site frame's keepers renders once and keeps."""

    def __init__(
        self,
        nodelist: template.NodeList,
        arguments: list[template.base.FilterExpression],
        keep: Callable[..., SafeString],
    ):
        self.nodelist = nodelist
        self.arguments = arguments
        self.keep = keep

    def render(self, context: template.Context) -> SafeString:
        values = [argument.resolve(context) for argument in self.arguments]
        return self.keep(context["request"], lambda: self.nodelist.render(context), *values)


def _kept_fragment(
    parser: template.base.Parser,
    token: template.base.Token,
    arguments: str,
    keep: Callable[..., SafeString],
) -> KeptFragmentNode:
    bits = token.split_contents()
    if len(bits) - 1 != len(arguments.split(", ")):
        raise template.TemplateSyntaxError(f"{bits[0]} takes {arguments}")
    nodelist = parser.parse((f"end{bits[0]}",))
    parser.delete_first_token()
    return KeptFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]], keep)


@register.tag
def frame_fragment(parser: template.base.Parser, token: template.base.Token) -> KeptFragmentNode:
    """``{% frame_fragment "name" %}…{% endframe_fragment %}``: HTML that depends only on the
    site, the language and the published pages, rendered once per worker until a publication
    (``site_frame.frame_html``). Nothing personal inside: no forms, no signed-in state."""
    return _kept_fragment(
        parser,
        token,
        "the fragment's name",
        lambda request, render, name: site_frame.frame_html(f"fragment:{name}", request, render),
    )


@register.tag
def page_fragment(parser: template.base.Parser, token: template.base.Token) -> KeptFragmentNode:
    """``{% page_fragment page "name" %}…{% endpage_fragment %}``: what a published page shows
    every visitor (its text, its sources), rendered once per worker until a publication
    (``site_frame.page_html``). Nothing personal inside: no forms, no signed-in state."""
    return _kept_fragment(
        parser,
        token,
        "the page, the fragment's name",
        lambda request, render, page, name: site_frame.page_html(page, str(name), request, render),
    )


@register.simple_tag(takes_context=True)
def site_identity(context) -> site_frame.Identity:
    return site_frame.site_identity(context["request"])


@register.simple_tag(takes_context=True)
def site_footer(context) -> SafeString:
    request = context["request"]

    def render() -> str:
        footer = site_frame.site_footer(request)
        return render_to_string(
            "tags/site_footer.html",
            {
                "footer": footer,
                "links": footer.links if footer else (),
                "identity": site_frame.site_identity(request),
            },
        )

    return site_frame.frame_html("footer", request, render)


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
