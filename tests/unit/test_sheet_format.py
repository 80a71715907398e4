"""Versions of the sheet JSON: upgrades of older formats, newer minors kept, majors refused.

tests/fixtures/sheets/prosjektark-<version>-*.json holds sheets as each format version
wrote them (1.4 is a made-up future minor with fields this version does not know). Never
regenerate an old fixture; add one when a format is released.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from prosjektark.domain import format as sheet_format
from prosjektark.domain.format import FormatError, Step, parse_tag, tag, upgrade
from prosjektark.domain.format.steps import CURRENT, STEPS
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.sheet import (
    FORMAT,
    SheetError,
    sheet_from_dict,
    sheet_from_json,
    sheet_to_json,
    unknown_fields,
)
from prosjektark.paths import resource_dir

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
SCHEMAS = resource_dir() / "schema"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixtures_of(version: str) -> list[Path]:
    return sorted(FIXTURES.glob(f"prosjektark-{version}-*.json"))


# -- tags -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "version"),
    [("prosjektark/1", (1, 0)), ("prosjektark/1.0", (1, 0)), ("prosjektark/1.1", (1, 1))],
)
def test_tags_are_read_as_major_and_minor(text: str, version: tuple[int, int]) -> None:
    assert parse_tag(text) == version


@pytest.mark.parametrize("text", ["prosjektark/", "prosjektark/1.x", "annet/1.0", None, 1.1])
def test_a_tag_that_is_no_version_is_refused(text: object) -> None:
    with pytest.raises(FormatError, match="Ukjent format"):
        parse_tag(text)


def test_1_0_keeps_the_tag_older_versions_wrote_and_accept() -> None:
    assert tag((1, 0)) == "prosjektark/1" and tag((1, 1)) == "prosjektark/1.1"
    assert tag(CURRENT) == FORMAT


def test_the_steps_lead_from_1_0_to_the_current_version_one_at_a_time() -> None:
    version = (1, 0)
    for step in STEPS:
        assert step.source == version and step.target > step.source
        if step.target[0] == step.source[0]:
            assert step.target[1] == step.source[1] + 1
            assert step.adds, "a minor step names the optional fields it adds"
        version = step.target
    assert version == CURRENT


# -- older formats are upgraded -------------------------------------------------------------


@pytest.mark.parametrize("path", fixtures_of("1.0"), ids=lambda p: p.name)
def test_every_1_0_fixture_is_read_and_written_back_unchanged(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sheet = sheet_from_json(text)
    assert sheet.format == FORMAT
    assert sheet_to_json(sheet) + "\n" == text  # still the tag an older laptop reads
    schema = json.loads((SCHEMAS / "prosjektark-1.0.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text)))


@pytest.mark.parametrize("path", fixtures_of("1.1"), ids=lambda p: p.name)
def test_every_1_1_fixture_is_read_and_valid_against_its_schema(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sheet = sheet_from_json(text)
    assert sheet.invalid_input
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1.1"
    schema = json.loads((SCHEMAS / "prosjektark-1.1.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text)))


@pytest.mark.parametrize("path", fixtures_of("1.2"), ids=lambda p: p.name)
def test_every_1_2_fixture_is_read_written_back_unchanged_and_valid(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sheet = sheet_from_json(text)
    assert sheet.identification.political_interest and sheet.cost.complex_planning
    assert sheet_to_json(sheet) + "\n" == text
    schema = json.loads((SCHEMAS / "prosjektark-1.2.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text)))
    # A 1.1 reader's schema refuses what it cannot hold; the 1.1 program keeps such fields
    # as a newer minor's (test_a_newer_minor_keeps_every_unknown_field_through_a_round_trip).
    older = json.loads((SCHEMAS / "prosjektark-1.1.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(older).iter_errors(json.loads(text)))


@pytest.mark.parametrize("path", fixtures_of("1.3"), ids=lambda p: p.name)
def test_every_1_3_fixture_is_read_written_back_unchanged_and_valid(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    sheet = sheet_from_json(text)
    assert sheet.language == "nn" and not sheet.made_by_newer_version
    assert sheet_to_json(sheet) + "\n" == text
    schema = json.loads((SCHEMAS / "prosjektark-1.3.schema.json").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(json.loads(text)))
    # 1.2 has no field for the language: its schema refuses the sheet, and a 1.2 program
    # keeps the field as a newer minor's.
    older = json.loads((SCHEMAS / "prosjektark-1.2.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(older).iter_errors(json.loads(text)))


def test_the_1_2_to_1_3_step_adds_the_language_and_moves_nothing() -> None:
    (step,) = [s for s in STEPS if s.target == (1, 3)]
    assert step.source == (1, 2) and step.adds == ("language",)
    original = json.loads(fixture("prosjektark-1.2-politisk-interesse.json"))
    done = upgrade(original, STEPS, (1, 3))
    assert done.source == (1, 2) and not done.newer
    assert done.data == {**original, "format": "prosjektark/1.3"}
    assert "language" not in done.data  # a sheet of 1.2 or older is in bokmål
    assert sheet_from_dict(original).language == "nb"


def test_the_language_is_written_only_when_it_is_not_bokmal() -> None:
    sheet = sheet_from_json(fixture("prosjektark-1.0-sykkelveg.json"))
    for language in ("nn", "en"):
        sheet.language = language
        written = json.loads(sheet_to_json(sheet))
        assert written["format"] == "prosjektark/1.3" and written["language"] == language
        assert sheet_from_json(json.dumps(written)).language == language
    sheet.language = "nb"
    written = json.loads(sheet_to_json(sheet))
    assert written["format"] == "prosjektark/1" and "language" not in written
    # A bokmål sheet that uses a 1.2 field stays 1.2: the language does not lift it.
    sheet.cost.complex_planning = True
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1.2"
    sheet.language = "nn"
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1.3"


def test_a_language_this_version_does_not_know_is_refused() -> None:
    data = json.loads(fixture("prosjektark-1.3-nynorsk.json"))
    data["language"] = "se"
    with pytest.raises(SheetError, match="language: ugyldig verdi"):
        sheet_from_dict(data)


def test_the_1_2_flags_are_written_only_when_set() -> None:
    sheet = sheet_from_json(fixture("prosjektark-1.0-sykkelveg.json"))
    sheet.cost.complex_planning = True
    written = json.loads(sheet_to_json(sheet))
    assert written["format"] == "prosjektark/1.2" and written["cost"]["complex_planning"] is True
    sheet.cost.complex_planning = False
    written = json.loads(sheet_to_json(sheet))
    assert written["format"] == "prosjektark/1" and "complex_planning" not in written["cost"]


def test_a_programmes_own_vocabulary_is_written_as_1_2() -> None:
    """1.1 knew only Miljøpakken's ids; a sheet with another programme's is tagged 1.2."""
    from prosjektark.domain.sheet import FundingLine, Treatment

    sheet = sheet_from_json(fixture("prosjektark-1.0-sykkelveg.json"))
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1"
    for change, undo in (
        (
            lambda: sheet.funding.lines.append(
                FundingLine(year=2027, source="privat", amount_mnok=1)
            ),
            lambda: sheet.funding.lines.pop(),
        ),
        (
            lambda: setattr(sheet.funding, "operation_exception", "godkjent_styringsgruppen"),
            lambda: setattr(sheet.funding, "operation_exception", ""),
        ),
        (
            lambda: sheet.treatments.append(Treatment(transition="PU-XX")),
            lambda: sheet.treatments.pop(),
        ),
    ):
        change()
        written = json.loads(sheet_to_json(sheet))
        assert written["format"] == "prosjektark/1.2"
        older = json.loads((SCHEMAS / "prosjektark-1.1.schema.json").read_text(encoding="utf-8"))
        assert list(jsonschema.Draft202012Validator(older).iter_errors(written))
        undo()
        assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1"


def test_a_sheet_is_written_with_the_oldest_tag_that_holds_it() -> None:
    sheet = sheet_from_json(fixture("prosjektark-1.0-sykkelveg.json"))
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1"
    sheet.invalid_input["funding.granted_date"] = "31.02.2027"
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1.1"
    sheet.invalid_input.clear()
    assert json.loads(sheet_to_json(sheet))["format"] == "prosjektark/1"


def test_upgrade_steps_run_in_order_on_a_copy() -> None:
    """The machinery a future major uses: ordered steps that move fields."""

    def rename_title(document: dict) -> None:
        document["identification"]["name"] = document["identification"].pop("title")

    def add_language(document: dict) -> None:
        document.setdefault("language", "nb")

    steps = (
        *STEPS,
        Step((1, 1), (2, 0), rename_title, note="tittel heter navn"),
        Step((2, 0), (2, 1), add_language, adds=("language",)),
    )
    original = json.loads(fixture("prosjektark-1.0-sykkelveg.json"))
    done = upgrade(original, steps, (2, 1))
    assert done.source == (1, 0) and not done.newer
    assert done.data["format"] == "prosjektark/2.1"
    assert done.data["identification"]["name"] == original["identification"]["title"]
    assert done.data["language"] == "nb"
    assert "name" not in original["identification"]  # the reader's copy, not the input
    assert sheet_format.oldest_tag_for(done.data, steps, (2, 1)) == "prosjektark/2.1"


def test_a_format_without_a_step_path_is_refused_with_both_versions() -> None:
    with pytest.raises(FormatError, match=rf"prosjektark/0\.9.*{re.escape(tag(CURRENT))}"):
        upgrade({"format": "prosjektark/0.9"}, STEPS, CURRENT)


# -- newer versions --------------------------------------------------------------------------


def test_a_newer_major_is_refused_naming_both_versions() -> None:
    data = json.loads(fixture("prosjektark-1.0-sykkelveg.json"))
    data["format"] = "prosjektark/2.0"
    with pytest.raises(SheetError) as caught:
        sheet_from_dict(data)
    assert "prosjektark/2.0" in str(caught.value) and tag(CURRENT) in str(caught.value)
    with pytest.raises(SheetError, match="Oppdater Prosjektark"):
        sheet_from_json(json.dumps(data))


def test_a_newer_minor_keeps_every_unknown_field_through_a_round_trip() -> None:
    text = fixture("prosjektark-1.4-framtidig.json")
    original = json.loads(text)
    sheet = sheet_from_json(text)
    assert sheet.made_by_newer_version and sheet.format == "prosjektark/1.4"
    assert sorted(unknown_fields(sheet)) == sorted(
        [
            "review_language",
            "cost.p85_mnok",
            "cost.items.0.basis",
            "funding.lines.0.party",
            "goals.0.weight",
        ]
    )
    sheet.identification.title += " (redigert i 1.1)"  # an older reader edits what it knows
    written = json.loads(sheet_to_json(sheet))
    assert written["format"] == "prosjektark/1.4"
    for path in (
        ("review_language",),
        ("cost", "p85_mnok"),
        ("cost", "items", 0, "basis"),
        ("funding", "lines", 0, "party"),
        ("goals", 0, "weight"),
    ):
        before, after = original, written
        for key in path:
            before, after = before[key], after[key]
        assert json.dumps(after, ensure_ascii=False) == json.dumps(before, ensure_ascii=False)
    # Read back by the same older reader: still the newer minor, nothing lost.
    again = sheet_from_json(json.dumps(written))
    assert again.identification.title.endswith("(redigert i 1.1)")
    assert sorted(unknown_fields(again)) == sorted(unknown_fields(sheet))


def test_the_rules_say_a_sheet_was_made_by_a_newer_version(catalog) -> None:
    sheet = sheet_from_json(fixture("prosjektark-1.4-framtidig.json"))
    (finding,) = [f for f in check_sheet(sheet, catalog) if f.code == "format.newer"]
    assert finding.severity == "info"
    assert "prosjektark/1.4" in finding.message and "cost.p85_mnok" in finding.message
    current = sheet_from_json(fixture("prosjektark-1.0-sykkelveg.json"))
    assert not [f for f in check_sheet(current, catalog) if f.code == "format.newer"]


def test_an_unknown_field_in_a_sheet_of_this_version_is_still_refused() -> None:
    data = json.loads(fixture("prosjektark-1.1-ugyldig-inndata.json"))
    data["cost"]["p85_mnok"] = 52.125  # a typo or a hand edit, not a newer version
    with pytest.raises(SheetError, match=r"cost\.p85_mnok: ukjent felt"):
        sheet_from_json(json.dumps(data))
