"""What a change of content changes in the HTTP cache (Varnish), and the task that clears it.

Wagtail's frontend cache invalidation does the sending (``WAGTAILFRONTENDCACHE``, set in
production from ``ZMP_VARNISH_URL``): PURGE of exact URLs through its HTTP backend, and BAN
of address prefixes through ``VarnishBackend``, the same backend taught the ban our VCL
accepts. The project does not install ``wagtail.contrib.frontend_cache``, whose handlers
purge only the page. Here, at the moment of the change (a move forgets the old addresses),
the project works out everything that shows it:

* **a page published, unpublished or deleted**: everything under its address in one ban
  (the page, its sub-pages' breadcrumbs, its own routes such as a news index's feeds); its
  ancestors up to its language's home page, the listings that show it, with their fixed
  routes (feeds); its live translations, whose language links and hreflang name it; the
  sitemap. A page the menu or the footer links to: its whole language.
* **a page moved**: the same for its old address and its new one.
* **a menu, footer or news topic saved or deleted**: every page of its language; of every
  language when it is the default language's, which the others fall back to.

The purges are sent by background tasks (the worker): Wagtail's own purge task for the URLs,
``ban_in_http_cache`` for the prefixes. With django-tasks' database backend a task is stored
in the change's own transaction, so it runs once the change is committed and Varnish fetches
the new content, never the old.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass, field
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db.models import Model, QuerySet
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch
from django_tasks import task
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core.models import MainMenu, SiteFooter

SITEMAP_PATH = "/sitemap.xml"

logger = logging.getLogger("wagtail.frontendcache")


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purge backend, plus the BAN of address prefixes our VCL accepts."""

    def ban(self, path_pattern: str) -> None:
        request = Request(  # noqa: S310 - the configured Varnish address, http(s) only
            urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            method="BAN",
            headers={"X-Ban-Url": path_pattern},
        )
        try:
            urlopen(request, timeout=10)  # noqa: S310
        except URLError as error:
            # Logged as Wagtail logs a failed purge; the pages expire with their lifetime.
            logger.error("Couldn't ban '%s' in the HTTP cache: %s", path_pattern, error)


@dataclass
class PurgePlan:
    """Exact URLs to purge, and address prefixes (paths) whose pages are all banned."""

    urls: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.urls or self.prefixes)

    def add(self, other: PurgePlan) -> None:
        self.urls |= other.urls
        self.prefixes |= other.prefixes


def _path(url: str) -> str:
    return urlsplit(url).path


def _fixed_routes(page: Page, url: str) -> set[str]:
    """A routable page's routes that take no argument (a news index's feeds), as URLs."""
    specific_class = page.specific_class
    if not (specific_class and issubclass(specific_class, RoutablePageMixin)):
        return set()
    routable = page.specific_deferred
    routes = set()
    for pattern in specific_class.get_subpage_urls():
        if not pattern.name:
            continue
        try:
            routes.add(url + routable.reverse_subpage(pattern.name))
        except NoReverseMatch:
            continue  # takes an argument: one URL per value, purged with the page's prefix
    return routes


def _linked_from_every_page(page: Page) -> bool:
    """Does a menu or footer (of any language) link to this page or one of its translations?"""
    # The chosen pages' ids as stored, without loading each menu's pages.
    streams = [menu.items for menu in MainMenu.objects.only("items")]
    streams += [footer.links for footer in SiteFooter.objects.only("links")]
    linked = {block["value"]["page"] for stream in streams for block in stream.raw_data}
    return Page.objects.filter(
        pk__in=linked - {None}, translation_key=page.translation_key
    ).exists()


def plan_for_page(page: Page) -> PurgePlan:
    """What shows ``page`` where it stands now (see the module's docstring)."""
    plan = PurgePlan()
    url = page.get_full_url()
    if url is None:
        return plan
    plan.prefixes.add(_path(url))
    ancestors = list(page.get_ancestors().filter(depth__gt=1, live=True))
    for ancestor in ancestors:
        if ancestor_url := ancestor.get_full_url():
            plan.urls.add(ancestor_url)
            plan.urls |= _fixed_routes(ancestor, ancestor_url)
    for translation in page.get_translations().live():
        if translation_url := translation.get_full_url():
            plan.urls.add(translation_url)
    _site_id, root_url, _page_path = page.get_url_parts()
    plan.urls.add(root_url + SITEMAP_PATH)
    if (
        ancestors
        and _linked_from_every_page(page)
        and (language_home := ancestors[0].get_full_url())
    ):
        plan.prefixes.add(_path(language_home))
    return plan


def plan_for_language(locale: Locale) -> PurgePlan:
    """Every page of the locale's language, or of all languages for the default one."""
    if locale.language_code == settings.LANGUAGE_CODE:
        codes = [code for code, _name in settings.LANGUAGES]
    else:
        codes = [locale.language_code]
    return PurgePlan(prefixes={f"/{code}/" for code in codes})


@task()
def ban_in_http_cache(prefixes: list[str]) -> None:
    """Ban every page whose address starts with one of ``prefixes`` in each HTTP cache."""
    for backend in get_backends().values():
        if (ban := getattr(backend, "ban", None)) is not None:  # VarnishBackend's
            for prefix in prefixes:
                ban("^" + re.escape(prefix))


def send(plan: PurgePlan) -> None:
    """Queue the plan for the worker, when the site has an HTTP cache to clear.

    The URLs go through Wagtail's own purge task; the bans through ours beside it.
    """
    if not (plan and getattr(settings, "WAGTAILFRONTENDCACHE", None)):
        return
    PurgeBatch(sorted(plan.urls)).purge()
    if plan.prefixes:
        ban_in_http_cache.enqueue(sorted(plan.prefixes))


# --- Signal handlers ------------------------------------------------------------------------

# A page's plan at its old address, from pre_page_move to post_page_move (same thread).
_before_move = threading.local()


# Tree paths of the pages being deleted, from pre_delete to post_delete (same thread).
_being_deleted = threading.local()


def _deleting() -> set[str]:
    if not hasattr(_being_deleted, "paths"):
        _being_deleted.paths = set()
    return _being_deleted.paths


def page_changed(sender, instance: Page, **kwargs) -> None:
    # Wagtail unpublishes each page it deletes; the deletion plans those itself.
    if instance.path not in _deleting():
        send(plan_for_page(instance))


def page_moving(sender, instance: Page, **kwargs) -> None:
    plans = getattr(_before_move, "plans", {})
    plans[instance.pk] = plan_for_page(instance)
    _before_move.plans = plans


def page_moved(sender, instance: Page, **kwargs) -> None:
    plan = getattr(_before_move, "plans", {}).pop(instance.pk, PurgePlan())
    plan.add(plan_for_page(instance))
    send(plan)


def page_deleting(sender, instance: Model, origin=None, **kwargs) -> None:
    """Before a page and its sub-pages are deleted, while their addresses still resolve.

    One deletion signals every page of the subtree, in no useful order; the ban of the
    topmost page's address covers the others, so only the topmost pages are planned.
    """
    if not isinstance(instance, Page) or not instance.live:
        return
    _deleting().add(instance.path)
    topmost = _topmost_paths(origin)
    if topmost is not None and instance.path not in topmost:
        return
    if topmost is not None:
        topmost.discard(instance.path)  # the specific and the base object both come by
    send(plan_for_page(instance))


def _topmost_paths(origin) -> set[str] | None:
    """Tree paths of the pages at the top of the deletion ``origin`` started, kept on it.

    None when the deletion did not start from pages (a cascade from another model).
    """
    paths = getattr(origin, "_zmp_topmost_paths", None)
    if paths is not None:
        return paths
    if isinstance(origin, Page):
        paths = {origin.path}
    elif isinstance(origin, QuerySet) and issubclass(origin.model, Page):
        deleted = set(origin.values_list("path", flat=True))
        paths = {
            path
            for path in deleted
            if not any(path != other and path.startswith(other) for other in deleted)
        }
    else:
        return None
    origin._zmp_topmost_paths = paths
    return paths


def page_deleted(sender, instance: Model, **kwargs) -> None:
    if isinstance(instance, Page):
        _deleting().discard(instance.path)


def snippet_changed(sender, instance, **kwargs) -> None:
    send(plan_for_language(instance.locale))


def clear_language_when_saved(model: type[Model]) -> None:
    """A translatable snippet shown across its language (a topic): each edit clears it."""
    uid = f"zmp.cache_purge.{model._meta.label_lower}"
    post_save.connect(snippet_changed, sender=model, dispatch_uid=f"{uid}.saved")
    post_delete.connect(snippet_changed, sender=model, dispatch_uid=f"{uid}.deleted")


def connect_signal_handlers() -> None:
    page_published.connect(page_changed, dispatch_uid="zmp.cache_purge.published")
    page_unpublished.connect(page_changed, dispatch_uid="zmp.cache_purge.unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="zmp.cache_purge.moving")
    post_page_move.connect(page_moved, dispatch_uid="zmp.cache_purge.moved")
    # Before Wagtail's own pre_delete handler, which unpublishes each page (core comes first
    # in INSTALLED_APPS).
    pre_delete.connect(page_deleting, dispatch_uid="zmp.cache_purge.deleting")
    post_delete.connect(page_deleted, dispatch_uid="zmp.cache_purge.deleted")
    clear_language_when_saved(MainMenu)
    clear_language_when_saved(SiteFooter)
