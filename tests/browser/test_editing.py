"""An editor publishes in Polish and translates into Spanish with wagtail-localize."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.admin.models import EditingSession

from news.models import NewsPage
from tests.browser.steps import fill_news_item, log_in, translate_segment
from tests.factories import NewsIndexPageFactory, StandardPageFactory, translate_page


@pytest.fixture
def news(site):
    index = NewsIndexPageFactory(parent=site)
    translate_page(index, "es", title="Noticias", slug="noticias")
    return index


@pytest.fixture
def editor(site):
    user = get_user_model().objects.create_user("editor", password="zmp-demo")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_editor_publishes_an_article_and_its_spanish_translation(visitor, news, editor):
    log_in(visitor, "editor")

    visitor.goto(f"/admin/pages/{news.pk}/add_subpage/")
    fill_news_item(
        visitor,
        "Doradcy ds. zielonych miejsc pracy",
        "Trzydziestu doradców ukończyło szkolenie.",
        "2026-11-20",
    )
    visitor.get_by_role("button", name="Więcej akcji").click()
    visitor.get_by_role("button", name="Opublikuj").click()
    visitor.wait_for_url(f"**/admin/pages/{news.pk}/")
    article = NewsPage.objects.get(title="Doradcy ds. zielonych miejsc pracy")
    assert article.live and article.slug == "doradcy-ds-zielonych-miejsc-pracy"

    visitor.goto(f"/admin/localize/submit/page/{article.pk}/")
    visitor.get_by_label("hiszpański").check()
    visitor.get_by_role("button", name="Wyślij").click()
    visitor.wait_for_url("**/edit/")
    spanish = NewsPage.objects.get(
        translation_key=article.translation_key, locale__language_code="es"
    )
    assert not spanish.live, "a new translation stays a draft until it is published"

    translate_segment(visitor, 0, "Asesores de empleos verdes")
    translate_segment(visitor, 0, "Treinta asesores terminaron la formación.")
    visitor.get_by_role("tab", name="Promocja SEO").click()
    translate_segment(visitor, 0, "asesores-de-empleos-verdes")
    visitor.get_by_role("button", name=re.compile(r"^Opublikuj: hiszpański")).click()
    expect(visitor.locator(".messages")).to_contain_text("Asesores de empleos verdes")
    spanish.refresh_from_db()
    assert spanish.live and spanish.title == "Asesores de empleos verdes"

    context = visitor.context.browser.new_context(base_url=visitor.url.split("/admin")[0])
    anonymous = context.new_page()
    anonymous.goto(article.url)
    anonymous.get_by_role("link", name="Español").click()
    anonymous.wait_for_url("**/es/noticias/asesores-de-empleos-verdes/")
    expect(anonymous.get_by_role("heading", level=1)).to_have_text("Asesores de empleos verdes")
    expect(anonymous.locator("main")).to_contain_text("Treinta asesores")
    context.close()


@pytest.fixture
def superuser(site):
    return get_user_model().objects.create_superuser("editor", password="zmp-demo")


def test_the_editor_s_checks_panel_scores_the_page_and_finds_its_accessibility_issues(
    visitor, site, superuser
):
    page = StandardPageFactory(
        parent=site,
        title="Sieć doradców",
        intro="Doradcy pomagają pracodawcom. Doradcy pomagają osobom bezrobotnym.",
    )
    log_in(visitor, "editor")

    visitor.goto(f"/admin/pages/{page.pk}/edit/")
    visitor.locator('[data-side-panel-toggle="checks"]').click()

    # Wagtail's metrics come from the page as the preview renders it, with the userbar in it.
    expect(visitor.locator("[data-content-word-count]")).not_to_have_text("-", timeout=20_000)
    expect(visitor.locator("[data-content-readability-score]")).not_to_have_text("-")
    words = int(visitor.locator("[data-content-word-count]").inner_text())
    assert words >= 10

    # Leaving the editor releases its editing session (a beacon); the test's database must
    # outlive that request.
    visitor.goto("/admin/")
    deadline = time.monotonic() + 10
    while EditingSession.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
