"""Demo poll: which of the advisors' five training blocks interests visitors most.

The five thematic blocks are those of the partnership's presentation (the seed document):
gospodarowanie odpadami, odnawialne źródła energii, powietrze i klimat, woda i ścieki,
szkolenie administracyjne. The poll asks, it states no results: the demo has no votes.
"""

from __future__ import annotations

from wagtail.models import Locale

from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.text import T
from core.demo.tree import ensure_child_page
from home.models import StandardPage

from .models import Poll, PollChoice

POLL = {
    "question": T(
        pl="Który obszar szkoleń z zakresu zielonych miejsc pracy interesuje Cię najbardziej?",
        en="Which green-jobs training area interests you most?",
        es="¿Qué área de formación en empleos verdes le interesa más?",
    ),
    "intro": T(
        pl=(
            "Doradców ds. zielonych miejsc pracy przeszkolono w projekcie w pięciu blokach"
            " tematycznych. Wybierz jeden z nich."
        ),
        en=(
            "The project trained its green-jobs advisors in five thematic blocks. Choose one of"
            " them."
        ),
        es=(
            "El proyecto formó a sus asesores de empleos verdes en cinco bloques temáticos. Elija"
            " uno de ellos."
        ),
    ),
    "choices": [
        T(pl="Gospodarowanie odpadami", en="Waste management", es="Gestión de residuos"),
        T(
            pl="Odnawialne źródła energii",
            en="Renewable energy sources",
            es="Fuentes de energía renovables",
        ),
        T(pl="Powietrze i klimat", en="Air and climate", es="Aire y clima"),
        T(pl="Woda i ścieki", en="Water and wastewater", es="Agua y aguas residuales"),
        T(
            pl="Szkolenie administracyjne",
            en="Administrative training",
            es="Formación administrativa",
        ),
    ],
}

POLL_PAGE = {
    "slug": T(pl="ankieta", en="poll", es="encuesta"),
    "title": T(pl="Ankieta", en="Poll", es="Encuesta"),
    "intro": T(
        pl=(
            "Powiedz nam, który temat szkoleń z zakresu zielonych miejsc pracy jest dla Ciebie"
            " najciekawszy."
        ),
        en="Tell us which green-jobs training topic you find most interesting.",
        es="Díganos qué tema de formación en empleos verdes le parece más interesante.",
    ),
    "body": [
        (
            "text",
            [
                T(
                    pl=(
                        "Ankieta jest anonimowa. Aby każdy mógł zagłosować tylko raz, zapisujemy w"
                        " przeglądarce plik cookie z losowym identyfikatorem. Wyniki zobaczysz"
                        " zaraz po oddaniu głosu."
                    ),
                    en=(
                        "The poll is anonymous. So that everyone can vote only once, we store a"
                        " cookie with a random identifier in your browser. You will see the results"
                        " as soon as you have voted."
                    ),
                    es=(
                        "La encuesta es anónima. Para que cada persona pueda votar una sola vez,"
                        " guardamos en su navegador una cookie con un identificador aleatorio. Verá"
                        " los resultados en cuanto haya votado."
                    ),
                ),
            ],
        ),
    ],
}


def ensure_poll(locales: list[Locale]) -> Poll:
    default = Locale.get_default()
    poll = Poll.objects.filter(locale=default, question=POLL["question"].pl).first()
    if poll is None:
        poll = Poll(question=POLL["question"].pl, intro=POLL["intro"].pl, locale=default)
        for order, text in enumerate(POLL["choices"]):
            poll.choices.add(PollChoice(text=text.pl, sort_order=order))
        poll.save()
    translate_everywhere(poll, POLL, locales)
    return poll


def load(demo: Demo) -> None:
    """The poll, in Polish, English and Spanish, on its own page under the home page.

    The page is not added to the menu (kept short); the sitemap lists it.
    """
    poll = ensure_poll(demo.locales)
    page = ensure_child_page(
        demo.pages["home"],
        StandardPage,
        POLL_PAGE["slug"].pl,
        title=POLL_PAGE["title"].pl,
        intro=POLL_PAGE["intro"].pl,
        body=[*stream_value(POLL_PAGE["body"], "pl"), ("poll", {"poll": poll})],
    )
    # The poll is translated first, so each translated page shows the poll in its language.
    translate_everywhere(page, POLL_PAGE, demo.locales)
    demo.pages["poll"] = page
