"""Every page type looks finished on a phone and a desktop, in each language.

For each page type, at 390×844 (a phone) and 1280×900 (a laptop), in Polish, English and
Spanish: the page's own heading is in the first screen, nothing makes the page scroll
sideways (also at 320 px, WCAG 1.4.10), no two pieces of text are drawn over each other, the
desktop header stays within 160 px, and axe-core finds nothing at WCAG 2.2 AA. Screenshots
go to ``test-results/layout/`` (CI keeps them as artifacts).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from core.models import MainMenu
from elearning.models import Attempt
from tests.factories import (
    AccessibilityStatementPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    PrivacyNoticePageFactory,
    StandardPageFactory,
    add_topic,
    locale,
    translate_page,
)
from tests.factories_accessible_info import make_accessible_info
from tests.factories_elearning import answers, make_advisor, make_course, translate_course
from tests.factories_outreach import (
    EventIndexPageFactory,
    EventPageFactory,
    PromotionPageFactory,
    make_contact_page,
)
from tests.factories_partnership import PartnerIndexPageFactory, PartnerPageFactory

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "layout"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
NARROWEST = {"width": 320, "height": 640}
MAX_DESKTOP_HEADER = 160
ADVISOR = "layout-advisor"

# The demo's sections: full titles as editors wrote them, short labels for the menu.
SECTIONS = [
    ("O projekcie", "O projekcie", "About the project", "About",
     "Sobre el proyecto", "El proyecto"),
    ("Współpraca ponadnarodowa", "Współpraca", "Transnational cooperation", "Cooperation",
     "Cooperación transnacional", "Cooperación"),
    ("Partnerstwo publiczno-społeczne", "Partnerstwo", "Public-social partnership",
     "Partnership", "Partenariado público-social", "Partenariado"),
    ("Rekomendacja nt. rozwoju zielonych miejsc pracy na terenie województwa podlaskiego",
     "Rekomendacja",
     "Recommendation on the Development of Green Jobs in Podlaskie Voivodeship",
     "Recommendation",
     "Recomendación sobre el desarrollo de empleos verdes en el voivodato de Podlaquia",
     "Recomendación"),
    ("Szkolenia specjalistyczne w zakresie zielonych miejsc pracy", "Szkolenia",
     "Specialist training in green jobs", "Training",
     "Formación especializada en empleos verdes", "Formación"),
    ("Promocja zielonych miejsc pracy", "Promocja", "Promoting green jobs", "Promotion",
     "Promoción de los empleos verdes", "Promoción"),
    ("Spotkania informacyjne", "Spotkania", "Information meetings", "Meetings",
     "Reuniones informativas", "Reuniones"),
    ("Kontakt", "Kontakt", "Contact", "Contact", "Contacto", "Contacto"),
]  # fmt: skip
LANGUAGES = ("pl", "en", "es")
# The project's drawings on the home page's section cards (the contact has none).
DRAWINGS = [
    "about", "cooperation", "partnership", "recommendation", "training", "promotion",
    "meetings", "",
]  # fmt: skip

# Elements that reach past the right edge of the screen (what makes a page scroll sideways),
# except inside a box that scrolls on its own and itself fits (a data table's, which WCAG
# 1.4.10 allows to scroll in two dimensions).
WIDER_THAN_THE_SCREEN = """() => {
  const scrollsInItsBox = (element) => {
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const overflow = getComputedStyle(box).overflowX;
      if ((overflow === "auto" || overflow === "scroll")
          && box.getBoundingClientRect().right <= window.innerWidth + 1) return true;
    }
    return false;
  };
  return [...document.querySelectorAll("body *")]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
    .filter((element) => element.checkVisibility())
    .filter((element) => !scrollsInItsBox(element))
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    .slice(0, 10);
}"""

# Text boxes drawn over each other, from the page itself: each line of each text node.
OVERLAPPING_TEXT = """() => {
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.checkVisibility({visibilityProperty: true})) continue;
    if (element.closest(".visually-hidden, .skip-link")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 1 && rect.height > 1) {
        boxes.push({element, rect, text: node.textContent.trim()});
      }
    }
  }
  const found = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.element === b.element) continue;
      const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (across > 2 && down > 2) found.push(`"${a.text.slice(0, 40)}" / "${b.text.slice(0, 40)}"`);
    }
  }
  return found.slice(0, 10);
}"""


def build_site(home) -> dict[str, dict[str, str]]:
    """A site shaped like the demo: ten sections in the menu, news, a course; three languages."""
    sections = []
    for pl, _label, en, _en_label, es, _es_label in SECTIONS:
        page = StandardPageFactory(parent=home, title=pl, intro=f"{pl}.")
        translate_page(page, "en", title=en, slug=f"en-{page.slug}", intro=f"{en}.")
        translate_page(page, "es", title=es, slug=f"es-{page.slug}", intro=f"{es}.")
        sections.append(page)
    news = NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    translate_page(news, "en", title="News", slug="news")
    translate_page(news, "es", title="Noticias", slug="noticias")
    articles = [
        NewsPageFactory(parent=news, title=f"Spotkania i wizyty studyjne z partnerami {n}")
        for n in range(4)
    ]
    topics = [
        NewsTopicFactory(name="Współpraca ponadnarodowa", slug="wspolpraca"),
        NewsTopicFactory(name="Partnerstwo publiczno-społeczne", slug="partnerstwo"),
    ]
    for article in articles:
        for topic in topics:
            add_topic(article, topic)
        translate_page(article, "en", title="Study visits with the transnational partners")
        translate_page(article, "es", title="Visitas de estudio con los socios transnacionales")
    # The training section has sub-pages: the menu's second level.
    for n in range(2):
        sub_page = StandardPageFactory(
            parent=sections[4],
            title=f"Monter i konserwator urządzeń energii odnawialnej {n}",
            show_in_menus=True,
        )
        for code in ("en", "es"):
            translate_page(sub_page, code, slug=f"{code}-{sub_page.slug}")
    course = make_course(home, lessons=2)
    for code in ("en", "es"):
        translate_course(course, code)
    partners = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(parent=partners, title="Impact Housing Association – Cumbria")
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, title="Spotkanie informacyjne w Choroszczy")
    promotion = PromotionPageFactory(parent=home)
    contact = make_contact_page(home, slug="kontakt-z-projektem")
    statement = AccessibilityStatementPageFactory(
        parent=home, contact_person="Elżbieta Gorczkowska", contact_phone="+48 85 74 97 254"
    )
    privacy = PrivacyNoticePageFactory(parent=home)
    for page in (partners, partner, events, event, promotion, contact, statement, privacy):
        for code in ("en", "es"):
            translate_page(page, code, slug=f"{code}-{page.slug}")
    # As in the demo: the sign-language page before its recording exists.
    easy_read, sign_language = make_accessible_info(home)

    menu = MainMenu.objects.create(
        locale=locale("pl"),
        items=[
            ("link", {"page": page, "label": spec[1], "illustration": drawing})
            for page, spec, drawing in zip(sections, SECTIONS, DRAWINGS, strict=True)
        ],
    )
    for code, label_at in (("en", 3), ("es", 5)):
        translated = menu.copy_for_translation(locale(code))
        translated.items = [
            ("link", {"page": page, "label": spec[label_at], "illustration": drawing})
            for page, spec, drawing in zip(sections, SECTIONS, DRAWINGS, strict=True)
        ]
        translated.save()

    lesson = course.get_children().first()
    quiz = course.get_children().last()
    # The advisor has two failed attempts: the result page has its table of attempts.
    advisor = Client()
    advisor.force_login(make_advisor(ADVISOR))
    for _attempt in range(2):
        assert advisor.post(f"{quiz.url}start/").status_code == 302
        attempt = Attempt.objects.filter(user__username=ADVISOR).order_by("-number").first()
        wrong = answers(attempt, quiz.specific, right=False)
        assert advisor.post(f"{quiz.url}attempt/{attempt.pk}/", wrong).status_code == 302
    paths = {}
    for code in LANGUAGES:
        target = locale(code)
        paths[code] = {
            "home": f"/{code}/",
            "standard": sections[3].get_translation(target).url,
            "news-index": news.get_translation(target).url,
            "article": articles[0].get_translation(target).url,
            "course": course.get_translation(target).url,
            "lesson": lesson.get_translation(target).url,
            "quiz": quiz.get_translation(target).url,
            "quiz-result": f"{quiz.get_translation(target).url}attempt/{attempt.pk}/result/",
            "catalogue": course.get_parent().get_translation(target).url,
            "my-learning": f"/{code}/learning/",
            "my-account": f"/{code}/accounts/account/",
            "partners": partners.get_translation(target).url,
            "partner": partner.get_translation(target).url,
            "events": events.get_translation(target).url,
            "event": event.get_translation(target).url,
            "promotion": promotion.get_translation(target).url,
            "contact": contact.get_translation(target).url,
            "accessibility-statement": statement.get_translation(target).url,
            "privacy-notice": privacy.get_translation(target).url,
            "certificate-check": f"/{code}/certificates/verify/",
            "easy-read": easy_read.get_translation(target).url,
            "sign-language": sign_language.get_translation(target).url,
            "site-map": f"/{code}/site-map/",
            "search": f"/{code}/search/?query=partner",
            "not-found": f"/{code}/nie-ma-takiej-strony/",
        }
    return paths


@pytest.fixture
def pages(site):
    return build_site(site)


User = get_user_model()


def signed_in_context(browser, live_server, viewport):
    """A browser of an advisor (lessons are for signed-in advisors)."""
    client = Client()
    client.force_login(User.objects.get(username=ADVISOR))
    context = browser.new_context(base_url=live_server.url, viewport=viewport)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_fits_a_phone_and_a_desktop(browser, live_server, pages, axe, language):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    for viewport in (PHONE, DESKTOP):
        context = signed_in_context(browser, live_server, viewport)
        page = context.new_page()
        for kind, path in pages[language].items():
            page.goto(path)
            where = f"{language} {kind} {viewport['width']}px ({path})"
            heading = page.locator("h1").first.bounding_box()
            if heading is None or heading["y"] + heading["height"] > viewport["height"]:
                problems.append(f"{where}: the h1 is not in the first screen ({heading})")
            if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
                problems.append(f"{where}: the page scrolls sideways")
            if overlaps := page.evaluate(OVERLAPPING_TEXT):
                problems.append(f"{where}: text drawn over text: {overlaps}")
            if viewport is DESKTOP:
                header = page.locator("header.site-header").bounding_box()
                if header["height"] > MAX_DESKTOP_HEADER:
                    problems.append(f"{where}: the header is {header['height']:.0f} px tall")
            page.screenshot(
                path=SCREENSHOTS / f"{language}-{kind}-{viewport['width']}x{viewport['height']}.png"
            )
            axe(page)
        context.close()

    assert not problems, "\n".join(problems)


def test_nothing_scrolls_sideways_at_320_px_with_the_menu_open(browser, live_server, pages):
    context = signed_in_context(browser, live_server, NARROWEST)
    page = context.new_page()
    for path in pages["es"].values():
        page.goto(path)
        page.get_by_text("Menú y buscador").click()
        wider = page.evaluate(WIDER_THAN_THE_SCREEN)
        assert not wider, f"{path}: {wider}"
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    context.close()


def test_the_phone_menu_opens_and_closes_without_javascript(browser, live_server, pages):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/pl/")
    menu = page.get_by_role("navigation", name="Menu główne")
    assert not menu.is_visible()

    page.get_by_text("Menu i wyszukiwarka").click()

    assert menu.is_visible()
    assert menu.get_by_role("link", name="Rekomendacja").is_visible()
    context.close()


def test_the_desktop_shows_the_menu_and_search_without_a_toggle(browser, live_server, pages):
    context = browser.new_context(base_url=live_server.url, viewport=DESKTOP)
    page = context.new_page()
    page.goto("/en/")

    assert page.get_by_role("navigation", name="Main menu").is_visible()
    assert page.get_by_role("combobox", name="Search the site").is_visible()
    assert not page.get_by_text("Menu and search").is_visible()
    context.close()


def test_a_section_opens_its_sub_pages_without_javascript_on_a_phone_and_a_desktop(
    browser, live_server, pages
):
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, java_script_enabled=False
        )
        page = context.new_page()
        page.goto("/en/")
        if viewport is PHONE:
            page.get_by_text("Menu and search").click()
        menu = page.get_by_role("navigation", name="Main menu")
        sub_page = menu.get_by_role(
            "link", name="Monter i konserwator urządzeń energii odnawialnej 1"
        )
        assert not sub_page.is_visible()

        menu.get_by_text("Training", exact=True).click()

        assert sub_page.is_visible()
        assert menu.get_by_role("link", name="Training: overview").is_visible()
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        sub_page.click()
        expect(page.locator("h1")).to_have_text(
            "Monter i konserwator urządzeń energii odnawialnej 1"
        )
        context.close()
