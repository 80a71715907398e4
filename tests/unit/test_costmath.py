"""Triple estimates and price-index adjustment (domain/costmath.py)."""

from __future__ import annotations

import math
from decimal import Decimal
from statistics import NormalDist

import pytest

from prosjektark.domain.costmath import (
    PriceIndexError,
    TripleEstimateError,
    adjust_to_price_year,
    item_estimate,
    triple_estimate,
)
from prosjektark.domain.sheet import CostItem

D = Decimal


def item(low, ml, high, name="Post") -> CostItem:
    return CostItem(name=name, low=D(low), most_likely=D(ml), high=D(high))


def test_one_item_uses_p10_p90_approximation():
    e = item_estimate(item("10", "12", "20"))
    assert e.mean_mnok == D("13.224")  # (10 + 2.9*12 + 20) / 4.9 = 13.2245
    assert e.std_dev_mnok == D("3.774")  # (20 - 10) / 2.65 = 3.7736


def test_total_sums_means_and_variances_of_independent_items():
    t = triple_estimate([item("10", "12", "20"), item("10", "12", "20")])
    one = (10 + 2.9 * 12 + 20) / 4.9
    sd = math.sqrt(2) * 10 / 2.65
    assert t.expected_mnok == D(repr(2 * one)).quantize(D("0.001"))
    assert t.std_dev_mnok == D(repr(sd)).quantize(D("0.001"))
    assert t.std_dev_percent == D(repr(sd / (2 * one) * 100)).quantize(D("0.01"))
    assert len(t.items) == 2


def test_p50_and_p85_from_normal_approximation():
    t = triple_estimate([item("8", "10", "14"), item("1", "2", "5")])
    z = NormalDist().inv_cdf(0.85)
    mean = float(t.expected_mnok)
    assert t.p50_mnok == t.expected_mnok
    assert float(t.p85_mnok) == pytest.approx(mean + z * math.sqrt(t.variance), abs=0.002)
    assert t.p85_mnok > t.p50_mnok


def test_a_point_estimate_has_no_spread():
    t = triple_estimate([item("5", "5", "5")])
    assert t.std_dev_mnok == 0 and t.std_dev_percent == 0 and t.p85_mnok == t.expected_mnok


def test_explain_shows_the_intermediate_numbers():
    t = triple_estimate([item("10", "12", "20", name="Grunnerverv")])
    text = t.explain()
    assert "Grunnerverv" in text and "13,224" in text and "P85" in text and "P10" in text


@pytest.mark.parametrize(
    "bad",
    [
        CostItem(name="a", low=D(5), most_likely=D(4), high=D(6)),
        CostItem(name="a", low=D(5), most_likely=D(7), high=D(6)),
        CostItem(name="a", low=D(5), most_likely=None, high=D(6)),
    ],
)
def test_unusable_items_are_refused_with_their_index(bad):
    with pytest.raises(TripleEstimateError) as exc:
        triple_estimate([item("1", "2", "3"), bad])
    assert exc.value.index == 1
    assert "«a»" in str(exc.value)


def test_no_items_is_an_error():
    with pytest.raises(ValueError):
        triple_estimate([])


INDEX = {2026: D("149.6"), 2027: D("153.3")}


def test_adjust_to_price_year_scales_by_the_index_ratio():
    assert adjust_to_price_year(D("100"), 2026, 2027, INDEX) == D("102.473")
    assert adjust_to_price_year(D("102.473"), 2027, 2026, INDEX) == D("100.000")


def test_adjust_same_year_is_identity_even_without_index():
    assert adjust_to_price_year(D("7.5"), 2019, 2019, {}) == D("7.5")


def test_adjust_with_missing_year_names_it():
    with pytest.raises(PriceIndexError, match="2019") as exc:
        adjust_to_price_year(D("1"), 2019, 2027, INDEX)
    assert "Kjente år: 2026, 2027" in str(exc.value)
