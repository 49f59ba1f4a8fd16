"""The foundation's demo content: home, general pages, news, navigation and footer."""

from __future__ import annotations

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from core.models import SiteFooter
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsPageTopic, NewsTopic
from privacy.models import PrivacyNoticePage, PrivacySettings

from . import site as content
from .base import Demo, translate_everywhere
from .builder import html_paragraphs, stream_value
from .text import T
from .tree import ensure_child_page

HOME_SLUG = T(pl="strona-glowna", en="home", es="inicio")
# Articles left in Polish only, so the demo shows how the site handles a missing translation.
POLISH_ONLY_NEWS = 1


def ensure_site_address(site: Site) -> None:
    """The Site's host name and port from ``SITE_URL`` (Wagtail's placeholder: localhost:80)."""
    address = urlsplit(settings.SITE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save(update_fields=["hostname", "port"])


def ensure_home() -> HomePage:
    """Replace Wagtail's placeholder root with the partnership's home page."""
    site = Site.objects.get(is_default_site=True)
    ensure_site_address(site)
    if isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = HomePage(
        title=content.HOME["title"].pl,
        slug=HOME_SLUG.pl,
        intro=content.HOME["intro"].pl,
        body=stream_value(content.HOME["body"], "pl"),
        courses_intro=content.HOME["courses_intro"].pl,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    placeholder = site.root_page
    site.root_page = home
    site.site_name = "Zielone Miejsca Pracy"
    site.save()
    if placeholder.pk != home.pk and not isinstance(placeholder.specific, HomePage):
        placeholder.delete()
    return home


def ensure_standard_page(
    parent: Page, spec: dict, model: type[Page] = StandardPage
) -> StandardPage | PrivacyNoticePage:
    """A page of ``model`` with an intro and a body, such as StandardPage."""
    return ensure_child_page(
        parent,
        model,
        spec["slug"].pl,
        title=spec["title"].pl,
        intro=spec["intro"].pl,
        body=stream_value(spec["body"], "pl"),
    )


def ensure_accessibility_statement(home: HomePage, spec: dict) -> AccessibilityStatementPage:
    """The statement with the facts of its ``spec``: texts in Polish, paragraphs as rich text;
    the fields the spec leaves out stay empty."""

    def polish(value):
        if isinstance(value, T):
            return value.pl
        if isinstance(value, list):
            return html_paragraphs(value, "pl")
        return value

    fields = {name: polish(value) for name, value in spec.items() if name != "slug"}
    return ensure_child_page(home, AccessibilityStatementPage, spec["slug"].pl, **fields)


def ensure_privacy_settings() -> None:
    """The controller the source names; its address and the officer's contact stay empty
    (the notice says they are not given yet) until the office fills them in."""
    privacy = PrivacySettings.load()
    if not privacy.controller_name:
        privacy.controller_name = content.PRIVACY_CONTROLLER
        privacy.save(update_fields=["controller_name"])


def ensure_topics(locales: list[Locale]) -> dict[str, NewsTopic]:
    default = Locale.get_default()
    topics = {}
    for key, spec in content.TOPICS.items():
        topic, _created = NewsTopic.objects.get_or_create(
            locale=default, slug=spec["slug"], defaults={"name": spec["name"].pl}
        )
        translate_everywhere(topic, spec, locales)
        topics[key] = topic
    return topics


def ensure_news(home: HomePage, locales: list[Locale]) -> NewsIndexPage:
    spec = content.NEWS_INDEX
    index = ensure_child_page(
        home, NewsIndexPage, spec["slug"].pl, title=spec["title"].pl, intro=spec["intro"].pl
    )
    translate_everywhere(index, spec, locales)
    topics = ensure_topics(locales)
    today = timezone.localdate()
    for number, article in enumerate(content.NEWS):
        page = ensure_child_page(
            index,
            NewsPage,
            article["slug"].pl,
            title=article["title"].pl,
            lead=article["lead"].pl,
            date=today - datetime.timedelta(days=9 * number),
            body=stream_value(article["body"], "pl"),
            topics=[NewsPageTopic(topic=topics[key]) for key in article["topics"]],
        )
        if number >= POLISH_ONLY_NEWS:
            translate_everywhere(page, article, locales)
    return index


def ensure_footer(links: list[Page], locales: list[Locale]) -> None:
    default = Locale.get_default()
    footer = SiteFooter.objects.filter(locale=default).first()
    if footer is None:
        footer = SiteFooter.objects.create(
            locale=default,
            funding_note=html_paragraphs([content.FOOTER["funding_note"]], "pl"),
            address=content.FOOTER["address"].pl,
            contact=html_paragraphs(content.FOOTER["contact"], "pl"),
            links=[("link", {"page": page, "label": ""}) for page in links],
        )
    translate_everywhere(footer, content.FOOTER, locales)


def load(demo: Demo) -> None:
    """Build the site's foundation and record the pages other loaders hang content on."""
    locales = demo.locales
    home = ensure_home()
    translate_everywhere(home, {**content.HOME, "slug": HOME_SLUG}, locales)
    about = ensure_standard_page(home, content.ABOUT)
    news = ensure_news(home, locales)
    accessibility = ensure_accessibility_statement(home, content.ACCESSIBILITY)
    privacy = ensure_standard_page(home, content.PRIVACY, PrivacyNoticePage)
    ensure_privacy_settings()
    for page, spec in (
        (about, content.ABOUT),
        (accessibility, content.ACCESSIBILITY),
        (privacy, content.PRIVACY),
    ):
        translate_everywhere(page, spec, locales)
    ensure_footer([accessibility, privacy], locales)
    demo.pages.update(home=home, about=about, news=news, privacy=privacy)
    demo.menu[:0] = [about, news]
