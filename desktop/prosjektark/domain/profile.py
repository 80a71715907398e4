"""Agreement profiles: one per urban growth agreement area (resources/profiles/*.toml).

Every number a rule uses comes from here, never from code.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Conf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Named(_Conf):
    id: str
    name: str


class Goal(_Conf):
    id: str
    name: str
    description: str = ""


class DecisionBody(_Conf):
    id: str
    name: str
    political: bool = False
    description: str = ""


class CostBand(_Conf):
    """The allowed standard deviation (%) of an estimate kind; both edges are inside."""

    estimate_kind: Literal["utredningsestimat", "styringsmal", "styringsramme"]
    name: str
    low_percent: Decimal
    high_percent: Decimal
    phases: list[Literal["PU", "DP", "UB"]]
    source: str = ""


class DecisionRoute(_Conf):
    """Who may decide a transition for a project of a given size.

    Routes of a transition are tried in order; the first whose size limit admits the
    expected cost applies. `below_mnok` is strict (< 15), `up_to_mnok` inclusive (<= 40).
    """

    transition: Literal["PU-DP", "DP-UB"]
    body: str
    below_mnok: Decimal | None = None
    up_to_mnok: Decimal | None = None
    # previous_political / no_deviation: only when PU → DP was treated politically;
    # previous_not_political: only when it was not (the "minimum" of seed 004).
    condition: Literal["", "previous_political", "no_deviation", "previous_not_political"] = ""
    reason: str = ""


class SourceLimit(_Conf):
    """A year of the programme that only one funding source may finance."""

    year: int
    only: str  # the funding source id
    quote: str  # the programme's own sentence, for the finding


class PotMunicipalities(_Conf):
    """Which pots (sekkeposter) may finance measures in several municipalities."""

    agencies: list[str]  # responsible agencies whose pots may; any other pot: one only
    quote: str


class Profile(_Conf):
    id: str
    name: str
    area: str
    programme: str
    period_start: int
    period_end: int
    price_year: int
    submission_deadline: date
    parties: list[str]
    municipalities: list[str]
    agencies: list[str]
    working_groups: list[str]
    action_areas: list[Named]
    goals: list[Goal]
    decision_bodies: list[DecisionBody]
    decision_routes: list[DecisionRoute]
    cost_bands: list[CostBand]
    pot_cap_mnok_per_year: Decimal
    anslag_threshold_mnok: Decimal
    styringsmal_threshold_mnok: Decimal
    # The largest amount (MNOK) a project sheet of the programme can plausibly hold; above
    # it an amount is an error (typically kroner or thousands typed as millions).
    max_plausible_mnok: Decimal = Field(gt=0)
    inactive_after_years: int = 3
    # How far (%) the entered expected cost may lie from the one computed from cost items.
    cost_items_tolerance_percent: Decimal = Decimal(5)
    price_index: dict[int, Decimal] = Field(default_factory=dict)
    # Left out where the programme's documents say nothing of it: then nothing is checked.
    source_limits: list[SourceLimit] = Field(default_factory=list)
    pot_municipalities: PotMunicipalities | None = None
    notes: str = ""

    @property
    def years(self) -> list[int]:
        return list(range(self.period_start, self.period_end + 1))

    def body(self, body_id: str) -> DecisionBody | None:
        return next((b for b in self.decision_bodies if b.id == body_id), None)

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def band(self, estimate_kind: str) -> CostBand | None:
        return next((b for b in self.cost_bands if b.estimate_kind == estimate_kind), None)

    def action_area_name(self, area_id: str) -> str:
        return next((a.name for a in self.action_areas if a.id == area_id), area_id)
