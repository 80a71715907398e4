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


# «For større prosjekt og prosjekt hvor løsning er av stor politisk interesse, skal overgang
# til begge faser behandles politisk.» (004)

DECISION_CODES = {
    "decision.political_required",
    "decision.political_interest",
    "decision.no_political_path",
}


def interest_sheet(catalog, phase, cost, treatments=(), profile_id="miljopakken"):
    s = complete_sheet(catalog, profile_id, phase)
    s.cost.expected_cost_mnok = None if cost is None else D(cost)
    s.treatments = list(treatments)
    s.identification.political_interest = True
    return s


def decision_findings(catalog, s, profile=None):
    return [
        f for f in check_sheet(s, catalog, today=TODAY, profile=profile) if f.code in DECISION_CODES
    ]


def test_small_project_of_political_interest_decided_by_programradet(catalog, profile):
    """12 MNOK is under every size limit: the flag, not the size, makes PU → DP political."""
    s = interest_sheet(catalog, "DP", "12", [PR_PU_DP])
    [f] = decision_findings(catalog, s)
    assert f.code == "decision.political_interest"
    assert f.severity == "error" and f.field == "treatments" and f.step == "framdrift"
    quote = profile.rule_source("decision.political_interest")
    assert f.source == quote.text and f.document == quote.document
    assert f"«{quote.text}»" in f.message
    assert f.message.startswith("PU → DP:")
    assert "stor politisk interesse" in f.message and "Programrådet" in f.message
    # The same sheet without the flag has nothing to report: the move to UB is still ahead.
    s.identification.political_interest = False
    assert decision_findings(catalog, s) == []


def test_political_interest_applies_to_a_bergen_sheet(catalog):
    loftet = catalog.profile("miljoloftet")
    treated = Treatment(body="prioriteringsradet", transition="PU-DP")
    s = interest_sheet(catalog, "DP", "12", [treated], profile_id="miljoloftet")
    [f] = decision_findings(catalog, s)
    assert f.code == "decision.political_interest"
    quote = loftet.rule_source("decision.political_interest")
    assert f.source == quote.text and f.document == quote.document
    assert "Miljøløftet" in f.document and "Prioriteringsrådet" in f.message
    s.treatments.append(Treatment(body="politisk", transition="PU-DP"))
    assert decision_findings(catalog, s) == []


@pytest.mark.parametrize(
    ("phase", "cost", "treatments", "expected"),
    [
        # Ahead, nothing registered: only the route says who decides.
        ("PU", "12", [], []),
        # A registered administrative treatment of the next transition counts.
        ("PU", "12", [PR_PU_DP], [("decision.political_interest", "PU → DP")]),
        ("PU", "12", [POL_PU_DP], []),
        ("DP", "12", [], [("decision.political_interest", "PU → DP")]),
        ("DP", "12", [POL_PU_DP], []),
        ("DP", "12", [POL_PU_DP, KU_DP_UB], [("decision.political_interest", "DP → UB")]),
        # Both transitions: one finding each; the minimum rule is not reported besides.
        (
            "UB",
            "12",
            [PR_PU_DP, KU_DP_UB],
            [
                ("decision.political_interest", "PU → DP"),
                ("decision.political_interest", "DP → UB"),
            ],
        ),
        ("UB", "12", [POL_PU_DP, KU_DP_UB], [("decision.political_interest", "DP → UB")]),
        ("UB", "12", [PR_PU_DP, POL_DP_UB], [("decision.political_interest", "PU → DP")]),
        ("UB", "12", [POL_PU_DP, POL_DP_UB], []),
        # Size alone makes the transition political: the size rule is the reason given.
        ("DP", "30", [PR_PU_DP], [("decision.political_required", "PU → DP")]),
        (
            "UB",
            "30",
            [PR_PU_DP, KU_DP_UB],
            [
                ("decision.political_required", "PU → DP"),
                ("decision.political_interest", "DP → UB"),
            ],
        ),
        (
            "UB",
            "41",
            [PR_PU_DP, KU_DP_UB],
            [
                ("decision.political_required", "PU → DP"),
                ("decision.political_required", "DP → UB"),
            ],
        ),
        # The size does not matter: a missing cost does not hide the rule.
        ("DP", None, [PR_PU_DP], [("decision.political_interest", "PU → DP")]),
    ],
)
def test_political_interest_one_finding_per_transition(catalog, phase, cost, treatments, expected):
    found = decision_findings(catalog, interest_sheet(catalog, phase, cost, treatments))
    got = sorted((f.code, f.message.partition(":")[0].partition(" for ")[0]) for f in found)
    assert got == sorted(expected)


def test_political_interest_with_an_invalid_cost(catalog):
    """The amount rules report the cost; the flag needs no cost to say PU → DP is political."""
    s = interest_sheet(catalog, "DP", "-40.8", [PR_PU_DP])
    assert [f.code for f in decision_findings(catalog, s)] == ["decision.political_interest"]
    advice = decision_advice(s, catalog.profile("miljopakken"))
    assert advice.body_id == "politisk" and not advice.cost_invalid


@pytest.mark.parametrize(
    ("phase", "cost", "treatments"),
    [
        ("DP", "12", [PR_PU_DP]),
        ("UB", "12", [PR_PU_DP, KU_DP_UB]),
        ("UB", "10", []),
        ("PU", "12", [PR_PU_DP]),
    ],
)
def test_no_new_finding_without_the_flag(catalog, phase, cost, treatments):
    s = sheet(catalog, phase, cost, treatments)
    assert not s.identification.political_interest
    codes_found = {f.code for f in decision_findings(catalog, s)}
    assert "decision.political_interest" not in codes_found


def test_the_flag_does_nothing_for_a_programme_that_does_not_state_it(catalog, profile):
    sources = dict(profile.rule_sources)
    del sources["decision.political_interest"]
    silent = profile.model_copy(update={"rule_sources": sources})
    s = interest_sheet(catalog, "DP", "12", [PR_PU_DP])
    assert decision_findings(catalog, s, silent) == []
    s = interest_sheet(catalog, "UB", "12", [PR_PU_DP, KU_DP_UB])
    assert [f.code for f in decision_findings(catalog, s, silent)] == ["decision.no_political_path"]
    advice = decision_advice(interest_sheet(catalog, "PU", "12"), silent)
    assert advice.body_id == "programradet"


INTEREST = "For større prosjekt og prosjekt hvor løsning er av stor politisk interesse"


@pytest.mark.parametrize(
    ("phase", "cost", "treatments", "plain_body"),
    [
        ("PU", "12", [], "programradet"),
        ("DP", "12", [POL_PU_DP], "programradet"),
        ("DP", "20", [POL_PU_DP], "kontaktutvalget"),
        ("DP", "12", [PR_PU_DP], "politisk"),  # the minimum: the flag is the stronger reason
    ],
)
def test_advice_for_a_project_of_political_interest(
    catalog, profile, phase, cost, treatments, plain_body
):
    plain = decision_advice(sheet(catalog, phase, cost, treatments), profile)
    assert plain.body_id == plain_body
    advice = decision_advice(interest_sheet(catalog, phase, cost, treatments), profile)
    assert advice.transition == plain.transition
    assert (
        advice.transition_name == plain.transition_name == {"PU": "PU → DP", "DP": "DP → UB"}[phase]
    )
    assert not advice.cost_invalid and not plain.cost_invalid
    assert advice.body_id == "politisk" and advice.political
    assert advice.body_name == "Politisk behandling hos partene"
    assert advice.route_reason == profile.rule_source("decision.political_interest").text
    assert f"«{advice.route_reason}»" in advice.reason
    # Why, after the quote, where the editor and the PDF show it as a note.
    note = advice.reason.partition(f"«{advice.route_reason}»")[2]
    assert "stor politisk interesse" in note and "uansett" in note
    # The thresholds were not what decided it.
    assert advice.basis_mnok is None


def test_advice_for_a_large_project_of_political_interest_keeps_the_size_rule(catalog, profile):
    advice = decision_advice(interest_sheet(catalog, "PU", "40"), profile)
    assert advice.body_id == "politisk"
    assert "over 15 mill" in advice.route_reason and INTEREST not in advice.reason
    assert advice.basis_mnok == D("40")


def test_advice_of_political_interest_without_a_cost(catalog, profile):
    advice = decision_advice(interest_sheet(catalog, "PU", None), profile)
    assert advice.body_id == "politisk" and INTEREST in advice.route_reason


def test_bergen_advice_for_a_project_of_political_interest(catalog):
    loftet = catalog.profile("miljoloftet")
    advice = decision_advice(interest_sheet(catalog, "PU", "12", profile_id="miljoloftet"), loftet)
    assert advice.body_id == "politisk"
    assert advice.route_reason == loftet.rule_source("decision.political_interest").text
    [route] = [
        f
        for f in check_sheet(
            interest_sheet(catalog, "PU", "12", profile_id="miljoloftet"), catalog, today=TODAY
        )
        if f.code == "decision.route"
    ]
    assert route.source == advice.route_reason and "stor politisk interesse" in route.message
