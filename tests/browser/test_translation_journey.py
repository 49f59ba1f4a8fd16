"""The Spanish translator's whole job, in the browser: from a Polish page to a Spanish news item.

The Polish editor publishes a page; the Spanish translator starts its translation, fills it
from the translation memory and LibreTranslate (a fake server on 127.0.0.1), corrects two
segments and publishes; readers see the machine-translation notice until the rest is
confirmed; then the translator adds a Spanish news item with an image they upload. Their
admin, in Spanish, never shows Polish.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from PIL import Image
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from admin_language.audit import wrong_language
from localization.roles import SPANISH_TRANSLATORS
from news.models import NewsPage
from tests.browser.steps import fill_news_item, log_in
from tests.factories import NewsIndexPageFactory, StandardPageFactory, locale, translate_page
from tests.test_machine_translation import LIBRE_KEY, NOTICE_ES, libretranslate_api, spanish
from tests.test_machine_translation import fake_service as fake_service  # noqa: F401 - a fixture
from tests.test_translation_memory import memory_first, start_spanish_translation, translate_by_hand

# Shared word for word with the earlier page, and 90 % like one of its paragraphs.
SAME = "Doradcy pomagają pracodawcom w województwie podlaskim."
NEAR = "Szkolenia dla doradców odbędą się w Białymstoku w kwietniu."
EARLIER_NEAR = "Szkolenia dla doradców odbędą się w Białymstoku w marcu."
NEW = "Zapisy prowadzi Wojewódzki Urząd Pracy."
TITLE = "Zielone kompetencje 2027"
INTRO = "Nowy nabór doradców."
# The page being translated is data: the translation editor shows its Polish to translate.
POLISH_CONTENT = frozenset({TITLE, INTRO, SAME, NEAR, NEW})
# What the Spanish admin showed in Polish before its catalogues were fixed.
POLISH_ADMIN_WORDS = ("Szukaj", "Przeglądaj", "strony", "Opublikuj")


@pytest.fixture
def polish_editor(site):
    user = get_user_model().objects.create_user("editor", password="zmp-demo")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def translator(site):
    """The Spanish partner, in the translators' group, reading the admin in Spanish."""
    user = get_user_model().objects.create_user("editor-es", password="zmp-demo")
    user.groups.add(Group.objects.get(name=SPANISH_TRANSLATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    return user


@pytest.fixture
def spanish_news(site):
    index = NewsIndexPageFactory(parent=site, title="Wiadomości", slug="wiadomosci")
    return translate_page(index, "es", title="Noticias", slug="noticias")


@pytest.fixture
def memory(site, translator):
    """An earlier page the translator translated by hand: the translation memory."""
    earlier = StandardPageFactory(
        parent=site,
        title="Program doradców",
        slug="program-doradcow",
        intro="Program dla doradców zawodowych.",
        body=[("paragraph", f"<p>{SAME}</p>"), ("paragraph", f"<p>{EARLIER_NEAR}</p>")],
    )
    person = Client()
    person.force_login(translator)
    translate_by_hand(
        person,
        start_spanish_translation(earlier),
        {
            "Program doradców": "Programa de asesores",
            "program-doradcow": "programa-de-asesores",
            "Program dla doradców zawodowych.": "Un programa para asesores profesionales.",
            SAME: "Los asesores ayudan a los empleadores de Podlaquia.",
            EARLIER_NEAR: "La formación de los asesores será en Białystok en marzo.",
        },
    )


@pytest.fixture
def libretranslate(settings, fake_service):
    service = fake_service(libretranslate_api)
    memory_first(
        settings,
        {
            "CLASS": "machine_translation.translators.CheckedLibreTranslator",
            "OPTIONS": {"LIBRETRANSLATE_URL": service.url, "API_KEY": LIBRE_KEY},
        },
    )
    return service


@pytest.fixture
def draft(site):
    """The Polish page, written and saved as a draft; its editor publishes it."""
    page = StandardPageFactory(
        parent=site,
        title=TITLE,
        slug="zielone-kompetencje-2027",
        intro=INTRO,
        body=[
            ("paragraph", f"<p>{SAME}</p>"),
            ("paragraph", f"<p>{NEAR}</p>"),
            ("paragraph", f"<p>{NEW}</p>"),
        ],
        live=False,
    )
    page.save_revision()
    return page


class PolishOnScreens:
    """The Polish of the catalogues that the translator's admin screens show, by screen.

    Collected over the journey and asserted at its end, so that one run lists every screen.
    """

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def check(self, page) -> None:
        findings = wrong_language(page.content(), "es", POLISH_CONTENT)
        polish = [finding.text for finding in findings if finding.problem == "Polish"]
        text = page.locator("body").inner_text()
        polish += [word for word in POLISH_ADMIN_WORDS if re.search(rf"\b{word}\b", text)]
        if polish:
            self.found[page.url.split("/", 3)[-1]] = polish


def correct(page, source: str, text: str) -> None:
    """In the translation editor: edit the segment translating ``source``, and save it."""
    segment = page.locator("li.complete", has_text=source)
    segment.get_by_role("button", name="Editar").click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Guardar").click()
    expect(page.locator("textarea")).to_have_count(0)
    expect(segment).to_contain_text(text)


def png(tmp_path) -> str:
    path = tmp_path / "mapa-de-asesores.png"
    Image.new("RGB", (640, 360), (40, 120, 80)).save(path)
    return str(path)


def test_the_spanish_translator_does_the_whole_job_in_spanish(
    browser,
    live_server,
    axe,
    visitor,
    tmp_path,
    polish_editor,
    translator,
    spanish_news,
    memory,
    libretranslate,
    draft,
):
    # The Polish editor publishes the page (the first to open the admin since it started).
    log_in(visitor, "editor")
    visitor.goto(f"/admin/pages/{draft.pk}/edit/")
    visitor.get_by_role("button", name="Więcej akcji").click()
    visitor.get_by_role("button", name="Opublikuj").click()
    visitor.wait_for_url(f"**/admin/pages/{draft.get_parent().pk}/")
    draft.refresh_from_db()
    assert draft.live

    # The Spanish translator starts its translation from the translation status.
    context = browser.new_context(base_url=live_server.url, locale="es-ES")
    admin = context.new_page()
    admin.set_default_timeout(15_000)
    polish = PolishOnScreens()
    log_in(admin, "editor-es")
    polish.check(admin)
    admin.goto("/admin/translation-status/")
    expect(admin.locator(".translation-status__languages [aria-current=page]")).to_contain_text(
        "español"
    )
    polish.check(admin)
    row = admin.locator("#state-untranslated").get_by_role("row", name=re.compile(TITLE))
    row.get_by_role("link", name="Traducir esta página").click()
    admin.wait_for_url(f"**/admin/localize/submit/page/{draft.pk}/**")
    expect(admin.get_by_label("español")).to_be_checked()
    polish.check(admin)
    admin.get_by_role("button", name="Enviar").click()
    spanish_page = draft.get_translation(locale("es"))
    editor_url = f"/admin/pages/{spanish_page.pk}/edit/"
    admin.wait_for_url(f"**{editor_url}")
    polish.check(admin)

    # The memory, then LibreTranslate, fill every segment.
    admin.get_by_role(
        "button", name="Traducir con la memoria de traducción y LibreTranslate"
    ).click()
    expect(admin.locator(".messages")).to_contain_text(
        "Segmentos rellenados: 2 de la memoria de traducción (1 por revisar), 4 por LibreTranslate."
    )
    # Back in the translation editor, which posted its own address as "next" (the same
    # address as before the click: asked once the new page is there).
    expect(admin).to_have_url(live_server.url + editor_url)
    admin.wait_for_load_state()
    polish.check(admin)
    expect(admin.locator("li.complete", has_text=SAME)).to_contain_text(
        "Los asesores ayudan a los empleadores de Podlaquia."
    )
    expect(admin.locator("li.complete", has_text=NEAR)).to_contain_text(
        "La formación de los asesores será en Białystok en marzo."
    )
    expect(admin.locator("li.complete", has_text=INTRO)).to_contain_text(spanish(INTRO))

    correct(admin, TITLE, "Competencias verdes 2027")
    correct(admin, NEW, "Las inscripciones las lleva la Oficina Regional de Empleo.")
    admin.get_by_role("button", name="Publicar en español").click()
    expect(admin.locator(".messages")).to_contain_text("Competencias verdes 2027")
    admin.wait_for_load_state()
    polish.check(admin)

    # A reader sees the notice while machine segments are unreviewed.
    spanish_page.refresh_from_db()
    assert spanish_page.live and spanish_page.title == "Competencias verdes 2027"
    reading = browser.new_context(base_url=live_server.url, locale="es-ES")
    reader = reading.new_page()
    reader.goto(spanish_page.url)
    expect(reader.get_by_role("heading", level=1)).to_have_text("Competencias verdes 2027")
    expect(reader.get_by_role("note")).to_have_text(NOTICE_ES)
    axe(reader)

    # The translator confirms the rest, and publishes again: the notice goes.
    admin.goto(editor_url)
    correct(admin, INTRO, "Nueva convocatoria de asesores.")
    correct(admin, NEAR, "La formación de los asesores será en Białystok en abril.")
    admin.get_by_role("tab", name="Promocionar").click()
    correct(admin, "zielone-kompetencje-2027", "competencias-verdes-2027")
    admin.get_by_role("button", name="Publicar en español").click()
    expect(admin.locator(".messages")).to_contain_text("Competencias verdes 2027")
    admin.wait_for_load_state()
    polish.check(admin)
    spanish_page.refresh_from_db()
    reader.goto(spanish_page.url)
    expect(reader.locator("main")).to_contain_text("en abril")
    expect(reader.locator("main")).to_contain_text("Nueva convocatoria de asesores.")
    expect(reader.get_by_text(NOTICE_ES)).to_have_count(0)
    axe(reader)

    # A Spanish news item, with an image the translator uploads into their collection.
    admin.goto(f"/admin/pages/{spanish_news.pk}/add_subpage/")
    admin.wait_for_url("**/add/news/newspage/**")
    polish.check(admin)
    fill_news_item(
        admin,
        "Nuevos asesores de empleos verdes",
        "Treinta asesores terminaron la formación.",
        "2026-11-20",
    )
    admin.get_by_role("button", name="Seleccionar una imagen").click()
    chooser = admin.get_by_role("dialog")
    chooser.get_by_role("tab", name="Subir").click()
    polish.check(admin)
    # Their one collection: Wagtail asks for none and files the image there.
    chooser.locator("input[type=file]").set_input_files(png(tmp_path))
    chooser.get_by_label("Título").fill("Mapa de asesores")
    chooser.get_by_role("button", name="Subir").click()
    expect(chooser).to_be_hidden()
    admin.fill("#id_image_alt", "Mapa de los asesores de la región.")
    admin.get_by_role("button", name="Más acciones").click()
    admin.get_by_role("button", name="Publicar").click()
    admin.wait_for_url(f"**/admin/pages/{spanish_news.pk}/")
    polish.check(admin)
    context.close()

    article = NewsPage.objects.get(title="Nuevos asesores de empleos verdes")
    assert article.live and article.locale == locale("es")
    assert article.image.title == "Mapa de asesores"
    assert article.image.collection.name == "Translations – Spanish"
    reader.goto(article.url)
    expect(reader.get_by_role("img", name="Mapa de los asesores de la región.")).to_be_visible()
    axe(reader)
    reading.close()
    assert not polish.found, polish.found
