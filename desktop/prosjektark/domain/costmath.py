"""Cost maths: triple estimates (low / most likely / high) and price-index adjustment.

Method for triple estimates (documented in docs/RULES.md too):

* Each cost item's *low* and *high* are read as its P10 and P90 (10 % chance the item
  costs less than *low*, 10 % that it costs more than *high*); *most likely* is the mode.
* Per item, the mean and standard deviation use the approximations of Lichtenberg's
  successive principle, the basis of Statens vegvesen's Anslagsmetoden, for P10/P90
  end points:  mean = (P10 + 2.9 * mode + P90) / 4.9  and  sd = (P90 - P10) / 2.65.
  For a normal distribution P90 - P10 is 2.563 sd; 2.65 allows for the right skew of
  cost items, and the mean moves towards the longer tail.
* Items are assumed independent: the total's mean is the sum of the means and its
  variance the sum of the variances. Correlated items (a common market risk) would make
  the true spread larger; the result is therefore a lower bound on the uncertainty.
* The total is approximated by a normal distribution (central limit theorem over the
  items): P50 = mean and P85 = mean + z(0.85) * sd, z(0.85) = 1.0364.

All results keep their intermediate numbers so the editor can show how they were reached.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from statistics import NormalDist

from prosjektark.domain.nb_format import format_mnok, format_number, format_percent
from prosjektark.domain.sheet import CostItem
from prosjektark.i18n import translate

# Lichtenberg / Anslagsmetoden approximation for P10 / mode / P90 triples.
MODE_WEIGHT = 2.9
WEIGHT_SUM = 4.9  # 1 + MODE_WEIGHT + 1
P10_P90_SPAN_IN_SD = 2.65
P85 = 0.85
Z85 = NormalDist().inv_cdf(P85)

_MNOK = Decimal("0.001")
_PCT = Decimal("0.01")


def _d(value: float, quantum: Decimal = _MNOK) -> Decimal:
    return Decimal(repr(value)).quantize(quantum)


@dataclass(frozen=True)
class ItemEstimate:
    name: str
    low: Decimal
    most_likely: Decimal
    high: Decimal
    mean_mnok: Decimal
    std_dev_mnok: Decimal
    mean: float  # unrounded, summed for the total
    variance: float  # MNOK², unrounded, summed for the total


@dataclass(frozen=True)
class TripleEstimate:
    """The total of a set of triple-estimated items, with every intermediate number."""

    items: tuple[ItemEstimate, ...]
    expected_mnok: Decimal  # sum of item means
    variance: float  # sum of item variances (independence)
    std_dev_mnok: Decimal
    std_dev_percent: Decimal  # of the expected cost; 0 when the expected cost is 0
    p50_mnok: Decimal
    p85_mnok: Decimal
    z85: float = Z85

    def explain(self) -> str:
        """An account of the calculation in the language of the moment, for help texts and
        the summary."""
        lines = [
            translate("costmath", "Lav og høy leses som P10 og P90, mest sannsynlig som modus."),
            translate(
                "costmath",
                "Per post: forventning = (lav + {mode_weight} × mest sannsynlig + høy) /"
                " {weight_sum}; standardavvik = (høy − lav) / {span}.",
            ).format(
                mode_weight=_nb(MODE_WEIGHT, 1),
                weight_sum=_nb(WEIGHT_SUM, 1),
                span=_nb(P10_P90_SPAN_IN_SD, 2),
            ),
        ]
        for it in self.items:
            item = translate(
                "costmath", "{item}: forventning {mean}, standardavvik {std_dev}"
            ).format(
                item=it.name or translate("costmath", "(uten navn)"),
                mean=format_mnok(it.mean_mnok),
                std_dev=format_mnok(it.std_dev_mnok),
            )
            lines.append(f"  {item}")
        lines += [
            translate(
                "costmath", "Postene antas uavhengige: forventningene og variansene summeres."
            ),
            translate(
                "costmath",
                "Sum: forventet kostnad {expected}, standardavvik {std_dev} ({percent}).",
            ).format(
                expected=format_mnok(self.expected_mnok),
                std_dev=format_mnok(self.std_dev_mnok),
                percent=format_percent(self.std_dev_percent),
            ),
            translate(
                "costmath",
                "Normaltilnærming av summen: P50 = {p50}, P85 = forventning + {z} ×"
                " standardavvik = {p85}.",
            ).format(
                p50=format_mnok(self.p50_mnok),
                z=_nb(self.z85, 4),
                p85=format_mnok(self.p85_mnok),
            ),
        ]
        return "\n".join(lines)


def _nb(value: Decimal | float, places: int) -> str:
    """A factor of the method (not money): every one of `places` decimals, with the
    decimal mark of the language of the moment."""
    return format_number(value, min_decimals=places, max_decimals=places, grouped=False)


class TripleEstimateError(ValueError):
    """A cost item that cannot be used: a missing number or low > most likely > high."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


def item_is_complete(item: CostItem) -> bool:
    return item.low is not None and item.most_likely is not None and item.high is not None


def check_item(index: int, item: CostItem) -> None:
    """Raise TripleEstimateError with the reason (in the language of the moment) if the
    item cannot be used."""
    name = item.name or translate("costmath", "post {number}").format(number=index + 1)
    if not item_is_complete(item):
        raise TripleEstimateError(
            index,
            translate(
                "costmath", "Kostnadsposten «{item}» mangler lav, mest sannsynlig eller høy verdi."
            ).format(item=name),
        )
    assert item.low is not None and item.most_likely is not None and item.high is not None
    if not (item.low <= item.most_likely <= item.high):
        raise TripleEstimateError(
            index,
            translate(
                "costmath",
                "Kostnadsposten «{item}»: lav ({low}) ≤ mest sannsynlig ({most_likely}) ≤ høy"
                " ({high}) må gjelde.",
            ).format(
                item=name,
                low=format_mnok(item.low, unit=False),
                most_likely=format_mnok(item.most_likely, unit=False),
                high=format_mnok(item.high, unit=False),
            ),
        )


def item_estimate(item: CostItem) -> ItemEstimate:
    """Mean and standard deviation of one complete, ordered item."""
    low, ml, high = float(item.low), float(item.most_likely), float(item.high)  # type: ignore[arg-type]
    mean = (low + MODE_WEIGHT * ml + high) / WEIGHT_SUM
    sd = (high - low) / P10_P90_SPAN_IN_SD
    return ItemEstimate(
        name=item.name,
        low=item.low,  # type: ignore[arg-type]
        most_likely=item.most_likely,  # type: ignore[arg-type]
        high=item.high,  # type: ignore[arg-type]
        mean_mnok=_d(mean),
        std_dev_mnok=_d(sd),
        mean=mean,
        variance=sd * sd,
    )


def triple_estimate(items: Sequence[CostItem]) -> TripleEstimate:
    """The total of `items`; raises TripleEstimateError on the first unusable item and
    ValueError when there are no items."""
    if not items:
        raise ValueError(translate("costmath", "Ingen kostnadsposter å beregne."))
    for i, item in enumerate(items):
        check_item(i, item)
    estimates = tuple(item_estimate(it) for it in items)
    mean = math.fsum(e.mean for e in estimates)
    variance = math.fsum(e.variance for e in estimates)
    sd = math.sqrt(variance)
    sd_pct = sd / mean * 100 if mean > 0 else 0.0
    return TripleEstimate(
        items=estimates,
        expected_mnok=_d(mean),
        variance=variance,
        std_dev_mnok=_d(sd),
        std_dev_percent=_d(sd_pct, _PCT),
        p50_mnok=_d(mean),
        p85_mnok=_d(mean + Z85 * sd),
    )


class PriceIndexError(ValueError):
    """The price index lacks a year needed for a conversion."""


def adjust_to_price_year(
    amount: Decimal, from_year: int, to_year: int, price_index: Mapping[int, Decimal]
) -> Decimal:
    """`amount` in `from_year` kroner expressed in `to_year` kroner:
    amount × index[to_year] / index[from_year], rounded to whole thousand kroner."""
    if from_year == to_year:
        return amount
    missing = [y for y in (from_year, to_year) if y not in price_index]
    if missing:
        known = ", ".join(str(y) for y in sorted(price_index)) or translate("costmath", "ingen")
        if len(missing) == 1:
            years = str(missing[0])
        else:
            years = translate("costmath", "{first} og {second}").format(
                first=missing[0], second=missing[1]
            )
        raise PriceIndexError(
            translate(
                "costmath",
                "Prisindeksen mangler {years}; kan ikke regne om fra {from_year}- til"
                " {to_year}-kroner. Kjente år: {known}. Legg inn indeksen i avtaleprofilen.",
            ).format(years=years, from_year=from_year, to_year=to_year, known=known)
        )
    base = Decimal(price_index[from_year])
    if base <= 0:
        raise PriceIndexError(
            translate("costmath", "Prisindeksen for {year} må være større enn null.").format(
                year=from_year
            )
        )
    return (Decimal(amount) * Decimal(price_index[to_year]) / base).quantize(_MNOK)
