"""Promotion page and the TV series: listings, episode numbers and videos that may not load."""

from unittest import mock

import pytest
import requests
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from outreach.models import EpisodePage
from tests.factories_outreach import (
    EpisodeIndexPageFactory,
    EpisodePageFactory,
    PromotionPageFactory,
    in_polish,
)

VIDEO_URL = "https://www.youtube.com/watch?v=zmp-odcinek-1"
NO_EPISODES_YET = "Episodes of the series will be published here."


def episode_name(number: int, title: str) -> str:
    return f"{in_polish('Episode %(number)s', number=number)}: {title}"


@pytest.fixture(autouse=True)
def polish():
    """Messages raised outside a request speak the site's default language, whatever an
    earlier test left active."""
    with translation.override("pl"):
        yield


@pytest.fixture
def promotion(home):
    return PromotionPageFactory(parent=home)


@pytest.fixture
def series(promotion):
    return EpisodeIndexPageFactory(parent=promotion)


def count_queries(client, url: str) -> int:
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_series_lists_episodes_by_number_with_their_air_dates(client, series):
    EpisodePageFactory(parent=series, number=2, title="Energia ze słońca")
    EpisodePageFactory(parent=series, number=1, title="Segregacja odpadów", air_date="2012-03-05")

    html = client.get(series.url).content.decode()

    assert html.index(episode_name(1, "Segregacja odpadów")) < html.index(
        episode_name(2, "Energia ze słońca")
    )
    assert 'datetime="2012-03-05"' in html


def test_series_without_episodes_says_they_will_be_published(client, series):
    html = client.get(series.url).content.decode()

    assert in_polish(NO_EPISODES_YET) in html


def test_series_costs_the_same_queries_with_3_or_15_episodes(client, series):
    for _ in range(3):
        EpisodePageFactory(parent=series)
    few = count_queries(client, series.url)
    for _ in range(12):
        EpisodePageFactory(parent=series)

    assert count_queries(client, series.url) == few


def test_promotion_page_lists_the_series_episodes_under_its_intro(client, promotion, series):
    EpisodePageFactory(parent=series, number=1, title="Segregacja odpadów")

    html = client.get(promotion.url).content.decode()

    assert html.index("Odcinki programu telewizyjnego:") < html.index("Segregacja odpadów")
    assert f'href="{series.url}"' in html


def test_promotion_page_costs_the_same_queries_with_3_or_15_episodes(client, promotion, series):
    for _ in range(3):
        EpisodePageFactory(parent=series)
    few = count_queries(client, promotion.url)
    for _ in range(12):
        EpisodePageFactory(parent=series)

    assert count_queries(client, promotion.url) == few


def test_promotion_page_without_episodes_says_they_will_be_published(client, promotion, series):
    html = client.get(promotion.url).content.decode()

    assert in_polish(NO_EPISODES_YET) in html


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_bad_page_numbers_of_the_series_answer_404(client, series, page):
    EpisodePageFactory(parent=series)

    assert client.get(series.url, {"page": page}).status_code == 404


def test_two_episodes_of_one_series_cannot_share_a_number(series):
    EpisodePageFactory(parent=series, number=3)

    with pytest.raises(ValidationError) as error:
        EpisodePageFactory(parent=series, number=3)

    assert error.value.message_dict["number"] == [
        in_polish("Another episode of this series already has number %(number)s.", number=3)
    ]


def test_episodes_of_different_series_may_share_a_number(promotion, series):
    other = EpisodeIndexPageFactory(parent=promotion, slug="inny-program")
    EpisodePageFactory(parent=series, number=1)

    assert EpisodePageFactory(parent=other, number=1).number == 1


def test_editor_adding_an_episode_with_a_taken_number_sees_a_form_error(client, series):
    EpisodePageFactory(parent=series, number=4)
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))

    response = client.post(
        f"/admin/pages/add/outreach/episodepage/{series.pk}/",
        nested_form_data(
            {
                "title": "Nowy odcinek",
                "slug": "nowy-odcinek",
                "number": 4,
                "summary": "Streszczenie.",
                "video_url": "",
                "transcript": rich_text(""),
                "body": streamfield([]),
            }
        ),
    )

    assert response.status_code == 200
    message = in_polish("Another episode of this series already has number %(number)s.", number=4)
    assert message in response.content.decode()
    assert not EpisodePage.objects.filter(slug="nowy-odcinek").exists()


def test_an_episode_with_a_video_needs_its_text_alternative(series):
    with pytest.raises(ValidationError) as error:
        EpisodePageFactory(parent=series, video_url=VIDEO_URL, transcript="")

    assert "transcript" in error.value.message_dict


def test_episode_whose_video_cannot_be_fetched_still_offers_link_and_transcript(client, series):
    episode = EpisodePageFactory(
        parent=series, video_url=VIDEO_URL, transcript="<p>Lektor mówi o segregacji.</p>"
    )

    with mock.patch(
        "wagtail.embeds.finders.oembed.requests.get",
        side_effect=requests.ConnectionError("offline"),
    ):
        response = client.get(episode.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{VIDEO_URL}"' in html
    assert "Lektor mówi o segregacji." in html
    assert "<iframe" not in html


def test_episode_shows_the_providers_player_when_the_embed_is_found(client, series):
    episode = EpisodePageFactory(
        parent=series, video_url=VIDEO_URL, transcript="<p>Lektor mówi o segregacji.</p>"
    )
    oembed = mock.Mock(status_code=200)
    oembed.json.return_value = {
        "type": "video",
        "title": "Odcinek 1",
        "html": '<iframe title="Odcinek 1" src="https://www.youtube.com/embed/x"></iframe>',
        "width": 480,
        "height": 270,
    }

    with mock.patch("wagtail.embeds.finders.oembed.requests.get", return_value=oembed):
        html = client.get(episode.url).content.decode()

    assert '<iframe title="Odcinek 1"' in html
    assert f'href="{VIDEO_URL}"' in html
    assert "Lektor mówi o segregacji." in html


def test_episode_links_to_its_neighbours_in_the_series(client, series):
    EpisodePageFactory(parent=series, number=1, title="Pierwszy")
    second = EpisodePageFactory(parent=series, number=2, title="Drugi")
    EpisodePageFactory(parent=series, number=3, title="Trzeci")

    html = client.get(second.url).content.decode()

    assert 'rel="prev"' in html and episode_name(1, "Pierwszy") in html
    assert 'rel="next"' in html and episode_name(3, "Trzeci") in html
