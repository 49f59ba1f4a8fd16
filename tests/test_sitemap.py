"""The sitemap covers every live page in all three languages, with alternates."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from tests.factories import StandardPageFactory, locale, translate_page

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        urlsplit(url.findtext("s:loc", namespaces=NS)).path: {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_pages_of_every_language_with_alternates(client, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(about, "en", title="About", slug="about")
    translate_page(about, "es", title="Sobre", slug="sobre")

    entries = sitemap_entries(client)

    expected = {
        "pl": "/pl/o-projekcie/",
        "en": "/en/about/",
        "es": "/es/sobre/",
        "x-default": "/pl/o-projekcie/",
    }
    assert entries["/pl/o-projekcie/"] == expected
    assert entries["/en/about/"] == expected
    assert entries["/es/sobre/"] == expected
    assert {"/pl/", "/en/", "/es/"} <= set(entries)


def test_sitemap_leaves_out_drafts_and_lists_untranslated_pages_alone(client, home):
    polish_only = StandardPageFactory(parent=home, title="Tylko PL", slug="tylko-pl")
    polish_only.copy_for_translation(locale("en"))  # a draft translation, not live

    entries = sitemap_entries(client)

    assert entries["/pl/tylko-pl/"] == {"pl": "/pl/tylko-pl/", "x-default": "/pl/tylko-pl/"}
    assert not any(path.startswith("/en/tylko") for path in entries)


def test_every_sitemap_url_answers_200_in_its_language(client, home):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(about, "es", title="Sobre", slug="sobre")

    for path in sitemap_entries(client):
        response = client.get(path)
        assert response.status_code == 200, path
        assert f'<html lang="{path.split("/")[1]}">' in response.content.decode()
