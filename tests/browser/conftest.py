"""Headless Chromium from Debian, driven by Playwright, against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread, which Django would take for
async code; the ORM calls the tests make between browser steps are synchronous.
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from tests.factories import make_site

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# WCAG 2.2 AA: 2.1's rules and 2.2's (target size among them).
WCAG_22_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
    }
}


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site(restorable_database, transactional_db, django_db_serialized_rollback):
    """The home page tree, in a database the live server's thread can see."""
    return make_site()


@pytest.fixture
def visitor(browser, live_server, site):
    context = browser.new_context(base_url=live_server.url, locale="pl-PL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def axe():
    axe = Axe()

    def check(page) -> None:
        results = axe.run(page, options=WCAG_22_AA)
        assert results.violations_count == 0, f"{page.url}:\n{results.generate_report()}"

    return check


def pytest_report_header(config):
    return f"chromium: {shutil.which('chromium') or CHROMIUM}"
