"""Votes without the voter cookie are limited per address; the one-vote rule is unchanged."""

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from polls.models import Vote
from polls.voting import VOTER_COOKIE
from tests.factories_polls import make_poll, make_poll_page

VOTE_URL = "/pl/polls/vote/"


@pytest.fixture(autouse=True)
def limited(settings):
    """Two votes without the cookie an hour. Through pytest-django's settings, which restores
    in the right order with the tests' other settings (a decorator would be undone first)."""
    settings.ZMP_RATE_LIMITS = {**settings.ZMP_RATE_LIMITS, "poll_votes_without_cookie": "2/h"}


@pytest.fixture
def poll(home):
    poll = make_poll()
    make_poll_page(home, poll)
    return poll


def cookieless_vote(poll, **extra):
    """A vote from a browser that keeps no cookie: a new client each time."""
    choice = poll.choices.first()
    return Client().post(
        VOTE_URL, {"poll": poll.pk, "choice": choice.pk, "next": "/pl/ankieta/"}, **extra
    )


def in_polish(message: str) -> str:
    with translation.override("pl"):
        return gettext(message)


def test_beyond_the_limit_a_vote_without_cookie_is_refused_with_429_and_not_counted(poll):
    assert [cookieless_vote(poll).status_code for _ in range(2)] == [302, 302]

    refused = cookieless_vote(poll)

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    html = refused.content.decode()
    assert in_polish("Your vote was not counted") in html
    assert 'role="alert"' in html
    assert 'href="/pl/ankieta/"' in html
    assert VOTER_COOKIE not in refused.cookies
    assert Vote.objects.count() == 2


def test_the_limit_is_per_address(poll):
    for _ in range(3):
        cookieless_vote(poll)

    assert cookieless_vote(poll, REMOTE_ADDR="203.0.113.9").status_code == 302
    assert Vote.objects.count() == 3


def test_a_visitor_with_the_voter_cookie_votes_once_as_before_whatever_the_limit(
    client, poll, home
):
    other = make_poll(question="Czy szkolenie było przydatne?", choices=["Tak", "Nie"])
    client.post(VOTE_URL, {"poll": poll.pk, "choice": poll.choices.first().pk})
    cookieless_vote(poll)
    assert cookieless_vote(poll).status_code == 429  # the address's limit is reached

    # The cookie from the first vote identifies the visitor: not counted against the limit.
    assert (
        client.post(VOTE_URL, {"poll": other.pk, "choice": other.choices.first().pk}).status_code
        == 302
    )
    second = client.post(VOTE_URL, {"poll": poll.pk, "choice": poll.choices.last().pk})
    assert second.status_code == 409
    assert in_polish("You have already voted in this poll.") in second.content.decode()
    assert Vote.objects.filter(poll_key=poll.translation_key).count() == 2


def test_signed_in_visitors_are_not_limited_and_still_vote_once(client, poll, django_user_model):
    for _ in range(2):
        cookieless_vote(poll)
    client.force_login(django_user_model.objects.create_user("doradca", password="x"))

    assert (
        client.post(VOTE_URL, {"poll": poll.pk, "choice": poll.choices.first().pk}).status_code
        == 302
    )
    assert (
        client.post(VOTE_URL, {"poll": poll.pk, "choice": poll.choices.last().pk}).status_code
        == 409
    )
    assert Vote.objects.filter(user__isnull=False).count() == 1


def test_votes_refused_for_bad_input_do_not_use_up_the_limit(poll):
    for _ in range(3):
        bad = Client().post(VOTE_URL, {"poll": poll.pk, "choice": "nic"})
        assert bad.status_code == 400

    assert [cookieless_vote(poll).status_code for _ in range(2)] == [302, 302]


@pytest.mark.parametrize(
    "forwarded", ["", "not-an-address", "999.1.1.1", "2001:db8::1, ::1", "\x00"]
)
def test_an_odd_or_missing_client_address_never_gives_a_server_error(poll, settings, forwarded):
    settings.ZMP_TRUSTED_PROXIES = 1
    responses = [
        cookieless_vote(poll, HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="") for _ in range(3)
    ]

    assert [response.status_code for response in responses] == [302, 302, 429]
