"""The demo's easy-to-read and sign-language pages: built from the seed's facts in three
languages as wagtail-localize translations, once, and added to a demo that lacks them."""

from __future__ import annotations

import re

from wagtail_localize.models import TranslationSource

from accessible_info.models import EasyReadPage, SignLanguagePage
from tests.factories import run_load_demo
from tests.html import soup_of, text_of

LANGUAGES = ["pl", "en", "es"]
PHONE = re.compile(r"\b\d{2} \d{2} \d{2} \d{3}\b")


def test_the_demo_has_both_pages_in_three_languages_as_translations(demo):
    for model in (EasyReadPage, SignLanguagePage):
        pages = model.objects.live()
        assert sorted(pages.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
        source = TranslationSource.objects.get_for_instance(pages.get(locale__language_code="pl"))
        targets = source.translations.values_list("target_locale__language_code", flat=True)
        assert set(targets) == {"en", "es"}


def test_the_demo_easy_read_page_asks_its_headings_and_lists_its_facts(demo, client):
    for code in LANGUAGES:
        soup = soup_of(client, EasyReadPage.objects.get(locale__language_code=code).url)
        headings = [text_of(h2) for h2 in soup.select("main .easy-read__body h2")]
        assert len(headings) >= 4 and all(heading.endswith("?") for heading in headings)
        assert len(soup.select("main .easy-read__body ul li")) >= 5
        assert soup.select_one(".easy-read__logo") is None  # the demo uploads no logo
        # Its only phone number is the seed's (the coordinator's): nothing invented.
        assert set(PHONE.findall(text_of(soup.main))) == {"85 74 97 254"}


def test_the_demo_sign_language_page_says_its_recording_is_being_prepared(demo, client):
    for page in SignLanguagePage.objects.all():
        assert not page.recordings  # no recording exists yet: no fake video either
        soup = soup_of(client, page.url)
        assert soup.select_one("main .sign-language__preparing") is not None
        assert not soup.select("main iframe, main video, main template")


def test_every_demo_page_header_links_to_both_pages(demo, client):
    for code in LANGUAGES:
        soup = soup_of(client, f"/{code}/")
        links = [a["href"] for a in soup.select("header .accessible-info-links a")]
        assert links == [
            EasyReadPage.objects.get(locale__language_code=code).url,
            SignLanguagePage.objects.get(locale__language_code=code).url,
        ]


def test_the_demo_adds_both_pages_to_a_demo_built_without_them(demo):
    for model in (SignLanguagePage, EasyReadPage):
        for page in model.objects.order_by("-depth", "-pk"):
            page.delete()

    run_load_demo("--no-users")

    assert EasyReadPage.objects.live().count() == SignLanguagePage.objects.live().count() == 3
