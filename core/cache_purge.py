"""What a publication changes in the HTTP cache (Varnish), purged through Wagtail.

Wagtail's frontend cache invalidation sends the purges (its HTTP backend against Varnish,
``WAGTAILFRONTENDCACHE``, set in production from ``ZMP_VARNISH_URL``) from a background
task, so the worker does it after the publication is committed. Its own signal handlers
(the ``wagtail.contrib.frontend_cache`` app) purge only the page; the project does not
install that app and purges, in one batch, what shows the page:

* the page itself, at its own URL (each translation is a page with its own URL in its
  language; ``WAGTAILFRONTENDCACHE_LANGUAGES = []`` keeps Wagtail from rewriting it under
  the other languages' prefixes);
* its ancestors up to the home page in its language: the listings that show it (a news
  index, a course's lessons, the home page's latest news).

Feeds, the sitemap and snippets shown on every page (menu, footer) are not purged yet:
they expire after the cache lifetime of the VCL (10 min).
"""

from __future__ import annotations

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished


def pages_showing(page: Page) -> list[Page]:
    """The page and its live ancestors below the tree's root, the page first."""
    ancestors = page.get_ancestors().filter(depth__gt=1, live=True).order_by("-depth")
    return [page, *ancestors]


def purge_page_and_listings(page: Page) -> None:
    batch = PurgeBatch()
    batch.add_pages(pages_showing(page))
    batch.purge()


def page_changed_handler(sender, instance: Page, **kwargs) -> None:
    purge_page_and_listings(instance)


def connect_signal_handlers() -> None:
    # Sent for every page type; one connection each receives them all.
    page_published.connect(page_changed_handler, dispatch_uid="zmp.cache_purge.published")
    page_unpublished.connect(page_changed_handler, dispatch_uid="zmp.cache_purge.unpublished")
