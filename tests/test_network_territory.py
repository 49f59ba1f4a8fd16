"""Podlaskie's territory as data: subregions, counties and municipalities with TERYT codes."""

from __future__ import annotations

from django.utils import translation

from network import territory
from outreach.models import COUNTIES


def test_podlaskie_has_three_subregions_seventeen_counties_and_118_municipalities():
    assert [s.code for s in territory.subregions()] == ["PL841", "PL842", "PL843"]
    assert len(territory.counties()) == 17
    assert len(territory.municipalities()) == 118


def test_codes_are_unique_and_each_municipality_belongs_to_a_listed_county():
    counties = {county.code for county in territory.counties()}
    codes = [m.code for m in territory.municipalities()]
    assert len(set(codes)) == len(codes)
    for municipality in territory.municipalities():
        assert len(municipality.code) == 7 and municipality.code.isdigit()
        assert municipality.code.startswith(municipality.county_code)
        assert municipality.county_code in counties
    assert {m.county_code for m in territory.municipalities()} == counties


def test_every_county_lies_in_one_of_the_subregions():
    subregions = {subregion.code for subregion in territory.subregions()}
    assert all(county.subregion_code in subregions for county in territory.counties())
    assert [c.code for c in territory.counties("PL841")] == ["2002", "2011", "2061"]


def test_spot_checks_against_teryt():
    assert territory.municipality("2001011").name == "Augustów"
    assert territory.municipality("2001011").kind == "urban"
    assert territory.municipality("2001022").kind == "rural"
    assert territory.municipality("2002093").name == "Supraśl"
    assert territory.municipality("2002093").kind == "urban-rural"
    assert territory.municipality("2061011").name == "Białystok"
    assert territory.municipality("2013033").name == "Czyżew"
    assert [m.name for m in territory.municipalities("2009")] == [
        "Sejny", "Giby", "Krasnopol", "Puńsk", "Sejny"
    ]  # fmt: skip
    assert territory.county("2063").slug == "suwalki"
    assert territory.county("9999") is None and territory.municipality("2001") is None


def test_the_counties_carry_the_slugs_and_labels_outreach_uses():
    assert [county.slug for county in territory.counties()] == [slug for slug, _ in COUNTIES]
    assert [str(c.name) for c in territory.counties()] == [str(label) for _, label in COUNTIES]


def test_county_and_subregion_labels_are_translated_and_proper_names_stay_polish():
    for code, county, subregion in [
        ("pl", "powiat augustowski", "subregion suwalski"),
        ("en", "Augustów County", "Suwałki subregion"),
        ("es", "distrito de Augustów", "subregión de Suwałki"),
    ]:
        with translation.override(code):
            assert dict(territory.county_choices())["2001"] == county
            assert str(territory.subregion("PL843").name) == subregion
            assert dict(territory.municipality_choices("2001"))["2001032"] == "Bargłów Kościelny"


def test_a_town_and_the_rural_municipality_of_its_name_are_told_apart():
    with translation.override("en"):
        choices = dict(territory.municipality_choices("2001"))
    assert choices["2001011"] == "Augustów (urban municipality)"
    assert choices["2001022"] == "Augustów (rural municipality)"


def test_municipality_in_county():
    assert territory.municipality_in_county("2001043", "2001")
    assert not territory.municipality_in_county("2001043", "2002")
    assert not territory.municipality_in_county("0000000", "2001")
