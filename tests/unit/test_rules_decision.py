"""Who decides (004): < 15 strict, 15–40 inclusive, > 40 political, from the profile's
routes and the recorded treatments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.profile import DecisionRoute
from prosjektark.domain.rules import check_sheet, decision_advice
from prosjektark.domain.rules.decision import route_for
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import Treatment
from prosjektark.paths import resource_dir

D = Decimal
TODAY = date(2026, 3, 1)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(resource_dir())


@pytest.fixture(scope="module")
def profile(catalog):
    return catalog.profile("miljopakken")


def sheet(catalog, phase, cost, treatments=()):
    s = complete_sheet(catalog, "miljopakken", phase)
    s.cost.expected_cost_mnok = D(cost)
    s.treatments = list(treatments)
    return s


POL_PU_DP = Treatment(body="politisk", transition="PU-DP", political=True)
PR_PU_DP = Treatment(body="programradet", transition="PU-DP")
KU_DP_UB = Treatment(body="kontaktutvalget", transition="DP-UB")
POL_DP_UB = Treatment(body="politisk", transition="DP-UB", political=True)


@pytest.mark.parametrize(
    ("phase", "cost", "treatments", "body"),
    [
        ("PU", "14.999", [], "programradet"),
        ("PU", "15", [], "politisk"),  # < 15 is strict
        ("PU", "200", [], "politisk"),
        ("DP", "14.999", [POL_PU_DP], "programradet"),
        ("DP", "15", [POL_PU_DP], "kontaktutvalget"),
        ("DP", "40", [POL_PU_DP], "kontaktutvalget"),  # 15–40 inclusive
        ("DP", "40.001", [POL_PU_DP], "politisk"),
        ("DP", "14.999", [PR_PU_DP], "politisk"),  # DP not treated politically
        ("DP", "30", [PR_PU_DP], "politisk"),
    ],
)
def test_next_transition_body(catalog, profile, phase, cost, treatments, body):
    advice = decision_advice(sheet(catalog, phase, cost, treatments), profile)
    assert advice.transition == {"PU": "PU-DP", "DP": "DP-UB"}[phase]
    assert advice.body_id == body
    assert advice.political is (body == "politisk")
    assert advice.basis_mnok == D(cost)
    route = route_for(profile, advice.transition, D(cost), sheet(catalog, phase, cost, treatments))
    assert route is not None and route.body == body
    assert f"«{route.reason}»" in advice.reason and advice.route_reason == route.reason


def test_ub_has_no_next_transition(catalog, profile):
    advice = decision_advice(sheet(catalog, "UB", "10", [POL_PU_DP]), profile)
    assert advice is None


def test_advice_without_cost(catalog, profile):
    s = sheet(catalog, "PU", "1")
    s.cost.expected_cost_mnok = None
    advice = decision_advice(s, profile)
    assert advice.body_id == "" and "forventet kostnad mangler" in advice.reason


def codes(catalog, s):
    return [f.code for f in check_sheet(s, catalog, today=TODAY) if f.code.startswith("decision.")]


@pytest.mark.parametrize(
    ("phase", "cost", "treatments", "expected"),
    [
        # A fresh PU sheet: the political treatment lies ahead; only the route is shown.
        ("PU", "20", [], False),
        # A recorded administrative decision where a political one is needed.
        ("PU", "15", [PR_PU_DP], True),
        ("PU", "14.999", [PR_PU_DP], False),
        # DP sheets have passed PU → DP.
        ("DP", "14.999", [], False),
        ("DP", "15", [], True),
        ("DP", "15", [POL_PU_DP], False),
        ("DP", "15", [PR_PU_DP], True),
        # UB sheets have passed both.
        ("UB", "40", [POL_PU_DP, KU_DP_UB], False),
        ("UB", "40.001", [POL_PU_DP, KU_DP_UB], True),
        ("UB", "40.001", [POL_PU_DP, POL_DP_UB], False),
        ("UB", "41", [], True),  # over 40: political by size
    ],
)
def test_political_required(catalog, phase, cost, treatments, expected):
    found = codes(catalog, sheet(catalog, phase, cost, treatments))
    assert ("decision.political_required" in found) is expected


def test_treatment_counts_as_political_through_its_body(catalog):
    t = Treatment(body="politisk", transition="PU-DP", political=False)
    assert "decision.political_required" not in codes(catalog, sheet(catalog, "DP", "20", [t]))


def test_route_is_reported_as_info(catalog):
    [f] = [
        f
        for f in check_sheet(sheet(catalog, "PU", "20"), catalog, today=TODAY)
        if f.code == "decision.route"
    ]
    assert f.severity == "info" and "Politisk behandling" in f.message and f.step == "framdrift"


@pytest.fixture(scope="module")
def loose_profile(profile):
    """A profile whose routes have no conditions: only the path rule stops PU → UB
    without politics."""
    routes = [
        DecisionRoute(transition="PU-DP", body="programradet", below_mnok=D(15)),
        DecisionRoute(transition="PU-DP", body="politisk"),
        DecisionRoute(transition="DP-UB", body="programradet", below_mnok=D(15)),
        DecisionRoute(transition="DP-UB", body="politisk"),
    ]
    return profile.model_copy(update={"decision_routes": routes})


@pytest.mark.parametrize(
    ("phase", "treatments", "expected"),
    [
        ("UB", [PR_PU_DP, Treatment(body="programradet", transition="DP-UB")], True),
        ("UB", [], True),
        ("UB", [POL_PU_DP, Treatment(body="programradet", transition="DP-UB")], False),
        ("UB", [PR_PU_DP, POL_DP_UB], False),
        ("DP", [PR_PU_DP], True),
        ("DP", [POL_PU_DP], False),
        ("PU", [], False),
    ],
)
def test_no_political_path(catalog, loose_profile, phase, treatments, expected):
    s = sheet(catalog, phase, "10", treatments)
    found = [f.code for f in check_sheet(s, catalog, today=TODAY, profile=loose_profile)]
    assert ("decision.no_political_path" in found) is expected


MINIMUM = "Det er et minimum at finansiering av enten detaljplanlegging eller utbygging"


def test_the_route_quotes_the_sentence_that_applies(catalog, profile):
    """A 12 MNOK project whose move to DP was not political: political treatment of DP → UB
    because of the minimum, not because of the 40 MNOK threshold it is far under."""
    advice = decision_advice(sheet(catalog, "DP", "12", [PR_PU_DP]), profile)
    assert advice.body_id == "politisk"
    assert MINIMUM in advice.reason and "over 40 mill" not in advice.reason
    over = decision_advice(sheet(catalog, "DP", "41", [PR_PU_DP]), profile)
    assert "over 40 mill" in over.reason and MINIMUM not in over.reason


@pytest.mark.parametrize(
    ("phase", "cost", "treatments", "expected"),
    [
        ("UB", "10", [], {"decision.no_political_path"}),
        ("UB", "12", [PR_PU_DP, KU_DP_UB], {"decision.no_political_path"}),
        ("UB", "12", [PR_PU_DP, POL_DP_UB], set()),
        # Over 15 the move to DP itself had to be political: the size rule says so.
        ("UB", "30", [PR_PU_DP, POL_DP_UB], {"decision.political_required"}),
        ("UB", "30", [POL_PU_DP, KU_DP_UB], set()),
        ("UB", "41", [PR_PU_DP, KU_DP_UB], {"decision.political_required"}),
        ("DP", "12", [PR_PU_DP, KU_DP_UB], {"decision.no_political_path"}),
        ("DP", "12", [PR_PU_DP], set()),  # ahead: only the route says so
    ],
)
def test_no_political_path_fires_with_the_shipped_profile(
    catalog, phase, cost, treatments, expected
):
    found = {c for c in codes(catalog, sheet(catalog, phase, cost, treatments))}
    assert found - {"decision.route"} == expected
    if expected == {"decision.no_political_path"}:
        (f,) = [
            f
            for f in check_sheet(sheet(catalog, phase, cost, treatments), catalog, today=TODAY)
            if f.code == "decision.no_political_path"
        ]
        assert MINIMUM in f.message
