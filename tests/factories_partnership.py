"""Factories for the partnership's pages and the member directory's snippets."""

from __future__ import annotations

import factory
import wagtail_factories
from django.db import models
from wagtail.models import Locale

from partnership.models import (
    PartnerIndexPage,
    PartnerPage,
    PartnershipMember,
    PartnershipPage,
    PublicationPage,
    Sector,
    Subregion,
    TrainingIndexPage,
    TrainingPage,
)
from tests.factories import locale


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Współpraca ponadnarodowa"
    slug = "wspolpraca-ponadnarodowa"
    intro = "Wymiana doświadczeń z partnerami z zagranicy."

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")
    name = factory.Sequence(lambda n: f"Organizacja {n}")
    country = "Hiszpania"
    region = "Estremadura"
    intro = "Partner ponadnarodowy projektu."

    class Meta:
        model = PartnerPage


class PartnershipPageFactory(wagtail_factories.PageFactory):
    title = "Partnerstwo publiczno-społeczne"
    slug = "partnerstwo"
    intro = "Podmioty z województwa podlaskiego."
    directory_intro = "Katalog członków partnerstwa."

    class Meta:
        model = PartnershipPage


class PublicationPageFactory(wagtail_factories.PageFactory):
    title = "Rekomendacja"
    slug = "rekomendacja"
    intro = "Wspólny dokument partnerstwa."
    summary = "Kierunek i zakres działań."

    class Meta:
        model = PublicationPage


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Szkolenia specjalistyczne"
    slug = "szkolenia"
    intro = "Pięć specjalności."

    class Meta:
        model = TrainingIndexPage


class TrainingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Szkolenie {n}")
    intro = "Czym zajmuje się osoba w tym zawodzie."

    class Meta:
        model = TrainingPage


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sektor {n}")
    slug = factory.Sequence(lambda n: f"sektor-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Sector


class SubregionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Subregion {n}")
    slug = factory.Sequence(lambda n: f"subregion-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Subregion


class PartnershipMemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Członek {n:03d}")
    sector = factory.SubFactory(SectorFactory)
    subregion = factory.SubFactory(SubregionFactory)
    town = "Białystok"
    description = "Członek partnerstwa."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = PartnershipMember


def translate_snippet(snippet: models.Model, code: str, **changes) -> models.Model:
    """The editor's way for a snippet: copy it into the language, edit the copy, save it."""
    translation = snippet.copy_for_translation(locale(code))
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save()
    return translation
