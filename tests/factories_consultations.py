"""Training blocks, advisors and their consultations, for the consultation log's tests."""

from __future__ import annotations

import datetime
from decimal import Decimal

from consultations.models import ClientType, Consultation
from elearning.models import CoursePage
from tests.factories_elearning import CatalogueFactory, add_course
from tests.factories_outreach import EventIndexPageFactory

# Two counties of Podlaskie, each with one of its municipalities (TERYT codes).
AUGUSTOW_COUNTY = "2001"
AUGUSTOW_TOWN = "2001011"
BIALYSTOK_COUNTY = "2002"
CHOROSZCZ = "2002013"
BIALYSTOK_CITY = "2061"
BIALYSTOK_CITY_MUNICIPALITY = "2061011"

BLOCK_TITLES = [
    "Gospodarowanie odpadami",
    "Odnawialne źródła energii",
    "Powietrze i klimat",
    "Woda i ścieki",
    "Szkolenie administracyjne",
]


def make_blocks(home, titles: list[str] = BLOCK_TITLES) -> list[CoursePage]:
    """The training blocks as live courses of one catalogue, in the seed's order."""
    catalogue = CatalogueFactory(parent=home)
    return [
        add_course(catalogue, lessons=1, title=title, slug=f"blok-{number}")
        for number, title in enumerate(titles, start=1)
    ]


def make_event_index(home):
    return EventIndexPageFactory(parent=home)


def log(
    advisor,
    topic: CoursePage,
    hours: str | Decimal,
    *,
    date: datetime.date | None = None,
    county: str = AUGUSTOW_COUNTY,
    municipality: str = AUGUSTOW_TOWN,
    client: str = ClientType.PERSON,
) -> Consultation:
    return Consultation.objects.create(
        advisor=advisor,
        date=date or datetime.date(2026, 11, 2),
        hours=Decimal(hours),
        topic_key=topic.translation_key,
        county_code=county,
        municipality_code=municipality,
        client_type=client,
    )
