"""Steps shared by the browser tests: signing in to the admin and to the site."""

from __future__ import annotations


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
