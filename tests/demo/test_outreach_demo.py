"""The demo's promotion, TV series, meetings and contact pages: three languages, loaded once."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage
from core.models import MainMenu
from outreach.models import (
    EpisodeIndexPage,
    EpisodePage,
    EventIndexPage,
    EventPage,
    PromotionPage,
)
from tests.factories_outreach import in_language


@pytest.mark.parametrize(
    "model",
    [PromotionPage, EpisodeIndexPage, EventIndexPage, ContactPage],
    ids=lambda m: m.__name__,
)
def test_demo_page_is_live_in_polish_english_and_spanish(demo, client, model):
    pages = model.objects.live().select_related("locale")

    assert sorted(page.locale.language_code for page in pages) == ["en", "es", "pl"]
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url


def test_demo_has_three_translated_episodes_that_claim_nothing_unknown(demo, client):
    for language in ["pl", "en", "es"]:
        episodes = EpisodePage.objects.live().filter(locale__language_code=language)
        assert sorted(episodes.values_list("number", flat=True)) == [1, 2, 3]
        for episode in episodes:
            assert episode.air_date is None and not episode.video_url
            assert "15" in episode.summary
            assert client.get(episode.url).status_code == 200
    polish = EpisodePage.objects.get(locale__language_code="pl", number=2)
    spanish = EpisodePage.objects.get(locale__language_code="es", number=2)
    assert spanish.translation_key == polish.translation_key
    assert spanish.summary.startswith("El segundo de los 15 episodios")
    assert not EventPage.objects.exists()


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_the_empty_meetings_index_says_what_will_appear_there(demo, client, language):
    meetings = EventIndexPage.objects.get(locale__language_code=language)

    assert in_language(language, "Information meetings will be announced here.") in (
        client.get(meetings.url).content.decode()
    )


def test_promotion_page_tells_of_the_15_episode_tv_programme(demo, client):
    html = client.get("/pl/promocja-zielonych-miejsc-pracy/").content.decode()

    assert "15 odcinków" in html
    assert "audycje radiowe" in html


def test_menu_ends_with_promotion_meetings_and_contact(demo):
    menu = MainMenu.objects.get(locale__language_code="pl")
    pages = [block.value["page"].specific_class for block in menu.items]

    assert pages[-3:] == [PromotionPage, EventIndexPage, ContactPage]


def test_demo_contact_form_is_in_spanish_and_mails_nobody(demo, client):
    page = ContactPage.objects.get(locale__language_code="es")
    html = client.get(page.url).content.decode()

    for label in ["Nombre y apellidos", "Correo electrónico", "Mensaje", "Acepto el tratamiento"]:
        assert label in html
    assert "Elżbieta Gorczkowska" in html
    assert 'href="tel:+48857497254">+48 85 74 97 254</a>' in html
    assert page.to_address == ""
    assert page.privacy_page is not None


def test_demo_contact_form_stores_a_message(demo, client, mailoutbox):
    page = ContactPage.objects.get(locale__language_code="pl")
    data = {field.clean_name: "Anna Nowak" for field in page.form_fields.all()}
    data.update(adres_e_mail="anna@example.org", privacy_consent="on")

    assert client.post(page.url, data).status_code == 200
    assert FormSubmission.objects.filter(page=page).count() == 1
    assert mailoutbox == []
