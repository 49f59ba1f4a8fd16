"""Each change clears from the HTTP cache exactly what shows it, in every language.

A recording backend stands where Varnish would: it notes the URLs Wagtail's frontend cache
invalidation purges and the address prefixes banned. The task that sends them runs at once
(test settings); against the real Varnish, see tests/test_http_cache.py.
"""

from __future__ import annotations

import re

import pytest
from django_tasks import default_task_backend
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.models import MainMenu, SiteFooter
from elearning.models import GlossaryTerm
from news.models import NewsTopic
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    locale,
    translate_page,
)

SITE = "http://localhost"  # the test site's root URL (Site "localhost", port 80)


class RecordingBackend(BaseBackend):
    """A purge backend that only notes what it is asked to clear."""

    purged: list[str] = []
    banned: list[str] = []

    def purge(self, url: str) -> None:
        RecordingBackend.purged.append(url)

    def ban(self, path_pattern: str) -> None:
        RecordingBackend.banned.append(path_pattern)


class Cleared:
    def clear(self) -> None:
        RecordingBackend.purged.clear()
        RecordingBackend.banned.clear()

    @property
    def urls(self) -> set[str]:
        return {url.removeprefix(SITE) for url in RecordingBackend.purged}

    @property
    def prefixes(self) -> set[str]:
        # Bans are regular expressions anchored at the start of the path.
        return {re.sub(r"\\(.)", r"\1", pattern.removeprefix("^")) for pattern in self.banned}

    @property
    def banned(self) -> list[str]:
        return RecordingBackend.banned


@pytest.fixture
def cleared(settings) -> Cleared:
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    cleared = Cleared()
    cleared.clear()
    return cleared


@pytest.fixture
def articles(home):
    """A news article in Polish, English and Spanish, each under its language's index."""
    index = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=index, title="Wiadomość", slug="wiadomosc")
    translate_page(index, "en", title="News", slug="news")
    translate_page(index, "es", title="Noticias", slug="noticias")
    return {
        "pl": article,
        "en": translate_page(article, "en", title="Article", slug="article"),
        "es": translate_page(article, "es", title="Artículo", slug="articulo"),
    }


ARTICLES = {
    "pl": "/pl/aktualnosci/wiadomosc/",
    "en": "/en/news/article/",
    "es": "/es/noticias/articulo/",
}
INDEXES = {"pl": "/pl/aktualnosci/", "en": "/en/news/", "es": "/es/noticias/"}


def cleared_for_article(language: str) -> set[str]:
    """The listings and feeds of its language, its other languages, the sitemap."""
    index = INDEXES[language]
    others = {url for code, url in ARTICLES.items() if code != language}
    return {index, f"{index}rss/", f"{index}atom/", f"/{language}/", *others, "/sitemap.xml"}


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_publishing_clears_the_page_its_listings_feeds_and_translations(
    cleared, articles, language
):
    cleared.clear()

    articles[language].save_revision().publish()

    assert cleared.prefixes == {ARTICLES[language]}
    assert cleared.urls == cleared_for_article(language)


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_unpublishing_clears_the_same(cleared, articles, language):
    cleared.clear()

    articles[language].unpublish()

    assert cleared.prefixes == {ARTICLES[language]}
    assert cleared.urls == cleared_for_article(language)


def test_a_new_translation_clears_the_pages_that_now_link_to_it(cleared, home):
    page = StandardPageFactory(parent=home, title="Rekomendacja", slug="rekomendacja")
    cleared.clear()

    translate_page(page, "es", title="Recomendación", slug="recomendacion")

    assert cleared.prefixes == {"/es/recomendacion/"}
    assert "/pl/rekomendacja/" in cleared.urls


def test_moving_clears_the_old_address_and_the_new_one(cleared, home):
    old_parent = StandardPageFactory(parent=home, title="Projekt", slug="projekt")
    new_parent = StandardPageFactory(parent=home, title="Partnerstwo", slug="partnerstwo")
    page = StandardPageFactory(parent=old_parent, title="Cele", slug="cele")
    cleared.clear()

    page.move(new_parent, pos="last-child")

    assert cleared.prefixes == {"/pl/projekt/cele/", "/pl/partnerstwo/cele/"}
    assert {"/pl/projekt/", "/pl/partnerstwo/", "/pl/"} <= cleared.urls


def test_deleting_a_section_clears_it_with_one_ban(cleared, home):
    index = NewsIndexPageFactory(parent=home)
    for _ in range(5):
        NewsPageFactory(parent=index)
    cleared.clear()

    index.delete()

    assert cleared.prefixes == {"/pl/aktualnosci/"}
    assert cleared.urls == {"/pl/", "/sitemap.xml"}


def test_a_page_in_the_menu_clears_its_whole_language(cleared, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    MainMenu.objects.create(locale=locale("pl"), items=[("link", {"page": about, "label": ""})])
    cleared.clear()

    about.title = "O partnerstwie"
    about.save_revision().publish()

    assert cleared.prefixes == {"/pl/o-projekcie/", "/pl/"}


@pytest.mark.parametrize(
    ("snippet", "language", "prefixes"),
    [
        (MainMenu, "pl", {"/pl/", "/en/", "/es/"}),  # the others fall back to the Polish one
        (SiteFooter, "es", {"/es/"}),
        (NewsTopic, "en", {"/en/"}),
        (GlossaryTerm, "es", {"/es/"}),  # its definition is shown in the lessons that use it
    ],
)
def test_saving_a_site_wide_snippet_clears_the_pages_of_its_language(
    cleared, home, snippet, language, prefixes
):
    fields = {
        MainMenu: {},
        SiteFooter: {"funding_note": "<p>Projekt współfinansowany.</p>"},
        NewsTopic: {"name": "Energia", "slug": "energia"},
        GlossaryTerm: {"term": "Reciclaje", "definition": "Recuperación de materiales."},
    }[snippet]
    cleared.clear()
    saved = snippet.objects.create(locale=locale(language), **fields)
    assert cleared.prefixes == prefixes
    cleared.clear()

    saved.delete()

    assert cleared.prefixes == prefixes


@pytest.mark.parametrize("with_cache", [False, True])
def test_purges_are_queued_only_when_there_is_an_http_cache(settings, articles, with_cache):
    settings.WAGTAILFRONTENDCACHE = (
        {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}} if with_cache else {}
    )
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    default_task_backend.clear()

    articles["pl"].save_revision().publish()

    queued = {result.task.name for result in default_task_backend.results}
    purges = {"purge_urls_from_cache_task", "ban_in_http_cache"}
    assert queued & purges == (purges if with_cache else set())
