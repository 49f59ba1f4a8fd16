"""Advisors with or without the green-jobs advisor certificate, the training blocks as topics,
profiles and the directory page, for the network's tests."""

from __future__ import annotations

import itertools

from django.utils import timezone

from certificates.models import Certificate
from network.models import AdvisorDirectoryPage, AdvisorProfile
from tests.factories import translate_page
from tests.factories_elearning import CatalogueFactory, add_course, make_advisor

BLOCKS = {
    "pl": ["Gospodarka odpadami", "Odnawialne źródła energii", "Powietrze i klimat"],
    "en": ["Waste management", "Renewable energy", "Air and climate"],
    "es": ["Gestión de residuos", "Energías renovables", "Aire y clima"],
}
_codes = itertools.count(1)


def make_blocks(home) -> list:
    """Three training blocks, translated into English and Spanish with their own titles."""
    catalogue = CatalogueFactory(parent=home)
    for code in ("en", "es"):
        translate_page(catalogue, code, slug=f"courses-{code}")
    blocks = []
    for number, title in enumerate(BLOCKS["pl"]):
        course = add_course(catalogue, title=title, slug=f"blok-{number}", lessons=1)
        for code in ("en", "es"):
            translate_page(course, code, title=BLOCKS[code][number], slug=f"block-{number}-{code}")
        blocks.append(course)
    return blocks


def certify(user, *, revoked: bool = False) -> Certificate:
    now = timezone.now()
    return Certificate.objects.create(
        user=user,
        kind=Certificate.Kind.ADVISOR,
        code=f"NET{next(_codes):04d}-AAAA-BBBB"[:14],
        issued_at=now,
        score=90,
        revoked_at=now if revoked else None,
        revocation_reason="Błąd" if revoked else "",
    )


def make_certified_advisor(username: str, first_name: str, last_name: str, **certificate):
    user = make_advisor(username)
    user.first_name, user.last_name = first_name, last_name
    user.save()
    certify(user, **certificate)
    return user


def make_profile(user, *, published: bool = True, **fields) -> AdvisorProfile:
    values = {
        "institution": "Powiatowy Urząd Pracy",
        "counties": ["2001"],
        "municipalities": [],
        "topics": [],
        "contact_kind": "email",
        "contact_value": f"{user.username}@example.org",
        **fields,
    }
    return AdvisorProfile.objects.create(user=user, published=published, **values)


def make_directory(home) -> AdvisorDirectoryPage:
    page = AdvisorDirectoryPage(title="Doradcy", slug="doradcy", intro="Katalog doradców.")
    home.add_child(instance=page)
    page.save_revision().publish()
    translate_page(page, "en", title="Advisers", slug="advisers")
    translate_page(page, "es", title="Asesores", slug="asesores")
    return page
