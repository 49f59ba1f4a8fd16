"""The search page of each language: results, highlighting, pagination, tips, promotions."""

import datetime
import re
from collections.abc import Iterator

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.models import HomePage
from search.models import LanguageQueryHits
from search.views import backend_for
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.factories_search import language_homes, text_page


@pytest.fixture
def homes(home):
    return language_homes(home)


def titles(response) -> list[str]:
    """Result titles in the order shown, without highlighting."""
    html = response.content.decode()
    found = re.findall(r'<h3 class="search-result__title"><a [^>]*>(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


def test_results_come_only_from_the_language_being_read(client, homes):
    text_page(homes["pl"], "Pompa ciepła w gminie", body="Pompa ciepła ogrzewa szkołę.")
    text_page(homes["en"], "Heat pump in the borough", body="A pompa ciepła, as Poles say.")
    text_page(homes["es"], "Bomba de calor", body="La pompa ciepła polaca.")

    assert titles(client.get("/pl/search/", {"query": "pompa"})) == ["Pompa ciepła w gminie"]
    assert titles(client.get("/en/search/", {"query": "pompa"})) == ["Heat pump in the borough"]
    assert titles(client.get("/es/search/", {"query": "pompa"})) == ["Bomba de calor"]


def test_unpublished_and_private_pages_are_not_found(client, homes):
    text_page(homes["pl"], "Odpady publiczne", body="Odpady.")
    draft = text_page(homes["pl"], "Odpady w szkicu", body="Odpady.")
    draft.unpublish()
    private = text_page(homes["pl"], "Odpady dla zalogowanych", body="Odpady.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert titles(client.get("/pl/search/", {"query": "odpady"})) == ["Odpady publiczne"]


def test_matched_words_are_marked_in_the_title_and_the_snippet(client, homes):
    text_page(
        homes["pl"],
        "Odpady komunalne",
        body="Gmina zbiera odpady segregowane co tydzień.",
    )

    html = client.get("/pl/search/", {"query": "odpadów"}).content.decode()

    assert '<a href="/pl/odpady-komunalne/"><mark>Odpady</mark> komunalne</a>' in html
    assert "Gmina zbiera <mark>odpady</mark> segregowane co tydzień." in html


def test_snippet_shows_the_passage_where_the_words_are(client, homes):
    filler = "Wstęp bez znaczenia dla wyszukiwania. " * 20
    text_page(homes["pl"], "Długi tekst", body=f"{filler}Tu opisujemy oczyszczalnie ścieków.")

    html = client.get("/pl/search/", {"query": "oczyszczalni"}).content.decode()
    snippet = re.search(r'<p class="search-result__snippet">(.*?)</p>', html).group(1)

    assert snippet.startswith("…")
    assert "<mark>oczyszczalnie</mark> ścieków." in snippet


def test_text_from_pages_is_escaped_not_run(client, homes):
    text_page(homes["pl"], "Odpady <b>pogrubione</b>", body="<script>alert(1)</script> odpady")

    html = client.get("/pl/search/", {"query": "odpady"}).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>odpady</mark>" in html
    assert "<script>alert(1)" not in html
    assert "<b>pogrubione</b>" not in html


def test_each_result_shows_its_page_type_and_date(client, homes):
    news = NewsIndexPageFactory(parent=homes["en"], title="News", slug="news")
    NewsPageFactory(
        parent=news, title="Heat pumps for schools", date=datetime.date(2026, 3, 2), lead="Pumps."
    )
    text_page(homes["en"], "Heat pump guide", body="What a heat pump does.")

    html = client.get("/en/search/", {"query": "heat pump"}).content.decode()

    assert '<span class="search-result__type">News article</span>' in html
    assert '<time datetime="2026-03-02">' in html
    assert '<span class="search-result__type">Standard page</span>' in html


def test_results_are_ranked_title_matches_first(client, homes):
    text_page(homes["en"], "Annual report", body="Page one mentions a heat pump once. " + "x " * 50)
    text_page(homes["en"], "Heat pumps", body="All about heat pumps.")

    assert titles(client.get("/en/search/", {"query": "heat pump"}))[0] == "Heat pumps"


def test_pages_with_all_words_are_preferred_to_pages_with_some(client, homes):
    text_page(homes["pl"], "Pompa ciepła", body="Pompa ciepła w domu.")
    text_page(homes["pl"], "Pompa wodna", body="Pompa do wody.")

    assert titles(client.get("/pl/search/", {"query": "pompy ciepła"})) == ["Pompa ciepła"]


def test_without_a_page_having_all_words_pages_with_some_are_shown_and_it_says_so(client, homes):
    text_page(homes["en"], "Heat pumps", body="Heat pumps.")
    text_page(homes["en"], "Solar panels", body="Panels.")

    response = client.get("/en/search/", {"query": "pump panel zeppelin"})

    assert sorted(titles(response)) == ["Heat pumps", "Solar panels"]
    assert "No page contains all of your words" in response.content.decode()


def test_a_search_finding_nothing_says_so(client, homes):
    response = client.get("/en/search/", {"query": "zeppelin"})

    assert response.status_code == 200
    assert "Nothing found for “zeppelin”" in response.content.decode()


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "%20%20"])
def test_an_empty_search_shows_tips_not_every_page(client, homes, query):
    text_page(homes["en"], "Heat pumps", body="Heat pumps.")

    response = client.get(f"/en/search/?query={query}")

    html = response.content.decode()
    assert response.status_code == 200
    assert "How to search" in html
    assert "search-result" not in html


def test_a_heading_is_found_by_its_words_not_by_the_name_of_its_level(client, homes):
    heading = {"text": "Segregacja odpadów", "level": "h2"}
    text_page(homes["pl"], "Odpady komunalne", body="Sortownia.", body_extra=[("heading", heading)])

    assert titles(client.get("/pl/search/", {"query": "segregacja"})) == ["Odpady komunalne"]
    for label in ("nagłówek sekcji", "sekcji", "section heading"):
        assert titles(client.get("/pl/search/", {"query": label})) == [], label


def test_punctuation_alone_is_explained_rather_than_searched(client, homes):
    response = client.get("/en/search/", {"query": '"*()'})

    assert response.status_code == 200
    assert "punctuation and symbols alone cannot be searched" in response.content.decode()


@pytest.fixture(scope="class")
def heat_pump_pages(module_home, django_db_blocker) -> Iterator[None]:
    """Twelve English pages about heat pumps, built once for the class that asks for them, in
    a savepoint of module_home's transaction rolled back when the class ends: the module's
    other tests never see them."""
    assert module_home is not None, "a test of this module commits: pages cannot be shared"
    with django_db_blocker.unblock(), transaction.atomic():
        english = language_homes(HomePage.objects.get(pk=module_home))["en"]
        for number in range(12):
            text_page(english, f"Heat pump {number}", body="Heat pump.")
        yield
        transaction.set_rollback(True)


class TestPagination:
    @pytest.fixture
    def many(self, heat_pump_pages, homes):
        pass

    def test_results_are_paginated_ten_to_a_page(self, client, many):
        first = client.get("/en/search/", {"query": "heat pump"})
        second = client.get("/en/search/", {"query": "heat pump", "page": 2})

        assert len(titles(first)) == 10
        assert len(titles(second)) == 2
        assert set(titles(first)).isdisjoint(titles(second))
        assert 'href="?query=heat+pump&amp;page=2"' in first.content.decode()

    @pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5", "١", "99999999999999"])
    def test_a_page_of_results_that_does_not_exist_is_a_404_with_a_message(
        self, client, many, page
    ):
        response = client.get("/en/search/", {"query": "heat pump", "page": page})

        assert response.status_code == 404
        assert "There is no such page of results." in response.content.decode()
        assert 'href="?query=heat+pump"' in response.content.decode()


def test_results_page_makes_as_many_queries_for_ten_results_as_for_two(client, homes):
    news = NewsIndexPageFactory(parent=homes["pl"])
    # Both searches find a news article and a standard page: one query per page type.
    text_page(homes["pl"], "Ogrzewanie", body="Pompa ciepła.")
    NewsPageFactory(parent=news, title="Pompa w szkole", lead="Pompa.")
    for number in range(6):
        NewsPageFactory(parent=news, title=f"Odpady {number}", lead="Odpady.")
        text_page(homes["pl"], f"Odpady i recykling {number}", body="Odpady.")

    def queries(query: str) -> int:
        client.get("/pl/search/", {"query": query})  # the first search records the term
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/pl/search/", {"query": query, "page": 1})
        assert len(titles(response)) == (10 if query == "odpady" else 2)
        return len(captured)

    assert queries("odpady") == queries("pompa")


class TestPromotions:
    @pytest.fixture
    def promoted(self, homes):
        query = Query.get("odpady")
        polish = text_page(homes["pl"], "Poradnik segregacji", body="Jak segregować.")
        english = text_page(homes["en"], "Waste guide", body="Odpady in English.")
        SearchPromotion.objects.create(query=query, page=polish, sort_order=0)
        SearchPromotion.objects.create(query=query, page=english, sort_order=1)
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://example.org/odpady",
            external_link_text="Odpady w Europie",
            sort_order=2,
        )
        return {"polish": polish, "english": english}

    def test_promoted_pages_of_the_language_come_first(self, client, homes, promoted):
        text_page(homes["pl"], "Odpady komunalne", body="Odpady.")

        response = client.get("/pl/search/", {"query": "Odpady"})

        assert titles(response) == ["Poradnik segregacji", "Odpady w Europie", "Odpady komunalne"]
        assert "Waste guide" not in response.content.decode()

    def test_a_promoted_page_is_not_listed_again_among_the_results(self, client, homes, promoted):
        text_page(homes["pl"], "Odpady komunalne", body="Odpady.")
        promoted["polish"].body = []
        promoted["polish"].intro = "Odpady"
        promoted["polish"].save_revision().publish()

        assert (
            titles(client.get("/pl/search/", {"query": "odpady"})).count("Poradnik segregacji") == 1
        )

    def test_a_promotion_added_or_removed_shows_at_the_next_search(self, client, homes):
        """Which searches have promotions is kept by each worker: an editor's promotion
        must still show, and a deleted one go, at once."""
        text_page(homes["pl"], "Odpady komunalne", body="Odpady.")
        guide = text_page(homes["pl"], "Poradnik segregacji", body="Jak segregować.")
        assert titles(client.get("/pl/search/", {"query": "odpady"})) == ["Odpady komunalne"]

        promotion = SearchPromotion.objects.create(
            query=Query.get("odpady"), page=guide, sort_order=0
        )
        assert titles(client.get("/pl/search/", {"query": "odpady"})) == [
            "Poradnik segregacji",
            "Odpady komunalne",
        ]

        promotion.delete()
        assert titles(client.get("/pl/search/", {"query": "odpady"})) == ["Odpady komunalne"]

    def test_promotions_of_another_language_stay_there(self, client, homes, promoted):
        response = client.get("/en/search/", {"query": "odpady"})

        assert titles(response)[:2] == ["Waste guide", "Odpady w Europie"]
        assert "Poradnik segregacji" not in response.content.decode()


class TestSearchTerms:
    def test_each_search_is_counted_for_wagtails_search_terms_report(self, client, homes):
        text_page(homes["pl"], "Odpady", body="Odpady.")

        client.get("/pl/search/", {"query": "Odpady "})
        client.get("/pl/search/", {"query": "odpady"})
        client.get("/pl/search/", {"query": "odpady", "page": 1})  # browsing, not searching

        assert Query.objects.get(query_string="odpady").hits == 2

    def test_searches_are_counted_per_language(self, client, homes):
        text_page(homes["pl"], "Recykling", body="Recykling.")
        text_page(homes["en"], "Recycling", body="Recycling.")

        client.get("/pl/search/", {"query": "recykling"})
        client.get("/en/search/", {"query": "recycling"})
        client.get("/en/search/", {"query": "recycling"})

        counts = dict(LanguageQueryHits.objects.values_list("language_code", "hits"))
        assert counts == {"pl": 1, "en": 2}

    def test_the_empty_search_page_shows_popular_searches_of_its_language(self, client, homes):
        text_page(homes["pl"], "Pompa ciepła", body="Pompa ciepła.")
        text_page(homes["en"], "Heat pumps", body="Heat pumps.")
        for _ in range(3):
            client.get("/pl/search/", {"query": "pompa ciepła"})
            client.get("/en/search/", {"query": "heat pumps"})

        polish = client.get("/pl/search/").content.decode()
        english = client.get("/en/search/").content.decode()

        assert '<a href="?query=pompa%20ciep%C5%82a">pompa ciepła</a>' in polish
        assert ">heat pumps</a>" not in polish
        assert '<a href="?query=heat%20pumps">heat pumps</a>' in english

    def test_searches_that_found_nothing_are_never_shown_as_popular(self, client, homes):
        for _ in range(5):
            client.get("/en/search/", {"query": "buy cheap pills"})

        assert "buy cheap pills" not in client.get("/en/search/").content.decode()
        assert Query.objects.get(query_string="buy cheap pills").hits == 5


def test_a_language_may_have_a_search_backend_of_its_own(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends"},
        "en": {"BACKEND": "search.backends"},
    }

    assert backend_for("en") == "en"
    assert backend_for("pl") == "default"


def test_a_repeated_search_is_answered_from_memory_until_the_next_publication(client, homes):
    text_page(homes["pl"], "Odpady komunalne", body="Gmina zbiera odpady.")
    assert titles(client.get("/pl/search/", {"query": "odpady"})) == ["Odpady komunalne"]

    with CaptureQueriesContext(connection) as queries:
        again = client.get("/pl/search/", {"query": "odpady"})
    assert titles(again) == ["Odpady komunalne"]
    assert not [q for q in queries.captured_queries if "wagtailsearch_indexentry" in q["sql"]]

    newer = text_page(homes["pl"], "Odpady wielkogabarytowe", body="Odbiór odpadów.")
    newer.save_revision().publish()  # as an editor publishes

    assert sorted(titles(client.get("/pl/search/", {"query": "odpady"}))) == [
        "Odpady komunalne",
        "Odpady wielkogabarytowe",
    ]
