"""The demo's advisors' directory: one page in three languages, with no invented advisor."""

from network.models import AdvisorDirectoryPage, AdvisorProfile
from tests.html import soup_of, text_of


def test_the_directory_exists_in_three_languages_and_is_empty(demo, client):
    pages = AdvisorDirectoryPage.objects.live()
    assert sorted(page.locale.language_code for page in pages) == ["en", "es", "pl"]
    assert all(page.intro for page in pages)
    assert not AdvisorProfile.objects.exists()
    for page in pages:
        soup = soup_of(client, page.get_url())
        assert soup.select(".advisor-card") == []
        assert text_of(soup.select_one("#directory")) != ""
