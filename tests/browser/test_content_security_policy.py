"""The Content-Security-Policy in a real browser: nothing the site or the admin needs is
refused, the search box's script still runs, and the admin still previews pages."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.factories_elearning import make_advisor, make_course
from tests.factories_polls import make_poll, make_poll_page
from tests.factories_search import text_page


@pytest.fixture
def refused(visitor) -> list[str]:
    """What the browser refused under the policy, as it reports it on the console."""
    messages: list[str] = []
    visitor.on(
        "console",
        lambda message: "Content Security Policy" in message.text and messages.append(message.text),
    )
    return messages


def test_public_pages_work_within_the_policy(visitor, site, refused):
    text_page(site, "Pompa ciepła w szkole", slug="pompa-ciepla", body="Pompy ciepła.")
    poll_page = make_poll_page(site, make_poll(is_open=False))
    course = make_course(site)
    make_advisor()

    visitor.goto("/pl/")
    visitor.get_by_role("combobox", name="Szukaj w serwisie").press_sequentially("pomp", delay=30)
    expect(visitor.get_by_role("listbox").get_by_role("option")).to_have_count(1)
    visitor.goto(poll_page.url)
    expect(visitor.locator(".poll-results__fill").first).to_be_attached()
    visitor.goto("/pl/accounts/login/")
    visitor.locator("input[name=username]").fill("advisor")
    visitor.locator("input[name=password]").fill("zmp-demo")
    visitor.locator("main button[type=submit]").click()
    visitor.wait_for_url("**/pl/learning/")
    visitor.goto(course.url)
    visitor.get_by_role("button", name="Zapisz się na kurs").click()
    visitor.goto("/pl/learning/")
    bar = visitor.locator('[role="progressbar"]').first
    track, fill = bar.bounding_box(), bar.locator("rect").bounding_box()

    assert track["width"] > 100 and fill["width"] == 0  # nothing done yet
    assert refused == []


def test_an_editor_previews_a_page_within_the_admins_policy(visitor, site, refused):
    get_user_model().objects.create_superuser("admin", "admin@example.com", "zmp-demo")
    page = text_page(site, "Pompa ciepła w szkole", slug="pompa-ciepla", body="Pompy ciepła.")

    visitor.goto("/admin/login/")
    visitor.fill("input[name=username]", "admin")
    visitor.fill("input[name=password]", "zmp-demo")
    visitor.click("button[type=submit]")
    visitor.wait_for_url("**/admin/")
    visitor.goto(f"/admin/pages/{page.pk}/edit/")
    visitor.locator('[data-side-panel-toggle="preview"]').click()
    preview = visitor.frame_locator("iframe[title]").first

    expect(preview.get_by_role("heading", level=1)).to_have_text("Pompa ciepła w szkole")
    assert refused == []
