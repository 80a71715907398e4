"""The engine: ordering, steps, sources, profiles, status, the rule table, and a property
test that no sheet the model accepts makes it raise."""

from __future__ import annotations

from datetime import UTC, date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.findings import SEVERITY_ORDER
from prosjektark.domain.rules import all_rules, check_sheet, sheet_status
from prosjektark.domain.rules.base import REGISTRY
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import (
    Acknowledgement,
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
)
from prosjektark.paths import resource_dir

TODAY = date(2026, 3, 1)
CATALOG = load_catalog(resource_dir())


def test_complete_sheets_have_no_blocking_findings():
    for pid in CATALOG.profiles:
        for phase in ("PU", "DP", "UB"):
            s = complete_sheet(CATALOG, pid, phase)
            findings = check_sheet(s, CATALOG, today=TODAY)
            assert [f.code for f in findings if f.severity != "info"] == [], (pid, phase)
            assert sheet_status(s, findings) == "klar"


def test_findings_are_sorted_by_step_then_severity_then_form_order():
    s = Sheet(profile="miljopakken")
    s.funding.includes_need_clarification = True
    findings = check_sheet(s, CATALOG, today=date(2026, 7, 1))
    order = {st.id: i for i, st in enumerate(CATALOG.form.steps)}
    keys = [(order[f.step], SEVERITY_ORDER[f.severity]) for f in findings]
    assert keys == sorted(keys)
    assert {f.severity for f in findings} >= {"error", "warning"}
    # Within a step, fields come in the order the form shows them.
    grunnlag = [f.field for f in findings if f.step == "grunnlag" and f.severity == "error"]
    form_paths = [f.path for f in CATALOG.form.step("grunnlag").fields]
    positions = [form_paths.index(p) for p in grunnlag if p in form_paths]
    assert positions == sorted(positions) and len(positions) >= 3
    assert grunnlag[0] == "identification.title"


def test_every_finding_has_a_step_and_a_source():
    s = Sheet(profile="miljopakken")
    s.identification.phase = "DP"
    s.cost.items = [CostItem(name="x", low=Decimal(3), most_likely=Decimal(1), high=Decimal(2))]
    findings = check_sheet(s, CATALOG, today=date(2030, 1, 1))
    steps = {st.id for st in CATALOG.form.steps}
    for f in findings:
        assert f.step in steps, f
        rule = REGISTRY.get(f.code) or REGISTRY["required.<felt>"]
        # a programme's rule quotes the programme's own document (its profile)
        if rule.of_programme:
            assert f.source.strip() and f.document.strip(), f
    # sheet-level findings land on the summary step
    [late] = [f for f in findings if f.code == "schedule.after_deadline"]
    assert late.step == "oppsummering"


@pytest.mark.parametrize("profile_id", ["", "finnes_ikke"])
def test_unknown_profile_is_reported_and_rules_still_run(profile_id):
    s = complete_sheet(CATALOG, "miljopakken")
    s.profile = profile_id
    findings = check_sheet(s, CATALOG, today=TODAY)
    [f] = [f for f in findings if f.code == "profile.unknown"]
    assert f.severity == "error" and f.field == "profile"
    assert CATALOG.default_profile.name in f.message
    s.identification.title = ""
    assert "required.title" in {f.code for f in check_sheet(s, CATALOG, today=TODAY)}


def test_explicit_profile_overrides_the_sheets():
    s = complete_sheet(CATALOG, "miljopakken")
    s.profile = "finnes_ikke"
    findings = check_sheet(s, CATALOG, today=TODAY, profile=CATALOG.profile("miljopakken"))
    assert "profile.unknown" not in {f.code for f in findings}


def test_status_follows_errors_and_acknowledged_warnings():
    s = complete_sheet(CATALOG, "miljopakken", "DP")
    s.cost.std_dev_percent = Decimal("12")  # below the styringsmål band: a warning
    findings = check_sheet(s, CATALOG, today=TODAY)
    [w] = [f for f in findings if f.severity == "warning"]
    assert sheet_status(s, findings) == "utkast"
    now = s.modified.astimezone(UTC)
    s.acknowledgements.append(Acknowledgement(code=w.code, field="other.field", at=now))
    assert sheet_status(s, findings) == "utkast"  # code and field must both match
    s.acknowledgements.append(
        Acknowledgement(code=w.code, field=w.field, comment="Enkelt tiltak", at=now)
    )
    assert sheet_status(s, findings) == "klar"
    s.identification.title = ""
    assert sheet_status(s, check_sheet(s, CATALOG, today=TODAY)) == "utkast"


def _code_pattern(code: str) -> str:
    if code.startswith("required."):
        return "required.<felt>"
    return code


# ------------------------------------------------------------------ property test
PROFILE = CATALOG.profile("miljopakken")
money = st.decimals(min_value=Decimal(-1000000), max_value=Decimal(1000000), places=3)
small_money = st.decimals(min_value=Decimal(-5), max_value=Decimal(100), places=3)
any_money = st.one_of(money, small_money)
maybe = st.none
text = st.text(max_size=12)
years = st.integers(1900, 2200) | st.integers(2024, 2032)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


def checklist(theme):
    d = CATALOG.checklists[theme]
    values = sorted({o.value for q in d.questions for o in d.options_for(q)} | {"", "x"})
    answer = st.builds(
        ChecklistAnswer,
        answer=st.sampled_from(values),
        justification=st.sampled_from(["", " ", "ok"]),
    )
    ids = st.sampled_from([q.id for q in d.questions]) | text
    return st.builds(Checklist, answers=st.dictionaries(ids, answer, max_size=8))


sheets = st.builds(
    Sheet,
    profile=st.sampled_from(["miljopakken", "miljoloftet", "", "ukjent"]),
    identification=st.builds(
        Identification,
        municipalities=st.lists(st.sampled_from(PROFILE.municipalities) | text, max_size=3),
        responsible_agency=st.sampled_from(PROFILE.agencies) | text,
    ),
    description=st.builds(Description),
    land_use=checklist("land_use"),
    traffic_safety=checklist("traffic_safety"),
    cost=st.builds(
        Cost,
        expected_cost_mnok=maybe() | any_money,
        std_dev_percent=maybe() | st.decimals(min_value=0, max_value=1000, places=2),
        price_year=maybe() | years,
        styringsmal_mnok=maybe() | money,
        styringsramme_mnok=maybe() | money,
        original_amount=maybe() | st.builds(IndexedAmount, amount=money, year=years),
        items=st.lists(
            st.builds(
                CostItem,
                low=maybe() | any_money,
                most_likely=maybe() | any_money,
                high=maybe() | any_money,
            ),
            max_size=4,
        ),
    ),
    funding=st.builds(
        Funding,
        lines=st.lists(
            st.builds(
                FundingLine,
                year=years,
                # the profile's sources, and ids no programme knows (vocabulary.unknown)
                source=st.sampled_from([s.id for s in PROFILE.funding_sources])
                | st.from_regex(r"\A[a-z][a-z0-9_]{0,39}\Z"),
                amount_mnok=any_money,
            ),
            max_size=6,
        ),
        operation_exception=st.sampled_from(["", *(e.id for e in PROFILE.operation_exceptions)])
        | st.from_regex(r"\A[a-z][a-z0-9_]{0,39}\Z"),
        granted_date=maybe() | dates,
    ),
    goals=st.lists(
        st.builds(
            GoalScore,
            goal=st.sampled_from([g.id for g in PROFILE.goals]) | text,
            score=st.integers(0, 3),
        ),
        max_size=5,
    ),
    risks=st.lists(
        st.builds(Risk, probability=st.integers(1, 5), consequence=st.integers(1, 5)), max_size=2
    ),
    progress=st.builds(
        Progress,
        construction_start=maybe() | dates,
        milestones=st.lists(st.builds(Milestone, date=maybe() | dates), max_size=2),
    ),
    treatments=st.lists(
        st.builds(
            Treatment,
            body=st.sampled_from(["politisk", "programradet", "kontaktutvalget"]) | text,
            date=maybe() | dates,
            transition=st.sampled_from(["", "PU-DP", "DP-UB", "XX-YY"]),
        ),
        max_size=3,
    ),
    attachments=st.just([]),
    acknowledgements=st.just([]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheet=sheets, today=dates)
def test_check_never_raises(sheet, today):
    findings = check_sheet(sheet, CATALOG, today=today)
    assert "engine.rule_failed" not in {f.code for f in findings}
    known = {r.code for r in all_rules()}
    for f in findings:
        assert _code_pattern(f.code) in known, f.code
        assert f.severity in SEVERITY_ORDER
    # the sheet survives its own JSON round trip and checks the same
    again = Sheet.model_validate_json(sheet.model_dump_json())
    assert [f.code for f in check_sheet(again, CATALOG, today=today)] == [f.code for f in findings]


def test_readme_lists_every_rule_code_as_generated():

    from prosjektark.domain.rules.table import replace_in

    readme = Path(__file__).resolve().parents[2] / "README.md"
    text = readme.read_text(encoding="utf-8")
    assert replace_in(text) == text, (
        "README rule table is stale: run python -m prosjektark.domain.rules.table"
    )
    for rule in all_rules():
        assert f"`{rule.code}`" in text
