"""The demo poll: the five training blocks, on a page in Polish, English and Spanish."""

from home.models import StandardPage
from polls.models import Poll, PollChoice


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
