"""Pages are found in one query however deep they lie, with the answers Wagtail gives."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import site_frame
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory


def queries_for(client, url: str) -> int:
    client.get(url)  # warm the per-process and frame caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def nested(parent, depth: int):
    for level in range(depth):
        parent = StandardPageFactory(parent=parent, title=f"Poziom {level}", slug=f"poziom-{level}")
    return parent


def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, home):
    shallow = nested(home, 1)
    deep = nested(home.get_children().first(), 4)

    assert deep.url == "/pl/poziom-0/poziom-0/poziom-1/poziom-2/poziom-3/"
    assert queries_for(client, deep.url) == queries_for(client, shallow.url)


def test_each_page_on_the_way_answers_with_its_own_content(client, home):
    deep = nested(home, 3)

    for page in [deep, *deep.get_ancestors().filter(depth__gt=home.depth)]:
        assert f"<h1>{page.title}</h1>" in client.get(page.url).content.decode()


def test_unknown_and_unpublished_addresses_are_not_found(client, home):
    page = nested(home, 2)
    page.unpublish()

    assert client.get("/pl/poziom-0/nie-ma-takiej/").status_code == 404
    assert client.get("/pl/nie-ma/poziom-1/").status_code == 404
    assert client.get(page.url).status_code == 404
    assert client.get("/pl/poziom-0/").status_code == 200


def test_a_routable_pages_own_routes_come_before_a_child_of_the_same_name(client, home):
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news, title="Artykuł o nazwie rss", slug="rss")

    response = client.get("/pl/aktualnosci/rss/")

    assert response["Content-Type"].startswith("application/rss+xml")


def test_a_routable_page_still_serves_its_children(client, home):
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news, title="Spotkanie partnerów", slug="spotkanie")

    response = client.get("/pl/aktualnosci/spotkanie/")

    assert response.status_code == 200
    assert "<h1>Spotkanie partnerów</h1>" in response.content.decode()
    assert article.url == "/pl/aktualnosci/spotkanie/"


def test_a_renamed_page_is_found_at_its_new_address_at_once_and_not_at_its_old(client, home):
    page = nested(home, 2)
    old_url = page.url
    assert client.get(old_url).status_code == 200  # the way to it is now kept

    page.slug = "poziom-nowy"
    page.save_revision().publish()

    assert client.get("/pl/poziom-0/poziom-nowy/").status_code == 200
    assert client.get(old_url).status_code == 404


def test_a_page_moved_elsewhere_is_found_at_its_new_address_at_once(client, home):
    page = nested(home, 2)
    other = StandardPageFactory(parent=home, title="Inny dział", slug="inny-dzial")
    old_url = page.url
    assert client.get(old_url).status_code == 200

    page.move(other, pos="last-child")

    assert client.get("/pl/inny-dzial/poziom-1/").status_code == 200
    response = client.get(old_url)  # Wagtail's redirect from the old address
    assert response.status_code == 301
    assert response["Location"].endswith("/pl/inny-dzial/poziom-1/")


def test_addresses_a_visitor_makes_up_cost_the_worker_no_memory(client, home):
    """The way to each page is kept per address; a made-up address is answered (404) but
    not kept, or anyone could fill a worker's memory with them."""
    nested(home, 1)
    client.get("/pl/poziom-0/")
    kept = set(site_frame._memo)

    for number in range(50):
        assert client.get(f"/pl/poziom-0/nie-ma-{number}/").status_code == 404
        assert client.get(f"/pl/zmyslona-{number}/").status_code == 404

    assert not {key for key in set(site_frame._memo) - kept if key.startswith("route:")}
