"""A visitor votes once, by mouse or by keyboard, and sees the shared results."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from polls.models import Vote
from tests.factories import translate_page
from tests.factories_polls import ENGLISH, SPANISH, make_poll, make_poll_page, translate_poll

PATHS = {"pl": "/pl/ankieta/", "en": "/en/poll/", "es": "/es/encuesta/"}


@pytest.fixture
def poll_page(site):
    poll = make_poll(intro="Wybierz jeden blok.")
    translate_poll(poll, "en", {**ENGLISH, "Wybierz jeden blok.": "Choose one block."})
    translate_poll(poll, "es", {**SPANISH, "Wybierz jeden blok.": "Elija un bloque."})
    page = make_poll_page(site, poll)
    translate_page(page, "en", title="Poll", slug="poll")
    translate_page(page, "es", title="Encuesta", slug="encuesta")
    return page


def message(code: str, text: str) -> str:
    with translation.override(code):
        return gettext(text)


def poll_section(page):
    return page.locator("section.poll")


def test_visitor_votes_sees_the_results_and_cannot_vote_twice(visitor, poll_page, axe):
    visitor.goto(PATHS["pl"])
    stale_tab = visitor.context.new_page()
    stale_tab.goto(PATHS["pl"])  # loaded before the vote, so it still has the form

    visitor.get_by_label("Odnawialne źródła energii").check()
    poll_section(visitor).get_by_role("button").click()

    results = poll_section(visitor).get_by_role("table")
    expect(results).to_be_visible()
    expect(results.get_by_role("row", name="Odnawialne źródła energii")).to_contain_text("100%")
    expect(poll_section(visitor)).to_contain_text(
        message("pl", "You have already voted in this poll.")
    )
    assert Vote.objects.count() == 1

    stale_tab.get_by_label("Gospodarowanie odpadami").check()
    stale_tab.locator("section.poll").get_by_role("button").click()

    expect(stale_tab.get_by_role("alert")).to_have_text(
        message("pl", "You have already voted in this poll.")
    )
    expect(stale_tab.get_by_role("row", name="Odnawialne źródła energii")).to_contain_text("1")
    assert Vote.objects.count() == 1
    axe(stale_tab)
    stale_tab.close()


def test_visitor_votes_with_the_keyboard_alone(visitor, poll_page):
    visitor.goto(PATHS["pl"])

    for _press in range(40):
        visitor.keyboard.press("Tab")
        if visitor.evaluate("document.activeElement.type") == "radio":
            break
    assert visitor.evaluate("document.activeElement.labels[0].textContent") == (
        "Gospodarowanie odpadami"
    )
    visitor.keyboard.press("Space")
    visitor.keyboard.press("Tab")
    assert visitor.evaluate("document.activeElement.type") == "submit"
    visitor.keyboard.press("Enter")

    expect(poll_section(visitor).get_by_role("table")).to_be_visible()
    vote = Vote.objects.get()
    assert vote.choice_key == poll_page.body[0].value["poll"].choices.first().translation_key


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_poll_meets_wcag_22_aa_before_and_after_voting(visitor, poll_page, axe, language):
    visitor.goto(PATHS[language])
    assert visitor.locator("html").get_attribute("lang") == language
    expect(poll_section(visitor).locator("form")).to_be_visible()
    axe(visitor)

    poll_section(visitor).get_by_role("radio").first.check()
    poll_section(visitor).get_by_role("button").click()

    expect(poll_section(visitor).get_by_role("table")).to_be_visible()
    axe(visitor)
