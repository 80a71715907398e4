"""The sheet JSON Schema: committed copy up to date, examples valid, lossless round trips."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, timedelta, timezone
from decimal import Decimal

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prosjektark.domain import schema as schema_mod
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import (
    Acknowledgement,
    Attachment,
    Checklist,
    ChecklistAnswer,
    Cost,
    CostItem,
    Description,
    Funding,
    FundingLine,
    GoalScore,
    Identification,
    IndexedAmount,
    Milestone,
    Progress,
    Risk,
    Sheet,
    Treatment,
    sheet_from_json,
    sheet_to_dict,
    sheet_to_json,
)
from prosjektark.paths import resource_dir

COMMITTED = resource_dir() / "schema" / schema_mod.SCHEMA_FILENAME


@pytest.fixture(scope="module")
def sheet_schema() -> dict:
    return schema_mod.sheet_json_schema()


@pytest.fixture(scope="module")
def validator(sheet_schema):
    return jsonschema.Draft202012Validator(
        sheet_schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_committed_schema_equals_generated():
    assert COMMITTED.is_file(), "kjør: python -m prosjektark.domain.schema"
    committed = COMMITTED.read_text(encoding="utf-8")
    assert committed == schema_mod.schema_text(), (
        "resources/schema er utdatert; kjør: python -m prosjektark.domain.schema"
    )
    assert committed.endswith("}\n")


def test_schema_metadata(sheet_schema):
    jsonschema.Draft202012Validator.check_schema(sheet_schema)
    assert sheet_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert sheet_schema["$id"] == "https://prosjektark.no/schema/prosjektark-1.3.schema.json"
    assert sheet_schema["title"] == "Prosjektark"
    assert "prosjektark/1.3" in sheet_schema["description"]
    assert sheet_schema["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False for d in sheet_schema["$defs"].values())
    assert sheet_schema["properties"]["format"]["enum"] == [
        "prosjektark/1",
        "prosjektark/1.1",
        "prosjektark/1.2",
        "prosjektark/1.3",
    ]
    # 1.3: the sheet's own language, optional (left out while bokmål).
    assert sheet_schema["properties"]["language"]["enum"] == ["nb", "nn", "en"]
    assert "language" not in sheet_schema.get("required", [])


def _number_branch(prop: dict) -> dict:
    branches = prop.get("anyOf", [prop])
    numbers = [b for b in branches if b.get("type") == "number"]
    assert len(numbers) == 1, prop
    assert not any(b.get("type") == "string" for b in branches), "penger skrives som tall"
    return numbers[0]


def test_money_is_a_bounded_number(sheet_schema):
    defs = sheet_schema["$defs"]
    for model, field in [
        ("Cost", "expected_cost_mnok"),
        ("Cost", "styringsramme_mnok"),
        ("CostItem", "most_likely"),
        ("FundingLine", "amount_mnok"),
        ("IndexedAmount", "amount"),
    ]:
        number = _number_branch(defs[model]["properties"][field])
        assert number["minimum"] == -1_000_000
        assert number["maximum"] == 1_000_000
    percent = _number_branch(defs["Cost"]["properties"]["std_dev_percent"])
    assert (percent["minimum"], percent["maximum"]) == (0, 1000)


def test_revision_is_bounded(sheet_schema):
    revision = sheet_schema["properties"]["revision"]
    assert (revision["minimum"], revision["maximum"]) == (0, 1_000_000)
    assert revision["maximum"] < 2**63 - 1  # SQLite's INTEGER


def test_invalid_input_is_text_keyed_by_field_paths(validator):
    ok = {"invalid_input": {"funding.granted_date": "31.02.2027", "cost.items[3].low": "NaN"}}
    assert not list(validator.iter_errors(ok))
    assert not list(validator.iter_errors({"invalid_input": {"funding.lines.2027.statlig": "x"}}))
    for bad in (
        {"identification.title": "x"},
        {"funding.lines[0].amount_mnok": "x"},
        {"funding.granted_date": 5},
    ):
        assert list(validator.iter_errors({"invalid_input": bad})), bad


def test_regenerate_writes_the_committed_text(tmp_path, capsys):
    target = tmp_path / "schema" / "out.json"
    assert schema_mod.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_mod.schema_text()
    assert str(target) in capsys.readouterr().out


def test_every_example_validates(catalog, validator):
    for sheet in example_sheets(catalog):
        errors = list(validator.iter_errors(json.loads(sheet_to_json(sheet))))
        assert not errors, (sheet.title, [e.message for e in errors])


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(unknown=1),
        lambda d: d["cost"].update(expected_cost_mnok="12.5"),
        lambda d: d["identification"].update(phase="XX"),
        lambda d: d.update(revision=-1),
        lambda d: d.update(revision=2**63),
        lambda d: d.update(invalid_input={"identification.title": "x"}),
        lambda d: d["funding"]["lines"].append({"year": 2027, "source": "X!", "amount_mnok": 1}),
        lambda d: d["risks"].append({"probability": 6}),
    ],
    ids=[
        "ukjent-felt",
        "penger-som-tekst",
        "ukjent-fase",
        "negativ-revisjon",
        "revisjon-2^63",
        "ukjent-inndatafelt",
        "ukjent-kilde",
        "nivå-6",
    ],
)
def test_schema_rejects_what_the_model_does_not_write(catalog, validator, mutate):
    data = sheet_to_dict(example_sheets(catalog)[0])
    mutate(data)
    assert list(validator.iter_errors(data))


# ---------------------------------------------------------------- round trip property

_text = st.text(max_size=25)
_mnok = st.decimals(
    min_value=Decimal("-1000000"),
    max_value=Decimal("1000000"),
    places=3,
    allow_nan=False,
    allow_infinity=False,
)
_percent = st.decimals(
    min_value=Decimal(0), max_value=Decimal(1000), places=2, allow_nan=False, allow_infinity=False
)
_year = st.integers(1900, 2200)
_level = st.integers(1, 5)
_moment = st.datetimes(
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))])
)
_phase = st.sampled_from(["PU", "DP", "UB"])


def _opt(strategy):
    return st.none() | strategy


_identification = st.builds(
    Identification,
    title=_text,
    summary=_text,
    responsible_party=_text,
    municipalities=st.lists(_text, max_size=3),
    phase=_phase,
    funding_type=st.sampled_from(["enkeltprosjekt", "prosjektpakke", "sekkepost"]),
    contact_email=_text,
)
_description = st.builds(Description, purpose=_text, benefit=_text, changes_affecting_benefit=_text)
_checklist = st.builds(
    Checklist,
    answers=st.dictionaries(
        st.text(min_size=1, max_size=12),
        st.builds(ChecklistAnswer, answer=_text, justification=_text),
        max_size=4,
    ),
)
_cost = st.builds(
    Cost,
    expected_cost_mnok=_opt(_mnok),
    std_dev_percent=_opt(_percent),
    estimate_kind=_opt(st.sampled_from(["utredningsestimat", "styringsmal", "styringsramme"])),
    estimate_method=_opt(st.sampled_from(["anslagsmetoden", "enklere"])),
    price_year=_opt(_year),
    styringsmal_mnok=_opt(_mnok),
    styringsramme_mnok=_opt(_mnok),
    original_amount=_opt(st.builds(IndexedAmount, amount=_mnok, year=_year)),
    items=st.lists(
        st.builds(CostItem, name=_text, low=_opt(_mnok), most_likely=_opt(_mnok), high=_opt(_mnok)),
        max_size=4,
    ),
    notes=_text,
)
_funding = st.builds(
    Funding,
    lines=st.lists(
        st.builds(
            FundingLine,
            year=_year,
            source=st.from_regex(r"\A[a-z][a-z0-9_]{0,39}\Z"),
            amount_mnok=_mnok,
        ),
        max_size=5,
    ),
    additionality_confirmed=st.booleans(),
    operation_exception=st.one_of(st.just(""), st.from_regex(r"\A[a-z][a-z0-9_]{0,39}\Z")),
    granted_date=_opt(st.dates()),
    committed=st.booleans(),
)
_sheets = st.builds(
    Sheet,
    id=st.uuids(),
    revision=st.integers(0, 10_000),
    form_version=_text,
    profile=_text,
    is_example=st.booleans(),
    created=_moment,
    modified=_moment,
    identification=_identification,
    description=_description,
    land_use=_checklist,
    traffic_safety=_checklist,
    cost=_cost,
    funding=_funding,
    goals=st.lists(
        st.builds(GoalScore, goal=_text, score=st.integers(0, 3), justification=_text), max_size=4
    ),
    risks=st.lists(
        st.builds(Risk, description=_text, probability=_level, consequence=_level), max_size=3
    ),
    progress=st.builds(
        Progress,
        construction_start=_opt(st.dates()),
        milestones=st.lists(
            st.builds(Milestone, name=_text, date=_opt(st.dates()), done=st.booleans()), max_size=3
        ),
    ),
    treatments=st.lists(
        st.builds(
            Treatment,
            body=_text,
            date=_opt(st.dates()),
            decision=_text,
            transition=st.sampled_from(["", "PU-DP", "DP-UB"]),
            political=st.booleans(),
        ),
        max_size=3,
    ),
    attachments=st.lists(
        st.builds(
            Attachment,
            id=st.uuids().map(str),
            filename=_text,
            media_type=_text,
            sha256=st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
            size=st.integers(0, 2**40),
        ),
        max_size=2,
    ),
    acknowledgements=st.lists(
        st.builds(Acknowledgement, code=_text, field=_text, comment=_text, by=_text, at=_moment),
        max_size=2,
    ),
    invalid_input=st.dictionaries(
        st.sampled_from(
            [
                "cost.expected_cost_mnok",
                "cost.items[0].high",
                "funding.lines.2027.kommunal",
                "funding.granted_date",
                "treatments[2].date",
            ]
        ),
        _text,
        max_size=3,
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sheets)
def test_any_sheet_round_trips_losslessly(validator, sheet):
    text = sheet_to_json(sheet)
    back = sheet_from_json(text)
    assert back == sheet
    assert sheet_to_json(back) == text
    # Money keeps its value to the thousand kroner, not just approximately.
    for item, again in zip(sheet.cost.items, back.cost.items, strict=True):
        for name in ("low", "most_likely", "high"):
            assert getattr(again, name) == getattr(item, name)
    assert [line.amount_mnok for line in back.funding.lines] == [
        line.amount_mnok for line in sheet.funding.lines
    ]
    assert not list(validator.iter_errors(json.loads(text)))


def test_round_trip_keeps_edge_values():
    sheet = Sheet(
        id=uuid.UUID(int=1),
        cost=Cost(
            expected_cost_mnok=Decimal("999999.999"),
            styringsmal_mnok=Decimal("0.001"),
            styringsramme_mnok=Decimal("-1000000"),
            std_dev_percent=Decimal("12.34"),
            items=[
                CostItem(
                    name="ø", low=Decimal("0.1"), most_likely=Decimal("0.2"), high=Decimal("0.3")
                )
            ],
        ),
    )
    back = sheet_from_json(sheet_to_json(sheet))
    assert back.cost == sheet.cost
    assert back.cost.expected_cost_mnok == Decimal("999999.999")
    assert json.loads(sheet_to_json(sheet))["cost"]["expected_cost_mnok"] == 999999.999
