"""Money that cannot be right (issue 8, item 6): negative, not finite, beyond the profile's
bound of a plausible project; and a decision route that is never read from such a cost."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules import check_sheet, decision_advice
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import CostItem, FundingLine, IndexedAmount, Treatment
from prosjektark.paths import resource_dir

D = Decimal
TODAY = date(2026, 3, 1)
CATALOG = load_catalog(resource_dir())
PROFILE = CATALOG.profile("miljopakken")
MONEY_PATHS = [
    "cost.expected_cost_mnok",
    "cost.styringsmal_mnok",
    "cost.styringsramme_mnok",
    "cost.original_amount.amount",
    "cost.items[0].low",
    "cost.items[0].most_likely",
    "cost.items[0].high",
    "funding.lines.2027.bompenger",
]


def _sheet(phase: str = "DP"):
    return complete_sheet(CATALOG, "miljopakken", phase)


def _set(sheet, path: str, value: Decimal) -> None:
    cost = sheet.cost
    if path.startswith("cost.items[0]."):
        if not cost.items:
            cost.items = [CostItem(name="Post", low=D(1), most_likely=D(1), high=D(1))]
        setattr(cost.items[0], path.rsplit(".", 1)[1], value)
    elif path == "cost.original_amount.amount":
        cost.original_amount = IndexedAmount(amount=value, year=2024)
    elif path.startswith("funding.lines."):
        sheet.funding.lines = [FundingLine(year=2027, source="bompenger", amount_mnok=value)]
    else:
        setattr(cost, path.removeprefix("cost."), value)


def _hits(sheet, code: str) -> list:
    return [f for f in check_sheet(sheet, CATALOG, today=TODAY) if f.code == code]


def test_every_profile_names_its_bound():
    for profile in CATALOG.profiles.values():
        assert profile.max_plausible_mnok == D(50000)


@pytest.mark.parametrize("path", MONEY_PATHS)
def test_a_negative_amount_is_an_error_on_its_field(path):
    s = _sheet()
    _set(s, path, D("-0.001"))
    [hit] = _hits(s, "amount.negative")
    assert hit.severity == "error" and hit.field == path
    assert "−0,001 MNOK" in hit.message and "negativt" in hit.message


@pytest.mark.parametrize("path", MONEY_PATHS)
def test_zero_is_fine(path):
    s = _sheet()
    _set(s, path, D(0))
    assert not _hits(s, "amount.negative") and not _hits(s, "amount.implausible")


@pytest.mark.parametrize("path", MONEY_PATHS)
def test_exactly_the_bound_is_allowed_one_thousandth_above_is_not(path):
    s = _sheet()
    _set(s, path, D(50000))
    assert not _hits(s, "amount.implausible")
    _set(s, path, D("50000.001"))
    [hit] = _hits(s, "amount.implausible")
    assert hit.severity == "error" and hit.field == path
    assert "50\u00a0000,0 MNOK" in hit.message and "avtaleprofilen" in hit.message
    assert "50\u00a0000,001" in hit.message


def test_the_bound_is_the_profiles():
    s = _sheet()
    s.cost.expected_cost_mnok = D(600)
    lower = PROFILE.model_copy(update={"max_plausible_mnok": D(500)})
    found = check_sheet(s, CATALOG, today=TODAY, profile=lower)
    [hit] = [f for f in found if f.code == "amount.implausible"]
    assert "500,0 MNOK" in hit.message


def test_every_amount_negative_gives_one_error_each():
    s = _sheet()
    s.cost.expected_cost_mnok = D("-40.8")
    s.cost.styringsmal_mnok = D("-30")
    s.cost.styringsramme_mnok = D("-35")
    s.cost.original_amount = IndexedAmount(amount=D("-38"), year=2024)
    s.cost.items = [CostItem(name="Bru", low=D(-50), most_likely=D(-40), high=D(-30))]
    s.funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=D("-10")),
        FundingLine(year=2028, source="statlig", amount_mnok=D("-30.8")),
    ]
    fields = {f.field for f in _hits(s, "amount.negative")}
    assert fields == {
        "cost.expected_cost_mnok",
        "cost.styringsmal_mnok",
        "cost.styringsramme_mnok",
        "cost.original_amount.amount",
        "cost.items[0].low",
        "cost.items[0].most_likely",
        "cost.items[0].high",
        "funding.lines.2027.bompenger",
        "funding.lines.2028.statlig",
    }


@pytest.mark.parametrize("phase", ["PU", "DP"])
def test_a_negative_cost_is_never_routed(phase):
    """The issue's example: −40,8 MNOK was routed to Programrådet (below 15 MNOK)."""
    s = _sheet(phase)
    s.cost.expected_cost_mnok = D("-40.8")
    advice = decision_advice(s, PROFILE)
    assert advice is not None and advice.body_id == "" and advice.body_name == ""
    assert advice.cost_invalid
    assert "−40,8 MNOK" in advice.reason and "Rett kostnaden" in advice.reason
    assert "Programrådet" not in advice.reason
    [route] = _hits(s, "decision.route")
    assert "Programrådet" not in route.message and "Rett kostnaden" in route.message


def test_an_implausible_cost_is_never_routed_nor_thresholded():
    s = _sheet("DP")
    s.cost.expected_cost_mnok = D("400000")  # thousand kroner typed as millions
    advice = decision_advice(s, PROFILE)
    assert advice.body_id == "" and advice.cost_invalid
    assert "grense" in advice.reason
    assert not _hits(s, "decision.political_required")


def test_a_cost_kept_as_typed_text_is_never_routed():
    s = _sheet("PU")
    s.cost.expected_cost_mnok = D(12)  # the last valid value stays in the field
    s.invalid_input["cost.expected_cost_mnok"] = "12,,5"
    advice = decision_advice(s, PROFILE)
    assert advice.body_id == "" and "«12,,5»" in advice.reason


def test_a_valid_cost_is_still_routed():
    s = _sheet("PU")
    s.cost.expected_cost_mnok = D("14.999")
    assert decision_advice(s, PROFILE).body_id == "programradet"
    s.cost.expected_cost_mnok = D(0)
    assert decision_advice(s, PROFILE).body_id == "programradet"


def test_negative_cost_does_not_sidestep_the_political_requirement_silently():
    s = _sheet("UB")
    s.cost.expected_cost_mnok = D("-40.8")
    s.treatments = [Treatment(body="programradet", transition="PU-DP")]
    codes = {f.code for f in check_sheet(s, CATALOG, today=TODAY)}
    assert "amount.negative" in codes  # blocks signing instead of a quiet admin route
