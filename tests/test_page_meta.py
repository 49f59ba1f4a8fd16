"""What a shared link and a search engine see of a page: description, canonical address,
Open Graph and schema.org data, in the page's language."""

from __future__ import annotations

import datetime
import io
import json

from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from tests.factories import NewsIndexPageFactory, NewsPageFactory, translate_page
from tests.factories_elearning import make_course
from tests.factories_outreach import EventIndexPageFactory, EventPageFactory

SITE = "http://localhost"  # the test site's address (Site "localhost", port 80)


def head_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def meta(head: BeautifulSoup, name: str) -> str | None:
    tag = head.find("meta", attrs={"property": name}) or head.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def structured_data(head: BeautifulSoup) -> dict:
    return json.loads(head.find("script", type="application/ld+json").string)


def picture() -> ImageFile:
    data = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), (20, 97, 47)).save(data, "JPEG")
    return ImageFile(data, name="spotkanie.jpg")


def test_the_home_page_describes_the_site_and_its_organisation(client, home):
    head = head_of(client, "/pl/")

    assert head.find("link", rel="canonical")["href"] == f"{SITE}/pl/"
    assert meta(head, "og:url") == f"{SITE}/pl/"
    assert meta(head, "og:locale") == "pl_PL"
    assert meta(head, "og:type") == "website"
    data = structured_data(head)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "WebSite" and data["inLanguage"] == "pl"
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["url"] == f"{SITE}/"


def test_a_news_article_is_an_article_with_its_picture_in_every_language(client, home):
    index = NewsIndexPageFactory(parent=home)
    image = get_image_model().objects.create(title="Spotkanie", file=picture())
    article = NewsPageFactory(
        parent=index,
        title="Spotkanie z partnerami",
        lead="Partnerzy z Kumbrii i Estremadury w Białymstoku.",
        date=datetime.date(2026, 11, 30),
        image=image,
        image_alt="Uczestnicy spotkania przy stole",
    )
    translate_page(index, "en", title="News", slug="news")
    english = translate_page(
        article, "en", title="Meeting the partners", lead="Partners in Białystok."
    )

    head = head_of(client, english.url)

    assert meta(head, "og:type") == "article"
    assert meta(head, "og:locale") == "en_GB"
    assert meta(head, "og:title") == "Meeting the partners"
    assert meta(head, "description") == "Partners in Białystok."
    assert meta(head, "og:image").startswith(f"{SITE}/media/images/")
    assert meta(head, "og:image:alt") == "Uczestnicy spotkania przy stole"
    assert meta(head, "twitter:card") == "summary_large_image"
    data = structured_data(head)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Meeting the partners"
    assert data["datePublished"] == "2026-11-30"
    assert data["inLanguage"] == "en"
    assert data["image"] == meta(head, "og:image")


def test_a_course_and_an_event_say_what_they_are(client, home):
    course = make_course(home)
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(
        parent=events,
        title="Spotkanie w Choroszczy",
        start=datetime.datetime(2027, 3, 4, 10, 0, tzinfo=datetime.UTC),
    )

    course_data = structured_data(head_of(client, course.url))
    event_data = structured_data(head_of(client, event.url))

    assert course_data["@type"] == "Course"
    assert course_data["name"] == course.title
    assert course_data["provider"]["@type"] == "Organization"
    assert event_data["@type"] == "Event"
    assert event_data["startDate"] == "2027-03-04T10:00:00+00:00"
    assert event_data["location"]["address"]["addressLocality"] == "Choroszcz"


def test_markup_in_a_title_cannot_end_the_data_block(client, home):
    index = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=index, title="Odpady </script><script>alert(1)</script>")

    response = client.get(article.url).content.decode()
    block = response.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]

    assert "<" not in block
    assert json.loads(block)["headline"] == "Odpady </script><script>alert(1)</script>"
