"""Content pages cost a bounded number of queries, however much news there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("articles", [2, 25])
def test_standard_page_queries_do_not_grow_with_news(
    client, home, articles, django_assert_max_num_queries
):
    news = NewsIndexPageFactory(parent=home)
    for _ in range(articles):
        NewsPageFactory(parent=news)
    page = StandardPageFactory(parent=home, slug="o-projekcie")

    with django_assert_max_num_queries(25):
        client.get(page.url)


def test_home_and_news_index_cost_the_same_with_more_articles(client, home):
    news = NewsIndexPageFactory(parent=home)
    for _ in range(3):
        NewsPageFactory(parent=news)
    few_home, few_index = count_queries(client, "/pl/"), count_queries(client, news.url)
    for _ in range(20):
        NewsPageFactory(parent=news)

    assert count_queries(client, "/pl/") == few_home
    assert count_queries(client, news.url) == few_index
