"""A sitemap of every live page in every language, each with its hreflang alternates."""

from __future__ import annotations

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's own sitemap covers only the default language's tree; this covers all."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live().public().filter(in_a_tree).order_by("path").select_related("locale")
        )

    def _urls(self, page, protocol, domain):
        # One query for the pages and one for all their translations; each URL is built once.
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates_by_key({p.translation_key for p in pages})
        urls = []
        for item in pages:
            own = alternates[item.translation_key]
            code = item.locale.language_code
            urls.append(
                {
                    "item": item,
                    "location": next(a["location"] for a in own if a["lang_code"] == code),
                    "lastmod": self.lastmod(item),
                    "alternates": own,
                }
            )
        last_mods = [url["lastmod"] for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates_by_key(self, keys: set) -> dict[object, list[dict]]:
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        grouped: dict[object, list[dict]] = defaultdict(list)
        for translation in translations:
            location = translation.get_full_url(self.request)
            code = translation.locale.language_code
            grouped[translation.translation_key].append({"lang_code": code, "location": location})
        for alternates in grouped.values():
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), alternates[0]
            )
            alternates.append({"lang_code": "x-default", "location": default["location"]})
        return grouped
