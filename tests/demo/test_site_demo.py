"""The demo site as a whole: built in three languages, every page answering, and the pages
the law asks for (accessibility statement, privacy notice) built from the source's facts."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from wagtail.models import Page, ReferenceIndex
from wagtail_localize.models import Translation, TranslationSource

from home.models import AccessibilityStatementPage, HomePage
from news.models import NewsPage
from privacy.models import PrivacyNoticePage
from search.views import backend_for
from tests.html import soup_of, text_of
from tests.test_accessibility_statement import LANGUAGES, REQUIRED_IDS, meta_statement
from tests.test_privacy_notice import section_after, table_rows


def test_demo_builds_the_site_in_three_languages_and_every_page_answers(demo, client):
    for code, expected in [("pl", "Zielone miejsca pracy"), ("en", "Green"), ("es", "Empleos")]:
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live and expected in home.title
    polish_home = HomePage.objects.get(locale__language_code="pl")
    source = TranslationSource.objects.get_for_instance(polish_home)
    targets = Translation.objects.filter(source=source).values_list(
        "target_locale__language_code", flat=True
    )
    assert set(targets) == {"en", "es"}
    for article in NewsPage.objects.filter(locale__language_code="es"):
        polish = article.get_translation(polish_home.locale)
        translations = TranslationSource.objects.get_for_instance(polish).translations
        assert translations.filter(target_locale=article.locale).exists()

    html = client.get("/pl/").content.decode()
    for figure in ["1 838 000", "34", "600", "148", "15"]:
        assert figure in html
    assert "Białymstoku" in html

    # Every page of the demo, in every language, answers in its language.
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", ns)]

    assert {path.split("/")[1] for path in paths} == {"pl", "en", "es"}
    for path in paths:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert f'<html lang="{path.split("/")[1]}">' in response.content.decode()


def test_the_demo_statement_is_a_structured_statement_in_three_languages(demo, client):
    statements = {
        code: AccessibilityStatementPage.objects.live().get(locale__language_code=code)
        for code in LANGUAGES
    }
    for code, statement in statements.items():
        soup = soup_of(client, statement.url)
        for element_id in REQUIRED_IDS:
            assert len(soup.find_all(id=element_id)) == 1, (code, element_id)
        # The facts the demo's source gives, and no date it does not give.
        assert text_of(soup.find(id="a11y-podmiot")).startswith("Wojewódzki Urząd Pracy")
        assert "Gorczkowska" in text_of(soup.find(id="a11y-osoba"))
        assert text_of(soup.find(id="a11y-telefon")) == "+48 85 74 97 254"
        assert soup.find(id="a11y-procedura").find("p") is not None
        assert soup.find("time") is None
        assert meta_statement(client, f"/{code}/") == statement.full_url
    assert {code: s.slug for code, s in statements.items()} == {
        "pl": "deklaracja-dostepnosci",
        "en": "accessibility-statement",
        "es": "declaracion-de-accesibilidad",
    }


def test_the_demo_notice_names_the_source_s_controller_and_leaves_the_rest_visibly_empty(
    demo, client
):
    for code in ["pl", "en", "es"]:
        notice = PrivacyNoticePage.objects.live().get(locale__language_code=code)
        soup = soup_of(client, notice.url)
        assert "Wojewódzki Urząd Pracy w Białymstoku" in section_after(soup, "controller")
        assert soup.find("a", href=lambda href: href and href.startswith("mailto:")) is None
        assert len(table_rows(soup, "retention")) == 4


def test_every_live_page_of_the_demo_is_found_by_its_title_in_its_language(demo):
    """The loader indexes each object once, at the end of the load: each page's last state is
    in the index, in its own language (and so are the references between objects)."""
    missing = []
    for page in Page.objects.live().filter(depth__gt=1).specific():
        code = page.locale.language_code
        in_language = Page.objects.live().filter(locale=page.locale)
        found = in_language.search(page.title, backend=backend_for(code), operator="and")
        if page.pk not in {result.pk for result in found}:
            missing.append(f"{code}: {page.title}")
    assert not missing, missing
    about = Page.objects.get(locale__language_code="pl", slug="o-projekcie")  # in the menu
    assert ReferenceIndex.get_references_to(about).exists()
