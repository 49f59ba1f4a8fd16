"""Private pages stay private with view restrictions remembered per worker (core.view_restrictions).

Wagtail checks each page it serves for restrictions; the worker remembers the answer until
a restriction or a page changes. These tests restrict, change and lift restrictions on pages
a visitor has already been served and check what the next request shows.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory
from tests.factories_search import text_page


def restriction_reads(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return sum("wagtailcore_pageviewrestriction" in q["sql"] for q in queries.captured_queries)


def test_a_page_restricted_after_it_was_served_asks_for_sign_in_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Dla doradców", slug="dla-doradcow")
    assert client.get(page.url).status_code == 200
    assert restriction_reads(client, page.url) == 0  # remembered: no restriction

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_restricted_section_covers_the_pages_below_it(client, home):
    section = StandardPageFactory(parent=home, title="Strefa", slug="strefa")
    below = StandardPageFactory(
        parent=section, title="Materiały", slug="materialy", intro="Tajne materiały szkoleniowe."
    )
    assert b"Tajne materia" in client.get(below.url).content

    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="zielone"
    )

    response = client.get(below.url)
    assert b'name="password"' in response.content
    assert b"Tajne materia" not in response.content


def test_lifting_a_restriction_opens_the_page_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Dla doradców", slug="dla-doradcow")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(page.url).status_code == 302

    restriction.delete()

    assert client.get(page.url).status_code == 200


def test_search_leaves_out_a_page_restricted_after_a_search_found_it(client, home):
    page = text_page(home, "Recykling baterii", body="Zbiórka baterii w gminie.")
    assert b"Recykling" in client.get("/pl/search/", {"query": "baterii"}).content

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert b"Recykling" not in client.get("/pl/search/", {"query": "baterii"}).content
