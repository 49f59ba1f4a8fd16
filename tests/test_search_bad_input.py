"""Whatever is typed into the search box, the answer is a page, never a server error."""

import pytest

from search.analysis import MAX_QUERY_LENGTH, clean_query
from tests.factories_search import language_homes, text_page

ODD_QUERIES = [
    '"',
    "*",
    "(",
    ")",
    ":",
    "-",
    "'",
    "\\",
    "|",
    "&",
    "!",
    "OR",
    "AND",
    "NOT",
    "NEAR",
    "odpady OR recykling",
    "odpady AND NOT recykling",
    "NOT odpady",
    '"odpady',
    'odpady"',
    '"pompa ciepła"',
    "odpady*",
    "*odpady",
    "(odpady",
    "odpady)",
    "title:odpady",
    "{title body}: odpady",
    "-odpady",
    "odpady -recykling",
    "odpady | recykling & !kompost",
    "pompa:* & ciepło",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "odpady\\",
    "%",
    "_",
    "%_%",
    "^",
    "NEAR(odpady recykling)",
    "odpady^2",
    "\x00",
    "odpady\x00recykling",
    "\x01\x02\x1b[31m",
    "\x7f",
    "\u200b\u200e\u202e",
    "\ufeffodpady",
    "😀 odpady",
    "ｏｄｐａｄｙ",
    "odpady" * 500,
    "odpady " * 500,
    "a" * 10_000,
]


@pytest.fixture
def content(home):
    homes = language_homes(home)
    text_page(homes["pl"], "Odpady i recykling", body="Odpady, recykling, kompost.")
    return homes


def test_the_search_page_answers_any_query(client, content):
    statuses = {
        query: client.get("/pl/search/", {"query": query}).status_code for query in ODD_QUERIES
    }

    assert {query: status for query, status in statuses.items() if status != 200} == {}


def test_suggestions_answer_any_query(client, content):
    failures = {}
    for query in ODD_QUERIES:
        response = client.get("/pl/search/suggest/", {"q": query})
        if response.status_code != 200 or not isinstance(response.json()["suggestions"], list):
            failures[query] = response.status_code

    assert failures == {}


@pytest.mark.parametrize("query", ["odpady OR recykling", "NOT odpady", "(odpady)", "odpady*"])
def test_operators_are_ignored_and_the_words_searched(client, content, query):
    html = client.get("/pl/search/", {"query": query}).content.decode()

    assert "<mark>Odpady</mark> i" in html


def test_a_very_long_query_is_cut_and_the_visitor_told(client, content):
    response = client.get("/en/search/", {"query": "recycling " * 100})

    html = response.content.decode()
    assert response.status_code == 200
    assert f"only its first {MAX_QUERY_LENGTH} characters were used" in html
    assert 'value="recycling recycling' in html


def test_a_query_with_too_many_words_uses_the_first_ones_and_says_so(client, content):
    words = " ".join(f"word{number}" for number in range(15))

    html = client.get("/en/search/", {"query": words}).content.decode()

    assert "Only the first 10 words of your search were used." in html


def test_cleaning_removes_control_characters_and_unifies_wide_letters():
    assert clean_query("\x00odpady\u200b\tｒｅｃｙｋｌｉｎｇ\x7f") == ("odpady recykling", False)


def test_cleaning_cuts_a_long_query_at_a_word_boundary():
    text, shortened = clean_query("recykling " * 30)

    assert shortened
    assert len(text) <= MAX_QUERY_LENGTH
    assert text.split() == ["recykling"] * len(text.split())
