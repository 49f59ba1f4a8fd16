"""Voting: one vote per visitor, results shared across languages, bad posts refused."""

import pytest
from django.db import IntegrityError
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from home.models import HomePage
from polls.models import Poll, Vote
from polls.voting import VOTER_COOKIE
from tests.factories import translate_page
from tests.factories_polls import make_poll, make_poll_page, translate_poll

VOTE_URL = "/pl/polls/vote/"


@pytest.fixture(scope="module")
def module_poll(module_home, django_db_blocker) -> tuple[int, int]:
    """The poll and its page, both also in Spanish, built once for the module (rolled back
    with module_home): the pks of the Polish poll and page."""
    assert module_home is not None, "a test of this module commits: the poll cannot be shared"
    with django_db_blocker.unblock():
        poll = make_poll()
        page = make_poll_page(HomePage.objects.get(pk=module_home), poll)
        translate_poll(poll, "es")
        translate_page(page, "es", title="Encuesta", slug="encuesta")
        return poll.pk, page.pk


@pytest.fixture
def poll(module_poll, home) -> Poll:
    return Poll.objects.get(pk=module_poll[0])


@pytest.fixture
def page(module_poll, home, poll) -> Page:
    return Page.objects.get(pk=module_poll[1]).specific


def in_polish(message: str) -> str:
    with translation.override("pl"):
        return gettext(message)


def vote(client, poll, choice, next_url="/pl/ankieta/", url=VOTE_URL):
    return client.post(url, {"poll": poll.pk, "choice": choice.pk, "next": next_url})


def test_a_vote_is_counted_and_the_visitor_goes_back_to_the_poll(client, poll, page):
    choice = poll.choices.first()

    response = vote(client, poll, choice)

    assert response.status_code == 302
    assert response["Location"] == f"/pl/ankieta/#poll-{poll.translation_key}"
    stored = Vote.objects.get()
    assert (stored.poll_key, stored.choice_key) == (poll.translation_key, choice.translation_key)
    assert stored.user is None and stored.voter_token


def test_after_voting_the_page_shows_the_results_and_no_form(client, poll, page):
    vote(client, poll, poll.choices.first())

    html = client.get("/pl/ankieta/").content.decode()

    assert 'name="choice"' not in html
    assert in_polish("You have already voted in this poll.") in html
    assert "100%" in html
    assert in_polish("Thank you, your vote has been counted.") in html


def test_a_second_vote_from_the_same_visitor_is_refused(client, poll, page):
    vote(client, poll, poll.choices.first())

    response = vote(client, poll, poll.choices.last())

    assert response.status_code == 409
    assert in_polish("You have already voted in this poll.") in response.content.decode()
    assert Vote.objects.count() == 1
    assert Vote.objects.get().choice_key == poll.choices.first().translation_key


def test_the_voter_cookie_is_signed_so_a_forged_one_is_ignored(client, poll, page):
    vote(client, poll, poll.choices.first())
    token = Vote.objects.get().voter_token
    stranger = Client()
    stranger.cookies[VOTER_COOKIE] = token  # the raw token, without Django's signature

    html = stranger.get("/pl/ankieta/").content.decode()

    assert 'name="choice"' in html


def test_a_signed_in_visitor_votes_once_whatever_the_browser(client, poll, page, django_user_model):
    user = django_user_model.objects.create_user("doradca", password="x")
    client.force_login(user)
    vote(client, poll, poll.choices.first())
    other_browser = Client()
    other_browser.force_login(user)

    response = vote(other_browser, poll, poll.choices.last())

    assert response.status_code == 409
    assert Vote.objects.get().user == user


def test_votes_in_spanish_and_polish_are_counted_together(page, poll):
    spanish = poll.get_translation(poll.locale.__class__.objects.get(language_code="es"))
    polish_visitor, spanish_visitor = Client(), Client()

    vote(polish_visitor, poll, poll.choices.first())
    response = vote(
        spanish_visitor, spanish, spanish.choices.first(), "/es/encuesta/", "/es/polls/vote/"
    )

    assert response["Location"].startswith("/es/encuesta/#poll-")
    assert Vote.objects.filter(choice_key=poll.choices.first().translation_key).count() == 2
    html = spanish_visitor.get("/es/encuesta/").content.decode()
    assert "Gestión de residuos" in html and "100%" in html


def test_one_visitor_cannot_vote_again_in_another_language(client, page, poll):
    spanish = poll.get_translation(poll.locale.__class__.objects.get(language_code="es"))
    vote(client, poll, poll.choices.first())

    response = vote(client, spanish, spanish.choices.last(), "/es/encuesta/", "/es/polls/vote/")

    assert response.status_code == 409
    assert Vote.objects.count() == 1


def test_the_database_refuses_a_second_vote_with_the_same_token(poll):
    choice = poll.choices.first()
    Vote.objects.create(
        poll_key=poll.translation_key, choice_key=choice.translation_key, voter_token="t"
    )

    with pytest.raises(IntegrityError):
        Vote.objects.create(
            poll_key=poll.translation_key, choice_key=choice.translation_key, voter_token="t"
        )


def test_the_database_refuses_a_second_vote_from_the_same_user(poll, django_user_model):
    user = django_user_model.objects.create_user("doradca", password="x")
    choice = poll.choices.first()
    Vote.objects.create(poll_key=poll.translation_key, choice_key=choice.translation_key, user=user)

    with pytest.raises(IntegrityError):
        Vote.objects.create(
            poll_key=poll.translation_key, choice_key=choice.translation_key, user=user
        )


def test_a_closed_poll_refuses_votes(client, poll, page):
    poll.is_open = False
    poll.save()

    response = vote(client, poll, poll.choices.first())

    assert response.status_code == 409
    assert in_polish("This poll is closed.") in response.content.decode()
    assert not Vote.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"poll": "{poll}"},
        {"poll": "{poll}", "choice": ""},
        {"poll": "{poll}", "choice": "pierwsza"},
        {"poll": "{poll}", "choice": "999999"},
        {"poll": "{poll}", "choice": "{other_choice}"},
        {"poll": "999999", "choice": "{choice}"},
        {"poll": "ankieta", "choice": "{choice}"},
        {"choice": "{choice}"},
        {"poll": "{poll}", "choice": "1.5"},
    ],
    ids=[
        "empty",
        "no-choice",
        "blank-choice",
        "non-integer-choice",
        "unknown-choice",
        "choice-of-another-poll",
        "unknown-poll",
        "non-integer-poll",
        "no-poll",
        "decimal-choice",
    ],
)
def test_malformed_votes_are_refused_with_a_message_and_store_nothing(client, poll, page, data):
    other = make_poll(question="Inne pytanie?", choices=["Tak", "Nie"])
    values = {
        "poll": poll.pk,
        "choice": poll.choices.first().pk,
        "other_choice": other.choices.first().pk,
    }
    post = {key: value.format(**values) for key, value in data.items()}

    response = client.post(VOTE_URL, post)

    assert response.status_code == 400
    assert 'class="notice notice--error"' in response.content.decode()
    assert not Vote.objects.exists()


def test_voting_by_get_is_refused(client, poll, page):
    response = client.get(VOTE_URL, {"poll": poll.pk, "choice": poll.choices.first().pk})

    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert not Vote.objects.exists()


def test_a_vote_without_the_csrf_token_is_refused(poll, page):
    client = Client(enforce_csrf_checks=True)

    response = vote(client, poll, poll.choices.first())

    assert response.status_code == 403
    assert not Vote.objects.exists()


@pytest.mark.parametrize(
    "next_url", ["https://example.com/phish/", "//example.com/", "javascript:alert(1)", ""]
)
def test_next_urls_off_the_site_are_replaced_by_the_home_page(client, poll, page, next_url):
    response = vote(client, poll, poll.choices.first(), next_url)

    assert response.status_code == 302
    assert response["Location"] == f"/pl/#poll-{poll.translation_key}"
