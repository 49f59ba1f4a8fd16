"""Page routing in one query instead of two per level of the URL, and that one kept.

Wagtail routes ``/pl/kursy/gospodarowanie-odpadami/`` by asking each page in turn for its
child with the next slug and then for that child's specific object: two queries per level,
ten for a lesson. A page's ``url_path`` already spells the slugs of its ancestors, so one
query finds every page along the URL. The answer is Wagtail's own: where a routable page
on the way (``RoutablePageMixin``) would claim the rest of the URL with one of its
sub-routes, routing falls back to Wagtail's walk, which gives its sub-routes precedence.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from core.site_frame import remembered

# What routing reads of each page along the URL. The pages along a URL change only with
# publications and moves, so each worker keeps them per URL for the site frame's generation:
# a page costs one query, its own.
CHAIN_FIELDS = ("id", "path", "depth", "live", "content_type_id", "url_path")


def _claims(page: Page, remaining: list[str]) -> bool:
    """Would this live routable page answer the rest of the URL with a sub-route?"""
    page_class = page.specific_class
    if not (page.live and page_class and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
    except Resolver404:
        return False
    return True


class OneQueryRoutingMixin:
    """For the root page of each language's tree (the home page)."""

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{c}/" for c in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]

        def read_chain() -> tuple[tuple, ...]:
            return tuple(
                Page.objects.filter(path__startswith=self.path, url_path__in=prefixes)
                .order_by("depth")
                .values_list(*CHAIN_FIELDS)
            )

        # Kept only when every part of the URL is a page: the keys are then the site's own
        # addresses, never whatever a visitor types (a 404, a routable page's sub-route).
        rows = remembered(
            f"route:{self.pk}:{'/'.join(path_components)}",
            read_chain,
            keep=lambda rows: len(rows) == len(path_components),
        )
        # Pages with the other fields deferred, as .only() gives them: read if ever asked for.
        chain = [Page.from_db(Page.objects.db, CHAIN_FIELDS, row) for row in rows]
        if not chain:
            raise Http404
        for page in chain[:-1]:
            if _claims(page, path_components[page.depth - self.depth :]):
                return super().route(request, path_components)
        deepest = chain[-1].specific
        if len(chain) > 1:
            deepest._cached_parent_obj = chain[-2]  # as Wagtail's walk leaves it
        return deepest.route(request, path_components[deepest.depth - self.depth :])
