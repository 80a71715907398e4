"""Typed text that is not a valid value (issue 8, item 3), the loader's pre-pass for
non-finite money (item 6) and the revision bound (item 7)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.inputs import describe_input, is_email
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import (
    FORMAT,
    MAX_REVISION,
    CostItem,
    Milestone,
    Sheet,
    SheetError,
    Treatment,
    clear_invalid_input,
    drop_row_inputs,
    remap_row_inputs,
    set_invalid_input,
    sheet_from_dict,
    sheet_from_json,
    sheet_to_json,
)
from prosjektark.paths import resource_dir

D = Decimal
TODAY = date(2026, 3, 1)
CATALOG = load_catalog(resource_dir())
PROFILE = CATALOG.profile("miljopakken")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


def _findings(sheet, code: str) -> list:
    return [f for f in check_sheet(sheet, CATALOG, today=TODAY) if f.code == code]


# ------------------------------------------------------------------ the model


def test_a_sheet_written_before_invalid_input_existed_still_loads():
    text = (FIXTURES / "prosjektark-1.0-sykkelveg.json").read_text(encoding="utf-8")
    assert "invalid_input" not in text
    sheet = sheet_from_json(text)
    assert sheet.invalid_input == {}
    assert sheet.format == FORMAT  # read as the current version …
    assert sheet.cost.expected_cost_mnok == D("40.839")
    # … and written again it is the same JSON, tag included: the new field is left out
    # while it is empty, so hashes of revisions stored before it existed still match.
    assert sheet_to_json(sheet) + "\n" == text
    assert "invalid_input" not in sheet.model_dump_json()


def test_invalid_input_round_trips_and_the_value_stays():
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    before = s.funding.granted_date
    set_invalid_input(s, "funding.granted_date", "31.02.2027")
    back = sheet_from_json(sheet_to_json(s))
    assert back.invalid_input == {"funding.granted_date": "31.02.2027"}
    assert back.funding.granted_date == before
    clear_invalid_input(back, "funding.granted_date")
    assert back.invalid_input == {}


@pytest.mark.parametrize(
    "path", ["identification.title", "cost.items.0.low", "funding.lines[0].amount_mnok", ""]
)
def test_only_fields_that_take_typed_text_can_hold_it(path):
    with pytest.raises(SheetError) as info:
        sheet_from_dict({"invalid_input": {path: "x"}})
    assert "invalid_input" in str(info.value) and "ukjent felt" in str(info.value)
    with pytest.raises(ValueError):
        set_invalid_input(Sheet(), path, "x")


def test_removing_a_row_drops_its_text_and_moves_the_later_rows():
    s = Sheet(progress={"milestones": [Milestone(), Milestone(), Milestone()]})
    s.invalid_input = {
        "progress.milestones[0].date": "a",
        "progress.milestones[1].date": "b",
        "progress.milestones[2].date": "c",
        "treatments[1].date": "t",
        "funding.granted_date": "g",
    }
    drop_row_inputs(s, "progress.milestones", 1)
    assert s.invalid_input == {
        "progress.milestones[0].date": "a",
        "progress.milestones[1].date": "c",
        "treatments[1].date": "t",
        "funding.granted_date": "g",
    }


def test_moving_rows_moves_their_text():
    s = Sheet()
    s.invalid_input = {"cost.items[0].low": "x", "cost.items[2].high": "y"}
    remap_row_inputs(s, "cost.items", {0: 2, 2: 0})
    assert s.invalid_input == {"cost.items[2].low": "x", "cost.items[0].high": "y"}
    remap_row_inputs(s, "cost.items", {0: None})
    assert s.invalid_input == {"cost.items[2].low": "x"}


def test_a_copy_without_treatments_keeps_no_text_of_them():
    s = Sheet(treatments=[Treatment()])
    s.invalid_input = {"treatments[0].date": "i går", "funding.granted_date": "snart"}
    assert s.copy_as_new().invalid_input == {"funding.granted_date": "snart"}


# ------------------------------------------------------------------ the revision bound


def test_revision_above_the_bound_is_refused_with_a_message_not_an_overflow():
    with pytest.raises(SheetError) as info:
        sheet_from_json(json.dumps({"revision": 2**63}))
    assert "revision" in str(info.value) and "for høy" in str(info.value)
    assert "1000000" in str(info.value)
    with pytest.raises(SheetError):
        sheet_from_json(json.dumps({"revision": MAX_REVISION + 1}))
    assert sheet_from_json(json.dumps({"revision": MAX_REVISION})).revision == MAX_REVISION


# ------------------------------------------------------------------ the loader's pre-pass


def test_nan_and_infinity_money_become_typed_text_with_the_field_nulled():
    text = """{"cost": {"expected_cost_mnok": NaN, "styringsmal_mnok": Infinity,
                        "std_dev_percent": NaN,
                        "items": [{"name": "Bru", "low": 1, "most_likely": -Infinity,
                                   "high": 3}]},
              "funding": {"lines": [
                {"year": 2027, "source": "statlig", "amount_mnok": NaN},
                {"year": 2028, "source": "statlig", "amount_mnok": 4.5}]}}"""
    s = sheet_from_json(text)
    assert s.invalid_input == {
        "cost.expected_cost_mnok": "NaN",
        "cost.styringsmal_mnok": "Infinity",
        "cost.std_dev_percent": "NaN",
        "cost.items[0].most_likely": "-Infinity",
        "funding.lines.2027.statlig": "NaN",
    }
    assert s.cost.expected_cost_mnok is None and s.cost.styringsmal_mnok is None
    assert s.cost.items[0].most_likely is None and s.cost.items[0].low == 1
    # The funding line's amount is required: the line goes, its text stays in its cell.
    assert [(line.year, line.amount_mnok) for line in s.funding.lines] == [(2028, D("4.5"))]
    found = {(f.code, f.field) for f in check_sheet(s, CATALOG, today=TODAY)}
    for path in s.invalid_input:
        assert ("amount.not_finite", path) in found


def test_a_non_finite_original_amount_drops_the_conversion_and_keeps_the_text():
    s = sheet_from_json('{"cost": {"original_amount": {"amount": NaN, "year": 2024}}}')
    assert s.cost.original_amount is None
    assert s.invalid_input == {"cost.original_amount.amount": "NaN"}


def test_money_beyond_the_hard_bound_meets_the_profile_bound():
    s = sheet_from_json('{"cost": {"expected_cost_mnok": 40800000, "styringsmal_mnok": -2e6}}')
    assert s.invalid_input == {
        "cost.expected_cost_mnok": "40800000",
        "cost.styringsmal_mnok": "-2000000",
    }
    [implausible] = _findings(s, "amount.implausible")
    assert implausible.field == "cost.expected_cost_mnok"
    assert "«40800000»" in implausible.message and "50\u00a0000,0 MNOK" in implausible.message
    [negative] = _findings(s, "amount.negative")
    assert negative.field == "cost.styringsmal_mnok"


def test_the_pre_pass_works_on_data_too_and_leaves_other_errors_standing():
    s = sheet_from_dict({"cost": {"expected_cost_mnok": float("nan")}})
    assert s.invalid_input == {"cost.expected_cost_mnok": "NaN"}
    with pytest.raises(SheetError) as info:
        sheet_from_json('{"cost": {"expected_cost_mnok": NaN}, "identification": {"phase": "X"}}')
    assert "identification.phase" in str(info.value)


def test_typed_text_already_in_the_file_is_kept_beside_the_pre_pass():
    s = sheet_from_json(
        '{"cost": {"expected_cost_mnok": NaN}, "invalid_input": {"funding.granted_date": "1. mai"}}'
    )
    assert s.invalid_input == {"cost.expected_cost_mnok": "NaN", "funding.granted_date": "1. mai"}


def test_unreadable_json_is_still_refused():
    with pytest.raises(SheetError) as info:
        sheet_from_json("{not json")
    assert "ikke gyldig JSON" in str(info.value)


# ------------------------------------------------------------------ the rules


@pytest.mark.parametrize(
    ("path", "typed", "code", "says"),
    [
        ("funding.granted_date", "31.02.2027", "input.invalid_date", "finnes ikke"),
        ("progress.construction_start", "neste vår", "input.invalid_date", "dd.mm.åååå"),
        ("progress.milestones[0].date", "2027-13-01", "input.invalid_date", "finnes ikke"),
        ("treatments[0].date", "1.1.27", "input.invalid_date", "dd.mm.åååå"),
        ("cost.expected_cost_mnok", "12,,5", "input.invalid_number", "ikke et tall"),
        ("cost.expected_cost_mnok", "12,3456", "input.invalid_number", "høyst 3"),
        ("cost.std_dev_percent", "-5", "input.invalid_number", "minst 0"),
        ("cost.price_year", "20x7", "input.invalid_number", "heltall"),
        ("cost.price_year", "1800", "input.invalid_number", "minst 1900"),
        ("cost.items[0].low", "NaN", "amount.not_finite", "endelig"),
        ("funding.lines.2027.statlig", "inf", "amount.not_finite", "endelig"),
        ("cost.styringsramme_mnok", "−2 000 000", "amount.negative", "negativt"),
        ("cost.expected_cost_mnok", "40 800 000", "amount.implausible", "50\u00a0000,0 MNOK"),
    ],
)
def test_typed_text_is_an_error_naming_the_text_on_its_field(path, typed, code, says):
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.progress.milestones = [Milestone(name="Start")]
    s.treatments = [Treatment(body="politisk")]
    s.invalid_input[path] = typed
    [hit] = _findings(s, code)
    assert hit.field == path and hit.severity == "error"
    assert f"«{typed}»" in hit.message and says in hit.message
    # the inline message in the editor is the same text
    assert describe_input(path, typed, PROFILE)[1] in hit.message


def test_corrected_text_no_longer_reports():
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.invalid_input["funding.granted_date"] = "31.02.2027"
    assert _findings(s, "input.invalid_date")
    clear_invalid_input(s, "funding.granted_date")
    assert not _findings(s, "input.invalid_date")


def test_a_value_left_behind_by_typed_text_is_not_reported_twice():
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.cost.items = [CostItem(name="Bru", low=D(-1), most_likely=D(1), high=D(2))]
    s.invalid_input["cost.items[0].low"] = "-1,x"
    assert [
        f.code for f in check_sheet(s, CATALOG, today=TODAY) if f.field == "cost.items[0].low"
    ] == ["input.invalid_number"]


@pytest.mark.parametrize(
    "address",
    ["ola.nordmann@example.no", "k+tag@sub.domene.kommune.no", "a@b.c", "ÆØÅ@nær.no"],
)
def test_plain_addresses_are_accepted(address):
    assert is_email(address)
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.identification.contact_email = address
    assert not _findings(s, "identification.email_invalid")


@pytest.mark.parametrize(
    "address",
    [
        "ola.nordmann",
        "ola@",
        "@example.no",
        "ola@@example.no",
        "ola@example",
        "ola nordmann@example.no",
        "ola@example.",
        "ola@.no",
        "ola@example..no",
        "ola@exa mple.no",
    ],
)
def test_invalid_addresses_are_an_error_naming_the_address(address):
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.identification.contact_email = address
    [hit] = _findings(s, "identification.email_invalid")
    assert hit.field == "identification.contact_email" and hit.severity == "error"
    assert f"«{address}»" in hit.message


def test_an_empty_address_is_left_to_the_required_rule():
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.identification.contact_email = "  "
    assert not _findings(s, "identification.email_invalid")
