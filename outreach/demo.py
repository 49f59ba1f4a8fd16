"""Demo content of promotion: the campaign page, the TV series' index and the meetings' index.

The source document says only that the TV programme had 15 episodes and that advisors held
information meetings in municipalities and counties. It names no episode topic, date or place,
so the demo's first three episode pages say only what is known (their place in the series) and
the demo creates no meetings: editors add the real titles, air dates and recordings.
"""

from __future__ import annotations

from core.demo.base import Demo, translate_everywhere
from core.demo.builder import stream_value
from core.demo.partnership import PROMOTION
from core.demo.text import T
from core.demo.tree import ensure_child_page
from outreach.models import EpisodeIndexPage, EpisodePage, EventIndexPage, PromotionPage

EPISODE_INDEX = {
    "slug": T(pl="program-telewizyjny", en="tv-programme", es="programa-de-television"),
    "title": T(
        pl="Program telewizyjny „Zielone miejsca pracy”",
        en="The TV programme “Zielone miejsca pracy” (Green Jobs)",
        es="El programa de televisión «Zielone miejsca pracy» (Empleos verdes)",
    ),
    "intro": T(
        pl=(
            "W ramach kampanii informacyjno-promocyjnej projektu zrealizowano program telewizyjny "
            "„ZIELONE MIEJSCA PRACY” liczący 15 odcinków."
        ),
        en=(
            "As part of the project’s information and promotion campaign, the TV programme "
            "“ZIELONE MIEJSCA PRACY” (Green Jobs) was produced in 15 episodes."
        ),
        es=(
            "En el marco de la campaña de información y promoción del proyecto se realizó el "
            "programa de televisión «ZIELONE MIEJSCA PRACY» (Empleos verdes), de 15 episodios."
        ),
    ),
}

ORDINALS = [
    T(pl="Pierwszy", en="The first", es="El primero"),
    T(pl="Drugi", en="The second", es="El segundo"),
    T(pl="Trzeci", en="The third", es="El tercero"),
]


def episode_spec(number: int) -> dict:
    ordinal = ORDINALS[number - 1]
    return {
        "slug": T(pl=f"odcinek-{number}", en=f"episode-{number}", es=f"episodio-{number}"),
        "title": T(pl=f"Odcinek {number}", en=f"Episode {number}", es=f"Episodio {number}"),
        "summary": T(
            pl=f"{ordinal.pl} z 15 odcinków programu telewizyjnego „Zielone miejsca pracy”, "
            "zrealizowanego w ramach kampanii informacyjno-promocyjnej projektu.",
            en=f"{ordinal.en} of the 15 episodes of the TV programme “Zielone miejsca pracy” "
            "(Green Jobs), produced as part of the project’s information and promotion campaign.",
            es=f"{ordinal.es} de los 15 episodios del programa de televisión «Zielone miejsca "
            "pracy» (Empleos verdes), realizado en el marco de la campaña de información y "
            "promoción del proyecto.",
        ),
    }


EVENT_INDEX = {
    "slug": T(pl="spotkania-informacyjne", en="information-meetings", es="reuniones-informativas"),
    "title": T(pl="Spotkania informacyjne", en="Information meetings", es="Reuniones informativas"),
    "intro": T(
        pl=(
            "Przeszkoleni doradcy ds. zielonych miejsc pracy organizowali spotkania informacyjne "
            "w gminach i powiatach – każdy doradca na swoim terenie – aby zaprezentować swoje "
            "kompetencje i usługi z zakresu zielonego rynku pracy."
        ),
        en=(
            "The trained green jobs advisors held information meetings in municipalities and "
            "counties – each advisor in their own area – to present their skills and services for "
            "the green labour market."
        ),
        es=(
            "Los asesores de empleos verdes formados organizaron reuniones informativas en "
            "municipios y distritos –cada asesor en su propio territorio– para presentar sus "
            "competencias y servicios relacionados con el mercado laboral verde."
        ),
    ),
}


def ensure_promotion(home, locales) -> tuple[PromotionPage, EpisodeIndexPage]:
    promotion = ensure_child_page(
        home,
        PromotionPage,
        PROMOTION["slug"].pl,
        title=PROMOTION["title"].pl,
        intro=PROMOTION["intro"].pl,
        body=stream_value(PROMOTION["body"], "pl"),
        series_intro=PROMOTION["series_intro"].pl,
    )
    translate_everywhere(promotion, PROMOTION, locales)
    episodes = ensure_child_page(
        promotion,
        EpisodeIndexPage,
        EPISODE_INDEX["slug"].pl,
        title=EPISODE_INDEX["title"].pl,
        intro=EPISODE_INDEX["intro"].pl,
        show_in_menus=True,
    )
    translate_everywhere(episodes, EPISODE_INDEX, locales)
    for number in range(1, len(ORDINALS) + 1):
        spec = episode_spec(number)
        episode = ensure_child_page(
            episodes,
            EpisodePage,
            spec["slug"].pl,
            title=spec["title"].pl,
            number=number,
            summary=spec["summary"].pl,
        )
        translate_everywhere(episode, spec, locales)
    return promotion, episodes


def ensure_event_index(home, locales) -> EventIndexPage:
    events = ensure_child_page(
        home,
        EventIndexPage,
        EVENT_INDEX["slug"].pl,
        title=EVENT_INDEX["title"].pl,
        intro=EVENT_INDEX["intro"].pl,
    )
    translate_everywhere(events, EVENT_INDEX, locales)
    return events


def load(demo: Demo) -> None:
    """The promotion page with the TV series below it, and the meetings' index, in the menu."""
    home = demo.pages["home"]
    promotion, episodes = ensure_promotion(home, demo.locales)
    events = ensure_event_index(home, demo.locales)
    demo.pages.update(promotion=promotion, episodes=episodes, events=events)
    demo.menu += [promotion, events]
