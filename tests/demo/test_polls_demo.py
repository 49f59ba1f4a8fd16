"""The demo poll: the five training blocks, on a page in Polish, English and Spanish."""

from wagtail.models import Page

from home.models import StandardPage
from polls.models import Poll, PollChoice
from tests.factories import run_load_demo


def snapshot() -> dict:
    return {
        "pages": sorted(Page.objects.values_list("locale__language_code", "url_path")),
        "polls": sorted(Poll.objects.values_list("locale__language_code", "question")),
        "choices": PollChoice.objects.count(),
    }


def test_demo_poll_asks_about_the_five_training_blocks_in_three_languages(demo, client):
    assert Poll.objects.count() == 3 and PollChoice.objects.count() == 15
    spanish = client.get("/es/encuesta/").content.decode()
    for block in [
        "Gestión de residuos",
        "Fuentes de energía renovables",
        "Aire y clima",
        "Agua y aguas residuales",
        "Formación administrativa",
    ]:
        assert block in spanish
    assert "Water and wastewater" in client.get("/en/poll/").content.decode()
    assert "Woda i ścieki" in client.get("/pl/ankieta/").content.decode()


def test_demo_poll_page_is_live_under_home_in_every_language(demo):
    pages = StandardPage.objects.filter(slug__in=["ankieta", "poll", "encuesta"])
    assert {(p.locale.language_code, p.live, p.depth) for p in pages} == {
        ("pl", True, 3),
        ("en", True, 3),
        ("es", True, 3),
    }


def test_loading_the_demo_poll_twice_changes_nothing(demo):
    before = snapshot()

    run_load_demo("--no-users")

    assert snapshot() == before
