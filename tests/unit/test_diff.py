"""What changed between two versions of a sheet (domain/diff.py), in the form's words."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.diff import FieldChange, diff_sheets, grouped_by_step
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.sheet import (
    Acknowledgement,
    Attachment,
    ChecklistAnswer,
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Sheet,
    Treatment,
    sheet_from_json,
    sheet_to_json,
)

FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


@pytest.fixture(scope="module")
def profile(catalog):
    return catalog.profile("miljopakken")


def base(catalog) -> Sheet:
    """A full example sheet (every part filled in), as a fresh copy."""
    return example_sheets(catalog)[0].model_copy(deep=True)


def copy(sheet: Sheet) -> Sheet:
    return sheet_from_json(sheet_to_json(sheet))


def diff(before: Sheet, after: Sheet, catalog, profile=None) -> list[FieldChange]:
    return diff_sheets(
        before, after, catalog.form, catalog.checklists, profile or catalog.profile("miljopakken")
    )


def by_field(changes: list[FieldChange]) -> dict[str, FieldChange]:
    return {c.field: c for c in changes}


# ------------------------------------------------------------------ plain fields


def test_the_same_sheet_saved_again_has_no_changes(catalog) -> None:
    before = base(catalog)
    after = copy(before)
    # Bookkeeping is not a change the reader made.
    after.revision += 1
    after.modified = datetime(2030, 1, 1, tzinfo=UTC)
    after.form_version = "1999.1"
    assert diff(before, after, catalog) == []


def test_a_changed_text_field_is_named_by_the_form_label(catalog) -> None:
    before = base(catalog)
    after = copy(before)
    after.identification.title = "Ny tittel"
    [change] = diff(before, after, catalog)
    assert change == FieldChange(
        field="identification.title",
        label="Prosjektnavn",
        kind="changed",
        before=before.identification.title,
        after="Ny tittel",
        step="grunnlag",
    )
    assert change.as_dict() == {
        "field": "identification.title",
        "label": "Prosjektnavn",
        "kind": "changed",
        "before": before.identification.title,
        "after": "Ny tittel",
        "step": "grunnlag",
    }


def test_a_value_filled_in_is_added_and_a_value_cleared_is_removed(catalog) -> None:
    before = base(catalog)
    before.identification.contact_phone = ""
    before.funding.road_owner = "Trondheim kommune"
    after = copy(before)
    after.identification.contact_phone = "+47 400 00 000"
    after.funding.road_owner = "   "
    changes = by_field(diff(before, after, catalog))
    assert changes["identification.contact_phone"].kind == "added"
    assert changes["identification.contact_phone"].before == ""
    assert changes["identification.contact_phone"].after == "+47 400 00 000"
    assert changes["funding.road_owner"].kind == "removed"
    assert changes["funding.road_owner"].label == "Vegeier"
    assert (changes["funding.road_owner"].before, changes["funding.road_owner"].after) == (
        "Trondheim kommune",
        "",
    )


def test_choices_are_shown_by_their_labels_from_the_form_and_the_profile(catalog, profile) -> None:
    before = base(catalog)
    before.identification.phase = "PU"
    before.identification.action_area = "sykkel"
    after = copy(before)
    after.identification.phase = "DP"
    after.identification.action_area = "kollektiv"
    after.funding.additionality_confirmed = not before.funding.additionality_confirmed
    changes = by_field(diff(before, after, catalog))
    phase = changes["identification.phase"]
    assert (phase.label, phase.before, phase.after) == (
        "Fase det søkes midler til",
        "Prosjektutvikling (PU)",
        "Detaljplanlegging (DP)",
    )
    area = changes["identification.action_area"]
    assert area.before == profile.action_area_name("sykkel") != "sykkel"
    assert area.after == profile.action_area_name("kollektiv") != "kollektiv"
    bool_change = changes["funding.additionality_confirmed"]
    assert {bool_change.before, bool_change.after} == {"Ja", "Nei"}


def test_money_is_formatted_by_the_one_formatter(catalog) -> None:
    before = base(catalog)
    before.cost.expected_cost_mnok = Decimal("1234.5")
    before.cost.std_dev_percent = Decimal("35")
    after = copy(before)
    after.cost.expected_cost_mnok = Decimal("1300")
    after.cost.std_dev_percent = Decimal("12.25")
    changes = by_field(diff(before, after, catalog))
    cost = changes["cost.expected_cost_mnok"]
    assert (cost.label, cost.before, cost.after) == (
        "Forventet kostnad",
        format_mnok(Decimal("1234.5")),
        format_mnok(Decimal("1300")),
    )
    assert cost.before == "1\u00a0234,5\u00a0MNOK"
    assert changes["cost.std_dev_percent"].after == "12,25\u00a0%"


# ------------------------------------------------------------------ rows


def _items(*rows: tuple[str, str, str, str]) -> list[CostItem]:
    return [
        CostItem(name=n, low=Decimal(lo), most_likely=Decimal(ml), high=Decimal(hi))
        for n, lo, ml, hi in rows
    ]


A = ("Grunnerverv", "1", "2", "3")
B = ("Sykkelveg", "10", "12", "15")
C = ("Kryss", "4", "5", "7")
D = ("Rigg og drift", "2", "2.5", "3")


def test_a_cost_item_inserted_in_the_middle_is_one_added_row(catalog) -> None:
    before = base(catalog)
    before.cost.items = _items(A, B, C)
    after = copy(before)
    after.cost.items = _items(A, D, B, C)
    [change] = diff(before, after, catalog)
    assert (change.field, change.label, change.kind, change.before) == (
        "cost.items[1]",
        "Kostnadspost 2",
        "added",
        "",
    )
    assert "Rigg og drift" in change.after and format_mnok(Decimal("2.5")) in change.after
    assert change.step == "kostnad"


def test_a_cost_item_removed_from_the_middle_is_one_removed_row(catalog) -> None:
    before = base(catalog)
    before.cost.items = _items(A, B, C)
    after = copy(before)
    after.cost.items = _items(A, C)
    [change] = diff(before, after, catalog)
    assert (change.field, change.label, change.kind, change.after) == (
        "cost.items[1]",
        "Kostnadspost 2",
        "removed",
        "",
    )
    assert "Sykkelveg" in change.before


def test_a_changed_cell_is_named_by_row_and_column(catalog) -> None:
    before = base(catalog)
    before.cost.items = _items(A, B, C)
    after = copy(before)
    after.cost.items[2].high = Decimal("9")
    [change] = diff(before, after, catalog)
    assert change == FieldChange(
        field="cost.items[2].high",
        label="Kostnadspost 3: Høy",
        kind="changed",
        before=format_mnok(Decimal("7")),
        after=format_mnok(Decimal("9")),
        step="kostnad",
    )


def test_a_row_removed_before_a_changed_row_keeps_the_change_on_its_own_row(catalog) -> None:
    before = base(catalog)
    before.cost.items = _items(A, B, C)
    after = copy(before)
    after.cost.items = _items(A, C)
    after.cost.items[1].high = Decimal("8")
    changes = diff(before, after, catalog)
    assert [(c.field, c.label, c.kind) for c in changes] == [
        ("cost.items[1]", "Kostnadspost 2", "removed"),
        ("cost.items[1].high", "Kostnadspost 2: Høy", "changed"),
    ]
    assert "Sykkelveg" in changes[0].before


def test_risks_milestones_and_treatments_are_compared_as_rows(catalog, profile) -> None:
    before = base(catalog)
    before.risks = [Risk(description="Grunnforhold"), Risk(description="Erverv")]
    before.progress.milestones = [
        Milestone(name="Planvedtak", date=date(2027, 12, 1)),
        Milestone(name="Byggestart", date=date(2028, 4, 1)),
    ]
    body = profile.decision_bodies[0]
    before.treatments = []
    after = copy(before)
    after.risks.insert(1, Risk(description="Ledninger", probability=4, consequence=2))
    after.progress.milestones[1].date = date(2028, 9, 1)
    after.treatments.append(
        Treatment(body=body.id, date=date(2026, 3, 1), decision="Vedtatt", political=True)
    )
    changes = by_field(diff(before, after, catalog))
    risk = changes["risks[1]"]
    assert (risk.label, risk.kind) == ("Risiko 2", "added")
    assert "Ledninger" in risk.after
    assert "risks[2].description" not in changes  # "Erverv" only moved down
    milestone = changes["progress.milestones[1].date"]
    assert (milestone.label, milestone.before, milestone.after) == (
        "Milepæl 2: Dato",
        "01.04.2028",
        "01.09.2028",
    )
    treatment = changes["treatments[0]"]
    assert (treatment.label, treatment.kind, treatment.step) == (
        "Behandling 1",
        "added",
        "framdrift",
    )
    assert body.name in treatment.after  # the body's name, not its id


def test_goals_are_matched_by_goal_id_and_named_by_the_profile(catalog, profile) -> None:
    first, second = profile.goals[0], profile.goals[1]
    before = base(catalog)
    before.goals = [
        GoalScore(goal=first.id, score=2, justification="Flere sykler"),
        GoalScore(goal=second.id, score=1, justification="Tryggere"),
    ]
    after = copy(before)
    after.goals.reverse()  # order alone is no change
    assert diff(before, after, catalog) == []
    after.goals[0].score = 3  # the second goal, now listed first
    after.goals.pop()  # the first goal is gone
    changes = by_field(diff(before, after, catalog))
    score = changes[f"goals.{second.id}.score"]
    assert (score.label, score.before, score.after, score.kind) == (
        f"{second.name}: Poeng",
        "1",
        "3",
        "changed",
    )
    gone = changes[f"goals.{first.id}"]
    assert (gone.label, gone.kind, gone.after) == (first.name, "removed", "")
    assert "Flere sykler" in gone.before and "2" in gone.before


def test_checklist_answers_are_keyed_by_question_and_use_its_words(catalog) -> None:
    checklist: ChecklistDefinition = catalog.checklists["land_use"]
    question = checklist.question("zoning_status")
    before = base(catalog)
    before.land_use.answers["zoning_status"] = ChecklistAnswer(answer="ja")
    before.land_use.answers.pop("farmland", None)
    after = copy(before)
    after.land_use.answers["zoning_status"] = ChecklistAnswer(
        answer="delvis", justification="Krysset må reguleres"
    )
    after.land_use.answers["farmland"] = ChecklistAnswer(answer="nei")
    changes = by_field(diff(before, after, catalog))
    answer = changes["land_use.answers.zoning_status"]
    assert (answer.label, answer.before, answer.after, answer.step) == (
        question.text,
        "Ja, i tråd med gjeldende plan",
        "Delvis",
        "arealbruk",
    )
    why = changes["land_use.answers.zoning_status.justification"]
    assert (why.label, why.kind, why.after) == (
        f"{question.text}: Begrunnelse",
        "added",
        "Krysset må reguleres",
    )
    farmland = changes["land_use.answers.farmland"]
    assert (farmland.kind, farmland.label) == ("added", checklist.question("farmland").text)


def test_funding_cells_are_compared_by_year_and_source(catalog, profile) -> None:
    before = base(catalog)
    before.funding.lines = [
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("4")),
        FundingLine(year=2028, source="statlig", amount_mnok=Decimal("6")),
    ]
    after = copy(before)
    # The same sum in two lines of one cell is no change.
    after.funding.lines = [
        FundingLine(year=2028, source="statlig", amount_mnok=Decimal("3")),
        FundingLine(year=2028, source="statlig", amount_mnok=Decimal("3")),
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("4")),
    ]
    assert diff(before, after, catalog) == []
    after.funding.lines[2].amount_mnok = Decimal("5")
    other = next(s for s in profile.funding_sources if s.id != "statlig")
    after.funding.lines.append(FundingLine(year=2029, source=other.id, amount_mnok=Decimal("1.5")))
    changes = by_field(diff(before, after, catalog))
    changed = changes["funding.lines.2027.statlig"]
    assert (changed.label, changed.before, changed.after, changed.step) == (
        f"Finansiering 2027, {profile.funding_source_name('statlig')}",
        format_mnok(Decimal("4")),
        format_mnok(Decimal("5")),
        "finansiering",
    )
    assert changed.label == "Finansiering 2027, Statlige midler"
    added = changes[f"funding.lines.2029.{other.id}"]
    assert (added.kind, added.label, added.after) == (
        "added",
        f"Finansiering 2029, {other.name}",
        format_mnok(Decimal("1.5")),
    )


def _attachment(name: str, digest: str, description: str = "") -> Attachment:
    return Attachment(id=name, filename=name, sha256=digest * 64, size=10, description=description)


def test_attachments_are_matched_by_their_content(catalog) -> None:
    before = base(catalog)
    before.attachments = [_attachment("kart.pdf", "a"), _attachment("skisse.png", "b")]
    after = copy(before)
    after.attachments.reverse()
    assert diff(before, after, catalog) == []
    after.attachments[0].description = "Skisse 1:500"
    after.attachments.append(_attachment("rapport.pdf", "c"))
    after.attachments.pop(1)  # kart.pdf
    changes = by_field(diff(before, after, catalog))
    assert changes["attachments[0].description"].label == "Vedlegg 1: Beskrivelse"
    assert changes["attachments[0].description"].kind == "added"
    assert changes["attachments[1]"].kind == "added"
    assert "rapport.pdf" in changes["attachments[1]"].after
    removed = [c for c in changes.values() if c.kind == "removed"]
    assert len(removed) == 1 and "kart.pdf" in removed[0].before


def test_acknowledgements_are_rows_named_by_their_code(catalog) -> None:
    before = base(catalog)
    before.acknowledgements = []
    after = copy(before)
    after.acknowledgements.append(
        Acknowledgement(
            code="cost.band.below",
            field="cost.std_dev_percent",
            comment="Anslaget er gjort på byggeplan",
            by="ingrid",
            at=datetime(2026, 5, 2, 8, 0, tzinfo=UTC),
        )
    )
    [change] = diff(before, after, catalog)
    assert (change.label, change.kind, change.step) == (
        "Kvittering: cost.band.below",
        "added",
        "kostnad",
    )
    assert "Anslaget er gjort på byggeplan" in change.after and "ingrid" in change.after


def test_typed_text_that_is_not_a_value_is_shown(catalog) -> None:
    before = base(catalog)
    after = copy(before)
    after.invalid_input["funding.granted_date"] = "31.02.2027"
    [change] = diff(before, after, catalog)
    assert change.kind == "added"
    assert change.after == "31.02.2027"
    assert change.field == "invalid_input.funding.granted_date"
    assert "Dato for første bevilgning" in change.label
    assert change.step == "finansiering"


# ------------------------------------------------------------------ outside the form


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_fields_the_form_does_not_show_are_not_ignored(catalog) -> None:
    """With the test form 2026.3, which removed «Telefon» and does not ask for the cost."""
    form = FormDefinition.model_validate(_toml(FORMS / "2026.3" / "prosjektark.toml"))
    checklist = ChecklistDefinition.model_validate(_toml(FORMS / "2026.3" / "land_use.toml"))
    before = base(catalog)
    before.land_use.answers["noise"] = ChecklistAnswer(answer="ja", justification="Mer trafikk")
    after = copy(before)
    after.identification.contact_phone = "+47 999 99 999"
    after.cost.expected_cost_mnok = Decimal("99")
    after.land_use.answers["noise"] = ChecklistAnswer(answer="nei")
    changes = by_field(
        diff_sheets(before, after, form, {"land_use": checklist}, catalog.profile("miljopakken"))
    )
    phone = changes["identification.contact_phone"]
    assert "Telefon" in phone.label and phone.step == "grunnlag"
    assert phone.after == "+47 999 99 999"
    cost = changes["cost.expected_cost_mnok"]
    assert cost.label == "cost.expected_cost_mnok"  # its path: no form names it
    assert cost.after == format_mnok(Decimal("99"))
    assert cost.step == ""
    noise = changes["land_use.answers.noise"]
    assert "Gir tiltaket mer støy for naboene?" in noise.label
    assert noise.step == "arealbruk"


def test_fields_of_a_newer_format_are_shown_by_their_path(catalog) -> None:
    before = base(catalog)
    data = before.model_dump(mode="json")
    data["format"] = "prosjektark/1.9"
    data["cost"]["carbon_tonnes"] = 120
    newer = sheet_from_json(__import__("json").dumps(data))
    changes = by_field(diff(before, newer, catalog))
    extra = changes["cost.carbon_tonnes"]
    assert (extra.label, extra.kind, extra.after) == ("cost.carbon_tonnes", "added", "120")


def test_changes_follow_the_form_and_group_by_step(catalog) -> None:
    before = base(catalog)
    after = copy(before)
    after.attachments.clear()
    after.identification.title = "Ny tittel"
    after.cost.notes = "Nye merknader"
    changes = diff(before, after, catalog)
    steps = [c.step for c in changes]
    order = [s.id for s in catalog.form.steps]
    assert steps == sorted(steps, key=order.index)
    groups = grouped_by_step(changes, catalog.form)
    assert [title for title, _ in groups][:2] == ["Grunnlag", "Kostnad og usikkerhet"]
    assert sum(len(rows) for _, rows in groups) == len(changes)


def test_versions_of_two_form_versions_are_compared_in_the_current_form(catalog) -> None:
    """A question renamed between the forms is the same question, not one removed and
    another added: both versions are carried over to the form first."""
    from prosjektark.domain.form_migration import migrate_to_form

    form = FormDefinition.model_validate(_toml(FORMS / "2026.3" / "prosjektark.toml"))
    checklists = {
        "land_use": ChecklistDefinition.model_validate(_toml(FORMS / "2026.3" / "land_use.toml"))
    }
    old = sheet_from_json((FORMS / "utkast-2026.1.json").read_text(encoding="utf-8"))
    assert "green_structure" in old.land_use.answers
    new = migrate_to_form(old, form, checklists).sheet
    assert new.form_version == "2026.3" and "green_and_water" in new.land_use.answers
    assert diff_sheets(old, new, form, checklists, catalog.profile("miljopakken")) == []
