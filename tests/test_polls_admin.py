"""Editors see each poll's votes in the admin, counted across its translations."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from polls.models import Poll, Vote
from tests.factories_polls import CHOICES, make_poll, translate_poll

LIST_URL = "/admin/snippets/polls/poll/"


@pytest.fixture
def poll(home):
    poll = make_poll()
    spanish = translate_poll(poll, "es")
    # Three votes in Polish for the first answer, one in Spanish for the second.
    for choice, count in zip(poll.choices.all(), [3, 1], strict=False):
        for _number in range(count):
            Vote.objects.create(
                poll_key=spanish.translation_key,
                choice_key=choice.translation_key,
                voter_token=uuid.uuid4().hex,
            )
    return poll


def test_poll_listing_shows_the_votes_linked_to_the_results(client, admin_user, poll):
    client.force_login(admin_user)

    html = BeautifulSoup(client.get(LIST_URL).content, "html.parser")

    link = html.find("a", href=f"{LIST_URL}votes/{poll.pk}/")
    assert link is not None and link.get_text(strip=True).startswith("4")


def test_results_view_shows_counts_and_percentages_of_every_language(client, admin_user, poll):
    client.force_login(admin_user)

    response = client.get(f"{LIST_URL}votes/{poll.pk}/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("th, td")]
        for row in html.select("table tbody tr")
    ]
    assert rows == [[CHOICES[0], "3", "75%"], [CHOICES[1], "1", "25%"], [CHOICES[2], "0", "0%"]]
    assert html.select_one("table tfoot td").get_text(strip=True) == "4"


def test_results_of_the_spanish_poll_are_the_same_votes_in_spanish(client, admin_user, poll):
    client.force_login(admin_user)
    spanish = poll.get_translations().get()

    html = client.get(f"{LIST_URL}votes/{spanish.pk}/").content.decode()

    assert "Gestión de residuos" in html and "75%" in html


def test_results_of_an_unknown_poll_are_not_found(client, admin_user, poll):
    client.force_login(admin_user)

    # Django's LocaleMiddleware sends 404s outside i18n_patterns to /pl/…, which 404s too.
    assert client.get(f"{LIST_URL}votes/999999/", follow=True).status_code == 404


def test_editors_without_poll_permissions_cannot_see_results(client, poll, django_user_model):
    user = django_user_model.objects.create_user("redaktor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)

    response = client.get(f"{LIST_URL}votes/{poll.pk}/")

    assert response.status_code in (302, 403)
    assert "75%" not in response.content.decode()


def test_editor_creates_a_poll_with_its_answers_in_the_admin(client, admin_user, home):
    client.force_login(admin_user)
    data = nested_form_data(
        {
            "question": "Czy szkolenie było przydatne?",
            "intro": "",
            "is_open": "on",
            "closes_at": "",
            "choices": inline_formset([{"text": "Tak"}, {"text": "Nie"}]),
        }
    )

    response = client.post(f"{LIST_URL}add/?locale=pl", data)

    assert response.status_code == 302
    poll = Poll.objects.get(question="Czy szkolenie było przydatne?")
    assert [(c.text, c.locale.language_code) for c in poll.choices.all()] == [
        ("Tak", "pl"),
        ("Nie", "pl"),
    ]
