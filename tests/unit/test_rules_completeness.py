"""Completeness by phase (form definition `required_in`) and the checklists."""

from __future__ import annotations

from datetime import date

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.form import set_path
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.completeness import PU_ITEMS
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import ChecklistAnswer
from prosjektark.paths import resource_dir

TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resource_dir())


def codes(catalog, s):
    return {(f.code, f.field) for f in check_sheet(s, catalog, today=TODAY)}


@pytest.mark.parametrize(
    ("path", "blank"), [(p, None if p.startswith("cost") else "") for p in PU_ITEMS]
)
def test_pu_items_in_pu_sheets(catalog, path, blank):
    s = complete_sheet(catalog, "miljopakken", "PU")
    set_path(s, path, blank)
    found = codes(catalog, s)
    assert (f"pu.{PU_ITEMS[path]}", path) in found
    assert not any(c.startswith("required.") for c, _ in found)


@pytest.mark.parametrize(
    ("phase", "path", "blank", "code"),
    [
        ("DP", "description.purpose", "", "required.purpose"),
        ("DP", "description.alternatives", "", None),  # PU only
        ("DP", "description.changes_affecting_benefit", "", "required.changes_affecting_benefit"),
        ("PU", "description.changes_affecting_benefit", "", None),  # not shown in PU
        ("UB", "cost.styringsramme_mnok", None, "required.styringsramme_mnok"),
        ("DP", "cost.styringsramme_mnok", None, None),
        ("PU", "identification.title", "  ", "required.title"),
        ("PU", "identification.municipalities", [], "required.municipalities"),
        ("PU", "identification.contact_phone", "", None),  # optional
        ("DP", "cost.estimate_method", None, "required.estimate_method"),
        ("PU", "cost.estimate_method", None, None),
        ("DP", "funding.road_owner", "", "required.road_owner"),
    ],
)
def test_required_by_phase(catalog, phase, path, blank, code):
    s = complete_sheet(catalog, "miljopakken", phase)
    set_path(s, path, blank)
    found = {c for c, f in codes(catalog, s) if f == path and c.startswith(("required.", "pu."))}
    assert found == ({code} if code else set())


def test_required_findings_are_errors_in_their_step(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.identification.title = ""
    [f] = [f for f in check_sheet(s, catalog, today=TODAY) if f.code == "required.title"]
    assert f.severity == "error" and f.step == "grunnlag" and "Prosjektnavn" in f.message


@pytest.mark.parametrize("theme", ["land_use", "traffic_safety"])
@pytest.mark.parametrize(
    ("answer", "justification", "code"),
    [
        (None, "", "unanswered"),
        ("", "", "unanswered"),
        ("ikke_relevant", "", "justification_missing"),
        ("ikke_relevant", "  ", "justification_missing"),
        ("ikke_relevant", "Ligger i tunnel.", None),
        ("uavklart", "", "justification_missing"),  # marked so in the checklist file
        ("uavklart", "Avklares i DP.", None),
        ("kanskje", "", "unknown_answer"),
    ],
)
def test_checklists(catalog, theme, answer, justification, code):
    s = complete_sheet(catalog, "miljopakken")
    definition = catalog.checklists[theme]
    q = definition.questions[0]
    answers = getattr(s, theme).answers
    if answer is None:
        del answers[q.id]
    else:
        answers[q.id] = ChecklistAnswer(answer=answer, justification=justification)
    found = [f for f in check_sheet(s, catalog, today=TODAY) if f.code.startswith(theme + ".")]
    assert [f.code for f in found] == ([f"{theme}.{code}"] if code else [])
    for f in found:
        assert f.field == f"{theme}.answers.{q.id}"
        assert f.severity == "error"
        assert f.step == {"land_use": "arealbruk", "traffic_safety": "trafikksikkerhet"}[theme]


def test_answer_that_needs_no_justification(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.land_use.answers["zoning_status"] = ChecklistAnswer(answer="ja")
    s.land_use.answers["new_zoning_plan"] = ChecklistAnswer(answer="ja")  # needs one here
    found = [
        (f.code, f.field)
        for f in check_sheet(s, catalog, today=TODAY)
        if f.code.startswith("land_use")
    ]
    assert found == [("land_use.justification_missing", "land_use.answers.new_zoning_plan")]


def test_empty_sheet_lists_every_question(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.land_use.answers.clear()
    n = len(catalog.checklists["land_use"].questions)
    found = [f for f in check_sheet(s, catalog, today=TODAY) if f.code == "land_use.unanswered"]
    assert len(found) == n
