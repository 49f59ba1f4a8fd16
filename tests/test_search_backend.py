"""The lemmatising search backend behind Wagtail's search API (search/backends)."""

import io

from django.core.management import call_command
from django.utils import translation
from modelsearch.backends import get_search_backend
from modelsearch.query import Phrase
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from search.analysis import index_text, word_forms
from tests.factories_search import language_homes, text_page


def entry_text(page: Page) -> str:
    entry = IndexEntry.objects.get(object_id=str(page.pk))
    return f"{entry.title} {entry.body}"


def search(page_query, query: str, language: str = "pl") -> list[str]:
    with translation.override(language):
        return [page.title for page in page_query.search(query)]


def test_the_default_backend_is_the_lemmatising_one():
    assert type(get_search_backend()).__name__ in {
        "LemmatisingSQLiteSearchBackend",
        "LemmatisingPostgresSearchBackend",
    }


def test_pages_are_indexed_with_the_lemmas_of_their_language(home):
    homes = language_homes(home)
    polish = text_page(homes["pl"], "Odpady", body="Selektywna zbiórka odpadów.")
    english = text_page(homes["en"], "Pumps", body="Heat pumps.")

    assert "odpad" in entry_text(polish)
    assert "pump" in entry_text(english).replace("pumps", "")


def test_index_text_keeps_the_text_and_adds_the_other_forms():
    assert index_text("Pompy ciepła", "pl") == "Pompy ciepła\npompa ciepla cieplo ciepło"


def test_word_forms_include_the_word_its_lemma_and_both_without_diacritics():
    assert word_forms("Odpadów", "pl") == {"odpadów", "odpadow", "odpad"}


def test_wagtail_search_api_finds_inflected_forms(home):
    page = text_page(language_homes(home)["pl"], "Oczyszczalnie ścieków")

    assert search(Page.objects.live(), "oczyszczalni") == [page.title]


def test_phrases_still_match_the_text_as_written(home):
    text_page(language_homes(home)["pl"], "Strona", body="Nowa pompa ciepła w szkole.")

    assert search(Page.objects.live(), Phrase("pompa ciepła")) == ["Strona"]
    assert search(Page.objects.live(), Phrase("ciepła pompa")) == []


def test_an_edited_page_is_reindexed(home):
    page = text_page(language_homes(home)["pl"], "Strona", body="Recykling.")
    page.body = []
    page.intro = "Kompostowanie."
    page.save_revision().publish()

    assert search(Page.objects.live(), "recyklingu") == []
    assert search(Page.objects.live(), "kompostowania") == ["Strona"]


def test_a_deleted_page_leaves_the_index(home):
    page = text_page(language_homes(home)["pl"], "Strona", body="Recykling.")
    page.delete()

    assert not IndexEntry.objects.filter(object_id=str(page.pk)).exists()


def test_update_index_rebuilds_the_lemmas(home):
    page = text_page(language_homes(home)["pl"], "Strona", body="Selektywna zbiórka odpadów.")
    IndexEntry.objects.all().delete()

    call_command("update_index", stdout=io.StringIO())

    assert "odpad" in entry_text(page)
    assert search(Page.objects.live(), "odpady") == ["Strona"]


def test_admin_autocomplete_ignores_query_syntax(home):
    text_page(language_homes(home)["pl"], "Pompa ciepła")

    titles = [page.title for page in Page.objects.live().autocomplete('"pom*(')]

    assert titles == ["Pompa ciepła"]


def test_results_slice_count_and_score_like_a_queryset(home):
    parent = language_homes(home)["pl"]
    for number in range(5):
        text_page(parent, f"Recykling {number}", body="Recykling. " * (number + 1))
    with translation.override("pl"):
        results = Page.objects.live().search("recykling").annotate_score("score")
        ranked = list(results)

        assert results.count() == 5
        assert [page.pk for page in results[1:3]] == [page.pk for page in ranked[1:3]]
        assert results[1:3].count() == 2
        assert all(isinstance(page.score, float) for page in ranked)
