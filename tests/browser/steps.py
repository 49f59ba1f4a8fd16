"""Steps shared by the browser tests: signing in to the admin and to the site."""

from __future__ import annotations

from playwright.sync_api import expect


def log_in(page, username: str) -> None:
    """Into the Wagtail admin, with the demo users' password."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "zmp-demo")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def sign_in(page, username: str, language: str = "pl") -> None:
    """On the site, as an advisor does; lands on My learning."""
    page.goto(f"/{language}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill("zmp-demo")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"**/{language}/learning/")


def tab_to(page, name: str) -> None:
    """Press Tab until the form field ``name`` has the focus, as a keyboard user does."""
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name || ''") == name:
            return
    raise AssertionError(f"Tab never reached the field {name}")


def fill_news_item(page, title: str, lead: str, date: str) -> None:
    """The news item's editor: title, lead and date (the date picker closed again)."""
    page.fill("#id_title", title)
    page.fill("#id_lead", lead)
    page.fill("#id_date", date)
    page.keyboard.press("Escape")
    page.click("#id_lead")  # closes the date picker


def translate_segment(page, index: int, text: str) -> None:
    """In wagtail-localize's editor (Polish admin): the index-th untranslated segment."""
    page.get_by_role("button", name="Tłumacz", exact=True).nth(index).click()
    page.locator("textarea").last.fill(text)
    page.get_by_role("button", name="Zapisz").click()
    expect(page.locator("textarea")).to_have_count(0)
    expect(page.get_by_text(text, exact=True)).to_be_visible()
