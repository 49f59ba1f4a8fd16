"""Visitors reach each page in their language, and are told when it does not exist yet."""

import re

import pytest

from tests.factories import StandardPageFactory, locale, translate_page


def hreflangs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("es-ES,es;q=0.8", "/es/"), ("pl", "/pl/"), ("de-DE", "/pl/")],
)
def test_root_redirects_to_the_visitors_preferred_language(client, home, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_a_preference_falls_back_to_polish(client, home):
    assert client.get("/")["Location"] == "/pl/"


@pytest.mark.parametrize("code", ["pl", "en", "es"])
def test_html_lang_is_the_pages_language(client, home, code):
    html = client.get(f"/{code}/").content.decode()

    assert f'<html lang="{code}">' in html


def test_translated_page_lists_every_live_translation_and_x_default(client, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(about, "en", title="About the project", slug="about")
    translate_page(about, "es", title="Sobre el proyecto", slug="sobre")

    links = hreflangs(client.get("/en/about/").content.decode())

    assert links == {
        "pl": "http://testserver/pl/o-projekcie/",
        "en": "http://testserver/en/about/",
        "es": "http://testserver/es/sobre/",
        "x-default": "http://testserver/pl/o-projekcie/",
    }


def test_draft_translation_is_not_offered_as_an_alternate(client, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    draft = about.copy_for_translation(locale("en"))
    assert not draft.live

    links = hreflangs(client.get("/pl/o-projekcie/").content.decode())

    assert set(links) == {"pl", "x-default"}


def test_switcher_links_to_the_same_page_in_each_language(client, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(about, "es", title="Sobre el proyecto", slug="sobre")

    html = client.get("/pl/o-projekcie/").content.decode()
    switcher = html[html.index('class="language-switcher"') : html.index("</nav>")]

    assert 'href="/es/sobre/"' in switcher
    assert 'aria-current="true" lang="pl"' in switcher


def test_switcher_falls_back_to_the_nearest_translated_ancestor_with_a_note(client, home):
    section = StandardPageFactory(parent=home, title="Szkolenia", slug="szkolenia")
    translate_page(section, "en", title="Trainings", slug="trainings")
    only_polish = StandardPageFactory(parent=section, title="Przewodnik", slug="przewodnik")

    html = client.get(only_polish.url).content.decode()
    switcher = html[html.index('class="language-switcher"') : html.index("</nav>")]

    assert 'href="/en/trainings/?untranslated=1"' in switcher
    assert "not translated yet" in switcher
    assert 'href="/pl/szkolenia/przewodnik/"' not in switcher
    landing = client.get("/en/trainings/?untranslated=1").content.decode()
    assert "not available in this language yet" in landing


def test_untranslated_page_has_no_alternates_in_other_languages(client, home):
    page = StandardPageFactory(parent=home, title="Tylko po polsku", slug="tylko")

    links = hreflangs(client.get(page.url).content.decode())

    assert set(links) == {"pl", "x-default"}


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/pl/nie-ma-takiej-strony/", "Nie znaleziono strony"),
        ("/en/no-such-page/", "Page not found"),
        ("/es/no-existe/", "Página no encontrada"),
    ],
)
def test_missing_page_answers_404_in_the_visitors_language(client, home, url, text):
    response = client.get(url)

    assert response.status_code == 404
    assert text in response.content.decode()


def test_unknown_language_prefix_ends_in_404_not_500(client, home):
    response = client.get("/de/", follow=True)

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("prefix", "text"),
    [("pl", "Błąd serwera"), ("en", "Server error"), ("es", "Error del servidor")],
)
def test_server_error_page_speaks_the_visitors_language(client, home, monkeypatch, prefix, text):
    page = StandardPageFactory(parent=home, title="Strona", slug="strona")
    translate_page(page, "en", slug="page")
    translate_page(page, "es", slug="pagina")

    def broken(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr("home.models.StandardPage.serve", broken)
    client.raise_request_exception = False

    response = client.get({"pl": "/pl/strona/", "en": "/en/page/", "es": "/es/pagina/"}[prefix])

    assert response.status_code == 500
    assert text in response.content.decode()


def test_a_missing_admin_object_is_a_404_not_a_redirect_into_a_language(admin_client, home):
    response = admin_client.get("/admin/pages/999999/edit/")

    assert response.status_code == 404
