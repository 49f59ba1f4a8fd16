"""Each page type costs a small, fixed number of queries, however much content there is.

The budgets are what a visitor's request costs once the site frame (menu, footer, language
links, breadcrumbs) is cached, as it is from the second request on in every worker: the
pages along each address and a course's lessons are kept too, so a page costs its own row
and what is personal (the signed-in user, their progress).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.site_frame import forget_frame
from elearning.progress import visit_stamps
from home.models import HomePage
from news.models import NewsIndexPage, NewsTopic
from search.tally import tally
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    StandardPageFactory,
    add_topic,
)
from tests.factories_elearning import make_advisor, make_course

# Queries of the request itself; work deferred until after the response (the lesson's
# "last visited" stamp, search statistics) is left out. A listing's card pictures cost one
# query for all their renditions (the images are joined); a missing rendition would cost
# more queries, and its remaking far more time.
BUDGETS = {
    "home": 0,
    "standard page": 1,
    "news article": 4,
    "news index": 6,
    "course": 1,
    "lesson, signed in": 5,
    "search": 3,
}


@pytest.fixture(autouse=True)
def batched_as_in_production(settings, db):
    """Search counts and lesson visit stamps held by the worker, as in production, not
    written at once as the test settings have it; written when the test ends."""
    settings.ZMP_SEARCH_TALLY_SECONDS = settings.ZMP_VISIT_STAMP_SECONDS = 3600
    yield
    tally.flush()
    visit_stamps.flush()


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths, content types, frame)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        # Rendered lazily by the response; its queries belong to the request.
        response.content  # noqa: B018
    deferred = sum(1 for q in queries.captured_queries if q["sql"].startswith(("BEGIN", "UPDATE")))
    return len(queries) - deferred


def make_news(home) -> NewsIndexPage:
    """Twelve articles with pictures (a listing shows each one's card picture)."""
    index = NewsIndexPageFactory(parent=home)
    topics = [NewsTopicFactory(), NewsTopicFactory()]
    pictures = [
        get_image_model().objects.create(title=f"Zdjęcie {n}", file=get_test_image_file())
        for n in range(3)
    ]
    for number in range(12):
        article = NewsPageFactory(
            parent=index, image=pictures[number % 3], image_alt="Zdjęcie ze spotkania"
        )
        for topic in topics:
            add_topic(article, topic)
    return index


@pytest.fixture(scope="module")
def module_news(module_home, django_db_blocker) -> int:
    """The news index with its twelve articles and two topics, built once for the module
    (rolled back with module_home)."""
    assert module_home is not None, "a test of this module commits: the news cannot be shared"
    with django_db_blocker.unblock():
        return make_news(HomePage.objects.get(pk=module_home)).pk


@pytest.fixture
def news(module_news, home) -> NewsIndexPage:
    return NewsIndexPage.objects.get(pk=module_news)


@pytest.fixture(autouse=True)
def no_shared_news(request, db) -> None:
    """A test that does not ask for ``news`` starts, as before, from a site without any news:
    the module's news, if an earlier test built it, is deleted (in the test's savepoint)."""
    if "news" in request.fixturenames:
        return
    for index in NewsIndexPage.objects.all():
        index.delete()
    NewsTopic.objects.all().delete()


def page_of_type(kind: str, home, news, client) -> str:
    if kind == "home":
        return "/pl/"
    if kind == "standard page":
        return StandardPageFactory(parent=StandardPageFactory(parent=home)).url
    if kind == "news article":
        return news.get_children().live().last().url
    if kind == "news index":
        return news.url
    course = make_course(home, lessons=4)
    if kind == "course":
        return course.url
    if kind == "lesson, signed in":
        client.force_login(make_advisor())
        return course.get_children().first().url
    return "/pl/search/?query=lekcji"


@pytest.mark.parametrize("kind", list(BUDGETS))
def test_each_page_type_keeps_to_its_query_budget(client, home, news, kind):
    url = page_of_type(kind, home, news, client)

    spent = count_queries(client, url)

    assert spent <= BUDGETS[kind], f"{kind} ({url}) ran {spent} queries"


def test_the_home_page_after_a_publication_reads_its_cards_in_two_queries(client, home, news):
    """The first view after a publication renders the news cards afresh: one query for the
    articles with their pictures joined, one for all the pictures' renditions. (Were a
    rendition missing from the second, each card would query again and remake it.)"""
    client.get("/pl/")
    forget_frame()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/pl/").status_code == 200
    cards = [
        query["sql"]
        for query in queries.captured_queries
        if 'FROM "news_newspage"' in query["sql"] or 'FROM "wagtailimages_' in query["sql"]
    ]

    assert len(cards) == 2, "\n".join(cards)


def test_home_and_news_index_cost_the_same_with_more_articles(client, home):
    news = NewsIndexPageFactory(parent=home)
    for _ in range(3):
        NewsPageFactory(parent=news)
    few_home, few_index = count_queries(client, "/pl/"), count_queries(client, news.url)
    for _ in range(20):
        NewsPageFactory(parent=news)

    assert count_queries(client, "/pl/") == few_home
    assert count_queries(client, news.url) == few_index
