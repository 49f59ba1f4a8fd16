"""What frames every page (menu, footer, home link, feed links), resolved once per language.

Resolving the frame from scratch cost about eight queries and a third of the home page's
render on every request: the snippet for the locale, the pages it chooses, their
translations, each one's URL. It changes only when an editor saves the menu or the footer,
or publishes, unpublishes, moves or deletes a page (a title or an address in it may have
changed), so each part is kept resolved in the cache (Redis in production, shared by every
worker; process memory in development) under a generation stamp that those events replace.
Values are plain data (strings, tuples), never model instances.

Each worker also remembers what it has resolved or fetched under the generation it read at
the start of the request (``remembered``), so a request reads one key from Redis however
many parts of the frame, locales and view restrictions it needs.
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.http.request import validate_host
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models import sites as wagtail_sites
from wagtail.rich_text import expand_db_html
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.blocks import page_varies_by_visitor
from core.i18n import for_active_locale, localize_pages
from core.illustrations import Illustration, illustration
from core.models import MainMenu, SiteFooter, SiteIdentity
from core.page_summary import description_of

T = TypeVar("T")

GENERATION_KEY = "zmp:site-frame:generation"
_wagtail_site_for_hostname = wagtail_sites.get_site_for_hostname
_wagtail_site_root_paths = Site.get_site_root_paths
# A bound on staleness should an edit bypass the signals (a data migration, a raw update).
LIFETIME_SECONDS = 60 * 60
# A bound on a worker's memory: breadcrumbs and view restrictions are kept per page.
MEMO_LIMIT = 20_000
SECTION_SUMMARY_WORDS = 24
# Logo and funding marks, CSS pixels at most: the header's height, the footer's width.
LOGO_SIZE = "320x64"
FUNDING_MARKS_SIZE = "960x120"

# The generation the current request read (a one-element list once read; empty before).
# None outside a request: commands and tasks always see the database as it is.
_request_generation: ContextVar[list[str] | None] = ContextVar("zmp_frame", default=None)
_memo_generation = ""
_memo: dict[str, Any] = {}


@dataclass(frozen=True)
class FrameLink:
    url: str
    label: str
    page_id: int
    page_path: str
    page_depth: int
    # Main menu items only: the section's sub-pages (the menu's second level), and for the
    # home page's list of sections, what the section is about and its picture.
    children: tuple[FrameLink, ...] = ()
    summary: str = ""
    illustration: Illustration | None = None


@dataclass(frozen=True)
class Footer:
    funding_note_html: str
    contact_html: str
    links: tuple[FrameLink, ...]
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class FrameImage:
    url: str
    width: int
    height: int
    alt: str
    # Twice the size for high-density screens.
    srcset: str


@dataclass(frozen=True)
class Identity:
    logo: FrameImage | None
    funding_marks: FrameImage | None


@dataclass(frozen=True)
class FeedLinks:
    title: str
    rss: str
    atom: str


def _current_generation() -> str:
    return cache.get_or_set(GENERATION_KEY, uuid.uuid4().hex, None)


def _request_generation_read() -> str | None:
    """The generation this request works with, read on first need; None outside a request."""
    read = _request_generation.get()
    if read is None:
        return None
    if not read:
        read.append(_current_generation())
    return read[0]


def _generation(request: HttpRequest) -> str:
    """The generation the request started with (or has since set), read once."""
    if (generation := _request_generation_read()) is not None:
        return generation
    # A request built outside the middleware (a test's RequestFactory).
    generation = getattr(request, "_zmp_frame_generation", None)
    if generation is None:
        generation = request._zmp_frame_generation = _current_generation()
    return generation


def remembered(key: str, build: Callable[[], T], keep: Callable[[T], bool] | None = None) -> T:
    """``build()``'s value, kept in this worker until the frame's generation changes.

    Only within a request (``FrameGenerationMiddleware``); elsewhere ``build()`` runs each
    time. Values may be shared by the worker's threads: read them, never change them.
    A value for which ``keep`` says False is returned but not kept (keys a visitor makes up).
    """
    global _memo, _memo_generation
    generation = _request_generation_read()
    if generation is None:
        return build()
    memo = _memo
    if _memo_generation != generation or len(memo) > MEMO_LIMIT:
        memo = {}
        _memo, _memo_generation = memo, generation
    try:
        return memo[key]
    except KeyError:
        value = build()
        if keep is None or keep(value):
            memo[key] = value
        return value


class FrameGenerationMiddleware:
    """Lets ``remembered`` keep values for the length of a frame generation.

    The generation is read from the cache when the request first needs it, not before:
    static files and health checks never touch Redis.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request_generation.set([])
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def site_for_hostname(hostname: str, port: int) -> Site:
    """Wagtail's lookup of the site for a host name and port, from the cache after the first.

    Wagtail runs it (one query) for every request that needs the site; sites change only
    with the frame (a Site saved or deleted replaces the generation). Only the site's own
    host names (ALLOWED_HOSTS) are cached, not whatever a client sends.
    """
    if not validate_host(hostname, settings.ALLOWED_HOSTS):
        return _wagtail_site_for_hostname(hostname, port)
    # Site.DoesNotExist is raised, not remembered. A copy for each request: the root page
    # Wagtail caches on it is the page a request serves, never shared with another.
    site = remembered(f"site:{hostname}:{port}", lambda: _site_with_specific_root(hostname, port))
    return copy.deepcopy(site)


def _site_with_specific_root(hostname: str, port: int) -> Site:
    # Wagtail routes every page from ``site.root_page.localized.specific``: with the root
    # page kept specific, that costs no query in the default language (it was one, reading
    # the home page's whole body) and one in the others (it was two).
    site = _wagtail_site_for_hostname(hostname, port)
    site.root_page = site.root_page.specific
    return site


def site_root_paths() -> list:
    """Wagtail's site root paths (``Site.get_site_root_paths``), kept by the worker.

    Wagtail reads them from the cache, a Redis round trip, on every request that links to a
    page; they change only with sites, locales and the home pages' publications.
    """
    return remembered("site-root-paths", _wagtail_site_root_paths)


def install() -> None:
    """Put the cache in front of Wagtail's site lookups (from ``CoreConfig.ready``)."""
    wagtail_sites.get_site_for_hostname = site_for_hostname
    Site.get_site_root_paths = staticmethod(site_root_paths)


def frame_part(name: str, request: HttpRequest, build: Callable[[], T]) -> T:
    """``build()``'s value for this site and language, from the cache when it is there."""
    site = Site.find_for_request(request)
    part = f"{name}:{site.pk if site else 0}:{get_language()}"

    def shared() -> tuple[T]:
        key = f"zmp:site-frame:{_generation(request)}:{part}"
        cached = cache.get(key)
        if cached is None:
            cached = (build(),)  # a tuple, so that "nothing to show" is cached too
            cache.set(key, cached, LIFETIME_SECONDS)
        return cached

    return remembered(f"part:{part}", shared)[0]


def frame_html(name: str, request: HttpRequest, render: Callable[[], str]) -> SafeString:
    """A part of the frame as HTML, rendered once per worker, site and language until the
    frame changes.

    Once its data is resolved, rendering the menu, the footer and the home page's cards
    still cost a third of the home page's time. ``name`` must say everything the HTML
    depends on besides the site, the language and the published content.
    """
    site = Site.find_for_request(request)
    key = f"html:{name}:{site.pk if site else 0}:{get_language()}"
    return remembered(key, lambda: mark_safe(render()))  # noqa: S308 - rendered templates


def page_html(page: Page, name: str, request: HttpRequest, render: Callable[[], str]) -> SafeString:
    """Part ``name`` of a published page as HTML, rendered once per worker and language until
    a publication (``frame_html``): what the page shows every visitor, its text and facts.

    Rendered afresh in a preview or a draft (which has the live page's id), for a page not
    live, and for a page with a block that is the visitor's own (a poll: see
    ``core.blocks.page_varies_by_visitor``).
    """
    if getattr(request, "is_preview", False) or not page.live or page_varies_by_visitor(page):
        return mark_safe(render())  # noqa: S308 - a rendered template
    return frame_html(f"page:{page.pk}:{name}", request, render)


def forget_frame() -> None:
    """Every worker resolves the frame afresh from the next request on."""
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, None)
    read = _request_generation.get()
    if read is not None:
        # The rest of this request (an editor's) sees its own change too.
        read[:] = [generation]


def link_to(page: Page, request: HttpRequest, label: str = "") -> FrameLink:
    """A frame's link to ``page``: its address for ``request``, its title unless ``label``."""
    return FrameLink(
        url=page.get_url(request),
        label=label or page.title,
        page_id=page.pk,
        page_path=page.path,
        page_depth=page.depth,
    )


def _chosen(stream) -> list[tuple[Any, Page]]:
    """The link blocks of ``stream`` with their pages in the active language, live ones only."""
    chosen = [block for block in stream if block.value["page"] is not None]
    pages = localize_pages(block.value["page"] for block in chosen)
    # An unpublished page would be a link to "not found".
    return [(block, page) for block, page in zip(chosen, pages, strict=True) if page.live]


def _links(stream, request: HttpRequest) -> tuple[FrameLink, ...]:
    return tuple(link_to(page, request, block.value["label"]) for block, page in _chosen(stream))


def _section(block, page: Page, request: HttpRequest) -> FrameLink:
    """A main menu item with its sub-pages (those marked "show in menus") and its picture."""
    sub_pages = page.get_children().live().in_menu().public().order_by("path")
    picture = illustration(block.value["illustration"] or "")
    return dataclasses.replace(
        link_to(page, request, block.value["label"]),
        children=tuple(link_to(sub_page, request) for sub_page in sub_pages),
        summary=Truncator(description_of(page.specific)).words(SECTION_SUMMARY_WORDS)
        if picture
        else "",
        illustration=picture,
    )


def main_menu_links(request: HttpRequest) -> tuple[FrameLink, ...]:
    def build() -> tuple[FrameLink, ...]:
        menu = for_active_locale(MainMenu.objects.all())
        if menu is None:
            return ()
        return tuple(_section(block, page, request) for block, page in _chosen(menu.items))

    return frame_part("main-menu", request, build)


def site_footer(request: HttpRequest) -> Footer | None:
    def build() -> Footer | None:
        footer = for_active_locale(SiteFooter.objects.all())
        if footer is None:
            return None
        return Footer(
            funding_note_html=expand_db_html(footer.funding_note),
            contact_html=expand_db_html(footer.contact) if footer.contact else "",
            links=_links(footer.links, request),
            address_lines=tuple(
                line.strip() for line in footer.address.splitlines() if line.strip()
            ),
        )

    return frame_part("footer", request, build)


def _frame_image(image, size: str, alt: str) -> FrameImage | None:
    if image is None:
        return None
    width, height = (int(n) for n in size.split("x"))
    single, double = f"max-{width}x{height}", f"max-{width * 2}x{height * 2}"
    renditions = image.get_renditions(single, double)
    one, two = renditions[single], renditions[double]
    return FrameImage(
        url=one.url,
        width=one.width,
        height=one.height,
        alt=alt,
        srcset=f"{one.url} 1x, {two.url} 2x",
    )


def site_identity(request: HttpRequest) -> Identity:
    """The office's logo and the funding marks in the active language, when uploaded."""

    def build() -> Identity:
        identity = for_active_locale(SiteIdentity.objects.select_related("logo", "funding_marks"))
        if identity is None:
            return Identity(logo=None, funding_marks=None)
        return Identity(
            logo=_frame_image(identity.logo, LOGO_SIZE, identity.logo_alt),
            funding_marks=_frame_image(
                identity.funding_marks, FUNDING_MARKS_SIZE, identity.funding_marks_alt
            ),
        )

    return frame_part("identity", request, build)


def site_map(request: HttpRequest) -> tuple[FrameLink, ...]:
    """The home page's sections in the active language, each with its sub-pages shown in
    menus: the site's map for people (the one for search engines is sitemap.xml)."""

    def build() -> tuple[FrameLink, ...]:
        site = Site.find_for_request(request)
        if site is None:
            return ()
        home = site.root_page.localized
        sections = home.get_children().live().public().order_by("path")
        return tuple(
            dataclasses.replace(
                link_to(section, request),
                children=tuple(
                    link_to(sub_page, request)
                    for sub_page in section.get_children()
                    .live()
                    .in_menu()
                    .public()
                    .order_by("path")
                ),
            )
            for section in sections
        )

    return frame_part("site-map", request, build)


def home_url(request: HttpRequest) -> str:
    def build() -> str:
        site = Site.find_for_request(request)
        if site is None:
            return f"/{get_language()}/"
        return site.root_page.localized.get_url(request)

    return frame_part("home-url", request, build)


def feed_links(request: HttpRequest, index_page_model: type[Page]) -> FeedLinks | None:
    """The RSS and Atom feeds of the active language's ``index_page_model`` (news)."""
    index = section_link(request, index_page_model)
    if index is None:
        return None
    return FeedLinks(title=index.label, rss=f"{index.url}rss/", atom=f"{index.url}atom/")


def section_link(request: HttpRequest, page_model: type[Page]) -> FrameLink | None:
    """The active language's live ``page_model`` page (a section's index: the courses)."""

    def build() -> FrameLink | None:
        page = page_model.objects.live().filter(locale=Locale.get_active()).first()
        return link_to(page, request) if page is not None else None

    return frame_part(f"section:{page_model._meta.label_lower}", request, build)


def breadcrumbs(request: HttpRequest, page: Page) -> tuple[FrameLink, ...]:
    """The page's ancestors below the tree's root, the home page first."""

    def build() -> tuple[FrameLink, ...]:
        ancestors = page.get_ancestors().filter(depth__gt=1)
        return tuple(link_to(ancestor, request) for ancestor in ancestors)

    return frame_part(f"breadcrumbs:{page.pk}", request, build)


def _frame_changed(sender, **kwargs) -> None:
    # Now, for this process; and again once committed, since another worker may have
    # resolved the frame from the data as it was before the commit.
    forget_frame()
    transaction.on_commit(forget_frame)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        _frame_changed(sender)


def connect_signal_handlers() -> None:
    page_published.connect(_frame_changed, dispatch_uid="zmp.site_frame.published")
    page_unpublished.connect(_frame_changed, dispatch_uid="zmp.site_frame.unpublished")
    post_page_move.connect(_frame_changed, dispatch_uid="zmp.site_frame.moved")
    post_delete.connect(_page_deleted, dispatch_uid="zmp.site_frame.page_deleted")
    # View restrictions are remembered per page (core.view_restrictions); pictures and
    # documents are shown in kept HTML (cards, page texts: ``page_html``).
    for model in (
        MainMenu, SiteFooter, Site, Locale, PageViewRestriction, get_image_model(),
        get_document_model(),
    ):  # fmt: skip
        forget_frame_when_saved(model)


def forget_frame_when_saved(model: type[Model]) -> None:
    """Every save or deletion of ``model`` replaces the frame's generation: for what kept
    HTML shows beyond pages (a glossary term in a lesson's body, a picture on a card)."""
    uid = f"zmp.site_frame.{model._meta.label_lower}"
    post_save.connect(_frame_changed, sender=model, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_frame_changed, sender=model, dispatch_uid=f"{uid}.deleted")
