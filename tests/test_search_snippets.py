"""What a result may quote: the snippet protocol, passages and marking of matched words."""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.images import ImageFile
from django.test import RequestFactory
from PIL import Image
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

from home.models import StandardPage
from search.analysis import parse_query
from search.results import excerpt, highlight, snippet_text, stream_text
from tests.factories_search import language_homes, text_page

SECRET = "Tajna treść lekcji o kompostowaniu odpadów"


def png() -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 97, 47)).save(data, "PNG")
    return data


@pytest.fixture
def homes(home):
    return language_homes(home)


@pytest.fixture
def members_only(monkeypatch):
    """Standard pages behaving like lessons: the body only for those signed in."""

    def search_snippet_text(self, request) -> str:
        if request.user.is_authenticated:
            return f"{self.intro} {SECRET}"
        return self.intro

    monkeypatch.setattr(StandardPage, "search_snippet_text", search_snippet_text, raising=False)


def test_a_page_type_can_keep_its_body_out_of_snippets_for_visitors(client, homes, members_only):
    text_page(homes["pl"], "Lekcja 3", intro="Streszczenie lekcji.", body=SECRET)

    html = client.get("/pl/search/", {"query": "kompostowanie"}).content.decode()

    assert "Lekcja 3" in html
    assert "Streszczenie lekcji." in html
    assert "Tajna" not in html
    assert "kompostowaniu" not in html


def test_the_same_page_type_quotes_its_body_to_those_allowed(
    client, homes, members_only, django_user_model
):
    text_page(homes["pl"], "Lekcja 3", intro="Streszczenie lekcji.", body=SECRET)
    client.force_login(django_user_model.objects.create_user("doradca"))

    html = client.get("/pl/search/", {"query": "kompostowanie"}).content.decode()

    assert "<mark>kompostowaniu</mark>" in html


def test_without_the_method_a_snippet_quotes_the_search_fields(homes):
    page = text_page(homes["pl"], "Strona", intro="Wstęp.", body="Treść strony.")
    request = RequestFactory().get("/")
    request.user = AnonymousUser()

    assert snippet_text(page, request) == "Wstęp. Treść strony."


def test_without_text_a_snippet_falls_back_to_the_search_description(homes):
    page = text_page(homes["pl"], "Strona", search_description="Opis dla wyszukiwarek.")
    request = RequestFactory().get("/")
    request.user = AnonymousUser()

    assert snippet_text(page, request) == "Opis dla wyszukiwarek."


def test_snippets_leave_out_choice_labels_of_blocks(homes):
    page = text_page(homes["pl"], "Strona")
    page.body = [("heading", {"text": "Cel projektu", "level": "h2"})]
    page.save_revision().publish()
    request = RequestFactory().get("/")
    request.user = AnonymousUser()

    assert snippet_text(page, request) == "Cel projektu"


def test_stream_text_gives_page_types_the_plain_text_of_a_body(homes):
    page = text_page(homes["pl"], "Strona")
    page.body = [
        ("heading", {"text": "Cel", "level": "h2"}),
        ("paragraph", RichText("<p>Tom &amp; Jerry &lt;3</p>")),
    ]

    assert stream_text(page.body) == "Cel Tom & Jerry <3"


def test_a_figure_in_the_body_gives_its_caption_and_the_search_page_answers(client, homes):
    image = get_image_model().objects.create(title="Spotkanie", file=ImageFile(png(), "s.png"))
    page = text_page(homes["pl"], "Strona o spotkaniu")
    page.body = [
        ("image", {"image": {"image": image, "alt_text": "Sala", "decorative": False},
                    "caption": "Spotkanie partnerów w Białymstoku"}),
        ("paragraph", RichText("<p>Partnerzy rozmawiali o odpadach.</p>")),
    ]  # fmt: skip
    page.save_revision().publish()

    assert (
        stream_text(page.body)
        == "Spotkanie partnerów w Białymstoku Partnerzy rozmawiali o odpadach."
    )
    response = client.get("/pl/search/?query=odpadach")
    assert response.status_code == 200
    assert "Strona o spotkaniu" in response.content.decode()


def test_highlight_marks_every_form_of_the_query_words():
    query = parse_query("odpadów", "pl")

    marked = highlight("Odpady, odpadami i odpadów <nie> ma.", query, "pl")

    assert marked == (
        "<mark>Odpady</mark>, <mark>odpadami</mark> i <mark>odpadów</mark> &lt;nie&gt; ma."
    )


def test_excerpt_is_cut_around_the_matched_words_with_ellipses():
    text = " ".join(f"słowo{number}" for number in range(100))
    text = text.replace("słowo50", "recykling")

    passage = excerpt(text, parse_query("recyklingu", "pl"), "pl", size=10)

    assert passage == (
        "… słowo48 słowo49 <mark>recykling</mark> słowo51 słowo52 słowo53 słowo54 słowo55"
        " słowo56 słowo57 …"
    )


def test_excerpt_prefers_the_passage_with_most_of_the_query_words():
    text = "Pompa wodna. " + "inne " * 40 + "Pompa ciepła to urządzenie. " + "dalej " * 40

    passage = excerpt(text, parse_query("pompy ciepła", "pl"), "pl", size=8)

    assert "<mark>Pompa</mark> <mark>ciepła</mark> to urządzenie" in passage
    assert "wodna" not in passage


def test_excerpt_of_a_short_text_is_the_whole_text():
    assert excerpt("Odpady.", parse_query("odpady", "pl"), "pl") == "<mark>Odpady</mark>."
