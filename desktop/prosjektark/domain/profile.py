"""Agreement profiles: one per urban growth agreement area (resources/profiles/*.toml).

Every number a rule uses comes from here, never from code, and so does the programme's
vocabulary (funding sources, operation exceptions, decision bodies, transitions, goals)
and its own wording (the sentence each rule enforces, help texts). A number the
programme's documents do not give is left out: the rules that need it are then not
checked, and the rule `profile.incomplete` says which.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from prosjektark.i18n import translate

# The phases are the form's (its `required_in`/`shown_in` name them), common to every
# programme; a programme's transitions between them are data below.
PHASE_IDS = ("PU", "DP", "UB")


class _Conf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Named(_Conf):
    id: str
    name: str


class Goal(_Conf):
    id: str
    name: str
    description: str = ""
    # The goal's weight in a total score (1 unless the programme weights its goals).
    weight: Decimal = Field(default=Decimal(1), ge=0)


class Transition(_Conf):
    """A move between two phases that someone must decide (e.g. PU → DP)."""

    id: str  # "PU-DP": also what a sheet's treatment records
    from_phase: str
    to_phase: str
    name: str  # as people read it: "PU → DP"


class Quote(_Conf):
    """A sentence of the programme's own documents, with where it comes from."""

    text: str
    document: str = ""  # e.g. "004 Føringer i Miljøpakkens handlingsprogram 2027–2030"


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
    phases: list[str]
    source: str = ""


class DecisionRoute(_Conf):
    """Who may decide a transition for a project of a given size.

    Routes of a transition are tried in order; the first whose size limit admits the
    expected cost applies. `below_mnok` is strict (< 15), `up_to_mnok` inclusive (<= 40).
    """

    transition: str  # a Transition id of the profile
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


class ReviewState(_Conf):
    id: str
    name: str  # the programme's own words: «Til samordning», «Anbefalt til Prioriteringsrådet»
    description: str = ""


class Review(_Conf):
    """The secretariat's review of a delivered sheet: its states and the moves between them.

    `received` is the state of a newly delivered sheet, and of a returned one when its
    next revision arrives; `returned` is the state that sends remarks back."""

    states: list[ReviewState]
    received: str
    returned: str
    # The state of a sheet taken out of the process; a scenario that still holds such a
    # sheet says so. Empty: the programme has no such state.
    withdrawn: str = ""
    # state id -> the states it may move to; a state not listed here is final.
    transitions: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _states_exist(self) -> Review:
        ids = [s.id for s in self.states]
        known = set(ids)
        problems = [
            translate("profile", "saksstatusen «{state}» står to ganger").format(state=i)
            for i in ids
            if ids.count(i) > 1
        ]
        named = [self.received, self.returned, *([self.withdrawn] if self.withdrawn else [])]
        named += list(self.transitions)
        named += [t for targets in self.transitions.values() for t in targets]
        problems += [_unknown_state(i) for i in dict.fromkeys(named) if i not in known]
        if problems:
            raise ValueError("review: " + "; ".join(dict.fromkeys(problems)))
        return self

    def state(self, state_id: str) -> ReviewState | None:
        return next((s for s in self.states if s.id == state_id), None)

    def name(self, state_id: str) -> str:
        found = self.state(state_id)
        return found.name if found else state_id


def _unknown_state(state: str) -> str:
    return translate("profile", "ukjent saksstatus «{state}»").format(state=state)


class Portfolio(_Conf):
    """How the secretariat's portfolio is put together (prioritisation)."""

    # The review states whose sheets a new scenario takes in, in the programme's process.
    states: list[str]
    # The order a new scenario starts in: weighted goal score, total goal score, or cost
    # per goal point (lowest first).
    rank_by: Literal["weighted", "total", "cost_per_point"] = "weighted"
    # The programme's own words for the proposal's title, e.g. «Forslag til
    # handlingsprogram 2027–2030».
    proposal_title: str = ""


class Profile(_Conf):
    id: str
    name: str
    area: str
    programme: str
    # The programme period and the price level (kroneår) of its amounts; None until the
    # programme's documents give them (a new programme's draft profile).
    period_start: int | None = None
    period_end: int | None = None
    price_year: int | None = None
    # None where the programme's documents give no deadline: nothing is checked against it.
    submission_deadline: date | None = None
    parties: list[str]
    municipalities: list[str]
    agencies: list[str]
    working_groups: list[str]
    action_areas: list[Named]
    goals: list[Goal]
    funding_sources: list[Named]
    transitions: list[Transition]
    decision_bodies: list[DecisionBody]
    decision_routes: list[DecisionRoute] = Field(default_factory=list)
    cost_bands: list[CostBand] = Field(default_factory=list)
    # What operation and maintenance the programme may still finance; empty: none.
    operation_exceptions: list[Named] = Field(default_factory=list)
    # The thresholds below are None when the programme's documents do not give them.
    pot_cap_mnok_per_year: Decimal | None = None
    anslag_threshold_mnok: Decimal | None = None
    styringsmal_threshold_mnok: Decimal | None = None
    # The largest amount (MNOK) a project sheet of the programme can plausibly hold; above
    # it an amount is an error (typically kroner or thousands typed as millions).
    max_plausible_mnok: Decimal | None = Field(default=None, gt=0)
    # Years after a grant without construction before a project must be reconsidered.
    inactive_after_years: int | None = None
    # How far (%) the entered expected cost may lie from the one computed from cost items.
    cost_items_tolerance_percent: Decimal | None = None
    price_index: dict[int, Decimal] = Field(default_factory=dict)
    # Left out where the programme's documents say nothing of it: then nothing is checked.
    source_limits: list[SourceLimit] = Field(default_factory=list)
    pot_municipalities: PotMunicipalities | None = None
    # The programme's own sentence for each rule code (shown with the rule's findings),
    # and its own help text per form field path or checklist question
    # ("land_use.answers.zoning_status"), shown beside the form's programme-neutral one.
    # The secretariat's review states (case flow); None: the programme has not set them.
    review: Review | None = None
    # The secretariat's portfolio and scenarios; None: the programme has not set them.
    portfolio: Portfolio | None = None
    rule_sources: dict[str, Quote] = Field(default_factory=dict)
    help: dict[str, Quote] = Field(default_factory=dict)
    notes: str = ""

    @model_validator(mode="after")
    def _references_resolve(self) -> Profile:
        """Every id a part of the profile names exists, so a typo fails at load, not in a
        rule while someone types."""
        problems: list[str] = []
        transitions = {t.id for t in self.transitions}
        bodies = {b.id for b in self.decision_bodies}
        sources = {s.id for s in self.funding_sources}
        for t in self.transitions:
            for phase in (t.from_phase, t.to_phase):
                if phase not in PHASE_IDS:
                    problems.append(
                        translate(
                            "profile", "overgangen {transition}: ukjent fase «{phase}»"
                        ).format(transition=t.id, phase=phase)
                    )
        for r in self.decision_routes:
            if r.transition not in transitions:
                problems.append(
                    translate("profile", "beslutningsregel: ukjent overgang «{transition}»").format(
                        transition=r.transition
                    )
                )
            if r.body not in bodies:
                problems.append(
                    translate("profile", "beslutningsregel: ukjent organ «{body}»").format(
                        body=r.body
                    )
                )
        for band in self.cost_bands:
            problems += [
                translate("profile", "{band}: ukjent fase «{phase}»").format(
                    band=band.name, phase=p
                )
                for p in band.phases
                if p not in PHASE_IDS
            ]
        for limit in self.source_limits:
            if limit.only not in sources:
                problems.append(
                    translate(
                        "profile", "source_limits {year}: ukjent finansieringskilde «{source}»"
                    ).format(year=limit.year, source=limit.only)
                )
        if self.portfolio is not None:
            states = {s.id for s in self.review.states} if self.review else set()
            problems += [
                "portfolio: " + _unknown_state(s) for s in self.portfolio.states if s not in states
            ]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @property
    def frame_parts(self) -> list[str]:
        """What a frame line may name as its party: the agreement's parties and its
        municipalities (the pots «avsatt til de respektive kommunene»)."""
        return list(dict.fromkeys([*self.parties, *self.municipalities]))

    @property
    def years(self) -> list[int]:
        if self.period_start is None or self.period_end is None:
            return []
        return list(range(self.period_start, self.period_end + 1))

    def body(self, body_id: str) -> DecisionBody | None:
        return next((b for b in self.decision_bodies if b.id == body_id), None)

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)

    def band(self, estimate_kind: str) -> CostBand | None:
        return next((b for b in self.cost_bands if b.estimate_kind == estimate_kind), None)

    def action_area_name(self, area_id: str) -> str:
        return next((a.name for a in self.action_areas if a.id == area_id), area_id)

    def transition(self, transition_id: str) -> Transition | None:
        return next((t for t in self.transitions if t.id == transition_id), None)

    def transition_from(self, phase: str) -> Transition | None:
        """The transition out of `phase` (None from the last phase)."""
        return next((t for t in self.transitions if t.from_phase == phase), None)

    def transitions_passed(self, phase: str) -> list[Transition]:
        """The transitions a sheet in `phase` has gone through, in order."""
        passed: list[Transition] = []
        current = phase
        while (t := next((t for t in self.transitions if t.to_phase == current), None)) is not None:
            if t in passed:  # a cycle in the data; the validator keeps ids, not order
                break
            passed.insert(0, t)
            current = t.from_phase
        return passed

    def transition_name(self, transition_id: str) -> str:
        t = self.transition(transition_id)
        return t.name if t else transition_id

    def funding_source_name(self, source_id: str) -> str:
        return next((s.name for s in self.funding_sources if s.id == source_id), source_id)

    def operation_exception_name(self, exception_id: str) -> str:
        return next(
            (e.name for e in self.operation_exceptions if e.id == exception_id), exception_id
        )

    def rule_source(self, code: str) -> Quote | None:
        return self.rule_sources.get(code)
