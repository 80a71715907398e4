"""A programme's vocabulary, rule sources and gaps are its profile's (issue 9, item 3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.base import REGISTRY
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import FundingLine, Treatment

TODAY = date(2026, 5, 1)


def _with(catalog, profile_id: str, **changes) -> object:
    """The catalog with one profile changed (a real Profile, validated like a file)."""
    data = catalog.profile(profile_id).model_dump()
    data.update(changes)
    changed = Profile.model_validate(data)
    copy = type(catalog)(
        catalog.form,
        {**catalog.profiles, profile_id: changed},
        catalog.checklists,
        default_profile_id=catalog.default_profile_id,
    )
    return copy


def _codes(findings) -> set[str]:
    return {f.code for f in findings}


# -- the profile's references resolve at load ------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["decision_routes"].append({"transition": "PU-UB", "body": "politisk"}),
            "ukjent overgang «PU-UB»",
        ),
        (
            lambda d: d["decision_routes"].append({"transition": "PU-DP", "body": "bystyret"}),
            "ukjent organ «bystyret»",
        ),
        (
            lambda d: d["transitions"].append(
                {"id": "DP-XX", "from_phase": "DP", "to_phase": "XX", "name": "DP → XX"}
            ),
            "ukjent fase «XX»",
        ),
    ],
)
def test_a_profile_that_names_what_it_does_not_have_is_refused(catalog, change, message):
    data = catalog.profile("miljopakken").model_dump()
    change(data)
    with pytest.raises(ValidationError, match=message):
        Profile.model_validate(data)


# -- the vocabulary --------------------------------------------------------------------------


def test_ids_the_programme_does_not_know_are_read_and_reported(catalog):
    s = complete_sheet(catalog, "miljopakken", "DP")
    s.funding.lines.append(FundingLine(year=2027, source="privat", amount_mnok=Decimal(1)))
    s.funding.includes_operation = True
    s.funding.operation_exception = "godkjent_av_bystyret"  # no programme's
    s.treatments.append(Treatment(body="politisk", transition="PU-BY"))
    unknown = [f for f in check_sheet(s, catalog, today=TODAY) if f.code == "vocabulary.unknown"]
    fields = {f.field for f in unknown}
    assert fields == {
        f"funding.lines[{len(s.funding.lines) - 1}]",
        "funding.operation_exception",
        f"treatments[{len(s.treatments) - 1}].transition",
    }
    assert any("«privat»" in f.message and "Miljøpakken" in f.message for f in unknown)
    # Ids both programmes have are known to each.
    s.profile = "miljoloftet"
    s.funding.lines.pop()
    s.treatments.pop()
    s.funding.operation_exception = "godkjent_ku"
    assert "vocabulary.unknown" not in _codes(check_sheet(s, catalog, today=TODAY))


def test_a_renamed_source_is_named_by_the_profile_in_the_operation_message(catalog):
    s = complete_sheet(catalog, "miljopakken", "DP")
    s.funding.includes_operation = True
    s.funding.operation_exception = ""
    [hit] = [f for f in check_sheet(s, catalog, today=TODAY) if "operation" in f.code]
    assert "annet tiltak godkjent av kontaktutvalget" in hit.message
    [hit] = [
        f
        for f in check_sheet(s.model_copy(update={"profile": "miljoloftet"}), catalog, today=TODAY)
        if "operation" in f.code
    ]
    assert "styringsgruppen" in hit.message and "kontaktutvalget" not in hit.message


# -- a programme's rules are the ones its documents state -------------------------------------


def test_a_rule_runs_only_for_a_programme_whose_profile_gives_its_sentence(catalog):
    s = complete_sheet(catalog, "miljopakken", "DP")
    s.identification.funding_type = "sekkepost"
    s.funding.lines = [FundingLine(year=2027, source="bompenger", amount_mnok=Decimal(6))]
    [cap] = [f for f in check_sheet(s, catalog, today=TODAY) if f.code == "funding.pot_cap"]
    assert cap.source == "Det kan settes av inntil 5 mill. kr pr. sekkepost pr. år."
    assert cap.document.startswith("004 Føringer i Miljøpakkens")
    sources = dict(catalog.profile("miljopakken").rule_sources)
    del sources["funding.pot_cap"]
    without = _with(catalog, "miljopakken", rule_sources=sources)
    assert "funding.pot_cap" not in _codes(check_sheet(s, without, today=TODAY))


def test_each_programme_quotes_its_own_documents(catalog):
    s = complete_sheet(catalog, "miljopakken", "PU")
    s.land_use.answers["farmland"].answer = "ikke_relevant"
    s.land_use.answers["farmland"].justification = ""
    trondheim = check_sheet(s, catalog, today=TODAY)
    bergen = check_sheet(s.model_copy(update={"profile": "miljoloftet"}), catalog, today=TODAY)
    [t] = [f for f in trondheim if f.code == "land_use.justification_missing"]
    [b] = [f for f in bergen if f.code == "land_use.justification_missing"]
    # The checklist sentence is Miljøløftet's (000): a Trondheim sheet does not quote it.
    assert "Miljøløftet" in b.document and "sjekkliste" in b.source
    assert t.source == "" and t.document == ""
    for f in trondheim:
        assert "Miljøløft" not in f.document and "Miljøløft" not in f.source, f


def test_every_programme_rule_has_a_sentence_in_the_default_programme(catalog):
    profile = catalog.default_profile
    new = {"decision.political_interest", "cost.styringsmal_required"}
    missing = [
        code
        for code, r in REGISTRY.items()
        if r.of_programme
        and profile.rule_source(code) is None
        and not code.startswith(("land_use.", "traffic_safety.", "goals.justification"))
        and code not in new
    ]
    assert missing == []


# -- what a programme has not decided is said, not assumed -----------------------------------


def test_a_profile_without_a_threshold_says_so_and_skips_the_rule(catalog):
    assert "profile.incomplete" not in _codes(
        check_sheet(complete_sheet(catalog, "miljopakken", "DP"), catalog, today=TODAY)
    )
    s = complete_sheet(catalog, "miljopakken", "DP")
    s.cost.expected_cost_mnok = Decimal(30)
    s.cost.estimate_method = "enklere"
    assert "cost.anslag_required" in _codes(check_sheet(s, catalog, today=TODAY))
    gaps = _with(catalog, "miljopakken", anslag_threshold_mnok=None, submission_deadline=None)
    findings = check_sheet(s, gaps, today=date(2031, 1, 1))
    assert "cost.anslag_required" not in _codes(findings)
    assert "schedule.after_deadline" not in _codes(findings)
    [gap] = [f for f in findings if f.code == "profile.incomplete"]
    assert gap.severity == "info"
    assert "fristen for innspill" in gap.message and "terskelen for Anslagsmetoden" in gap.message


def test_goal_weights_are_the_profiles(catalog):
    from prosjektark.domain.rules import score_summary

    s = complete_sheet(catalog, "miljopakken", "DP")
    profile = catalog.profile("miljopakken")
    plain = score_summary(s, profile)
    assert plain.weighted_total == plain.total  # every shipped weight is 1
    scored = next(p for p in plain.per_goal if p.score > 0)
    goals = [
        {**g.model_dump(), "weight": Decimal(2) if g.id == scored.goal_id else g.weight}
        for g in profile.goals
    ]
    weighted = score_summary(s, Profile.model_validate({**profile.model_dump(), "goals": goals}))
    assert weighted.total == plain.total
    assert weighted.weighted_total == plain.total + scored.score
    assert weighted.weighted_maximum == plain.maximum + 3
