"""Factories for promotion, the TV series, events and the contact page."""

from __future__ import annotations

import datetime

import factory
import wagtail_factories
from django.utils import timezone, translation
from wagtail.models import Page

from contact.models import ContactPage, FormField
from outreach.models import (
    EpisodeIndexPage,
    EpisodePage,
    EventIndexPage,
    EventPage,
    PromotionPage,
)


class PromotionPageFactory(wagtail_factories.PageFactory):
    title = "Promocja zielonych miejsc pracy"
    slug = "promocja"
    intro = "Kampania informacyjno-promocyjna."
    series_intro = "Odcinki programu telewizyjnego:"

    class Meta:
        model = PromotionPage


class EpisodeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Program telewizyjny"
    slug = "program"
    intro = "Program liczy 15 odcinków."

    class Meta:
        model = EpisodeIndexPage


class EpisodePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Odcinek testowy {n}")
    number = factory.Sequence(lambda n: n + 1)
    summary = "Streszczenie odcinka."

    class Meta:
        model = EpisodePage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Spotkania informacyjne"
    slug = "spotkania"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Spotkanie {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    venue = "Sala konferencyjna"
    municipality = "Choroszcz"
    county = "bialostocki"
    description = "Spotkanie informacyjne o zielonych miejscach pracy."

    class Meta:
        model = EventPage


FIELDS = [
    ("Imię i nazwisko", "singleline", "name"),
    ("Adres e-mail", "email", "email"),
    ("Wiadomość", "multiline", ""),
]


def make_contact_page(parent: Page, privacy_page: Page | None = None, **fields) -> ContactPage:
    """A published contact page with name, email and message fields."""
    values = {
        "title": "Kontakt",
        "slug": "kontakt",
        "intro": "Pytania prosimy kierować do koordynatora.",
        "coordinator": "Koordynator projektu",
        "institution": "Wojewódzki Urząd Pracy w Białymstoku",
        "phone": "85 74 97 254",
        "privacy_notice": "Dane przetwarzamy wyłącznie w celu odpowiedzi.",
        "privacy_page": privacy_page,
        "consent_label": "Zgadzam się na przetwarzanie danych.",
        "thank_you_text": "Dziękujemy za wiadomość.",
        "form_fields": [
            FormField(label=label, field_type=kind, autocomplete=autocomplete, required=True)
            for label, kind, autocomplete in FIELDS
        ],
        **fields,
    }
    page = ContactPage(**values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return ContactPage.objects.get(pk=page.pk)


def in_language(language: str, msgid: str, **values) -> str:
    """What the site says for ``msgid`` in ``language``, whether or not catalogues are compiled."""
    with translation.override(language):
        text = translation.gettext(msgid)
    return text % values if values else text


def in_polish(msgid: str, **values) -> str:
    return in_language("pl", msgid, **values)
