"""Demo content of the advisors' network: the directory page, in Polish, English and Spanish.

The source document says that 30 candidates from labour-market institutions were trained as
green jobs advisors in five blocks and that each served their own area. It names none of them,
so the demo publishes no profile: the directory says it is empty until advisors publish.
"""

from __future__ import annotations

from core.demo.base import Demo, translate_everywhere
from core.demo.text import T
from core.demo.tree import ensure_child_page

from .models import AdvisorDirectoryPage

DIRECTORY = {
    "slug": T(pl="doradcy-zmp", en="green-jobs-advisors", es="asesores-empleos-verdes"),
    "title": T(
        pl="Doradcy ds. zielonych miejsc pracy",
        en="Green jobs advisors",
        es="Asesores de empleos verdes",
    ),
    "intro": T(
        pl=(
            "Spośród pracowników instytucji rynku pracy wyłoniono 30 kandydatów na doradców "
            "ds. zielonych miejsc pracy, przeszkolonych w pięciu blokach tematycznych: "
            "gospodarowanie odpadami, odnawialne źródła energii, powietrze i klimat, woda "
            "i ścieki oraz szkolenie administracyjne. Każdy doradca działa na swoim terenie – "
            "w gminach i powiatach. Tu znajdziesz doradców, którzy opublikowali swój profil."
        ),
        en=(
            "Thirty candidates from labour-market institutions were chosen as green jobs "
            "advisors and trained in five thematic blocks: waste management, renewable energy "
            "sources, air and climate, water and sewage, and administrative training. Each "
            "advisor works in their own area – in municipalities and counties. Here you will "
            "find the advisors who have published their profile."
        ),
        es=(
            "Entre el personal de las instituciones del mercado laboral se seleccionaron 30 "
            "candidatos a asesores de empleos verdes, formados en cinco bloques temáticos: "
            "gestión de residuos, fuentes de energía renovables, aire y clima, agua y aguas "
            "residuales, y formación administrativa. Cada asesor trabaja en su propio "
            "territorio, en municipios y distritos. Aquí encontrará a los asesores que han "
            "publicado su perfil."
        ),
    ),
}


def ensure_directory(home, locales) -> AdvisorDirectoryPage:
    directory = ensure_child_page(
        home,
        AdvisorDirectoryPage,
        DIRECTORY["slug"].pl,
        title=DIRECTORY["title"].pl,
        intro=DIRECTORY["intro"].pl,
    )
    translate_everywhere(directory, DIRECTORY, locales)
    return directory


def load(demo: Demo) -> None:
    """The advisors' directory below the home page, with no profile in it."""
    demo.pages["advisor_directory"] = ensure_directory(demo.pages["home"], demo.locales)
