"""Information about the office in easy-to-read text (ETR) and in Polish Sign Language (PJM).

What the Act of 19 July 2019 on ensuring accessibility (art. 6 point 3(d)) asks of a public
body's website: both pages in each language, the easy-to-read logo only with its
attribution, a sign-language recording that loads nothing from the video host before play,
and both pages at most two clicks from any page of the site. The demo's pages:
tests/demo/test_accessible_info_demo.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.template import engines
from django.template.loader_tags import ExtendsNode
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page, get_page_models

from accessible_info.blocks import SignLanguageVideoBlock
from accessible_info.models import EasyReadPage, SignLanguagePage
from tests.factories import (
    VIDEO_URL,
    AccessibilityStatementPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
    locale,
    remembered_embed,
    translate_page,
)
from tests.factories_accessible_info import (
    RECORDING,
    EasyReadPageFactory,
    make_accessible_info,
)
from tests.factories_elearning import make_course, translate_course
from tests.factories_outreach import (
    EventIndexPageFactory,
    EventPageFactory,
    PromotionPageFactory,
    make_contact_page,
)
from tests.factories_partnership import PartnerIndexPageFactory, PartnerPageFactory
from tests.html import soup_of

LANGUAGES = ["pl", "en", "es"]
HEADER_LABELS = {
    "pl": ("Tekst łatwy do czytania (ETR)", "Polski język migowy (PJM)"),
    "en": ("Easy-to-read text (ETR)", "Polish Sign Language (PJM)"),
    "es": ("Lectura fácil (LF)", "Lengua de signos polaca (PJM)"),
}
MAX_CLICKS = 2


def header_links(soup: BeautifulSoup) -> list[tuple[str, str]]:
    nav = soup.select_one("header .accessible-info-links")
    if nav is None:
        return []
    return [(a["aria-label"], a["href"]) for a in nav.select("a")]


# The pages in three languages -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_easy_read_page_has_question_headings_and_lists_in_each_language(
    client, home, language
):
    easy_read, _sign_language = make_accessible_info(home)
    page = easy_read.get_translation(locale(language))

    soup = soup_of(client, page.url)

    assert soup.html["lang"] == language
    assert soup.select_one("main h1").get_text(strip=True) == page.title
    assert soup.select_one("main .lead").get_text(strip=True) == page.intro
    headings = [h2.get_text(strip=True) for h2 in soup.select("main .easy-read h2")]
    assert headings and all(heading.endswith("?") for heading in headings)
    assert soup.select("main .easy-read ul li")
    # No logo uploaded: no picture and no attribution.
    assert soup.select_one(".easy-read__logo") is None
    assert "Inclusion Europe" not in soup.get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_language_page_without_a_recording_says_it_is_being_prepared(
    client, home, language
):
    easy_read, sign_language = make_accessible_info(home)
    page = sign_language.get_translation(locale(language))

    soup = soup_of(client, page.url)

    assert soup.html["lang"] == language
    assert soup.select_one("main h1").get_text(strip=True) == page.title
    preparing = soup.select_one("main .sign-language__preparing")
    assert preparing is not None
    # The same information meanwhile: the easy-to-read page in the same language.
    assert preparing.select_one("a")["href"] == easy_read.get_translation(locale(language)).url
    assert not soup.select("main iframe, main video, main template")


def test_the_easy_read_logo_is_shown_only_with_its_text_alternative_and_attribution(client, home):
    image = wagtail_factories.ImageFactory()
    page = EasyReadPageFactory(
        parent=home, logo=image, logo_alt="Europejskie logo tekstu łatwego do czytania"
    )

    soup = soup_of(client, page.url)

    logo = soup.select_one(".easy-read__logo")
    assert logo.select_one("img")["alt"] == "Europejskie logo tekstu łatwego do czytania"
    attribution = logo.select_one("figcaption")
    assert "Inclusion Europe" in attribution.get_text()
    assert attribution.select_one("a")["href"] == "https://www.easy-to-read.eu/"


def test_a_logo_without_its_text_alternative_is_refused(home):
    page = EasyReadPageFactory(parent=home)
    page.logo = wagtail_factories.ImageFactory()
    page.logo_alt = "  "

    with pytest.raises(ValidationError) as raised:
        page.full_clean()

    assert "logo_alt" in raised.value.message_dict


def test_there_is_one_page_of_each_kind_per_language(home):
    make_accessible_info(home, languages=())

    assert not EasyReadPage.can_create_at(home)
    assert not SignLanguagePage.can_create_at(home)
    assert EasyReadPage.allowed_parent_page_models() == [type(home)]


# The sign-language recording ---------------------------------------------------------------


def test_the_recording_loads_nothing_from_the_video_host_before_play(client, home):
    remembered_embed()
    _easy_read, page = make_accessible_info(
        home, languages=(), recordings=[("sign_language_video", RECORDING)]
    )

    html = client.get(page.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")

    video = soup.select_one("main .sign-language-video")
    assert video.select_one(".video__title").get_text(strip=True) == RECORDING["title"]
    assert video.select_one("[data-video-consent] .video-consent__play") is not None
    assert video.select_one(".video-consent__actions a")["href"] == VIDEO_URL
    # The only frame waits inside the template, pointed at the privacy-enhanced player.
    frames = soup.find_all("iframe")
    assert len(frames) == 1 and frames[0].find_parent("template") is not None
    assert frames[0]["src"].startswith("https://www.youtube-nocookie.com/embed/")
    assert not soup.select("video, source, track")
    assert "www.youtube.com/embed" not in html
    # Captions and the transcript are there without the player.
    assert "napisy" in video.select_one(".sign-language-video__captions").get_text()
    transcript = video.select_one(".video__transcript")
    assert "zielonych miejscach pracy" in transcript.get_text()
    assert soup.select_one(".sign-language__preparing") is None


def test_a_recording_needs_captions(db):
    remembered_embed()
    block = SignLanguageVideoBlock()
    value = block.to_python({**RECORDING, "captions_in_video": False})

    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)

    assert list(raised.value.block_errors) == ["captions_file"]


def test_a_recording_needs_its_transcript(db):
    remembered_embed()
    block = SignLanguageVideoBlock()
    value = block.to_python({**RECORDING, "transcript": ""})

    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value)

    assert list(raised.value.block_errors) == ["transcript"]


# The header's links --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_header_links_to_both_pages_in_the_visitors_language(client, home, language):
    easy_read, sign_language = make_accessible_info(home)
    target = locale(language)

    soup = soup_of(client, f"/{language}/")

    assert header_links(soup) == [
        (HEADER_LABELS[language][0], easy_read.get_translation(target).url),
        (HEADER_LABELS[language][1], sign_language.get_translation(target).url),
    ]
    assert not soup.select("header .accessible-info-links a[hreflang]")


def test_the_header_falls_back_to_the_polish_pages_and_says_so(client, home):
    easy_read, sign_language = make_accessible_info(home, languages=("es",))

    soup = soup_of(client, "/en/")

    assert [href for _label, href in header_links(soup)] == [easy_read.url, sign_language.url]
    assert {a["hreflang"] for a in soup.select("header .accessible-info-links a")} == {"pl"}


def test_the_header_marks_the_page_the_visitor_is_on(client, home):
    easy_read, _sign_language = make_accessible_info(home, languages=())

    soup = soup_of(client, easy_read.url)

    current = soup.select("header .accessible-info-links a[aria-current='page']")
    assert [a["href"] for a in current] == [easy_read.url]


def test_the_header_links_follow_publication(client, home):
    assert header_links(soup_of(client, "/pl/")) == []

    easy_read, sign_language = make_accessible_info(home, languages=())
    assert len(header_links(soup_of(client, "/pl/"))) == 2

    sign_language.unpublish()
    assert header_links(soup_of(client, "/pl/")) == [(HEADER_LABELS["pl"][0], easy_read.url)]


def test_the_home_page_points_to_both_pages(client, home):
    easy_read, sign_language = make_accessible_info(home)

    soup = soup_of(client, "/es/")

    entry = soup.select_one("main .accessible-info-entry")
    assert [a["href"] for a in entry.select("a")] == [
        easy_read.get_translation(locale("es")).url,
        sign_language.get_translation(locale("es")).url,
    ]


# Reachability: at most two clicks from every page -------------------------------------------


def build_small_site(home) -> list[str]:
    """One page of each kind a visitor meets, in three languages; their addresses."""
    standard = StandardPageFactory(parent=home, title="O projekcie")
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(parent=news)
    statement = AccessibilityStatementPageFactory(parent=home)
    contact = make_contact_page(home)
    partners = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(parent=partners)
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events)
    promotion = PromotionPageFactory(parent=home)
    pages = [standard, news, article, statement, contact, partners, partner, events, event]
    pages.append(promotion)
    for page in pages:
        for code in ("en", "es"):
            translate_page(page, code, slug=f"{code}-{page.slug}")
    course = make_course(home, lessons=1)
    for code in ("en", "es"):
        translate_course(course, code)
    pages += [course.get_parent(), course, *course.get_children()]
    pages += make_accessible_info(home)
    addresses = []
    for code in LANGUAGES:
        target = locale(code)
        addresses += [f"/{code}/", f"/{code}/search/?query=partner", f"/{code}/site-map/"]
        addresses += [f"/{code}/accounts/login/", f"/{code}/nie-ma-takiej-strony/"]
        addresses += [page.get_translation(target).url for page in pages]
    return addresses


def internal_links(client, url: str) -> set[str]:
    response = client.get(url, follow=True)
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    links = set()
    for anchor in soup.select("a[href]"):
        address = urlsplit(anchor["href"])
        if not address.netloc and address.path.startswith("/"):
            links.add(address.path)
    return links


def clicks_to(client, start: str, targets: Iterable[str]) -> dict[str, int]:
    """The fewest clicks from ``start`` to each of ``targets``, up to MAX_CLICKS."""
    here = urlsplit(start).path
    wanted, found = set(targets), {here: 0} if here in targets else {}
    seen, frontier = {here}, [start]
    for clicks in range(1, MAX_CLICKS + 1):
        reached = set()
        for url in frontier:
            reached |= internal_links(client, url) - seen
        for target in wanted & reached:
            found.setdefault(target, clicks)
        if wanted <= set(found):
            break
        seen |= reached
        frontier = sorted(reached)
    return found


def test_both_pages_are_at_most_two_clicks_from_every_page_in_every_language(client, home):
    addresses = build_small_site(home)
    easy_read = EasyReadPage.objects.get(locale__language_code="pl")
    sign_language = SignLanguagePage.objects.get(locale__language_code="pl")

    too_far = []
    for address in addresses:
        target = locale(address.split("/")[1])
        targets = [
            easy_read.get_translation(target).url,
            sign_language.get_translation(target).url,
        ]
        found = clicks_to(client, address, targets)
        too_far += [f"{address} → {t}" for t in targets if found.get(t, 99) > MAX_CLICKS]

    assert not too_far, "\n".join(too_far)


def extends_base(template) -> bool:
    """The template is base.html or builds on it, however many levels down."""
    if template.origin.template_name == "base.html":
        return True
    nodes = template.nodelist.get_nodes_by_type(ExtendsNode)
    if not nodes:
        return False
    parent = engines["django"].engine.get_template(nodes[0].parent_name.resolve({}))
    return extends_base(parent)


def test_every_page_type_is_framed_by_the_header_with_the_links(db):
    """Pages not in the small site above are covered too: every page type's template
    builds on base.html, whose header carries both links."""
    engine = engines["django"].engine
    project_models = [model for model in get_page_models() if model is not Page and model.template]

    assert all(extends_base(engine.get_template(model.template)) for model in project_models), [
        model.template
        for model in project_models
        if not extends_base(engine.get_template(model.template))
    ]
    base = engine.get_template("base.html").source
    assert "{% accessible_info_header_links %}" in base
