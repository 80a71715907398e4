"""Goal contribution, score summary, the submission deadline and inactive projects."""

from __future__ import annotations

from datetime import date

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules import check_sheet, score_summary
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import GoalScore
from prosjektark.paths import resource_dir

TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resource_dir())


def found(catalog, s, code, today=TODAY):
    return [f for f in check_sheet(s, catalog, today=today) if f.code == code]


@pytest.mark.parametrize(
    ("goals", "none", "missing"),
    [
        ([], 1, 0),
        ([("klima", 0, "Begrunnet")], 1, 0),  # zero points do not count
        ([("klima", 2, "")], 1, 1),
        ([("klima", 2, "   ")], 1, 1),
        ([("klima", 1, "Begrunnet")], 0, 0),
        ([("klima", 3, "Begrunnet"), ("luft", 2, "")], 0, 1),
        ([("ukjent", 3, "Begrunnet")], 1, 0),  # not a goal of the profile
    ],
)
def test_goal_rules(catalog, goals, none, missing):
    s = complete_sheet(catalog, "miljopakken")
    s.goals = [GoalScore(goal=g, score=sc, justification=j) for g, sc, j in goals]
    assert len(found(catalog, s, "goals.none")) == none
    hits = found(catalog, s, "goals.justification_missing")
    assert len(hits) == missing
    assert all(h.severity == "warning" and h.field.startswith("goals.") for h in hits)


def test_unknown_goal_is_reported(catalog):
    s = complete_sheet(catalog, "miljopakken")
    s.goals.append(GoalScore(goal="ukjent", score=1))
    [f] = found(catalog, s, "goals.unknown")
    assert f.field == "goals.ukjent" and f.step == "maloppnaelse"


def test_score_summary_is_comparable(catalog):
    p = catalog.profile("miljopakken")
    a = complete_sheet(catalog, "miljopakken")
    a.goals = [
        GoalScore(goal="klima", score=3, justification="x"),
        GoalScore(goal="klima", score=1),  # duplicate: the highest counts
        GoalScore(goal="luft", score=2),
        GoalScore(goal="ukjent", score=3, justification="x"),  # not counted
    ]
    b = complete_sheet(catalog, "miljopakken")
    b.goals = []
    sa, sb = score_summary(a, p), score_summary(b, p)
    assert sa.maximum == sb.maximum == sa.max_points == 3 * len(p.goals)
    assert (sa.total, sa.total_points, sa.goals_scored) == (5, 5, 2)
    assert (sb.total, sb.goals_scored) == (0, 0)
    assert [g.goal_id for g in sa.per_goal] == [g.id for g in p.goals]
    klima = next(g for g in sa.per_goal if g.goal_id == "klima")
    luft = next(g for g in sa.per_goal if g.goal_id == "luft")
    assert (klima.score, klima.justified, luft.justified) == (3, True, False)
    assert sa.percent == pytest.approx(100 * 5 / 27)


@pytest.mark.parametrize(
    ("today", "expected"),
    [(date(2026, 5, 31), 0), (date(2026, 6, 1), 0), (date(2026, 6, 2), 1), (date(2027, 1, 1), 1)],
)
def test_after_deadline(catalog, today, expected):
    s = complete_sheet(catalog, "miljopakken")
    hits = found(catalog, s, "schedule.after_deadline", today=today)
    assert len(hits) == expected
    assert all(h.severity == "warning" and "neste handlingsprogram" in h.message for h in hits)


@pytest.mark.parametrize(
    ("phase", "granted", "start", "today", "expected"),
    [
        ("DP", date(2023, 3, 1), None, date(2026, 2, 28), 0),
        ("DP", date(2023, 3, 1), None, date(2026, 3, 1), 1),  # exactly three years
        ("DP", date(2020, 1, 1), None, date(2026, 3, 1), 1),
        ("DP", date(2020, 1, 1), date(2025, 1, 1), date(2026, 3, 1), 0),  # started
        ("DP", date(2020, 1, 1), date(2027, 1, 1), date(2026, 3, 1), 1),  # only planned
        ("UB", date(2020, 1, 1), None, date(2026, 3, 1), 0),
        ("DP", date(2024, 2, 29), None, date(2027, 2, 28), 1),  # leap day
        ("DP", None, None, date(2026, 3, 1), 0),
    ],
)
def test_portfolio_inactive(catalog, phase, granted, start, today, expected):
    s = complete_sheet(catalog, "miljopakken", phase)
    s.funding.granted_date = granted
    s.progress.construction_start = start
    hits = found(catalog, s, "portfolio.inactive", today=today)
    assert len(hits) == expected
    assert all(h.field == "funding.granted_date" for h in hits)


@pytest.mark.parametrize(
    ("day", "political", "body", "expected"),
    [
        (date(2026, 6, 1), True, "politisk", 0),  # on the deadline: in time
        (date(2026, 6, 2), True, "politisk", 1),
        (date(2026, 6, 2), False, "politisk", 1),  # the body is political
        (date(2026, 6, 2), False, "programradet", 0),  # not a political decision
        (None, True, "politisk", 0),
    ],
)
def test_a_political_decision_after_the_deadline_counts_for_the_next_programme(
    catalog, day, political, body, expected
):
    from prosjektark.domain.sheet import Treatment

    s = complete_sheet(catalog, "miljopakken", "DP")
    s.treatments = [
        Treatment(body="programradet", transition="PU-DP", date=date(2026, 5, 1)),
        Treatment(body=body, transition="PU-DP", date=day, political=political),
    ]
    hits = found(catalog, s, "schedule.decision_after_deadline")
    assert len(hits) == expected
    if hits:
        assert hits[0].field == "treatments[1]"
        assert "01.06.2026" in hits[0].message and "neste handlingsprogram" in hits[0].message
