"""Funding rules (004): additionality, road owner, operation, rebuild, packages, pots
(5 MNOK per pot and year, exactly 5 allowed), need clarification, lines, period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import FundingLine
from prosjektark.paths import resource_dir

D = Decimal
TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resource_dir())


def found(catalog, sheet, code):
    return [f for f in check_sheet(sheet, catalog, today=TODAY) if f.code == code]


def line(year, amount, source="kommunal"):
    return FundingLine(year=year, source=source, amount_mnok=D(amount))


@pytest.mark.parametrize(
    ("amounts", "expected"),
    [
        ([("2027", "4.999")], 0),
        ([("2027", "5")], 0),  # exactly 5 is allowed
        ([("2027", "5.001")], 1),
        ([("2027", "3"), ("2027", "2")], 0),
        ([("2027", "3"), ("2027", "2.001")], 1),
        ([("2027", "4"), ("2028", "4")], 0),  # per year
        ([("2027", "6"), ("2028", "6")], 2),
    ],
)
def test_pot_cap_per_pot_and_year(catalog, amounts, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.identification.funding_type = "sekkepost"
    s.funding.lines = [line(int(y), a) for y, a in amounts]
    hits = found(catalog, s, "funding.pot_cap")
    assert len(hits) == expected
    assert all(h.severity == "error" and h.field == "funding.lines" for h in hits)


def test_pot_cap_only_for_pots(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.lines = [line(2027, "20")]
    assert not found(catalog, s, "funding.pot_cap")


def test_additionality(catalog):
    s = complete_sheet(catalog, "miljopakken")
    assert not found(catalog, s, "funding.additionality_missing")
    s.funding.additionality_confirmed = False
    [f] = found(catalog, s, "funding.additionality_missing")
    assert f.severity == "error" and "ekstra innsats" in f.source


@pytest.mark.parametrize(("phase", "expected"), [("PU", 0), ("DP", 1), ("UB", 1)])
def test_road_owner_commitment_where_the_form_requires_it(catalog, phase, expected):
    s = complete_sheet(catalog, "miljopakken", phase)
    s.funding.road_owner_commits = False
    assert len(found(catalog, s, "funding.road_owner_missing")) == expected


@pytest.mark.parametrize(
    ("includes", "exception", "expected"),
    [
        (False, "", 0),
        (True, "", 1),
        (True, "kollektivdrift", 0),
        (True, "vinterdrift_sykkel", 0),
        (True, "godkjent_ku", 0),
    ],
)
def test_operation_not_financed_unless_exception(catalog, includes, exception, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.includes_operation = includes
    s.funding.operation_exception = exception
    assert len(found(catalog, s, "funding.operation_not_financed")) == expected


@pytest.mark.parametrize(
    ("rebuild", "text", "expected"),
    [(True, "", 1), (True, "  ", 1), (True, "Rød asfalt", 0), (False, "", 0)],
)
def test_rebuild_needs_added_value(catalog, rebuild, text, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.is_rebuild = rebuild
    s.funding.rebuild_added_value = text
    assert len(found(catalog, s, "funding.rebuild_added_value_missing")) == expected


@pytest.mark.parametrize(
    ("kind", "municipalities", "expected"),
    [
        ("prosjektpakke", ["Trondheim"], 0),
        ("prosjektpakke", ["Trondheim", "Malvik"], 1),
        ("prosjektpakke", ["Trondheim", "Trondheim"], 0),
        ("enkeltprosjekt", ["Trondheim", "Malvik"], 0),
        ("sekkepost", ["Trondheim", "Malvik"], 0),
    ],
)
def test_package_one_municipality(catalog, kind, municipalities, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.identification.funding_type = kind
    s.identification.municipalities = municipalities
    assert len(found(catalog, s, "funding.package_one_municipality")) == expected


@pytest.mark.parametrize(
    ("kind", "agency", "expected"),
    [
        ("sekkepost", "Statens vegvesen", 0),
        ("sekkepost", "Statens vegvesen og Trondheim kommune", 1),
        ("prosjektpakke", "AtB, Trondheim kommune", 1),
        ("prosjektpakke", "AtB", 0),
        ("enkeltprosjekt", "Statens vegvesen og Trondheim kommune", 0),
    ],
)
def test_one_agency_for_packages_and_pots(catalog, kind, agency, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.identification.funding_type = kind
    s.identification.responsible_agency = agency
    assert len(found(catalog, s, "funding.one_agency")) == expected


def test_need_clarification_is_a_warning(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.includes_need_clarification = True
    [f] = found(catalog, s, "funding.need_clarification_not_financed")
    assert f.severity == "warning"


@pytest.mark.parametrize(
    ("lines", "expected"), [([], 1), ([("2027", "0")], 1), ([("2027", "0.001")], 0)]
)
def test_lines_missing(catalog, lines, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.lines = [line(int(y), a) for y, a in lines]
    assert len(found(catalog, s, "funding.lines_missing")) == expected
    assert not [f for f in check_sheet(s, catalog, today=TODAY) if f.code == "required.lines"]


@pytest.mark.parametrize(("year", "expected"), [(2026, 1), (2027, 0), (2030, 0), (2031, 1)])
def test_outside_period(catalog, year, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.lines = [line(2028, "1"), line(year, "1")]
    hits = found(catalog, s, "funding.outside_period")
    assert len(hits) == expected
    assert all(h.field == "funding.lines[1]" and h.step == "finansiering" for h in hits)


@pytest.mark.parametrize(
    ("source", "year", "amount", "expected"),
    [
        ("bompenger", 2030, "3", 0),
        ("statlig", 2030, "3", 1),
        ("kommunal", 2030, "0.001", 1),
        ("kommunal", 2030, "0", 0),  # an empty cell finances nothing
        ("statlig", 2029, "3", 0),
    ],
)
def test_2030_is_toll_money_only(catalog, source, year, amount, expected):
    s = complete_sheet(catalog, "miljopakken")
    s.funding.lines = [line(2027, "1", "bompenger"), line(year, amount, source)]
    hits = found(catalog, s, "funding.source_not_in_year")
    assert len(hits) == expected
    if hits:
        assert hits[0].field == "funding.lines[1]"
        assert "Finansieringen i 2030 er kun bompenger." in hits[0].message


def test_a_programme_whose_documents_say_nothing_checks_nothing(catalog):
    s = complete_sheet(catalog, "miljoloftet")
    s.funding.lines = [line(2030, "3", "statlig")]
    assert not found(catalog, s, "funding.source_not_in_year")


@pytest.mark.parametrize(
    ("agency", "municipalities", "expected"),
    [
        ("Trondheim kommune", ["Trondheim"], 0),
        ("Trondheim kommune", ["Trondheim", "Malvik"], 1),
        ("Statens vegvesen", ["Trondheim", "Malvik", "Melhus"], 0),
        ("Trøndelag fylkeskommune", ["Stjørdal", "Malvik"], 0),
        ("AtB", ["Trondheim", "Malvik"], 1),
    ],
)
def test_only_the_county_and_svv_may_have_a_pot_over_several_municipalities(
    catalog, agency, municipalities, expected
):
    s = complete_sheet(catalog, "miljopakken")
    s.identification.funding_type = "sekkepost"
    s.identification.responsible_agency = agency
    s.identification.municipalities = municipalities
    hits = found(catalog, s, "funding.pot_municipalities")
    assert len(hits) == expected
    if hits:
        assert "fylket og SVV" in hits[0].message
        assert hits[0].field == "identification.municipalities"


def test_source_limits_name_a_known_funding_source(catalog):
    from pydantic import ValidationError

    from prosjektark.domain.profile import Profile

    for profile in catalog.profiles.values():
        data = profile.model_dump()
        data["source_limits"] = [{"year": 2030, "only": "bompengar", "quote": "x"}]
        with pytest.raises(ValidationError, match="ukjent finansieringskilde «bompengar»"):
            Profile.model_validate(data)
        if profile.pot_municipalities is not None:
            assert set(profile.pot_municipalities.agencies) <= set(profile.agencies)
