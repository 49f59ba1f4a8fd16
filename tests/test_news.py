"""News listings, topics and feeds, and how they answer bad input."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from news.models import NewsIndexPage
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    add_topic,
    locale,
    translate_page,
)


@pytest.fixture
def news(home) -> NewsIndexPage:
    return NewsIndexPageFactory(parent=home)


def test_index_lists_newest_first_and_paginates(client, news):
    for number in range(12):
        NewsPageFactory(parent=news, title=f"Artykuł {number:02d}")

    first = client.get(news.url).content.decode()
    second = client.get(news.url + "?page=2").content.decode()

    assert first.index("Artykuł 11") < first.index("Artykuł 10")
    assert "Artykuł 01" not in first
    assert "Artykuł 01" in second and "Artykuł 00" in second
    assert "Strona 2 z 2" in second


@pytest.mark.parametrize("page", ["abc", "0", "99", "-1", "1.5"])
def test_bad_page_numbers_answer_404(client, news, page):
    NewsPageFactory(parent=news)

    assert client.get(news.url, {"page": page}).status_code == 404


def test_topic_filter_shows_only_that_topics_articles(client, news):
    topic = NewsTopicFactory(name="Staże", slug="staze")
    tagged = NewsPageFactory(parent=news, title="Staże zawodowe")
    add_topic(tagged, topic)
    NewsPageFactory(parent=news, title="Inny temat")

    html = client.get(news.url, {"topic": "staze"}).content.decode()

    assert "Staże zawodowe" in html
    assert "Inny temat" not in html


def test_an_unknown_topic_is_a_bad_request_that_says_so_and_lists_every_article(client, news):
    NewsPageFactory(parent=news, title="Staże zawodowe")

    response = client.get(news.url, {"topic": "no-such-topic"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Nie ma tematu aktualności „no-such-topic”. Wybierz jeden z listy." in html
    assert "Staże zawodowe" in html


def test_a_topic_link_shared_from_another_language_filters_in_this_one(client, news):
    topic = NewsTopicFactory(name="Staże", slug="staze")
    tagged = NewsPageFactory(parent=news, title="Staże zawodowe")
    add_topic(tagged, topic)
    NewsPageFactory(parent=news, title="Inny temat")
    english = topic.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Internships"
    english.save()

    html = client.get(news.url, {"topic": english.slug}).content.decode()

    assert english.slug == "staze"
    assert "Staże zawodowe" in html and "Inny temat" not in html


def test_translated_article_shows_its_topic_in_the_readers_language(client, news):
    topic = NewsTopicFactory(name="Staże", slug="staze")
    english_topic = topic.copy_for_translation(locale("en"))
    english_topic.name, english_topic.slug = "Internships", "internships"
    english_topic.save()
    article = NewsPageFactory(parent=news, title="Staże zawodowe")
    add_topic(article, topic)
    english_news = translate_page(news, "en", title="News", slug="news")
    translate_page(article, "en", title="Internships")

    listing = client.get(english_news.url, {"topic": "internships"}).content.decode()

    assert "Internships" in listing
    assert "?topic=internships" in listing


def test_rss_feed_lists_the_languages_articles(client, news):
    NewsPageFactory(parent=news, title="Sieć doradców", lead="Trzydziestu doradców.")

    response = client.get(news.url + "rss/")
    channel = ET.fromstring(response.content).find("channel")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("language") == "pl"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Sieć doradców"]
    assert "/pl/aktualnosci/" in channel.find("item").findtext("link")


def test_atom_feed_is_valid_and_in_the_pages_language(client, news):
    translated = translate_page(news, "es", title="Noticias", slug="noticias")
    article = NewsPageFactory(parent=news, title="Staże")
    translate_page(article, "es", title="Prácticas")

    response = client.get(translated.url + "atom/")
    feed = ET.fromstring(response.content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"
    assert [e.findtext("atom:title", namespaces=ns) for e in feed.findall("atom:entry", ns)] == [
        "Prácticas"
    ]


def test_every_page_advertises_its_languages_feeds(client, news):
    translate_page(news, "en", title="News", slug="news")

    html = client.get("/en/").content.decode()

    assert 'type="application/rss+xml" title="News (RSS)" href="/en/news/rss/"' in html
    assert 'type="application/atom+xml" title="News (Atom)" href="/en/news/atom/"' in html
