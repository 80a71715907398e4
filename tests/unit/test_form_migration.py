"""Form versions: a draft filled in with an older form opens in the new one.

Test forms in tests/fixtures/forms/: 2026.1 (old) and 2026.3 (new, two declared steps),
and a draft filled in with the old one."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.form_migration import (
    display_text,
    holds_value,
    migrate_to_form,
    migrate_working_copy,
    removed_values,
)
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.sheet import (
    Acknowledgement,
    ChecklistAnswer,
    Sheet,
    sheet_from_json,
    sheet_to_json,
)

FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "forms"
SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "sheets"


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_form(version: str) -> FormDefinition:
    return FormDefinition.model_validate(_toml(FORMS / version / "prosjektark.toml"))


def load_checklists(version: str) -> dict[str, ChecklistDefinition]:
    definition = ChecklistDefinition.model_validate(_toml(FORMS / version / "land_use.toml"))
    return {definition.id: definition}


def draft() -> Sheet:
    return sheet_from_json((FORMS / "utkast-2026.1.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def new_form() -> FormDefinition:
    return load_form("2026.3")


@pytest.fixture(scope="module")
def checklists() -> dict[str, ChecklistDefinition]:
    return load_checklists("2026.3")


def dump(sheet: Sheet) -> dict:
    return sheet.model_dump(mode="json")


# -- the fixture forms ------------------------------------------------------------------


def test_the_fixture_forms_load_and_the_draft_fits_the_old_form(new_form, checklists) -> None:
    old = load_form("2026.1")
    assert old.migrations == [] and old.versions() == ["2026.1"]
    assert new_form.versions() == ["2026.1", "2026.2", "2026.3"]
    assert new_form.checklist_problems(checklists) == []
    old_questions = {q.id for q in load_checklists("2026.1")["land_use"].questions}
    assert set(draft().land_use.answers) == old_questions
    assert draft().form_version == "2026.1"


# -- moving and keeping -----------------------------------------------------------------


def test_a_renamed_question_takes_its_answer_along(new_form, checklists) -> None:
    result = migrate_to_form(draft(), new_form, checklists)
    answers = result.sheet.land_use.answers
    assert "green_structure" not in answers
    assert answers["green_and_water"] == ChecklistAnswer(
        answer="ja", justification="Turvegen langs bekken flyttes fem meter."
    )
    assert result.status == "migrated"
    assert result.steps == ("2026.1→2026.2", "2026.2→2026.3")
    assert result.sheet.form_version == "2026.3" and result.to_version == "2026.3"
    assert result.message == (
        "Arket er fylt ut med skjemaversjon 2026.1 og vises nå i skjemaversjon 2026.3."
        " 2 verdier er flyttet til nye felt. 2 verdier fra felt skjemaet ikke lenger har,"
        " vises skrivebeskyttet under «Fjernet fra skjemaet»."
    )
    assert [(m.from_path, m.to_path) for m in result.moved] == [
        ("land_use.answers.green_structure", "land_use.answers.green_and_water"),
        ("description.zoning_needs", "description.technical_feasibility"),
    ]


def test_a_removed_question_and_field_keep_their_values(new_form, checklists) -> None:
    result = migrate_to_form(draft(), new_form, checklists)
    sheet = result.sheet
    assert sheet.land_use.answers["noise"] == ChecklistAnswer(
        answer="uavklart", justification="Støyberegning er bestilt, svar i mai."
    )
    assert sheet.identification.contact_phone == "+47 400 00 202"
    kept = {k.path: k for k in result.kept}
    assert set(kept) == {"land_use.answers.noise", "identification.contact_phone"}
    noise = kept["land_use.answers.noise"]
    assert (noise.label, noise.step, noise.reason) == (
        "Gir tiltaket mer støy for naboene?",
        "arealbruk",
        "removed",
    )
    assert noise.text == "Svar: Uavklart\nBegrunnelse: Støyberegning er bestilt, svar i mai."
    assert (
        kept["identification.contact_phone"].label,
        kept["identification.contact_phone"].step,
    ) == (
        "Telefon",
        "grunnlag",
    )
    assert removed_values(sheet, new_form, checklists) == list(result.kept)


def test_kept_values_are_in_the_json_after_saving(new_form, checklists) -> None:
    migrated = migrate_to_form(draft(), new_form, checklists).sheet
    text = sheet_to_json(migrated)
    assert "Støyberegning er bestilt" in text and "+47 400 00 202" in text
    again = sheet_from_json(text)
    assert dump(again) == dump(migrated)
    assert [k.path for k in removed_values(again, new_form, checklists)] == [
        "land_use.answers.noise",
        "identification.contact_phone",
    ]


def test_a_merge_moves_into_an_empty_field(new_form) -> None:
    sheet = migrate_to_form(draft(), new_form).sheet
    assert sheet.description.technical_feasibility == (
        "Reguleringsplanen må endres ved krysset med Bromstadvegen."
    )
    assert sheet.description.zoning_needs == ""


def test_a_merge_never_overwrites_text_and_keeps_the_old_value_in_view(
    new_form, checklists
) -> None:
    sheet = draft()
    sheet.description.technical_feasibility = "Brua over bekken må forsterkes."
    result = migrate_to_form(sheet, new_form, checklists)
    assert result.sheet.description.technical_feasibility == "Brua over bekken må forsterkes."
    assert result.sheet.description.zoning_needs == (
        "Reguleringsplanen må endres ved krysset med Bromstadvegen."
    )
    assert [m.from_path for m in result.moved] == ["land_use.answers.green_structure"]
    kept = next(k for k in result.kept if k.path == "description.zoning_needs")
    assert (kept.label, kept.step, kept.reason) == (
        "Behov for endret regulering",
        "beskrivelse",
        "not_moved",
    )
    assert "Gjennomførbarhet og regulering" in kept.note
    assert kept.text == "Reguleringsplanen må endres ved krysset med Bromstadvegen."


def test_the_same_text_in_both_fields_is_merged_not_kept_twice(new_form, checklists) -> None:
    sheet = draft()
    sheet.description.technical_feasibility = sheet.description.zoning_needs
    result = migrate_to_form(sheet, new_form, checklists)
    assert result.sheet.description.zoning_needs == ""
    assert "description.zoning_needs" not in {k.path for k in result.kept}


def test_a_renamed_question_whose_new_id_is_answered_keeps_both(new_form, checklists) -> None:
    sheet = draft()
    sheet.land_use.answers["green_and_water"] = ChecklistAnswer(answer="nei")
    result = migrate_to_form(sheet, new_form, checklists)
    answers = result.sheet.land_use.answers
    assert answers["green_and_water"].answer == "nei"
    assert answers["green_structure"].answer == "ja"
    kept = next(k for k in result.kept if k.path == "land_use.answers.green_structure")
    assert kept.reason == "not_moved" and kept.step == "arealbruk"
    assert (
        kept.label == "Berører tiltaket grønnstruktur, friområder eller vassdrag? (tidligere felt)"
    )


def test_an_acknowledgement_follows_its_field(new_form) -> None:
    sheet = draft()
    at = datetime(2026, 3, 9, tzinfo=UTC)
    sheet.acknowledgements = [
        Acknowledgement(code="x.y", field="description.zoning_needs", comment="ok", at=at)
    ]
    result = migrate_to_form(sheet, new_form)
    assert result.sheet.acknowledgements[0].field == "description.technical_feasibility"
    assert sheet.acknowledgements[0].field == "description.zoning_needs"


# -- purity, idempotence, versions ------------------------------------------------------


def test_the_sheet_passed_in_is_not_changed(new_form, checklists) -> None:
    sheet = draft()
    before = dump(sheet)
    result = migrate_to_form(sheet, new_form, checklists)
    assert dump(sheet) == before
    assert result.sheet is not sheet


def test_migrating_twice_changes_nothing_more(new_form, checklists) -> None:
    once = migrate_to_form(draft(), new_form, checklists)
    twice = migrate_to_form(once.sheet, new_form, checklists)
    assert twice.status == "current" and not twice.changed
    assert twice.moved == () and twice.steps == ()
    assert dump(twice.sheet) == dump(once.sheet)
    assert twice.kept == once.kept
    assert twice.message == ""


def test_the_working_copy_is_migrated_in_place_once(new_form, checklists) -> None:
    sheet = draft()
    first = migrate_working_copy(sheet, new_form, checklists)
    assert first.sheet is sheet and first.changed
    assert "green_and_water" in sheet.land_use.answers and sheet.form_version == "2026.3"
    after = dump(sheet)
    second = migrate_working_copy(sheet, new_form, checklists)
    assert not second.changed and dump(sheet) == after


def test_a_sheet_of_the_current_form_round_trips_unchanged(catalog) -> None:
    text = (SHEETS / "prosjektark-1.0-sykkelveg.json").read_text(encoding="utf-8")
    sheet = sheet_from_json(text)
    # Filled in with form 2026.1; 2026.2 only added two fields, so nothing moves and the
    # sheet is left exactly as it is (opening a signed sheet must not change it).
    assert sheet.form_version == "2026.1" != catalog.form.form_version
    result = migrate_to_form(sheet, catalog.form, catalog.checklists)
    assert result.status == "current" and not result.changed
    assert result.moved == () and result.kept == ()
    assert sheet_to_json(result.sheet) == sheet_to_json(sheet) == text.rstrip("\n")
    # What the editor does on opening: the object it edits is not changed either.
    assert not migrate_working_copy(sheet, catalog.form, catalog.checklists).changed
    assert sheet_to_json(sheet) == text.rstrip("\n")


def test_a_sheet_from_a_newer_form_is_left_as_it_is(new_form, checklists) -> None:
    sheet = draft()
    sheet.form_version = "2027.1"
    before = dump(sheet)
    result = migrate_to_form(sheet, new_form, checklists)
    assert result.status == "unknown_version" and result.newer and not result.changed
    assert dump(result.sheet) == before
    assert "green_structure" in result.sheet.land_use.answers
    assert "2027.1" in result.message and "nyere" in result.message
    assert "2026.3" in result.message


def test_an_unknown_form_version_is_left_as_it_is_and_reported(new_form) -> None:
    sheet = draft()
    sheet.form_version = "utkast-B"
    result = migrate_to_form(sheet, new_form)
    assert result.status == "unknown_version" and not result.newer
    assert dump(result.sheet) == dump(sheet)
    assert "«utkast-B»" in result.message


def test_a_sheet_without_a_form_version_starts_at_the_oldest_known(new_form) -> None:
    sheet = draft()
    sheet.form_version = ""
    result = migrate_to_form(sheet, new_form)
    assert result.status == "migrated" and result.from_version == ""
    assert result.steps == ("2026.1→2026.2", "2026.2→2026.3")
    assert "green_and_water" in result.sheet.land_use.answers
    assert "et eldre skjema" in result.message


def test_without_migrations_a_sheet_without_a_version_is_current_and_not_stamped(
    catalog,
) -> None:
    form = catalog.form.model_copy(update={"migrations": []})
    sheet = Sheet(profile="miljopakken")
    result = migrate_to_form(sheet, form)
    assert result.status == "current" and result.sheet.form_version == ""


def test_a_sheet_in_the_middle_of_the_chain_gets_only_the_later_steps(new_form) -> None:
    sheet = draft()
    sheet.form_version = "2026.2"
    sheet.land_use.answers["green_and_water"] = sheet.land_use.answers.pop("green_structure")
    result = migrate_to_form(sheet, new_form)
    assert result.steps == ("2026.2→2026.3",)
    assert [m.from_path for m in result.moved] == ["description.zoning_needs"]


def test_the_shipped_examples_are_current(catalog) -> None:
    for sheet in example_sheets(catalog):
        result = migrate_to_form(sheet, catalog.form, catalog.checklists)
        assert not result.changed and dump(result.sheet) == dump(sheet)
        assert result.kept == ()


# -- the rules and a kept answer --------------------------------------------------------


def test_the_checklist_rules_do_not_flag_a_kept_answer(catalog, new_form, checklists) -> None:
    test_catalog = Catalog(
        new_form, catalog.profiles, checklists, default_profile_id=catalog.default_profile_id
    )
    migrated = migrate_to_form(draft(), new_form, checklists).sheet
    fields = [f.field for f in check_sheet(migrated, test_catalog)]
    assert not [f for f in fields if f.startswith("land_use.answers.noise")]
    assert not [f for f in fields if f.startswith("land_use.")]
    # Before migration the renamed question reads as unanswered: migrating is what fixes it.
    before = [f.field for f in check_sheet(draft(), test_catalog)]
    assert "land_use.answers.green_and_water" in before


# -- what a form author may declare -----------------------------------------------------


def _form(migrations: list[dict], version: str = "2026.3") -> dict:
    data = _toml(FORMS / "2026.3" / "prosjektark.toml")
    data["form_version"] = version
    data["migrations"] = migrations
    return data


def _step(a: str, b: str, moved=(), removed=()) -> dict:
    return {"from_version": a, "to_version": b, "moved": list(moved), "removed": list(removed)}


def _move(source: str, target: str) -> dict:
    return {"from": source, "to": target}


@pytest.mark.parametrize(
    ("migrations", "expected"),
    [
        (
            [_step("2026.1", "2026.2"), _step("2026.5", "2026.3")],
            "versjonene henger ikke sammen",
        ),
        ([_step("2026.1", "2026.2")], "ikke til skjemaets versjon 2026.3"),
        (
            [_step("2026.3", "2026.1"), _step("2026.1", "2026.3")],
            "en sirkel",
        ),
        ([_step("2026.3", "2026.3")], "en sirkel"),
        (
            [_step("2026.2", "2026.3", [_move("description.zonng_needs", "description.purpose")])],
            "description.zonng_needs er ikke en sti i prosjektarket",
        ),
        (
            [_step("2026.2", "2026.3", [_move("land_use.answers.a", "description.purpose")])],
            "har ikke samme slags verdi",
        ),
        (
            [_step("2026.2", "2026.3", [_move("description.purpose", "funding.committed")])],
            "har ikke samme slags verdi",
        ),
        (
            [_step("2026.2", "2026.3", [_move("description.zoning_needs", "description.benefit")])],
            "description.benefit er ikke et felt i skjemaet 2026.3",
        ),
        (
            [
                _step(
                    "2026.2",
                    "2026.3",
                    [_move("traffic_safety.answers.a", "traffic_safety.answers.b")],
                )
            ],
            "traffic_safety.answers.b er ikke et felt i skjemaet",
        ),
        (
            [
                _step(
                    "2026.2",
                    "2026.3",
                    [
                        _move("land_use.answers.a", "land_use.answers.c"),
                        _move("land_use.answers.a", "land_use.answers.d"),
                    ],
                )
            ],
            "land_use.answers.a flyttes flere ganger",
        ),
        (
            [_step("2026.2", "2026.3", removed=[{"path": "id", "label": "Id"}])],
            "id er ikke en sti i prosjektarket",
        ),
        (
            [_step("2026.2", "2026.3", removed=[{"path": "description", "label": "Alt"}])],
            "description er ikke en sti i prosjektarket",
        ),
    ],
)
def test_unsound_migrations_are_refused_at_load(migrations, expected) -> None:
    with pytest.raises(ValidationError) as info:
        FormDefinition.model_validate(_form(migrations))
    assert expected in str(info.value)


def test_a_migration_with_an_unknown_key_is_refused() -> None:
    step = _step("2026.2", "2026.3") | {"renamed": []}
    with pytest.raises(ValidationError, match="renamed"):
        FormDefinition.model_validate(_form([step]))


def test_a_target_moved_or_removed_by_a_later_step_is_sound() -> None:
    form = FormDefinition.model_validate(
        _form(
            [
                _step(
                    "2026.1", "2026.2", [_move("description.benefit", "description.stakeholders")]
                ),
                _step(
                    "2026.2",
                    "2026.3",
                    [_move("description.stakeholders", "description.purpose")],
                    [{"path": "description.alternatives", "label": "Alternativer"}],
                ),
            ]
        )
    )
    assert form.versions() == ["2026.1", "2026.2", "2026.3"]
    sheet = Sheet(form_version="2026.1")
    sheet.description.benefit = "Flere syklende."
    assert migrate_to_form(sheet, form).sheet.description.purpose == "Flere syklende."


def test_a_move_to_a_question_the_checklist_lacks_is_a_checklist_problem(checklists) -> None:
    form = FormDefinition.model_validate(
        _form([_step("2026.2", "2026.3", [_move("land_use.answers.a", "land_use.answers.b")])])
    )
    assert form.checklist_problems(checklists) == [
        "2026.2→2026.3: land_use.answers.b er ikke et spørsmål i sjekklisten"
    ]


def test_the_shipped_form_declares_sound_migrations(catalog) -> None:
    assert catalog.form.checklist_problems(catalog.checklists) == []


# -- values worth showing ---------------------------------------------------------------


def test_what_counts_as_a_kept_value() -> None:
    assert not holds_value(None) and not holds_value("  ") and not holds_value(False)
    assert not holds_value(ChecklistAnswer())
    assert holds_value(True) and holds_value(Decimal(0)) and holds_value("x")
    assert display_text(Decimal("12.5")) == "12,5"
    assert display_text(True) == "Ja"
    assert display_text(["Trondheim", "Malvik"]) == "Trondheim, Malvik"


def test_an_undeclared_unknown_answer_is_shown_too(new_form, checklists) -> None:
    sheet = migrate_to_form(draft(), new_form, checklists).sheet
    sheet.land_use.answers["old_typo"] = ChecklistAnswer(answer="nei")
    kept = next(k for k in removed_values(sheet, new_form, checklists) if k.reason != "removed")
    assert kept.path == "land_use.answers.old_typo" and kept.step == "arealbruk"
    assert kept.text == "Svar: Nei"
    assert "old_typo" in kept.label
