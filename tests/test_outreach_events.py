"""Information meetings: upcoming before past, iCalendar files, and dates that make sense."""

import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tests.factories import translate_page
from tests.factories_outreach import EventIndexPageFactory, EventPageFactory, in_polish

UPCOMING, PAST = "Upcoming events", "Past events"


@pytest.fixture(autouse=True)
def polish():
    """Messages raised outside a request speak the site's default language, whatever an
    earlier test left active."""
    with translation.override("pl"):
        yield


@pytest.fixture
def events(home):
    return EventIndexPageFactory(parent=home)


def days(number: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=number)


def parse_event(response) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    return event


@pytest.fixture
def meeting(events):
    return EventPageFactory(
        parent=events,
        title="Zielone zawody w gminie Choroszcz",
        slug="zielone-zawody-choroszcz",
        start=datetime.datetime(2030, 5, 14, 10, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2030, 5, 14, 12, 30, tzinfo=datetime.UTC),
        venue="Urząd Miejski, sala 12",
        municipality="Choroszcz",
        county="bialostocki",
        description="Doradca przedstawi zielone zawody.",
    )


def test_ics_file_is_a_calendar_attachment_with_a_safe_name(client, meeting):
    response = client.get(meeting.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="zielone-zawody-choroszcz.ics"'
    )


def test_ics_file_describes_the_meeting(client, meeting):
    event = parse_event(client.get(meeting.url + "ics/"))

    assert event["SUMMARY"] == "Zielone zawody w gminie Choroszcz"
    assert event.decoded("DTSTART") == datetime.datetime(2030, 5, 14, 10, 0, tzinfo=datetime.UTC)
    assert event.decoded("DTEND") == datetime.datetime(2030, 5, 14, 12, 30, tzinfo=datetime.UTC)
    county = in_polish("Białystok County")
    assert event["LOCATION"] == f"Urząd Miejski, sala 12, Choroszcz, {county}"
    assert event["DESCRIPTION"] == "Doradca przedstawi zielone zawody."
    assert event["URL"] == meeting.full_url
    assert "DTSTAMP" in event


def test_ics_uid_is_the_same_on_every_download_and_in_every_language(client, meeting):
    first = parse_event(client.get(meeting.url + "ics/"))["UID"]
    again = parse_event(client.get(meeting.url + "ics/"))["UID"]
    translate_page(meeting.get_parent(), "en", title="Meetings", slug="meetings")
    english = translate_page(meeting, "en", title="Green jobs in Choroszcz")

    assert first == again == parse_event(client.get(english.url + "ics/"))["UID"]


def test_ics_file_of_a_meeting_without_an_end_has_no_dtend(client, events):
    meeting = EventPageFactory(parent=events, end=None)

    event = parse_event(client.get(meeting.url + "ics/"))

    assert "DTSTART" in event and "DTEND" not in event


def test_ics_file_of_an_unknown_event_is_404(client, events):
    assert client.get(events.url + "nie-ma-takiego/ics/").status_code == 404


def test_ics_file_of_an_unpublished_event_is_404(client, meeting):
    meeting.unpublish()

    assert client.get(meeting.url + "ics/").status_code == 404


def test_event_page_offers_its_calendar_file(client, meeting):
    html = client.get(meeting.url).content.decode()

    assert f'href="{meeting.url}ics/"' in html
    assert in_polish("Białystok County") in html


def test_an_event_cannot_end_before_it_starts(events):
    with pytest.raises(ValidationError) as error:
        EventPageFactory(parent=events, start=days(3), end=days(2))

    assert error.value.message_dict["end"] == [in_polish("The end must be after the start.")]


def test_index_shows_upcoming_soonest_first_then_past_latest_first(client, events):
    EventPageFactory(parent=events, title="Za tydzień", start=days(7))
    EventPageFactory(parent=events, title="Jutro", start=days(1))
    EventPageFactory(parent=events, title="Wczoraj", start=days(-1))
    EventPageFactory(parent=events, title="Miesiąc temu", start=days(-30))

    html = client.get(events.url).content.decode()

    order = [
        html.index(text)
        for text in [in_polish(UPCOMING), "Jutro", "Za tydzień", in_polish(PAST), "Wczoraj"]
    ]
    assert order == sorted(order)
    assert html.index("Wczoraj") < html.index("Miesiąc temu")


def test_a_meeting_under_way_is_still_upcoming(client, events):
    EventPageFactory(parent=events, title="Trwa teraz", start=days(-1), end=days(1))

    html = client.get(events.url).content.decode()

    assert in_polish(PAST) not in html
    assert html.index(in_polish(UPCOMING)) < html.index("Trwa teraz")


def test_index_without_upcoming_meetings_says_none_are_planned(client, events):
    EventPageFactory(parent=events, start=days(-5))

    html = client.get(events.url).content.decode()

    assert in_polish("No meetings are planned at the moment.") in html


def test_index_without_events_says_meetings_will_be_announced(client, events):
    html = client.get(events.url).content.decode()

    assert in_polish("Information meetings will be announced here.") in html
    assert in_polish(UPCOMING) not in html


def test_index_paginates_past_events_after_the_upcoming_ones(client, events):
    EventPageFactory(parent=events, title="Przyszłe", start=days(2))
    for number in range(12):
        EventPageFactory(parent=events, title=f"Dawne {number:02d}", start=days(-1 - number))

    first = client.get(events.url).content.decode()
    second = client.get(events.url, {"page": 2}).content.decode()

    assert "Przyszłe" in first and "Dawne 08" in first and "Dawne 09" not in first
    assert "Dawne 09" in second and "Dawne 11" in second
    assert in_polish(UPCOMING) not in second


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_bad_page_numbers_of_the_event_index_answer_404(client, events, page):
    EventPageFactory(parent=events)

    assert client.get(events.url, {"page": page}).status_code == 404


def test_translated_index_lists_only_its_languages_events(client, events):
    spanish_events = translate_page(events, "es", title="Reuniones", slug="reuniones")
    meeting = EventPageFactory(parent=events, title="Spotkanie po polsku")
    translate_page(meeting, "es", title="Reunión en español", slug="reunion")

    html = client.get(spanish_events.url).content.decode()

    assert "Reunión en español" in html
    assert "Spotkanie po polsku" not in html


def test_index_costs_the_same_queries_with_3_or_15_events(client, events):
    def count_queries() -> int:
        client.get(events.url)  # warm the per-process caches (site root paths, content types)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(events.url).status_code == 200
        return len(queries)

    for number in range(3):
        EventPageFactory(parent=events, start=days(number - 1))
    few = count_queries()
    for number in range(12):
        EventPageFactory(parent=events, start=days(number - 6))

    assert count_queries() == few
