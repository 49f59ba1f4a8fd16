"""Title suggestions for the search box: /<lang>/search/suggest/?q=."""

from wagtail.models import PageViewRestriction

from search.views import MAX_SUGGESTIONS
from tests.factories_search import language_homes, text_page


def suggested(client, language: str, typed: str) -> list[str]:
    response = client.get(f"/{language}/search/suggest/", {"q": typed})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [suggestion["title"] for suggestion in response.json()["suggestions"]]


def test_titles_starting_like_the_typed_word_are_suggested_with_their_address(client, home):
    homes = language_homes(home)
    text_page(homes["pl"], "Pompa ciepła w szkole", slug="pompa")
    text_page(homes["pl"], "Recykling", slug="recykling")

    response = client.get("/pl/search/suggest/", {"q": "pom"})

    assert response.json() == {
        "query": "pom",
        "suggestions": [{"title": "Pompa ciepła w szkole", "url": "/pl/pompa/"}],
    }


def test_later_words_of_a_title_are_matched_too(client, home):
    text_page(language_homes(home)["pl"], "Nowa pompa ciepła")

    assert suggested(client, "pl", "ciep") == ["Nowa pompa ciepła"]


def test_suggestions_come_only_from_the_language_being_read(client, home):
    homes = language_homes(home)
    text_page(homes["pl"], "Pompa ciepła")
    text_page(homes["en"], "Pompa in English")

    assert suggested(client, "pl", "pomp") == ["Pompa ciepła"]
    assert suggested(client, "en", "pomp") == ["Pompa in English"]
    assert suggested(client, "es", "pomp") == []


def test_unpublished_and_private_pages_are_not_suggested(client, home):
    homes = language_homes(home)
    text_page(homes["pl"], "Pompa publiczna")
    text_page(homes["pl"], "Pompa w szkicu").unpublish()
    private = text_page(homes["pl"], "Pompa prywatna")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert suggested(client, "pl", "pomp") == ["Pompa publiczna"]


def test_at_most_eight_titles_are_suggested(client, home):
    for number in range(12):
        text_page(language_homes(home)["pl"], f"Pompa {number}")

    assert len(suggested(client, "pl", "pompa")) == MAX_SUGGESTIONS == 8


def test_a_single_letter_gets_no_suggestions(client, home):
    text_page(language_homes(home)["pl"], "Pompa ciepła")

    assert suggested(client, "pl", "p") == []
    assert suggested(client, "pl", "") == []


def test_a_very_long_input_is_cut_before_it_is_searched(client, home):
    response = client.get("/pl/search/suggest/", {"q": "pompa " * 1000})

    assert len(response.json()["query"]) <= 100
