"""The sheet model: Norwegian errors that name the field, strictness, copy_as_new."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import (
    FORMAT,
    Sheet,
    SheetError,
    Treatment,
    sheet_from_dict,
    sheet_from_json,
    sheet_to_dict,
    sheet_to_json,
)


def _error(text: str) -> str:
    with pytest.raises(SheetError) as info:
        sheet_from_json(text)
    message = str(info.value)
    assert message.startswith("Ugyldig prosjektark")
    return message


@pytest.mark.parametrize(
    ("document", "field", "reason"),
    [
        ('{"revision": "abc"}', "revision", "må være et heltall"),
        ('{"revision": -1}', "revision", "er for lav"),
        ('{"cost": {"expected_cost_mnok": "mye"}}', "cost.expected_cost_mnok", "må være et tall"),
        (
            '{"cost": {"expected_cost_mnok": 1.2345}}',
            "cost.expected_cost_mnok",
            "for mange desimaler",
        ),
        (
            '{"progress": {"construction_start": "2026-13-01"}}',
            "progress.construction_start",
            "må være en dato",
        ),
        ('{"identification": {"phase": "XX"}}', "identification.phase", "ugyldig verdi"),
        ('{"identification": {"title": 5}}', "identification.title", "må være tekst"),
        ('{"risks": [{"probability": 9}]}', "risks.0.probability", "er for høy"),
        (
            '{"funding": {"additionality_confirmed": "kanskje"}}',
            "funding.additionality_confirmed",
            "må være sann eller usann",
        ),
        ('{"id": "ikke-en-uuid"}', "id", "må være en UUID"),
        ('{"goals": {"klima": 3}}', "goals", "må være en liste"),
    ],
)
def test_wrong_field_type_names_the_field_in_norwegian(document, field, reason):
    message = _error(document)
    assert f"{field}: {reason}" in message


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ('{"tittel": "Sykkelveg"}', "tittel"),
        ('{"identification": {"navn": "x"}}', "identification.navn"),
        ('{"cost": {"items": [{"name": "a", "mid": 1}]}}', "cost.items.0.mid"),
    ],
)
def test_unknown_fields_are_rejected(document, field):
    assert f"{field}: ukjent felt" in _error(document)


def test_invalid_json_is_reported_in_norwegian():
    assert "ikke gyldig JSON" in _error('{"revision": 1,')


def test_not_an_object_is_reported():
    assert "må være et objekt" in _error("[1, 2]")
    with pytest.raises(SheetError, match="må være et objekt"):
        sheet_from_dict("tekst")


def test_many_errors_are_capped_with_a_count():
    data = {f"felt{i}": i for i in range(13)}
    message = _error(json.dumps(data))
    assert "… og 3 feil til" in message


def test_default_sheet_is_valid_json_of_the_format():
    sheet = Sheet()
    data = json.loads(sheet_to_json(sheet))
    assert data["format"] == "prosjektark/1"  # the oldest tag that holds it
    assert sheet.format == FORMAT == "prosjektark/1.3"
    assert sheet_from_dict(data) == sheet
    assert sheet.created.tzinfo is not None


def test_naive_timestamps_are_read_as_utc():
    data = sheet_to_dict(Sheet())
    data["created"] = "2026-05-01T12:00:00"
    sheet = sheet_from_dict(data)
    assert sheet.created.utcoffset().total_seconds() == 0


def test_money_is_a_json_number_with_decimal_value():
    sheet = Sheet()
    sheet.cost.expected_cost_mnok = Decimal("12.345")
    data = json.loads(sheet_to_json(sheet))
    assert data["cost"]["expected_cost_mnok"] == 12.345
    assert sheet_from_json(sheet_to_json(sheet)).cost.expected_cost_mnok == Decimal("12.345")


def test_copy_as_new_gives_new_identity_and_revision_zero(catalog):
    original = example_sheets(catalog)[0]
    original.treatments.append(Treatment(body="politisk", date=date(2026, 1, 1), political=True))
    assert original.revision > 0 and original.is_example

    copy = original.copy_as_new()

    assert copy.id != original.id
    assert copy.revision == 0
    assert copy.is_example is False
    assert copy.treatments == [] and copy.acknowledgements == []
    assert copy.created >= original.created
    # The content is kept, and the copy is independent of the original.
    assert copy.identification == original.identification
    assert copy.cost == original.cost
    copy.identification.title = "Endret"
    copy.cost.items[0].name = "Endret"
    assert original.identification.title != "Endret"
    assert original.cost.items[0].name != "Endret"
    assert original.treatments, "the original keeps its history"


def test_two_copies_get_different_ids():
    sheet = Sheet()
    assert sheet.copy_as_new().id != sheet.copy_as_new().id
