"""The example sheets: complete, stable, and within the programme's rules (DOMAIN.md)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.costmath import triple_estimate
from prosjektark.domain.examples import (
    KOLLEKTIVFELT_ID,
    SKOLEVEG_ID,
    SYKKELVEG_ID,
    TITLE_PREFIX,
    example_ids,
    example_sheets,
    slug,
)
from prosjektark.domain.form import get_path, is_filled


@pytest.fixture(scope="module")
def sheets(catalog):
    return {s.id: s for s in example_sheets(catalog)}


def test_at_least_three_marked_examples(catalog, sheets):
    assert len(sheets) >= 3
    for sheet in sheets.values():
        assert sheet.is_example
        assert sheet.title.startswith(TITLE_PREFIX)
        assert sheet.profile in catalog.profiles
        assert sheet.form_version == catalog.form.form_version


def test_ids_and_content_are_stable(catalog, sheets):
    assert set(example_ids()) == set(sheets)
    again = {s.id: s for s in example_sheets(catalog)}
    assert again == sheets
    assert len({slug(s.title) for s in sheets.values()}) == len(sheets)


def test_examples_are_independent_objects(catalog):
    first = example_sheets(catalog)[0]
    first.identification.title = "Endret"
    assert example_sheets(catalog)[0].identification.title != "Endret"


def test_slug_is_file_name_safe():
    assert slug("Eksempel: Sykkelveg, Lade allé–Haakon VIIs gate") == (
        "eksempel-sykkelveg-lade-alle-haakon-viis-gate"
    )
    assert slug("Ærlig Øst Åsane") == "aerlig-ost-asane"
    assert slug("«»") == "prosjektark"


def test_trondheim_cycle_path(catalog, sheets):
    s = sheets[SYKKELVEG_ID]
    assert s.profile == "miljopakken"
    assert s.identification.municipalities == ["Trondheim"]
    assert "sykkelveg med fortau" in s.title.lower()
    assert s.identification.phase == "DP"
    assert s.cost.estimate_kind == "styringsmal"
    assert Decimal(20) <= s.cost.std_dev_percent <= Decimal(30)
    assert s.cost.estimate_method == "anslagsmetoden"
    assert s.cost.items and all(i.low < i.most_likely < i.high for i in s.cost.items)
    political = [t for t in s.treatments if t.political and t.transition == "PU-DP"]
    assert political and political[0].body == "politisk"
    assert {line.year for line in s.funding.lines} == {2027, 2028, 2029, 2030}


def test_bergen_bus_priority(sheets):
    s = sheets[KOLLEKTIVFELT_ID]
    assert s.profile == "miljoloftet"
    assert "Bergen" in s.identification.municipalities
    assert "kollektivfelt" in s.title.lower() and "signalprioritering" in s.title.lower()
    assert s.identification.phase == "PU"
    assert s.cost.estimate_kind == "utredningsestimat"
    assert Decimal(30) <= s.cost.std_dev_percent <= Decimal(50)


def test_school_route_pot(catalog, sheets):
    s = sheets[SKOLEVEG_ID]
    profile = catalog.profile(s.profile)
    assert s.profile == "miljopakken"
    assert s.identification.municipalities == ["Melhus"]
    assert "Melhus" in profile.municipalities
    assert "skoleveg" in s.title.lower()
    assert s.identification.funding_type == "sekkepost"
    per_year: dict[int, Decimal] = defaultdict(Decimal)
    for line in s.funding.lines:
        per_year[line.year] += line.amount_mnok
    assert per_year and max(per_year.values()) <= profile.pot_cap_mnok_per_year


def test_required_fields_of_the_phase_are_filled(catalog, sheets):
    for s in sheets.values():
        phase = s.identification.phase
        for f in catalog.form.all_fields():
            if f.required(phase) and f.type != "summary":
                assert is_filled(get_path(s, f.path)), (s.title, f.path)


def test_every_checklist_question_answered_and_justified(catalog, sheets):
    for s in sheets.values():
        for definition in catalog.checklists.values():
            answers = getattr(s, definition.id).answers
            assert set(answers) == {q.id for q in definition.questions}, (s.title, definition.id)
            for q in definition.questions:
                answer = answers[q.id]
                assert definition.option(q, answer.answer) is not None, (s.title, q.id)
                if definition.needs_justification(q, answer.answer):
                    assert answer.justification.strip(), (s.title, q.id)
        answered = [
            a.answer for d in catalog.checklists.values() for a in getattr(s, d.id).answers.values()
        ]
        assert answered


def test_not_relevant_is_used_and_justified(sheets):
    uses = [
        a
        for s in sheets.values()
        for cl in (s.land_use, s.traffic_safety)
        for a in cl.answers.values()
        if a.answer == "ikke_relevant"
    ]
    assert uses, "the examples show how «Ikke relevant» is justified"
    assert all(a.justification.strip() for a in uses)


def test_every_goal_scored_with_justification(catalog, sheets):
    for s in sheets.values():
        profile = catalog.profile(s.profile)
        assert [g.goal for g in s.goals] == [g.id for g in profile.goals]
        assert all(g.justification.strip() for g in s.goals)
        assert max(g.score for g in s.goals) == 3


def test_risks_milestones_and_contacts(sheets):
    for s in sheets.values():
        assert len(s.risks) >= 2 and all(r.description and r.mitigation for r in s.risks)
        assert s.progress.milestones and all(m.name and m.date for m in s.progress.milestones)
        ident = s.identification
        assert re.fullmatch(r"[a-z.]+@example\.no", ident.contact_email), ident.contact_email
        assert ident.contact_name and ident.contact_phone


def test_cost_follows_the_profile(catalog, sheets):
    for s in sheets.values():
        profile = catalog.profile(s.profile)
        cost = s.cost
        band = profile.band(cost.estimate_kind)
        assert band is not None and s.identification.phase in band.phases, s.title
        assert band.low_percent <= cost.std_dev_percent <= band.high_percent, s.title
        assert cost.price_year == profile.price_year
        if cost.expected_cost_mnok > profile.anslag_threshold_mnok:
            assert cost.estimate_method == "anslagsmetoden", s.title
        if cost.expected_cost_mnok > profile.styringsmal_threshold_mnok:
            assert cost.styringsmal_mnok is not None, s.title
        if s.identification.phase == "UB":
            assert cost.styringsramme_mnok is not None


def test_expected_cost_and_std_dev_agree_with_the_cost_items(sheets):
    for s in sheets.values():
        total = triple_estimate(s.cost.items)
        assert total.expected_mnok == s.cost.expected_cost_mnok, s.title
        assert abs(total.std_dev_percent - s.cost.std_dev_percent) <= Decimal("0.01"), s.title


def test_funding_covers_the_expected_cost_within_the_period(catalog, sheets):
    for s in sheets.values():
        profile = catalog.profile(s.profile)
        assert {line.year for line in s.funding.lines} <= set(profile.years)
        assert sum(line.amount_mnok for line in s.funding.lines) == s.cost.expected_cost_mnok
        assert s.funding.additionality_confirmed and s.funding.additionality_note
        assert s.funding.road_owner_commits and s.funding.road_owner
        assert not s.funding.includes_operation and not s.funding.includes_need_clarification
        if s.funding.is_rebuild:
            assert s.funding.rebuild_added_value.strip()
        if s.profile == "miljopakken":  # «Finansieringen i 2030 er kun bompenger.» (004)
            assert {line.source for line in s.funding.lines if line.year == 2030} == {"bompenger"}


def test_political_treatment_where_the_routes_require_it(catalog, sheets):
    for s in sheets.values():
        profile = catalog.profile(s.profile)
        cost = s.cost.expected_cost_mnok
        passed = {"PU": [], "DP": ["PU-DP"], "UB": ["PU-DP", "DP-UB"]}[s.identification.phase]
        for transition in passed:
            routes = [r for r in profile.decision_routes if r.transition == transition]
            route = next(
                r
                for r in routes
                if (r.below_mnok is None or cost < r.below_mnok)
                and (r.up_to_mnok is None or cost <= r.up_to_mnok)
            )
            recorded = [t for t in s.treatments if t.transition == transition]
            assert recorded, (s.title, transition)
            if profile.body(route.body).political:
                assert any(t.political for t in recorded), (s.title, transition)
        if passed:  # never PU to UB without political treatment
            assert any(t.political for t in s.treatments), s.title
        for t in s.treatments:
            assert t.political == profile.body(t.body).political, (s.title, t.body)


def test_examples_are_ready_before_the_deadline(catalog, sheets):
    """The engine finds neither errors nor warnings in any example (checked before 1 June)."""
    from prosjektark.domain.rules import check_sheet, sheet_status

    for s in sheets.values():
        findings = check_sheet(s, catalog, today=date(2026, 5, 28))
        errors = [f for f in findings if f.severity == "error"]
        warnings = [f for f in findings if f.severity == "warning"]
        assert not errors, (s.title, [(f.code, f.message) for f in errors])
        assert not warnings, (s.title, [(f.code, f.message) for f in warnings])
        assert sheet_status(s, findings) == "klar"
