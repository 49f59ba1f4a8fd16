"""The Spanish partner finds the pages waiting for them and translates one."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail_localize.models import Translation, TranslationSource

from core.demo.users import spanish_editors_group
from home.models import StandardPage
from tests.browser.steps import log_in, translate_segment
from tests.factories import StandardPageFactory, locale

STATUS_URL = "/admin/translation-status/"


@pytest.fixture
def waiting(site):
    """A Polish page whose Spanish translation a Polish editor has started, as a draft."""
    page = StandardPageFactory(
        parent=site, title="O projekcie", slug="o-projekcie", intro="Partnerstwo 34 podmiotów."
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale("es"))
    translation.save_target(publish=False)
    return page.get_translation(locale("es"))


@pytest.fixture
def spanish_editor(site):
    user = get_user_model().objects.create_user("editor-es", password="zmp-demo")
    user.groups.add(spanish_editors_group(site.get_translation(locale("es"))))
    return user


def test_spanish_editor_translates_a_waiting_page_from_the_status_view(
    visitor, waiting, spanish_editor
):
    log_in(visitor, "editor-es")
    visitor.goto(STATUS_URL)

    drafts = visitor.locator("#state-draft")
    expect(drafts.get_by_role("row", name=re.compile("O projekcie"))).to_be_visible()
    expect(visitor.locator("[aria-current=page]", has_text="hiszpański")).to_be_visible()
    drafts.locator(f"a[href='/admin/pages/{waiting.pk}/edit/']").first.click()

    visitor.wait_for_url(f"**/admin/pages/{waiting.pk}/edit/")
    translate_segment(visitor, 0, "Sobre el proyecto")
    translate_segment(visitor, 0, "Una asociación de 34 entidades.")
    visitor.get_by_role("tab", name="Promocja SEO").click()
    translate_segment(visitor, 0, "sobre-el-proyecto")
    visitor.get_by_role("button", name=re.compile(r"^Opublikuj: hiszpański")).click()
    expect(visitor.locator(".messages")).to_contain_text("Sobre el proyecto")

    spanish = StandardPage.objects.get(pk=waiting.pk)
    assert spanish.live and spanish.title == "Sobre el proyecto"
    visitor.goto("/es/sobre-el-proyecto/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Sobre el proyecto")
    expect(visitor.locator("main")).to_contain_text("Una asociación de 34 entidades.")

    visitor.goto(STATUS_URL)
    expect(visitor.locator("#state-live")).to_contain_text("Sobre el proyecto")
    expect(visitor.locator("#state-draft")).not_to_contain_text("Sobre el proyecto")
