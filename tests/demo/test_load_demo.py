"""`load_demo` is idempotent, prints its demo accounts, and creates none in production."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from contact.models import FormField
from core.models import MainMenu, SiteFooter
from network.models import AdvisorDirectoryPage
from news.models import NewsTopic
from partnership.models import PartnershipMember, Sector, Subregion
from polls.models import Poll, PollChoice
from tests.factories import run_load_demo


def snapshot() -> dict[str, object]:
    """What a second load must leave as it was, in every app the demo fills.

    One load again for the whole demo, not one per app: each load is seconds of the suite.
    """
    in_languages = ("locale__language_code",)
    return {
        "pages": sorted(Page.objects.values_list(*in_languages, "url_path")),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
        "topics": NewsTopic.objects.count(),
        "menus": MainMenu.objects.count(),
        "footers": SiteFooter.objects.count(),
        "contact form fields": FormField.objects.count(),
        "sectors": sorted(Sector.objects.values_list(*in_languages, "slug", "name")),
        "subregions": sorted(Subregion.objects.values_list(*in_languages, "slug", "name")),
        "members": sorted(PartnershipMember.objects.values_list(*in_languages, "name")),
        "polls": sorted(Poll.objects.values_list(*in_languages, "question")),
        "poll choices": PollChoice.objects.count(),
        "advisor directories": AdvisorDirectoryPage.objects.count(),
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
