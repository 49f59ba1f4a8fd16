"""Promotion, the TV series and the meetings in a real browser: WCAG 2.1 AA in every language."""

import datetime

import pytest
import requests
from django.utils import timezone

from tests.factories import translate_page
from tests.factories_outreach import (
    EpisodeIndexPageFactory,
    EpisodePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PromotionPageFactory,
)

SLUGS = {
    "pl": ("promocja", "program", "odcinek", "spotkania", "spotkanie"),
    "en": ("promotion", "programme", "episode", "meetings", "meeting"),
    "es": ("promocion", "programa", "episodio", "reuniones", "reunion"),
}


@pytest.fixture
def offline_embeds(monkeypatch):
    """No video provider answers here: the pages must do without the player."""

    def refuse(*args, **kwargs):
        raise requests.ConnectionError("no network in tests")

    monkeypatch.setattr("wagtail.embeds.finders.oembed.requests.get", refuse)


def in_every_language(page, slug_index: int, **fields):
    for code in ("en", "es"):
        translate_page(page, code, slug=SLUGS[code][slug_index], **fields)


@pytest.fixture
def outreach(site, offline_embeds):
    now = timezone.now()
    promotion = PromotionPageFactory(parent=site, slug=SLUGS["pl"][0])
    in_every_language(promotion, 0)
    series = EpisodeIndexPageFactory(parent=promotion, slug=SLUGS["pl"][1])
    in_every_language(series, 1)
    episode = EpisodePageFactory(
        parent=series,
        slug=SLUGS["pl"][2],
        number=1,
        air_date=datetime.date(2012, 3, 5),
        video_url="https://www.youtube.com/watch?v=zmp-odcinek-1",
        transcript="<p>Lektor opowiada o zielonych zawodach.</p>",
    )
    EpisodePageFactory(parent=series, number=2)
    in_every_language(episode, 2)
    meetings = EventIndexPageFactory(parent=site, slug=SLUGS["pl"][3])
    in_every_language(meetings, 3)
    meeting = EventPageFactory(
        parent=meetings,
        slug=SLUGS["pl"][4],
        start=now + datetime.timedelta(days=3),
        end=now + datetime.timedelta(days=3, hours=2),
    )
    EventPageFactory(parent=meetings, start=now - datetime.timedelta(days=20))
    in_every_language(meeting, 4)


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_every_outreach_page_type_meets_wcag_22_aa(visitor, outreach, axe, language):
    promotion, series, episode, meetings, meeting = SLUGS[language]
    for path in [
        f"/{language}/{promotion}/",
        f"/{language}/{promotion}/{series}/",
        f"/{language}/{promotion}/{series}/{episode}/",
        f"/{language}/{meetings}/",
        f"/{language}/{meetings}/{meeting}/",
    ]:
        response = visitor.goto(path)
        assert response.status == 200, path
        assert visitor.locator("html").get_attribute("lang") == language
        axe(visitor)


def test_episode_without_its_player_still_offers_the_video_and_its_text(visitor, outreach):
    visitor.goto("/pl/promocja/program/odcinek/")

    link = visitor.locator("main a[href^='https://www.youtube.com/']")
    assert link.is_visible()
    assert visitor.get_by_text("Lektor opowiada o zielonych zawodach.").is_visible()


def test_calendar_link_downloads_the_meetings_ics_file(visitor, outreach):
    visitor.goto("/pl/spotkania/spotkanie/")

    with visitor.expect_download() as download:
        visitor.locator("main a[href$='/ics/']").click()

    assert download.value.suggested_filename == "spotkanie.ics"
