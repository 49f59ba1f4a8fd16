"""Searching the site in a real browser: suggestions by keyboard, results, accessibility."""

import pytest
from playwright.sync_api import expect

from tests.factories_search import language_homes, text_page

WORDS = {"pl": "pompy ciepła", "en": "heat pumps", "es": "bombas de calor"}


@pytest.fixture
def content(site):
    homes = language_homes(site)
    pages = {
        "pl": [("Pompa ciepła w szkole", "pompa-ciepla"), ("Pompy w gminie", "pompy")],
        "en": [("Heat pump at school", "heat-pump"), ("Pumps in the borough", "pumps")],
        "es": [("Bomba de calor en la escuela", "bomba"), ("Bombas en el municipio", "bombas")],
    }
    for language, specs in pages.items():
        for title, slug in specs:
            text_page(homes[language], title, slug=slug, body=f"{title}. {WORDS[language]}.")
    return homes


def test_a_suggestion_is_chosen_with_the_arrow_keys_and_opened_with_enter(visitor, content):
    visitor.goto("/pl/")
    box = visitor.get_by_role("combobox", name="Szukaj w serwisie")

    box.press_sequentially("pomp", delay=30)
    listbox = visitor.get_by_role("listbox")
    expect(listbox.get_by_role("option")).to_have_count(2)
    expect(box).to_have_attribute("aria-expanded", "true")

    box.press("ArrowDown")
    box.press("ArrowDown")
    second = listbox.get_by_role("option").nth(1)
    expect(second).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", second.get_attribute("id"))
    box.press("ArrowUp")
    first = listbox.get_by_role("option").nth(0)
    expect(first).to_have_attribute("aria-selected", "true")
    title = first.inner_text()
    box.press("Enter")

    visitor.wait_for_url("**/pl/pomp*/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(title)


def test_escape_closes_the_suggestions_and_enter_then_searches(visitor, content):
    visitor.goto("/pl/")
    box = visitor.get_by_role("combobox", name="Szukaj w serwisie")
    box.press_sequentially("pompy", delay=30)
    expect(visitor.get_by_role("listbox")).to_be_visible()

    box.press("Escape")

    expect(visitor.get_by_role("listbox")).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("Enter")
    visitor.wait_for_url("**/pl/search/?query=pompy")
    expect(visitor.locator(".search-result mark").first).to_be_visible()


def test_the_search_form_works_without_javascript(browser, live_server, content):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/en/")

    page.get_by_role("searchbox", name="Search the site").fill("heat pumps")
    page.get_by_role("searchbox", name="Search the site").press("Enter")

    page.wait_for_url("**/en/search/?query=heat+pumps")
    expect(page.locator(".search-result__title")).to_have_count(2)
    context.close()


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_search_pages_meet_wcag_22_aa(visitor, content, axe, language):
    visitor.goto(f"/{language}/search/?query={WORDS[language]}")
    expect(visitor.locator(".search-result mark").first).to_be_visible()
    axe(visitor)

    visitor.goto(f"/{language}/search/")
    assert visitor.locator("html").get_attribute("lang") == language
    axe(visitor)

    box = visitor.locator("#search-page-query")
    box.press_sequentially(WORDS[language][:4], delay=30)
    expect(visitor.get_by_role("listbox").first).to_be_visible()
    box.press("ArrowDown")
    axe(visitor)


def test_search_results_fit_a_phone_screen(browser, live_server, content):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}, is_mobile=True
    )
    phone = context.new_page()
    phone.goto("/pl/search/?query=pompy+ciepła")
    phone.get_by_text("Menu i wyszukiwarka").click()  # the header's search is in the menu
    phone.locator("#site-search").fill("")
    phone.locator("#site-search").press_sequentially("pomp", delay=30)
    expect(phone.get_by_role("listbox").first).to_be_visible()

    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()
