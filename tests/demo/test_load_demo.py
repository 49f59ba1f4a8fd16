"""`load_demo` is idempotent, prints its demo accounts, and creates none in production."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from core.models import MainMenu, SiteFooter
from news.models import NewsTopic
from tests.factories import run_load_demo


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


def test_load_demo_prints_its_accounts_and_a_second_run_changes_nothing(demo, capsys, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "inne-haslo")
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo")
    out = capsys.readouterr().out
    assert "editor-es" in out and "advisor-es" in out and "inne-haslo" in out
    assert get_user_model().objects.get(username="editor").check_password("inne-haslo")
    before = snapshot()

    run_load_demo()

    assert snapshot() == before


def test_demo_refuses_to_create_users_under_production_settings(demo, settings):
    settings.ZMP_DEMO_USERS_ALLOWED = False
    before = snapshot()

    with pytest.raises(CommandError, match="production"):
        run_load_demo()

    assert not get_user_model().objects.exists()
    assert snapshot() == before
