"""Information meetings proposed by advisors become event pages through Wagtail's moderation."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState

from accounts.erasure import erase
from accounts.models import ErasureRequest
from consultations.models import MeetingProposal
from home.models import HomePage
from outreach.models import EventIndexPage, EventPage
from tests.factories_consultations import (
    AUGUSTOW_COUNTY,
    BIALYSTOK_COUNTY,
    CHOROSZCZ,
    make_blocks,
    make_event_index,
)
from tests.factories_elearning import make_advisor
from tests.html import soup_of, text_of

PROPOSE = "/pl/consultations/meetings/propose/"
MEETINGS = "/pl/consultations/meetings/"


@pytest.fixture(scope="module")
def module_blocks(module_home, django_db_blocker) -> list[int]:
    """The training blocks, built once for the module (rolled back with module_home)."""
    assert module_home is not None, "module-scoped data needs module_home: no test may commit"
    with django_db_blocker.unblock():
        return [block.pk for block in make_blocks(HomePage.objects.get(pk=module_home))]


@pytest.fixture
def blocks(module_blocks, home):
    # Fresh instances for each test; asking for ``home`` keeps the module's site shared.
    return [Page.objects.get(pk=pk).specific for pk in module_blocks]


@pytest.fixture(scope="module")
def module_events(module_home, django_db_blocker) -> int:
    """The event index the proposals go to, built once for the module."""
    assert module_home is not None, "module-scoped data needs module_home: no test may commit"
    with django_db_blocker.unblock():
        return make_event_index(HomePage.objects.get(pk=module_home)).pk


@pytest.fixture
def events(module_events, home):
    return EventIndexPage.objects.get(pk=module_events)


@pytest.fixture
def advisor(db):
    return make_advisor("anna")


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture
def editor(db):
    """A Polish editor, in Wagtail's Moderators group, whom the default workflow asks."""
    user = get_user_model().objects.create_user("redaktor", email="redaktor@example.org")
    user.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(user)
    return client


def in_a_week(hours: int = 0) -> datetime.datetime:
    start = timezone.localtime() + datetime.timedelta(days=7)
    return start.replace(hour=10 + hours, minute=0, second=0, microsecond=0)


def meeting(blocks, **changes) -> dict:
    data = {
        "title": "Zielone miejsca pracy w Choroszczy",
        "start": in_a_week().strftime("%Y-%m-%dT%H:%M"),
        "end": in_a_week(2).strftime("%Y-%m-%dT%H:%M"),
        "venue": "Urząd Miejski, sala 12",
        "county_code": BIALYSTOK_COUNTY,
        "municipality_code": CHOROSZCZ,
        "topic_key": str(blocks[1].translation_key),
        "description": "Dla osób bezrobotnych i pracodawców z gminy.",
    }
    return {**data, **changes}


def proposal_states(client) -> str:
    return text_of(soup_of(client, MEETINGS).find(class_="proposal-list"))


def task_state_of(page: EventPage):
    return WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state


def test_a_proposal_is_a_draft_event_page_in_moderation(signed_in, advisor, blocks, events):
    response = signed_in.post(PROPOSE, meeting(blocks))

    assert response.status_code == 302
    page = EventPage.objects.get()
    assert not page.live
    assert page.owner == advisor
    assert page.locale.language_code == "pl"
    assert page.get_parent().pk == events.pk
    assert page.county == "bialostocki"
    assert page.municipality == "Choroszcz"
    assert page.latest_revision is not None
    assert page.workflow_in_progress
    assert "Odnawialne źródła energii" in str(page.body)
    # Not public: the event list does not show it and its address is not found.
    assert signed_in.get(page.url or f"{events.url}{page.slug}/").status_code == 404
    assert "czeka na sprawdzenie przez redaktora" in proposal_states(signed_in)


def test_the_editor_sees_it_awaiting_review_and_approval_publishes_it_with_its_ics(
    signed_in, blocks, events, editor
):
    signed_in.post(PROPOSE, meeting(blocks))
    page = EventPage.objects.get()

    dashboard = editor.get("/admin/")
    assert "Zielone miejsca pracy w Choroszczy" in dashboard.content.decode()

    task_state = task_state_of(page)
    approved = editor.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert approved.status_code in (200, 302)

    page.refresh_from_db()
    assert page.live
    ics = Client().get(page.url + "ics/")
    assert ics.status_code == 200
    assert b"SUMMARY:Zielone miejsca pracy w Choroszczy" in ics.content
    listing = text_of(soup_of(signed_in, MEETINGS).find(class_="proposal-list"))
    assert "opublikowane" in listing
    assert soup_of(signed_in, MEETINGS).find("a", href=page.url)


def test_a_rejection_is_shown_to_the_advisor_with_the_comment(signed_in, blocks, events, editor):
    signed_in.post(PROPOSE, meeting(blocks))
    page = EventPage.objects.get()

    editor.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state_of(page).pk}/",
        {"comment": "Proszę podać numer sali."},
    )

    page.refresh_from_db()
    assert not page.live
    states = proposal_states(signed_in)
    assert "poproszono o zmiany lub odrzucono" in states
    assert "Proszę podać numer sali." in states


def test_without_a_workflow_nothing_is_created_and_the_advisor_is_told(signed_in, blocks, events):
    WorkflowPage.objects.all().delete()
    Workflow.objects.update(active=False)

    response = signed_in.post(PROPOSE, meeting(blocks))

    assert response.status_code == 409
    assert "żaden redaktor by ich nie sprawdził" in text_of(
        BeautifulSoup(response.content, "html.parser").find("main")
    )
    assert not EventPage.objects.exists()
    assert not MeetingProposal.objects.exists()


def test_a_proposal_in_english_is_created_in_polish_and_the_advisor_is_told(
    signed_in, blocks, events
):
    response = signed_in.post(PROPOSE.replace("/pl/", "/en/"), meeting(blocks), follow=True)

    assert EventPage.objects.get().locale.language_code == "pl"
    assert "the editors will translate it" in response.content.decode()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"start": "2020-01-01T10:00"}, "start"),
        ({"end": in_a_week(-3).strftime("%Y-%m-%dT%H:%M")}, "end"),
        ({"municipality_code": CHOROSZCZ, "county_code": AUGUSTOW_COUNTY}, "municipality_code"),
        ({"title": ""}, "title"),
        ({"topic_key": "00000000-0000-0000-0000-000000000000"}, "topic_key"),
        ({"start": "jutro"}, "start"),
    ],
)
def test_bad_proposals_are_refused_with_the_field_named(signed_in, blocks, events, change, field):
    response = signed_in.post(PROPOSE, meeting(blocks, **change))

    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id=f"id_{field}_error")
    assert not EventPage.objects.exists()


def test_only_advisors_propose_meetings(client, editor, blocks, events):
    assert client.get(PROPOSE).status_code == 302
    assert editor.get(PROPOSE).status_code == 403
    assert editor.post(PROPOSE, meeting(blocks)).status_code == 403


def test_an_advisor_sees_only_their_own_proposals(signed_in, blocks, events):
    other = Client()
    other.force_login(make_advisor("bartek"))
    other.post(PROPOSE, meeting(blocks, title="Spotkanie Bartka"))

    assert "Spotkanie Bartka" not in text_of(soup_of(signed_in, MEETINGS).find("main"))


def test_erasure_detaches_the_proposals_from_the_advisor(signed_in, advisor, blocks, events):
    signed_in.post(PROPOSE, meeting(blocks))
    staff = get_user_model().objects.create_user("staff")

    erase(ErasureRequest.objects.create(user=advisor), by=staff)

    assert MeetingProposal.objects.get().advisor is None
    assert EventPage.objects.exists()
