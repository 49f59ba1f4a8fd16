"""Wagtail's view restrictions checked without a query on pages that have none.

Wagtail checks every page it serves for restrictions (private pages, passwords, groups) with
two queries: the page's ancestors, then their restrictions; and ``.public()`` listings
(search, sitemap) fetch every restriction each time. Restrictions are few and rarely
change, so within a request the answer comes from what the worker remembers under the site
frame's generation (``core.site_frame.remembered``), which saving or deleting a restriction,
and publishing, moving or deleting a page, replaces. A page with restrictions still has them
fetched and checked by Wagtail's code; outside a request Wagtail's code runs unchanged.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from core.site_frame import remembered

_wagtail_get_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(page: Page) -> QuerySet[PageViewRestriction]:
    """The restrictions on the page, its ancestors and the pages they are aliases of."""
    if page.pk is None:
        return _wagtail_get_view_restrictions(page)
    keys = remembered(
        f"view-restrictions:{page.pk}",
        lambda: tuple(_wagtail_get_view_restrictions(page).values_list("pk", flat=True)),
    )
    if not keys:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=keys)


def private_q(queryset: PageQuerySet) -> Q:
    """Wagtail's condition for pages in a restricted section, from the remembered sections."""
    sections = remembered(
        "restricted-sections",
        lambda: tuple(
            PageViewRestriction.objects.values_list("page__path", "page__depth").distinct()
        ),
    )
    condition = Q()
    for path, depth in sections:
        condition |= Q(path__startswith=path) & Q(depth__gte=depth)
    # No restricted section: a condition no page meets, as Wagtail's.
    return condition if condition else Q(pk__in=[])


def install() -> None:
    """Put the memo in front of Wagtail's checks (from ``CoreConfig.ready``)."""
    Page.get_view_restrictions = get_view_restrictions
    PageQuerySet.private_q = private_q
