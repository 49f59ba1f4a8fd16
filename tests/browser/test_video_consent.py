"""A page with a video asks nothing of the video's host until the visitor presses play."""

import re

from tests.factories import remembered_embed, video_page

# Every address that is not the live server's: the video host's, in this test.
ELSEWHERE = re.compile(r"^https?://(?!127\.0\.0\.1|localhost)")


def test_nothing_comes_from_the_video_host_until_play_then_its_private_player(visitor, site, axe):
    remembered_embed()
    page = video_page(site)
    requested = []

    def record(route) -> None:
        # The host cannot be reached from here: answer in its place, having noted the ask.
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Player</title>")

    visitor.route(ELSEWHERE, record)
    visitor.goto(page.url)
    visitor.wait_for_load_state("networkidle")

    assert requested == []
    axe(visitor)
    play = visitor.get_by_role("button", name="Odtwórz „Zielone miejsca pracy – odcinek 1”")
    play.click()
    visitor.frame_locator("iframe").locator("title").wait_for(state="attached")

    assert requested and all(
        url.startswith("https://www.youtube-nocookie.com/embed/zmp-odcinek-1") for url in requested
    )
    assert not play.is_visible()
