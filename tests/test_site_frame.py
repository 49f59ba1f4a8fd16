"""The menu, footer and language links are resolved once, and change as soon as an editor does.

The menu, the footer and the home page's news cards are also rendered once per worker and
language: what a visitor sees must still follow every page and every publication at once."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site

from core.models import MainMenu, SiteFooter
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    locale,
    translate_page,
)


def menu_labels(html: bytes) -> list[str]:
    menu = BeautifulSoup(html, "html.parser").select_one("nav.main-menu")
    return [link.get_text(strip=True) for link in menu.select("a")] if menu else []


def footer(html: bytes):
    return BeautifulSoup(html, "html.parser").select_one("footer.site-footer")


def tables_read(queries) -> set[str]:
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    return {table for table in ("core_mainmenu", "core_sitefooter") if f'"{table}"' in sql}


@pytest.fixture
def about(home):
    page = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(page, "en", title="About the project", slug="about")
    return page


@pytest.fixture
def frame(home, about):
    """A Polish menu and footer that link to the about page by its title."""
    link = [("link", {"page": about, "label": ""})]
    MainMenu.objects.create(locale=locale("pl"), items=link)
    SiteFooter.objects.create(
        locale=locale("pl"),
        funding_note="<p>Projekt współfinansowany ze środków Unii Europejskiej.</p>",
        contact=f'<p><a linktype="page" id="{about.pk}">Kontakt</a></p>',
        links=link,
    )
    return about


def test_menu_and_footer_are_read_from_the_database_once(client, frame):
    client.get("/pl/")
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/pl/").content

    assert tables_read(queries) == set()
    assert menu_labels(html) == ["O projekcie"]
    assert "Unii Europejskiej" in footer(html).get_text()


def test_footer_rich_text_links_lead_to_the_page(client, frame):
    contact = footer(client.get("/pl/").content).select_one(".site-footer__contact a")

    assert contact["href"] == "/pl/o-projekcie/"


def test_renamed_page_shows_its_new_title_in_the_menu_at_once(client, frame):
    client.get("/pl/")
    frame.title = "O partnerstwie"
    frame.save_revision().publish()

    assert menu_labels(client.get("/pl/").content) == ["O partnerstwie"]


def test_edited_menu_shows_at_once(client, frame, home):
    client.get("/pl/")
    news = NewsIndexPageFactory(parent=home)
    menu = MainMenu.objects.get(locale=locale("pl"))
    menu.items = [*menu.items.raw_data, {"type": "link", "value": {"page": news.pk, "label": ""}}]
    menu.save()

    assert menu_labels(client.get("/pl/").content) == ["O projekcie", "Aktualności"]


def test_unpublished_page_leaves_the_menu_in_every_language(client, frame):
    client.get("/pl/")
    client.get("/en/")
    frame.unpublish()

    # Unpublished, the Polish page is no link; the English menu falls back to the Polish one
    # and the page's English translation, which is still live, stays.
    assert menu_labels(client.get("/pl/").content) == []
    assert menu_labels(client.get("/en/").content) == ["About the project"]


def test_each_language_gets_its_own_menu(client, frame):
    assert menu_labels(client.get("/pl/").content) == ["O projekcie"]
    assert menu_labels(client.get("/en/").content) == ["About the project"]
    assert menu_labels(client.get("/pl/").content) == ["O projekcie"]


def test_publishing_a_translation_adds_its_language_link_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Rekomendacja", slug="rekomendacja")
    client.get(page.url)
    translate_page(page, "es", title="Recomendación", slug="recomendacion")

    switcher = BeautifulSoup(client.get(page.url).content, "html.parser")
    spanish = switcher.select_one('link[rel="alternate"][hreflang="es"]')
    assert spanish is not None and spanish["href"].endswith("/es/recomendacion/")


def test_locales_are_read_once_per_worker_until_one_changes(client, frame):
    def locale_reads() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/pl/o-projekcie/").status_code == 200
        return sum('FROM "wagtailcore_locale"' in q["sql"] for q in queries.captured_queries)

    locale_reads()
    assert locale_reads() == 0

    Locale.objects.get(language_code="es").save()  # as the admin's locale edit view does
    assert locale_reads() == 1
    assert locale_reads() == 0


def test_the_site_is_looked_up_once_and_follows_its_changes(client, frame):
    client.get("/pl/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/pl/")
    site_reads = [q for q in queries.captured_queries if 'FROM "wagtailcore_site"' in q["sql"]]

    site = Site.objects.get(is_default_site=True)
    site.is_default_site = False
    site.save()

    assert site_reads == []
    # The host ("testserver") is not the site's: without a default site there is no page.
    assert client.get("/pl/").status_code == 404


def current_menu_items(html: bytes) -> list[str]:
    menu = BeautifulSoup(html, "html.parser").select_one("nav.main-menu")
    return [link.get_text(strip=True) for link in menu.select('[aria-current="page"]')]


def news_card_titles(html: bytes) -> list[str]:
    news = BeautifulSoup(html, "html.parser").select_one("section.latest-news")
    return [title.get_text(strip=True) for title in news.select(".card__title")]


def test_the_menu_marks_the_page_it_is_shown_on_and_no_other(client, frame, home):
    news = NewsIndexPageFactory(parent=home)
    menu = MainMenu.objects.get(locale=locale("pl"))
    menu.items = [*menu.items.raw_data, {"type": "link", "value": {"page": news.pk, "label": ""}}]
    menu.save()

    assert current_menu_items(client.get("/pl/").content) == []
    assert current_menu_items(client.get("/pl/o-projekcie/").content) == ["O projekcie"]
    assert current_menu_items(client.get(news.url).content) == ["Aktualności"]
    assert current_menu_items(client.get("/pl/o-projekcie/").content) == ["O projekcie"]
    assert current_menu_items(client.get("/pl/").content) == []


def test_the_home_page_shows_a_new_article_at_once_and_drops_an_unpublished_one(client, home):
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, title="Spotkanie partnerów", date=datetime.date(2026, 3, 1))
    assert news_card_titles(client.get("/pl/").content) == ["Spotkanie partnerów"]

    article = NewsPageFactory(
        parent=news, title="Szkolenie doradców", date=datetime.date(2026, 4, 1), live=False
    )
    article.save_revision().publish()
    assert news_card_titles(client.get("/pl/").content) == [
        "Szkolenie doradców",
        "Spotkanie partnerów",
    ]

    article.refresh_from_db()  # live since its publication
    article.unpublish()
    assert news_card_titles(client.get("/pl/").content) == ["Spotkanie partnerów"]


def test_the_home_page_news_cards_are_read_once_until_a_publication(client, home):
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, title="Spotkanie partnerów")
    client.get("/pl/")

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/pl/").content

    assert news_card_titles(html) == ["Spotkanie partnerów"]
    assert not any('"news_newspage"' in query["sql"] for query in queries.captured_queries)
