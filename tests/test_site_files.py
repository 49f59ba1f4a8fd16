"""What every site answers at its root, the site's own address, and how dates read per language."""

from __future__ import annotations

import datetime
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.test import override_settings
from PIL import Image
from wagtail.models import Site

from core.management.commands.load_demo import ensure_site_address
from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate_page

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def test_robots_txt_points_crawlers_at_the_sitemap_and_away_from_private_pages(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /*/accounts/" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines  # the test site's own address


def test_every_page_names_its_icon_and_the_old_icon_address_leads_to_it(client, home):
    icon = BeautifulSoup(client.get("/pl/").content, "html.parser").select_one('link[rel="icon"]')
    assert icon is not None and icon["href"].endswith(".svg")

    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")


def static_file(url: str) -> Path:
    """The file behind a static URL (``/static/name`` or a name in the static folder)."""
    found = finders.find(url.removeprefix("/static/"))
    assert found, url
    return Path(found)


def test_phones_get_a_home_screen_icon_and_a_manifest_with_icons_at_their_sizes(client, home):
    head = BeautifulSoup(client.get("/en/").content, "html.parser").head

    touch_icon = static_file(head.select_one('link[rel="apple-touch-icon"]')["href"])
    assert Image.open(touch_icon).size == (180, 180)
    manifest_file = static_file(head.select_one('link[rel="manifest"]')["href"])
    manifest = json.loads(manifest_file.read_text())
    assert manifest["name"] == "Zielone Miejsca Pracy"
    assert head.select_one('meta[name="theme-color"]')["content"] == manifest["theme_color"]
    raster = [icon for icon in manifest["icons"] if icon["type"] == "image/png"]
    assert {icon["sizes"] for icon in raster} == {"192x192", "512x512"}
    assert any(icon.get("purpose") == "maskable" for icon in raster)
    for icon in raster:
        width, height = Image.open(manifest_file.parent / icon["src"]).size
        assert f"{width}x{height}" == icon["sizes"]


@override_settings(SITE_URL="https://zielonemiejscapracy.example.pl")
def test_the_site_takes_its_address_from_site_url_and_the_sitemap_gives_it(client, home):
    ensure_site_address(Site.objects.get(is_default_site=True))

    sitemap = client.get("/sitemap.xml", HTTP_HOST="zielonemiejscapracy.example.pl")
    locations = [loc.text for loc in ET.fromstring(sitemap.content).iter(f"{{{SITEMAP_NS}}}loc")]
    assert locations and all(
        url.startswith("https://zielonemiejscapracy.example.pl/") for url in locations
    )
    robots = client.get("/robots.txt", HTTP_HOST="zielonemiejscapracy.example.pl")
    assert "Sitemap: https://zielonemiejscapracy.example.pl/sitemap.xml" in robots.content.decode()


@override_settings(SITE_URL="http://127.0.0.1:8000")
def test_a_local_site_url_keeps_its_port():
    site = Site(hostname="localhost", port=80)
    site.save = lambda **kwargs: None  # only the address is under test here

    ensure_site_address(site)

    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    assert site.root_url == "http://127.0.0.1:8000"


def test_english_dates_are_british_and_polish_and_spanish_their_own(client, home):
    index = NewsIndexPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    article = NewsPageFactory(
        parent=index, title="Spotkanie", slug="spotkanie", date=datetime.date(2026, 11, 30)
    )
    english_index = translate_page(index, "en", title="News", slug="news")
    spanish_index = translate_page(index, "es", title="Noticias", slug="noticias")
    english = translate_page(article, "en", title="Meeting", slug="meeting")
    spanish = translate_page(article, "es", title="Reunión", slug="reunion")
    assert english_index.live and spanish_index.live

    def shown_date(url: str) -> str:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        return page.select_one('main time[datetime="2026-11-30"]').get_text(strip=True)

    assert shown_date(english.url) == "30 November 2026"
    assert shown_date(article.url) == "30 listopada 2026"
    assert shown_date(spanish.url) == "30 de noviembre de 2026"
