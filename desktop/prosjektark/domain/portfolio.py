"""The secretariat's portfolio: one item per delivered sheet, with what prioritisation needs.

Seed 004: «Tiltakene skal prioriteres etter en vurdering av tiltakenes bidrag til
måloppfyllelse og samfunnsøkonomisk lønnsomhet, og basert på disponible midler, planstatus
og tilstrekkelige ressurser». An item carries the cost, uncertainty, goal points (per goal,
total and weighted), cost per goal point, funding per year and source, plan status and
review state of one sheet at its latest delivered revision, and the reasons it cannot be
compared fairly with the others (`flags`); a flagged sheet is never ranked silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from prosjektark.domain.costmath import Z85
from prosjektark.domain.findings import Finding
from prosjektark.domain.frames import parties_of
from prosjektark.domain.nb_format import format_date
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet, score_summary
from prosjektark.domain.rules.engine import acknowledged_keys
from prosjektark.domain.scenario import Funding, Scenario, ScenarioEntry
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

# Why a sheet cannot be compared fairly: code -> what the list and the proposal say.
FLAG_JUSTIFICATION = "begrunnelse"
FLAG_UNACKNOWLEDGED = "advarsler"
FLAG_PRICE_YEAR = "prisår"
FLAG_NO_SCORE = "uten_poeng"
FLAG_NO_COST = "uten_kostnad"

# In bokmål; shown as translate("portfolio", RANK_KINDS[kind]).
RANK_KINDS = {
    "weighted": QT_TRANSLATE_NOOP("portfolio", "Vektet målpoeng"),
    "total": QT_TRANSLATE_NOOP("portfolio", "Sum målpoeng"),
    "cost_per_point": QT_TRANSLATE_NOOP("portfolio", "Kostnad per poeng"),
}

_CENT = Decimal("0.01")
_THOUSAND = Decimal("0.001")  # MNOK: whole thousand kroner


@dataclass(frozen=True)
class Flag:
    code: str
    text: str  # Norwegian, whole sentence


@dataclass(frozen=True)
class PortfolioItem:
    sheet_id: uuid.UUID
    revision: int
    profile: str
    title: str
    working_group: str
    municipalities: tuple[str, ...]
    responsible_party: str
    responsible_agency: str
    action_area: str  # the profile's id; `Profile.action_area_name` for people
    phase: str
    review_state: str  # "" when the sheet has none
    expected_mnok: Decimal | None
    std_dev_percent: Decimal | None
    p50_mnok: Decimal | None  # known when expected cost and standard deviation are
    p85_mnok: Decimal | None
    price_year: int | None
    goal_points: tuple[int, ...]  # in the profile's goal order
    total_points: int
    weighted_points: Decimal
    cost_per_point: Decimal | None  # expected cost / total points; None without either
    funding: Funding
    construction_start: date | None
    next_milestone: str  # «Reguleringsplan vedtatt 01.03.2027», or ""
    milestones_done: int
    milestones_total: int
    signer: str
    fingerprint: str
    signed_at: datetime | None
    flags: tuple[Flag, ...]
    reassess: str  # the portfolio.inactive finding's message, or ""

    @property
    def comparable(self) -> bool:
        return not self.flags

    @property
    def funding_total(self) -> Decimal:
        return sum(self.funding.amounts.values(), Decimal(0))

    def funding_in(self, year: int, source: str | None = None) -> Decimal:
        return sum(
            (
                v
                for (y, s), v in self.funding.amounts.items()
                if y == year and (source is None or s == source)
            ),
            Decimal(0),
        )


def _p50_p85(expected: Decimal | None, std_pct: Decimal | None) -> tuple[Decimal | None, ...]:
    """The normal approximation the cost method uses (costmath): P50 is the expected
    cost, P85 adds z85 standard deviations."""
    if expected is None or std_pct is None:
        return None, None
    std = expected * std_pct / 100
    p85 = expected + std * Decimal(repr(Z85))
    # In whole thousand kroner, as the expected cost is kept: P50 is that same number.
    return expected, p85.quantize(_THOUSAND)


def _flags(sheet: Sheet, profile: Profile, findings: Sequence[Finding]) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    unjustified = sum(1 for f in findings if f.code == "goals.justification_missing")
    if any(f.code == "goals.none" for f in findings):
        flags.append(
            Flag(
                FLAG_NO_SCORE,
                translate("portfolio", "Ingen av programmets mål har poeng med begrunnelse."),
            )
        )
    elif unjustified:
        text = (
            translate("portfolio", "Målpoeng uten begrunnelse for ett mål.")
            if unjustified == 1
            else translate("portfolio", "Målpoeng uten begrunnelse for {count} mål.").format(
                count=unjustified
            )
        )
        flags.append(Flag(FLAG_JUSTIFICATION, text))
    acked = acknowledged_keys(sheet)
    errors = sum(1 for f in findings if f.severity == "error")
    open_warnings = sum(
        1 for f in findings if f.severity == "warning" and (f.code, f.field) not in acked
    )
    if errors or open_warnings:
        error_text = (
            translate("portfolio", "1 feil")
            if errors == 1
            else translate("portfolio", "{count} feil").format(count=errors)
        )
        warning_text = (
            translate("portfolio", "1 advarsel som ikke er kvittert ut")
            if open_warnings == 1
            else translate("portfolio", "{count} advarsler som ikke er kvittert ut").format(
                count=open_warnings
            )
        )
        if errors and open_warnings:
            text = translate("portfolio", "Arket har {errors} og {warnings}.").format(
                errors=error_text, warnings=warning_text
            )
        else:
            text = translate("portfolio", "Arket har {problems}.").format(
                problems=error_text if errors else warning_text
            )
        flags.append(Flag(FLAG_UNACKNOWLEDGED, text))
    wanted = profile.price_year
    actual = sheet.cost.price_year
    if wanted is not None and actual != wanted:
        text = (
            translate(
                "portfolio", "Kostnaden mangler prisår; programmet regner i {wanted}-kroner."
            ).format(wanted=wanted)
            if actual is None
            else translate(
                "portfolio", "Kostnaden er i {actual}-kroner; programmet regner i {wanted}-kroner."
            ).format(actual=actual, wanted=wanted)
        )
        flags.append(Flag(FLAG_PRICE_YEAR, text))
    if sheet.cost.expected_cost_mnok is None:
        flags.append(Flag(FLAG_NO_COST, translate("portfolio", "Forventet kostnad mangler.")))
    return tuple(flags)


def _next_milestone(sheet: Sheet) -> str:
    open_ones = [m for m in sheet.progress.milestones if not m.done and m.name.strip()]
    open_ones.sort(key=lambda m: (m.date is None, m.date or date.max))
    if not open_ones:
        return ""
    m = open_ones[0]
    return f"{m.name.strip()} {format_date(m.date)}" if m.date else m.name.strip()


def build_item(
    sheet: Sheet,
    catalog,
    profile: Profile,
    *,
    review_state: str = "",
    signer: str = "",
    fingerprint: str = "",
    signed_at: datetime | None = None,
    today: date | None = None,
) -> PortfolioItem:
    """One sheet as the portfolio sees it. `catalog` is the domain Catalog (the rules
    need the form); `profile` the sheet's programme."""
    findings = check_sheet(sheet, catalog, today=today, profile=profile)
    points = score_summary(sheet, profile)
    ident, cost = sheet.identification, sheet.cost
    amounts: dict[tuple[int, str], Decimal] = {}
    for line in sheet.funding.lines:
        key = (line.year, line.source)
        amounts[key] = amounts.get(key, Decimal(0)) + line.amount_mnok
    expected = cost.expected_cost_mnok
    p50, p85 = _p50_p85(expected, cost.std_dev_percent)
    per_point = (
        (expected / points.total).quantize(_CENT)
        if expected is not None and points.total > 0
        else None
    )
    inactive = next((f.message for f in findings if f.code == "portfolio.inactive"), "")
    milestones = sheet.progress.milestones
    return PortfolioItem(
        sheet_id=sheet.id,
        revision=sheet.revision,
        profile=profile.id,
        title=ident.title.strip() or translate("portfolio", "(uten navn)"),
        working_group=ident.working_group,
        municipalities=tuple(ident.municipalities),
        responsible_party=ident.responsible_party,
        responsible_agency=ident.responsible_agency,
        action_area=ident.action_area,
        phase=ident.phase,
        review_state=review_state,
        expected_mnok=expected,
        std_dev_percent=cost.std_dev_percent,
        p50_mnok=p50,
        p85_mnok=p85,
        price_year=cost.price_year,
        goal_points=tuple(p.score for p in points.per_goal),
        total_points=points.total,
        weighted_points=points.weighted_total,
        cost_per_point=per_point,
        funding=Funding(
            amounts=amounts,
            parties=frozenset(parties_of(ident.responsible_party, ident.municipalities)),
        ),
        construction_start=sheet.progress.construction_start,
        next_milestone=_next_milestone(sheet),
        milestones_done=sum(1 for m in milestones if m.done),
        milestones_total=len(milestones),
        signer=signer,
        fingerprint=fingerprint,
        signed_at=signed_at,
        flags=_flags(sheet, profile, findings),
        reassess=inactive,
    )


def rank_key(kind: str):
    """A sort key putting the best first: most (weighted) points, or the lowest cost per
    point (a sheet without one last)."""
    if kind == "weighted":
        return lambda i: (-i.weighted_points, -i.total_points, i.title.casefold())
    if kind == "total":
        return lambda i: (-i.total_points, -i.weighted_points, i.title.casefold())
    if kind == "cost_per_point":
        return lambda i: (
            i.cost_per_point is None,
            i.cost_per_point or Decimal(0),
            i.title.casefold(),
        )
    raise ValueError(f"unknown rank kind {kind!r}")


def ranked(items: Iterable[PortfolioItem], kind: str) -> list[PortfolioItem]:
    """The comparable items best first, then the flagged ones (in the same order among
    themselves): a sheet that cannot be compared fairly is never ranked among the rest."""
    key = rank_key(kind)
    items = list(items)
    return sorted((i for i in items if i.comparable), key=key) + sorted(
        (i for i in items if not i.comparable), key=key
    )


def new_scenario(
    name: str,
    profile: Profile,
    items: Iterable[PortfolioItem],
    *,
    states: Iterable[str] | None = None,
    scenario_id: uuid.UUID | None = None,
) -> Scenario:
    """Every item of `profile` in `states` (default: the profile's portfolio states), in the
    profile's default rank order, all included."""
    if states is None:
        states = profile.portfolio.states if profile.portfolio else []
    wanted = set(states)
    kind = profile.portfolio.rank_by if profile.portfolio else "weighted"
    chosen = [i for i in items if i.profile == profile.id and i.review_state in wanted]
    return Scenario(
        id=scenario_id or uuid.uuid4(),
        name=name,
        profile=profile.id,
        entries=tuple(ScenarioEntry(i.sheet_id, i.revision) for i in ranked(chosen, kind)),
    )


def stale_entries(
    scenario: Scenario, latest: Mapping[uuid.UUID, PortfolioItem], withdrawn_state: str
) -> dict[uuid.UUID, str]:
    """What has happened to the scenario's sheets since it was built: gone, withdrawn, or
    delivered again. The scenario keeps its own revision until someone takes the new one."""
    out: dict[uuid.UUID, str] = {}
    for entry in scenario.entries:
        item = latest.get(entry.sheet_id)
        if item is None:
            out[entry.sheet_id] = translate(
                "portfolio", "Arket er ikke lenger levert (slettet eller i papirkurven)."
            )
        elif withdrawn_state and item.review_state == withdrawn_state:
            out[entry.sheet_id] = translate("portfolio", "Arket er trukket.")
        elif item.revision != entry.revision:
            out[entry.sheet_id] = translate(
                "portfolio", "Revisjon {delivered} er levert; scenarioet bruker revisjon {used}."
            ).format(delivered=item.revision, used=entry.revision)
    return out


def describe_change(old: Scenario, new: Scenario, titles: Mapping[uuid.UUID, str]) -> str:
    """What a person did between two versions of a scenario, for its log: in the language
    of the moment (the language of the person who saved it)."""

    def name(sheet_id: uuid.UUID) -> str:
        return f"«{titles.get(sheet_id, str(sheet_id))}»"

    parts: list[str] = []
    if old.name != new.name:
        parts.append(
            translate("portfolio", "Nytt navn «{new}» (var «{old}»)").format(
                new=new.name, old=old.name
            )
        )
    old_rank = {e.sheet_id: n for n, e in enumerate(old.entries, start=1)}
    new_rank = {e.sheet_id: n for n, e in enumerate(new.entries, start=1)}
    # Looked up by id once: a scenario of 2,000 sheets is saved without a quadratic pass.
    old_entries = {e.sheet_id: e for e in old.entries}
    for entry in new.entries:
        before = old_entries.get(entry.sheet_id)
        if before is None:
            parts.append(
                translate("portfolio", "La til {sheet}").format(sheet=name(entry.sheet_id))
            )
            continue
        if before.included != entry.included:
            if entry.included:
                parts.append(
                    translate("portfolio", "Tok med {sheet}").format(sheet=name(entry.sheet_id))
                )
            elif entry.reason:
                parts.append(
                    translate("portfolio", "Tok ut {sheet} ({reason})").format(
                        sheet=name(entry.sheet_id), reason=entry.reason
                    )
                )
            else:
                parts.append(
                    translate("portfolio", "Tok ut {sheet}").format(sheet=name(entry.sheet_id))
                )
        elif before.reason != entry.reason:
            parts.append(
                translate("portfolio", "Endret begrunnelsen for {sheet}").format(
                    sheet=name(entry.sheet_id)
                )
            )
        if before.shift_years != entry.shift_years:
            parts.append(_shift_text(name(entry.sheet_id), entry.shift_years))
        if before.revision != entry.revision:
            parts.append(
                translate("portfolio", "Oppdaterte {sheet} til revisjon {revision}").format(
                    sheet=name(entry.sheet_id), revision=entry.revision
                )
            )
    moved = [s for s in new_rank if s in old_rank and old_rank[s] != new_rank[s]]
    # One move shifts its neighbours too; name the sheets that moved most.
    if moved:
        biggest = max(abs(old_rank[s] - new_rank[s]) for s in moved)
        for s in moved:
            if abs(old_rank[s] - new_rank[s]) == biggest:
                parts.append(
                    translate("portfolio", "Flyttet {sheet} fra plass {old} til {new}").format(
                        sheet=name(s), old=old_rank[s], new=new_rank[s]
                    )
                )
    for entry in old.entries:
        if entry.sheet_id not in new_rank:
            parts.append(
                translate("portfolio", "Fjernet {sheet}").format(sheet=name(entry.sheet_id))
            )
    return "; ".join(parts) + "." if parts else translate("portfolio", "Ingen endring.")


def _shift_text(sheet: str, shift: int) -> str:
    """One whole sentence per case: English says «1 year», «2 years»."""
    if shift == 0:
        text = translate(
            "portfolio", "Flyttet finansieringen av {sheet} tilbake til opprinnelige år"
        )
    elif shift == 1:
        text = translate("portfolio", "Flyttet finansieringen av {sheet} 1 år senere")
    elif shift == -1:
        text = translate("portfolio", "Flyttet finansieringen av {sheet} 1 år tidligere")
    elif shift > 0:
        text = translate("portfolio", "Flyttet finansieringen av {sheet} {years} år senere")
    else:
        text = translate("portfolio", "Flyttet finansieringen av {sheet} {years} år tidligere")
    return text.format(sheet=sheet, years=abs(shift))


@dataclass(frozen=True)
class ScenarioDifference:
    """One sheet where two scenarios differ: rank (None: not in it), inclusion, shift,
    the revision its numbers come from, or the reason recorded for it."""

    sheet_id: uuid.UUID
    rank_a: int | None
    rank_b: int | None
    entry_a: ScenarioEntry | None
    entry_b: ScenarioEntry | None


def compare(a: Scenario, b: Scenario) -> list[ScenarioDifference]:
    """The sheets whose place, inclusion, funding years, revision or recorded reason
    differ, in b's rank order and then those only in a. Another revision is other numbers
    (a scenario keeps the revision it names), and the reason is printed in the proposal;
    space around a reason is no difference, as the proposal strips it."""
    rank_a = {e.sheet_id: n for n, e in enumerate(a.entries, start=1)}
    rank_b = {e.sheet_id: n for n, e in enumerate(b.entries, start=1)}
    out: list[ScenarioDifference] = []
    order = [e.sheet_id for e in b.entries] + [
        e.sheet_id for e in a.entries if e.sheet_id not in rank_b
    ]
    entries_a = {e.sheet_id: e for e in a.entries}
    entries_b = {e.sheet_id: e for e in b.entries}
    for sheet_id in order:
        ea, eb = entries_a.get(sheet_id), entries_b.get(sheet_id)
        same = (
            ea is not None
            and eb is not None
            and rank_a[sheet_id] == rank_b[sheet_id]
            and ea.included == eb.included
            and ea.shift_years == eb.shift_years
            and ea.revision == eb.revision
            and ea.reason.strip() == eb.reason.strip()
        )
        if not same:
            out.append(
                ScenarioDifference(sheet_id, rank_a.get(sheet_id), rank_b.get(sheet_id), ea, eb)
            )
    return out
