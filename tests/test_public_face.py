"""What frames the site for a visitor: the office's logo and funding marks, the footer's
address and site map, the menu's second level, the home page's sections with the project's
drawings, and pictures at the sizes and in the formats a browser can choose from."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from core.illustrations import CATALOGUE
from core.models import MainMenu, SiteFooter, SiteIdentity
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    locale,
    translate_page,
)
from tests.factories_elearning import CatalogueFactory, CourseFactory, translate_course

ILLUSTRATIONS = Path(settings.BASE_DIR) / "cms" / "static" / "img" / "illustrations"


def page_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def image(name: str = "logo.png", size: tuple[int, int] = (800, 200)):
    data = io.BytesIO()
    PillowImage.new("RGB", size, (20, 97, 47)).save(data, "PNG")
    return get_image_model().objects.create(title=name, file=ImageFile(data, name=name))


# Identity -----------------------------------------------------------------------------


def test_without_a_logo_the_header_names_the_site_in_text(client, home):
    header = page_of(client, "/pl/").select_one("header.site-header")

    assert header.select_one(".site-header__logo") is None
    assert header.select_one(".site-header__name").get_text(strip=True) == "Zielone Miejsca Pracy"


def test_an_uploaded_logo_and_funding_marks_show_with_their_text_in_each_language(client, home):
    SiteIdentity.objects.create(
        locale=locale("pl"),
        logo=image("logo-wup.png"),
        logo_alt="Wojewódzki Urząd Pracy w Białymstoku",
        funding_marks=image("znaki.png", (1600, 200)),
        funding_marks_alt="Kapitał Ludzki, Unia Europejska, Europejski Fundusz Społeczny",
    )
    SiteIdentity.objects.create(
        locale=locale("es"),
        logo=image("logo-wup-es.png"),
        logo_alt="Oficina Regional de Empleo de Białystok",
    )

    polish = page_of(client, "/pl/")
    spanish = page_of(client, "/es/")
    english = page_of(client, "/en/")  # no English identity: the Polish one stands in

    logo = polish.select_one("header .site-header__logo")
    assert logo["alt"] == "Wojewódzki Urząd Pracy w Białymstoku"
    assert logo["src"].startswith("/media/images/") and " 2x" in logo["srcset"]
    assert int(logo["height"]) <= 64
    marks = polish.select_one("footer .site-footer__marks")
    assert marks["alt"].startswith("Kapitał Ludzki")
    assert int(marks["width"]) <= 960
    assert spanish.select_one(".site-header__logo")["alt"] == (
        "Oficina Regional de Empleo de Białystok"
    )
    assert spanish.select_one(".site-footer__marks") is None
    assert english.select_one(".site-header__logo")["alt"] == (
        "Wojewódzki Urząd Pracy w Białymstoku"
    )


def test_a_logo_without_its_text_alternative_is_refused(home):
    identity = SiteIdentity(locale=locale("pl"), logo=image(), funding_marks=image("znaki.png"))

    with pytest.raises(ValidationError) as refused:
        identity.full_clean()

    assert set(refused.value.message_dict) == {"logo_alt", "funding_marks_alt"}


def test_the_identity_form_in_the_admin_asks_for_the_logos_text(admin_client, home):
    response = admin_client.post(
        "/admin/snippets/core/siteidentity/add/?locale=pl",
        {"logo": image().pk, "logo_alt": "", "funding_marks": "", "funding_marks_alt": ""},
    )

    assert response.status_code == 200  # the form again, nothing saved
    assert "Opisz, co przedstawia logo" in response.content.decode()
    assert not SiteIdentity.objects.exists()


# Footer and site map -------------------------------------------------------------------


@pytest.fixture
def sections(home):
    """Two sections: one with two sub-pages shown in menus and one hidden, one without."""
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    training = StandardPageFactory(parent=home, title="Szkolenia", slug="szkolenia")
    for title, slug in (("Monter OZE", "monter"), ("Sortowacz", "sortowacz")):
        StandardPageFactory(parent=training, title=title, slug=slug, show_in_menus=True)
    StandardPageFactory(parent=training, title="Regulamin", slug="regulamin", show_in_menus=False)
    translate_page(about, "es", title="Sobre el proyecto", slug="sobre-el-proyecto")
    return about, training


def test_the_footer_gives_the_address_line_by_line_and_links_the_site_map(client, sections):
    about, _training = sections
    SiteFooter.objects.create(
        locale=locale("pl"),
        funding_note="<p>Projekt współfinansowany ze środków Unii Europejskiej.</p>",
        address="Wojewódzki Urząd Pracy w Białymstoku\n\n  Białystok  ",
        contact="<p>tel. 85 74 97 254</p>",
        links=[("link", {"page": about, "label": "", "illustration": ""})],
    )

    footer = page_of(client, "/pl/").select_one("footer.site-footer")

    address = footer.select_one("address")
    assert [line.strip() for line in address.strings] == [
        "Wojewódzki Urząd Pracy w Białymstoku",
        "Białystok",
    ]
    assert "tel. 85 74 97 254" in footer.select_one(".site-footer__contact").get_text()
    links = {a.get_text(strip=True): a["href"] for a in footer.select(".site-footer__links a")}
    assert links == {"O projekcie": "/pl/o-projekcie/", "Mapa strony": "/pl/site-map/"}
    assert "Unii Europejskiej" in footer.select_one(".site-footer__funding").get_text()


def test_the_site_map_lists_each_section_and_its_sub_pages_in_the_visitors_language(
    client, sections
):
    polish = page_of(client, "/pl/site-map/")
    spanish = page_of(client, "/es/site-map/")

    assert polish.h1.get_text(strip=True) == "Mapa strony"
    tree = [
        (
            item.a.get_text(strip=True),
            [a.get_text(strip=True) for a in item.select(":scope > ul a")],
        )
        for item in polish.select(".site-map > li")
    ]
    assert tree == [("O projekcie", []), ("Szkolenia", ["Monter OZE", "Sortowacz"])]
    assert spanish.h1.get_text(strip=True) == "Mapa del sitio"
    assert [a.get_text(strip=True) for a in spanish.select(".site-map > li > a")] == [
        "Sobre el proyecto"
    ]


# Main menu and the home page's sections ------------------------------------------------


@pytest.fixture
def menu(sections):
    about, training = sections
    MainMenu.objects.create(
        locale=locale("pl"),
        items=[
            ("link", {"page": about, "label": "", "illustration": "about"}),
            ("link", {"page": training, "label": "", "illustration": ""}),
        ],
    )
    return sections


def test_a_section_with_sub_pages_opens_its_own_list_in_the_menu(client, menu):
    nav = page_of(client, "/pl/szkolenia/monter/").select_one("nav.main-menu")

    assert [a.get_text(strip=True) for a in nav.select(":scope > ul > li > a")] == ["O projekcie"]
    section = nav.select_one("details")
    assert section.summary.get_text(strip=True) == "Szkolenia"
    assert "is-current" in section.summary["class"]
    sub_links = [(a.get_text(strip=True), a["href"]) for a in section.select("a")]
    assert sub_links == [
        ("Szkolenia: przegląd", "/pl/szkolenia/"),
        ("Monter OZE", "/pl/szkolenia/monter/"),
        ("Sortowacz", "/pl/szkolenia/sortowacz/"),
    ]
    assert section.select_one("a[aria-current=page]").get_text(strip=True) == "Monter OZE"


def test_the_home_page_lists_the_illustrated_menu_items_as_its_sections(client, menu):
    polish = page_of(client, "/pl/").select_one(".home-sections")
    spanish = page_of(client, "/es/").select_one(".home-sections")

    cards = polish.select(".card")
    assert [card.h3.get_text(strip=True) for card in cards] == ["O projekcie"]
    drawing = cards[0].img
    assert drawing["src"].endswith(".svg") and "/img/illustrations/about" in drawing["src"]
    assert drawing["alt"].startswith("Osoba w zielonym stroju")
    assert spanish.select_one(".card img")["alt"].startswith("Una persona vestida de verde")
    assert spanish.select_one(".card h3 a")["href"] == "/es/sobre-el-proyecto/"


def test_every_drawing_has_its_texts_in_three_languages_and_is_plain_svg():
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    drawings = sorted(path.name for path in ILLUSTRATIONS.glob("*.svg"))

    assert sorted(catalogue) == drawings
    for name, texts in catalogue.items():
        for field in ("title", "alt"):
            assert set(texts[field]) == {"pl", "en", "es"}, name
            assert all(text.strip() for text in texts[field].values()), name
        svg = ElementTree.parse(ILLUSTRATIONS / name).getroot()
        assert svg.tag == "{http://www.w3.org/2000/svg}svg", name
        tags = {element.tag.rsplit("}", 1)[-1] for element in svg.iter()}
        assert not tags & {"script", "foreignObject", "image", "a"}, name


# Pictures ------------------------------------------------------------------------------


def test_a_course_without_a_cover_shows_its_drawing_with_the_text_in_the_readers_language(
    client, home
):
    catalogue = CatalogueFactory(parent=home)
    course = CourseFactory(parent=catalogue, illustration="waste")
    translate_course(course, "es")

    card = page_of(client, catalogue.url).select_one(".card")
    spanish_card = page_of(client, "/es/courses-es/").select_one(".card")

    assert card.img["src"].endswith(".svg") and card.img["loading"] == "lazy"
    assert card.img["alt"] == json.loads(CATALOGUE.read_text())["waste.svg"]["alt"]["pl"]
    assert spanish_card.img["alt"] == json.loads(CATALOGUE.read_text())["waste.svg"]["alt"]["es"]


def test_an_articles_picture_comes_in_webp_and_jpeg_at_two_sizes_cropped_and_lazy(client, home):
    index = NewsIndexPageFactory(parent=home)
    photo = image("spotkanie.png", (1600, 1000))
    article = NewsPageFactory(
        parent=index, title="Spotkanie", image=photo, image_alt="Uczestnicy spotkania"
    )

    card = page_of(client, index.url).select_one(".card picture")
    figure = page_of(client, article.url).select_one("figure picture")

    webp = card.select_one("source[type='image/webp']")
    assert len(webp["srcset"].split(",")) == 2 and "480w" in webp["srcset"]
    fallback = card.img
    assert fallback["alt"] == "Uczestnicy spotkania"
    assert fallback["loading"] == "lazy" and fallback["sizes"]
    assert fallback["src"].endswith(".jpg")
    assert (int(fallback["width"]), int(fallback["height"])) == (480, 270)
    assert "1440w" in figure.select_one("source[type='image/webp']")["srcset"]
    assert figure.img["alt"] == "Uczestnicy spotkania"
