"""Polls, their translations and pages that show them, for the polls tests."""

from __future__ import annotations

from wagtail.models import Locale, Page

from polls.models import Poll, PollChoice
from tests.factories import StandardPageFactory, locale
from tests.translation import translate

QUESTION = "Który blok tematyczny interesuje Cię najbardziej?"
CHOICES = ["Gospodarowanie odpadami", "Odnawialne źródła energii", "Powietrze i klimat"]
SPANISH = {
    QUESTION: "¿Qué bloque temático le interesa más?",
    "Gospodarowanie odpadami": "Gestión de residuos",
    "Odnawialne źródła energii": "Fuentes de energía renovables",
    "Powietrze i klimat": "Aire y clima",
}
ENGLISH = {
    QUESTION: "Which thematic block interests you most?",
    "Gospodarowanie odpadami": "Waste management",
    "Odnawialne źródła energii": "Renewable energy sources",
    "Powietrze i klimat": "Air and climate",
}


def make_poll(question: str = QUESTION, choices: list[str] = CHOICES, **fields) -> Poll:
    """A Polish poll with its answers in order."""
    poll = Poll(question=question, locale=Locale.get_default(), **fields)
    for order, text in enumerate(choices):
        poll.choices.add(PollChoice(text=text, sort_order=order))
    poll.save()
    return poll


def translate_poll(poll: Poll, code: str, catalogue: dict[str, str] | None = None) -> Poll:
    """The poll translated with wagtail-localize, as an editor does it."""
    catalogue = catalogue or {"es": SPANISH, "en": ENGLISH}[code]
    return translate(poll, locale(code), catalogue)


def make_poll_page(parent: Page, poll: Poll, **fields) -> Page:
    """A live standard page whose body is the poll."""
    fields.setdefault("title", "Ankieta")
    fields.setdefault("slug", "ankieta")
    page = StandardPageFactory(parent=parent, body=[("poll", {"poll": poll})], **fields)
    page.save_revision().publish()
    return page
