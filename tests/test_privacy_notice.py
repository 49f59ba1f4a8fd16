"""The privacy notice (GDPR art. 13) states the controller, the officer, each retention period
and each cookie from the settings and code that govern them, in three languages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from privacy.models import PrivacyNoticePage, PrivacySettings
from tests.factories import PrivacyNoticePageFactory, translate_page
from tests.factories_polls import make_poll, make_poll_page
from tests.html import soup_of, text_of


def section_after(soup: BeautifulSoup, heading_id: str) -> str:
    """The text from the heading with ``heading_id`` to the next h2."""
    heading = soup.find(id=heading_id)
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(text_of(sibling))
    return " ".join(parts)


def table_rows(soup: BeautifulSoup, heading_id: str) -> list[list[str]]:
    table = soup.find(attrs={"aria-labelledby": heading_id}).find("table")
    return [[text_of(cell) for cell in row.find_all("td")] for row in table.tbody.find_all("tr")]


@pytest.fixture
def notices(home) -> dict[str, PrivacyNoticePage]:
    polish = PrivacyNoticePageFactory(parent=home)
    return {
        "pl": polish,
        "en": translate_page(polish, "en", title="Privacy notice", slug="privacy-notice"),
        "es": translate_page(polish, "es", title="Protección de datos", slug="proteccion-de-datos"),
    }


def test_the_notice_names_the_controller_and_the_officer_from_the_settings(notices, client):
    privacy = PrivacySettings.load()
    privacy.controller_name = "Wojewódzki Urząd Pracy w Białymstoku"
    privacy.controller_address = "ul. Przykładowa 1\n15-000 Białystok"
    privacy.dpo_email = "iod@example.pl"
    privacy.save()

    soup = soup_of(client, notices["en"].url)

    controller = section_after(soup, "controller")
    assert "Wojewódzki Urząd Pracy w Białymstoku" in controller
    assert "ul. Przykładowa 1 15-000 Białystok" in controller
    officer = section_after(soup, "data-protection-officer")
    assert soup.find("a", href="mailto:iod@example.pl") is not None
    assert "iod@example.pl" in officer
    # No address of its own: the officer is reached at the controller's.
    assert "the controller's address" in officer


@pytest.mark.parametrize(
    ("code", "not_given", "officer_missing"),
    [
        ("pl", "nie podano jeszcze", "Nie podano jeszcze danych kontaktowych inspektora"),
        ("en", "not given yet", "The data protection officer's contact details have not been"),
        ("es", "aún no indicado", "Aún no se han indicado los datos de contacto del delegado"),
    ],
)
def test_facts_the_office_has_not_given_show_as_not_given_rather_than_invented(
    notices, client, code, not_given, officer_missing
):
    soup = soup_of(client, notices[code].url)

    assert not_given in section_after(soup, "controller")
    assert officer_missing in section_after(soup, "data-protection-officer")
    assert soup.find("a", href=lambda href: href and href.startswith("mailto:")) is None


@pytest.mark.parametrize(
    ("code", "contact_period", "session_period"),
    [
        ("pl", "6 miesięcy od otrzymania wiadomości", "do wylogowania, najdłużej 14 dni"),
        ("en", "6 months from when the message arrived", "until signing out, at most 14 days"),
        (
            "es",
            "6 meses desde la recepción del mensaje",
            "hasta cerrar la sesión, como máximo 14 días",
        ),
    ],
)
def test_the_notice_states_each_retention_period_the_site_applies(
    notices, client, code, contact_period, session_period
):
    privacy = PrivacySettings.load()
    privacy.contact_message_months = 6
    privacy.sign_in_record_days = 21
    privacy.save()

    rows = table_rows(soup_of(client, notices[code].url), "retention")

    periods = [period for _records, period in rows]
    assert len(rows) == 4
    assert contact_period in periods
    assert session_period in periods
    assert any(period.startswith("21 ") for period in periods)


def test_the_notice_lists_the_cookies_the_site_sets_with_their_lifetimes(notices, client):
    rows = table_rows(soup_of(client, notices["en"].url), "cookies")

    by_name = {name: (purpose, lifetime) for name, purpose, lifetime in rows}
    assert set(by_name) == {"csrftoken", "zmp_poll_voter", "messages", "sessionid"}
    purpose, lifetime = by_name["zmp_poll_voter"]
    assert "voted in a poll" in purpose and lifetime == "365 days"


def test_the_cookie_table_names_the_cookie_a_vote_sets(notices, client):
    poll = make_poll()
    make_poll_page(notices["pl"].get_parent().specific, poll)
    response = client.post(
        "/pl/polls/vote/",
        {"poll": poll.pk, "choice": poll.choices.first().pk, "next": "/pl/ankieta/"},
    )
    named = {row[0] for row in table_rows(soup_of(client, notices["pl"].url), "cookies")}

    assert response.status_code == 302 and set(response.cookies)
    assert set(response.cookies) <= named


def test_only_staff_with_the_settings_permission_change_the_periods(home, client):
    url = "/admin/settings/privacy/privacysettings/"
    editor = get_user_model().objects.create_user("redaktor", password="x", is_staff=True)
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)

    admin = get_user_model().objects.create_superuser("admin", "admin@example.pl", "x")
    client.force_login(admin)
    form = client.get(url, follow=True)
    assert form.status_code == 200
    url = form.redirect_chain[-1][0]

    refused = client.post(
        url, {"contact_message_months": "0", "sign_in_record_days": "30", "task_record_days": "30"}
    )
    assert refused.status_code == 200  # the form again, with the error
    assert PrivacySettings.load().contact_message_months == 12
