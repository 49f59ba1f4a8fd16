"""`load_demo` builds the partnership's site in three languages, once."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from core.models import MainMenu, SiteFooter
from home.models import HomePage
from news.models import NewsPage, NewsTopic


def snapshot() -> dict[str, object]:
    return {
        "pages": sorted(Page.objects.values_list("locale__language_code", "url_path")),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "topics": NewsTopic.objects.count(),
        "menus": MainMenu.objects.count(),
        "footers": SiteFooter.objects.count(),
    }


@pytest.fixture
def load_demo(db, django_capture_on_commit_callbacks):
    """Run the command as `manage.py` does: wagtail-localize publishes on commit."""

    def run(*args: str) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo", *args, verbosity=0)

    return run


@pytest.fixture
def demo(load_demo):
    load_demo()


def test_load_demo_prints_its_accounts_and_a_second_run_changes_nothing(
    db, capsys, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setenv("DEMO_PASSWORD", "inne-haslo")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    out = capsys.readouterr().out
    assert "editor-es" in out and "advisor-es" in out and "inne-haslo" in out
    assert get_user_model().objects.get(username="editor").check_password("inne-haslo")
    before = snapshot()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)

    assert snapshot() == before


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


def test_demo_refuses_to_create_users_under_production_settings(load_demo, settings):
    settings.ZMP_DEMO_USERS_ALLOWED = False

    with pytest.raises(CommandError, match="production"):
        load_demo()

    assert not get_user_model().objects.exists()
    assert not HomePage.objects.exists()
