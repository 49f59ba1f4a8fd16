"""Factories for the easy-to-read and the sign-language information pages."""

from __future__ import annotations

import wagtail_factories
from wagtail.models import Page

from accessible_info.models import EasyReadPage, SignLanguagePage
from tests.factories import VIDEO_URL, translate_page

EASY_READ_BODY = [
    ("heading", {"text": "Czym się zajmujemy?", "level": "h2"}),
    ("paragraph", "<p>Prowadzimy projekt o zielonych miejscach pracy.</p>"),
    ("heading", {"text": "Jak się z nami skontaktować?", "level": "h2"}),
    ("paragraph", "<ul><li>Zadzwoń do nas.</li><li>Napisz do nas.</li></ul>"),
]
RECORDING = {
    "title": "Czym się zajmujemy – w polskim języku migowym",
    "video": VIDEO_URL,
    "captions_in_video": True,
    "captions_file": None,
    "transcript": "<p>Prowadzimy projekt o zielonych miejscach pracy.</p>",
}
TITLES = {
    EasyReadPage: {"en": "About us in easy-to-read text", "es": "Sobre nosotros en lectura fácil"},
    SignLanguagePage: {
        "en": "About us in Polish Sign Language",
        "es": "Sobre nosotros en lengua de signos polaca",
    },
}


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = "Informacje o nas w tekście łatwym do czytania"
    slug = "tekst-latwy-do-czytania"
    intro = "Na tej stronie piszemy prosto, czym się zajmujemy."
    body = EASY_READ_BODY

    class Meta:
        model = EasyReadPage


class SignLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Informacje o nas w polskim języku migowym"
    slug = "polski-jezyk-migowy"
    intro = "Tu będzie nagranie w polskim języku migowym."

    class Meta:
        model = SignLanguagePage


def make_accessible_info(
    home: Page, languages: tuple[str, ...] = ("en", "es"), **sign_language_fields
) -> tuple[EasyReadPage, SignLanguagePage]:
    """Both pages under ``home``, translated into ``languages`` the editor's way."""
    easy_read = EasyReadPageFactory(parent=home)
    sign_language = SignLanguagePageFactory(parent=home, **sign_language_fields)
    for page in (easy_read, sign_language):
        # Published as an editor does, which tells the page frame (the header's links).
        page.save_revision().publish()
        for code in languages:
            translate_page(page, code, title=TITLES[type(page)][code], slug=f"{code}-{page.slug}")
    return easy_read, sign_language
