"""A poll is one question in every language: translated answers, shared results."""

import datetime
import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from polls.models import Vote
from polls.voting import build_results, count_votes
from tests.factories import translate_page
from tests.factories_polls import (
    CHOICES,
    QUESTION,
    SPANISH,
    make_poll,
    make_poll_page,
    translate_poll,
)


@pytest.fixture
def poll(home):
    return make_poll()


@pytest.fixture
def page(home, poll):
    """The poll on a Polish page, with its Spanish and English pages."""
    page = make_poll_page(home, poll)
    translate_page(page, "es", title="Encuesta", slug="encuesta")
    translate_page(page, "en", title="Poll", slug="poll")
    return page


def html(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def in_language(code: str, message: str) -> str:
    with translation.override(code):
        return gettext(message)


def add_votes(poll, counts: list[int]) -> None:
    for choice, count in zip(poll.choices.all(), counts, strict=False):
        for _number in range(count):
            Vote.objects.create(
                poll_key=poll.translation_key,
                choice_key=choice.translation_key,
                voter_token=uuid.uuid4().hex,
            )


def test_spanish_translation_of_a_poll_has_spanish_answers_with_the_same_keys(poll):
    spanish = translate_poll(poll, "es")

    assert spanish.question == SPANISH[QUESTION]
    assert [c.text for c in spanish.choices.all()] == [SPANISH[text] for text in CHOICES]
    assert [c.translation_key for c in spanish.choices.all()] == [
        c.translation_key for c in poll.choices.all()
    ]
    assert {c.locale.language_code for c in spanish.choices.all()} == {"es"}


def test_spanish_page_shows_the_spanish_poll(client, poll, page):
    translate_poll(poll, "es")

    poll_html = html(client.get("/es/encuesta/")).select_one("section.poll")

    assert poll_html.select_one("legend").get_text(strip=True) == SPANISH[QUESTION]
    assert [label.get_text(strip=True) for label in poll_html.select("label")] == [
        SPANISH[text] for text in CHOICES
    ]


def test_page_in_a_language_the_poll_lacks_shows_the_polish_poll(client, poll, page):
    poll_html = html(client.get("/en/poll/")).select_one("section.poll")

    assert poll_html.select_one("legend").get_text(strip=True) == QUESTION


def test_poll_is_a_labelled_radio_group_with_a_submit_button(client, page):
    form = html(client.get("/pl/ankieta/")).select_one("section.poll form")

    assert form["method"] == "post" and form["action"] == "/pl/polls/vote/"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("fieldset > legend h2").get_text(strip=True) == QUESTION
    radios = form.select("fieldset input[type=radio][name=choice]")
    assert len(radios) == len(CHOICES)
    for radio in radios:
        label = form.select_one(f"label[for='{radio['id']}']")
        assert label is not None and label.get_text(strip=True) in CHOICES
    assert form.select_one("button[type=submit]")


def test_closed_poll_shows_results_instead_of_the_form(client, poll, page):
    poll.is_open = False
    poll.save()

    poll_html = html(client.get("/pl/ankieta/")).select_one("section.poll")

    assert poll_html.select_one("form") is None
    assert poll_html.select_one("table")
    assert in_language("pl", "This poll is closed.") in poll_html.get_text()


def test_poll_past_its_closing_time_takes_no_more_votes(poll):
    poll.closes_at = timezone.now() - datetime.timedelta(minutes=1)

    assert not poll.is_accepting_votes()


def test_closing_the_polish_poll_closes_its_translations(client, poll, page):
    translate_poll(poll, "es")
    poll.is_open = False
    poll.save()

    assert html(client.get("/es/encuesta/")).select_one("section.poll form") is None


def test_results_give_counts_and_percentages_in_text(poll):
    add_votes(poll, [2, 1, 0])

    results = build_results(list(poll.choices.all()), count_votes(poll.translation_key))

    assert results.total == 3
    assert [(c.text, c.votes, c.percent) for c in results.choices] == [
        (CHOICES[0], 2, 67),
        (CHOICES[1], 1, 33),
        (CHOICES[2], 0, 0),
    ]


def test_results_table_has_a_caption_headers_and_the_numbers_beside_the_bars(client, poll, page):
    poll.is_open = False
    poll.save()
    add_votes(poll, [3, 1, 0])

    table = html(client.get("/pl/ankieta/")).select_one("section.poll table")

    assert table.select_one("caption")
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col", "col"]
    rows = table.select("tbody tr")
    assert [row.select_one("th[scope=row]").get_text(strip=True) for row in rows] == CHOICES
    first = rows[0].get_text(" ", strip=True)
    assert "3" in first and "75%" in first
    assert rows[0].select_one(".poll-results__bar")["aria-hidden"] == "true"


def test_poll_page_queries_do_not_grow_with_votes(client, poll, page):
    poll.is_open = False
    poll.save()

    def count() -> int:
        client.get("/pl/ankieta/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/pl/ankieta/")
        return len(queries)

    add_votes(poll, [1, 1, 1])
    few = count()
    add_votes(poll, [20, 10, 5])

    assert count() == few


def test_deleting_a_poll_in_every_language_deletes_its_votes(poll):
    spanish = translate_poll(poll, "es")
    add_votes(poll, [1, 1, 0])

    poll.delete()
    assert Vote.objects.count() == 2, "the Spanish poll still holds the votes"
    spanish.delete()

    assert not Vote.objects.exists()


def test_results_show_every_answer_in_the_page_language_whatever_the_database_order():
    from types import SimpleNamespace

    from polls.voting import choices_for_results

    polish, english = 1, 2
    key_a, key_b = "a", "b"
    rows = [
        SimpleNamespace(translation_key=key_a, locale_id=english, sort_order=0, pk=3),
        SimpleNamespace(translation_key=key_a, locale_id=polish, sort_order=0, pk=1),
        SimpleNamespace(translation_key=key_b, locale_id=polish, sort_order=1, pk=2),
        SimpleNamespace(translation_key=key_b, locale_id=english, sort_order=1, pk=4),
    ]

    for order in (rows, list(reversed(rows))):
        shown = choices_for_results(order, [polish, polish])
        assert [(c.translation_key, c.locale_id) for c in shown] == [
            (key_a, polish),
            (key_b, polish),
        ]
