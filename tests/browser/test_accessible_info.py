"""The sign-language recording asks nothing of the video host until the visitor presses play."""

import re

from tests.factories import remembered_embed
from tests.factories_accessible_info import RECORDING, make_accessible_info

# Every address that is not the live server's: the video host's, in this test.
ELSEWHERE = re.compile(r"^https?://(?!127\.0\.0\.1|localhost)")


def test_the_sign_language_recording_loads_from_the_host_only_after_play(visitor, site, axe):
    remembered_embed()
    _easy_read, page = make_accessible_info(
        site, languages=(), recordings=[("sign_language_video", RECORDING)]
    )
    requested = []

    def record(route) -> None:
        # The host cannot be reached from here: answer in its place, having noted the ask.
        requested.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Player</title>")

    visitor.route(ELSEWHERE, record)
    visitor.goto(page.url)
    visitor.wait_for_load_state("networkidle")

    assert requested == []
    assert visitor.get_by_text("Nagranie ma napisy").is_visible()
    visitor.get_by_text("Transkrypcja nagrania").click()
    assert visitor.get_by_text("Prowadzimy projekt o zielonych miejscach pracy.").is_visible()
    assert requested == []
    axe(visitor)

    play = visitor.get_by_role("button", name="Odtwórz „Zielone miejsca pracy – odcinek 1”")
    play.click()
    visitor.frame_locator("iframe").locator("title").wait_for(state="attached")

    assert requested and all(
        url.startswith("https://www.youtube-nocookie.com/embed/zmp-odcinek-1") for url in requested
    )
