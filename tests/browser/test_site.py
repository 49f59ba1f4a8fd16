"""What visitors see of the multilingual site, in a real browser."""

import pytest
from playwright.sync_api import expect

from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    translate_page,
)


@pytest.fixture
def content(site):
    about = StandardPageFactory(parent=site, title="O projekcie", slug="o-projekcie")
    translate_page(about, "en", title="About the project", slug="about")
    translate_page(about, "es", title="Sobre el proyecto", slug="sobre")
    news = NewsIndexPageFactory(parent=site)
    translate_page(news, "en", title="News", slug="news")
    translate_page(news, "es", title="Noticias", slug="noticias")
    article = NewsPageFactory(parent=news, title="Sieć doradców", slug="siec-doradcow")
    translate_page(article, "en", title="Advisers' network", slug="advisers")
    translate_page(article, "es", title="Red de asesores", slug="red")
    return {"about": about, "news": news, "article": article}


def test_visitor_switches_from_a_polish_article_to_the_spanish_one(visitor, content):
    visitor.goto("/pl/aktualnosci/siec-doradcow/")

    visitor.get_by_role("navigation", name="Wybierz język").get_by_role(
        "link", name="Español"
    ).click()

    visitor.wait_for_url("**/es/noticias/red/")
    expect(visitor.locator("html")).to_have_attribute("lang", "es")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Red de asesores")


def test_switcher_on_an_untranslated_page_leads_to_the_nearest_translation(visitor, content):
    NewsPageFactory(parent=content["news"], title="Tylko po polsku", slug="tylko-po-polsku")
    visitor.goto("/pl/aktualnosci/tylko-po-polsku/")

    english = visitor.get_by_role("link", name="English (not translated yet)")
    english.click()

    visitor.wait_for_url("**/en/news/?untranslated=1")
    expect(
        visitor.get_by_role("status").filter(has_text="not available in this language yet")
    ).to_be_visible()


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_every_page_type_meets_wcag_22_aa(visitor, content, axe, language):
    paths = {
        "pl": ["/pl/", "/pl/o-projekcie/", "/pl/aktualnosci/", "/pl/aktualnosci/siec-doradcow/"],
        "en": ["/en/", "/en/about/", "/en/news/", "/en/news/advisers/"],
        "es": ["/es/", "/es/sobre/", "/es/noticias/", "/es/noticias/red/"],
    }[language]
    for path in [*paths, f"/{language}/search/?query=doradcy", f"/{language}/nie-ma/"]:
        visitor.goto(path)
        assert visitor.locator("html").get_attribute("lang") == language
        axe(visitor)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(visitor, content):
    visitor.goto("/pl/o-projekcie/")

    visitor.keyboard.press("Tab")
    skip = visitor.get_by_role("link", name="Przejdź do treści głównej")
    assert skip.evaluate("element => element === document.activeElement")
    visitor.keyboard.press("Enter")

    assert visitor.evaluate("document.activeElement.id") == "main"


def test_pages_fit_a_phone_screen_without_sideways_scrolling(browser, live_server, content):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}, is_mobile=True
    )
    phone = context.new_page()
    for path in ["/pl/", "/pl/aktualnosci/", "/pl/aktualnosci/siec-doradcow/"]:
        phone.goto(path)
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    context.close()


def test_public_pages_load_nothing_from_other_hosts(visitor, content, live_server):
    requested = []
    visitor.on("request", lambda request: requested.append(request.url))

    for path in ["/pl/", "/en/about/", "/es/noticias/red/", "/pl/search/?query=doradcy"]:
        visitor.goto(path)
        visitor.wait_for_load_state("networkidle")

    assert requested
    assert all(url.startswith(live_server.url) for url in requested), [
        url for url in requested if not url.startswith(live_server.url)
    ]
