"""Polish editors see how hard their page is to read (FOG-PL) each time they save it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.readability import measure, page_text, syllables
from tests.factories import StandardPageFactory, translate_page

PLAIN = "Urząd pomaga szukać pracy. Doradca mówi, jak to zrobić. Przyjdź do nas."
OFFICIAL = (
    "Wojewódzki Urząd Pracy realizuje przedsięwzięcia ukierunkowane na upowszechnianie"
    " innowacyjnych rozwiązań w obszarze zrównoważonego zatrudnienia w województwie podlaskim."
)


@pytest.mark.parametrize(
    ("word", "count"),
    [("praca", 2), ("nie", 1), ("zielone", 3), ("województwo", 4), ("przedsięwzięcia", 4)],
)
def test_syllables_are_counted_by_polish_vowel_groups(word, count):
    assert syllables(word) == count


def test_fog_pl_is_low_for_short_sentences_of_common_words_and_high_for_officialese():
    plain, official = measure([PLAIN]), measure([OFFICIAL])

    assert (plain.words, plain.sentences) == (12, 3)
    assert plain.fog_pl < 6
    assert official.sentences == 1 and official.hard_words >= 7
    assert official.fog_pl > 15


def test_headings_and_list_items_count_as_sentences_of_their_own():
    measured = measure(["Czym się zajmujemy", "pomagamy szukać pracy", "uczymy doradców"])

    assert measured.sentences == 3


def test_a_page_is_measured_on_the_text_it_shows(home):
    page = StandardPageFactory(
        parent=home,
        title="O nas",
        intro=PLAIN,
        body=[("paragraph", "<p>Pomagamy <b>każdemu</b>.</p>")],
    )

    pieces = page_text(page)

    assert "O nas" in pieces and PLAIN in pieces
    assert any("Pomagamy każdemu." in piece for piece in pieces)


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))
    return client


def save_draft(editor, page, intro: str):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": intro,
            "body": streamfield([("paragraph", rich_text("<p>Zapraszamy.</p>"))]),
            "comments": inline_formset([]),
        }
    )
    return editor.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def test_saving_a_polish_page_tells_the_editor_its_fog_pl_and_the_target(home, editor):
    page = StandardPageFactory(parent=home, title="Informacje")

    response = save_draft(editor, page, OFFICIAL)

    messages = [str(message) for message in response.context["messages"]]
    (hint,) = [message for message in messages if message.startswith("Czytelność (FOG-PL)")]
    assert "na stronach dla wszystkich celuj w 9 lub mniej" in hint.lower()
    assert "tekście łatwym do czytania w 6 lub mniej" in hint


def test_an_english_page_gets_wagtail_s_own_checks_only(home, editor):
    english = translate_page(StandardPageFactory(parent=home, title="Informacje"), "en")

    response = save_draft(editor, english, "We help people find work.")

    messages = [str(message) for message in response.context["messages"]]
    assert messages and not any("FOG-PL" in message for message in messages)
