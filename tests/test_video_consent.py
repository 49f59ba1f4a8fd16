"""Embedded videos load nothing from the video host until the visitor presses play, and then
from the host's privacy-enhanced address."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.factories import VIDEO_URL, remembered_embed, video_page


def test_the_page_shows_a_notice_and_keeps_the_player_inert_until_play(client, home):
    remembered_embed()
    html = client.get(video_page(home).url).content.decode()
    soup = BeautifulSoup(html, "html.parser")

    box = soup.select_one("[data-video-consent]")
    assert "YouTube" in box.select_one(".video-consent__notice").get_text()
    assert "pliki cookie" in box.select_one(".video-consent__notice").get_text()
    assert box.select_one(".video-consent__play").get_text(strip=True) == (
        "Odtwórz „Zielone miejsca pracy – odcinek 1”"
    )
    assert box.select_one(".video-consent__actions a")["href"] == VIDEO_URL
    # The only frame is inside the template, which the browser does not load.
    frames = soup.find_all("iframe")
    assert len(frames) == 1 and frames[0].find_parent("template") is not None
    assert frames[0]["src"].startswith("https://www.youtube-nocookie.com/embed/zmp-odcinek-1")
    assert "www.youtube.com/embed" not in html


def test_the_security_policy_lets_only_the_privacy_enhanced_player_in(client, home):
    remembered_embed()
    policy = client.get(video_page(home).url)["Content-Security-Policy"]

    frame_sources = next(
        part.split()[1:] for part in policy.split(";") if part.strip().startswith("frame-src")
    )
    assert "https://www.youtube-nocookie.com" in frame_sources
    assert "https://www.youtube.com" not in frame_sources
