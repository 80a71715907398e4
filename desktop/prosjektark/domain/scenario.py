"""A scenario: one try at the action programme. Which sheets are in, in what rank, and
whose funding moves by a year, balanced against the programme's frames.

A scenario names each sheet at the revision it was built from. When a sheet has since been
delivered again or withdrawn, the scenario says so (`stale_entries`) and is never silently
recomputed with the newer numbers.

`Balance` keeps the sums per frame cell and updates them by one sheet's funding lines when
that sheet is included, excluded or shifted, so a toggle costs the sheet's lines, not the
portfolio's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from prosjektark.domain.frames import FrameLine

# A cell of the balance: (year, source id, party); party "" is the programme's own frame.
CellKey = tuple[int, str, str]


@dataclass(frozen=True)
class ScenarioEntry:
    sheet_id: uuid.UUID
    revision: int  # the delivered revision the scenario was built from
    included: bool = True
    shift_years: int = 0  # funding moved this many years (negative: earlier)
    reason: str = ""  # why it is left out (or a note); the proposal prints it


@dataclass(frozen=True)
class Scenario:
    id: uuid.UUID
    name: str
    profile: str
    entries: tuple[ScenarioEntry, ...]  # in rank order, first is highest
    version: int = 0  # the store's; a save names the version it was based on
    created_at: datetime | None = None
    created_by: str = ""
    modified_at: datetime | None = None
    modified_by: str = ""

    def entry(self, sheet_id: uuid.UUID) -> ScenarioEntry | None:
        return next((e for e in self.entries if e.sheet_id == sheet_id), None)

    def with_entry(self, new: ScenarioEntry, at: int | None = None) -> Scenario:
        """The scenario with `new` in place of the entry for its sheet; `at`, when it is
        known, is that entry's index (a toggle with 2,000 sheets then copies, not scans)."""
        entries = self.entries
        if at is not None and 0 <= at < len(entries) and entries[at].sheet_id == new.sheet_id:
            return replace(self, entries=entries[:at] + (new,) + entries[at + 1 :])
        return replace(
            self, entries=tuple(new if e.sheet_id == new.sheet_id else e for e in self.entries)
        )

    def moved(self, sheet_id: uuid.UUID, step: int) -> Scenario:
        """The scenario with the sheet `step` places lower in rank (negative: higher),
        clamped at the ends."""
        order = list(self.entries)
        index = next(i for i, e in enumerate(order) if e.sheet_id == sheet_id)
        target = max(0, min(len(order) - 1, index + step))
        order.insert(target, order.pop(index))
        return replace(self, entries=tuple(order))


@dataclass(frozen=True)
class ScenarioChange:
    """Who changed what in a scenario, kept by the store."""

    at: datetime
    who: str
    fingerprint: str
    text: str  # Norwegian: «Tok ut «Sykkelveg Fv. 704» (2 poeng)»
    version: int


@dataclass(frozen=True)
class Funding:
    """A sheet's funding as the balance sees it: amounts per (year, source), and the
    parties whose pots it counts against (`frames.parties_of`)."""

    amounts: Mapping[tuple[int, str], Decimal]
    parties: frozenset[str] = frozenset()


@dataclass
class BalanceCell:
    frame: Decimal | None  # None: no frame for this cell (all use of it is over)
    used: Decimal = Decimal(0)

    @property
    def left(self) -> Decimal | None:
        """Frame minus use: negative is over the frame; None without a frame."""
        return None if self.frame is None else self.frame - self.used


@dataclass
class Balance:
    """Use per frame cell by the included sheets, against the frames."""

    cells: dict[CellKey, BalanceCell] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        frames: Iterable[FrameLine],
        scenario: Scenario,
        funding: Mapping[uuid.UUID, Funding],
    ) -> Balance:
        balance = cls({f.key: BalanceCell(f.amount_mnok) for f in frames})
        for entry in scenario.entries:
            if entry.included and entry.sheet_id in funding:
                balance.add(funding[entry.sheet_id], entry.shift_years, 1)
        return balance

    def add(self, funding: Funding, shift_years: int, sign: int) -> None:
        """Add (sign 1) or take away (sign -1) one sheet's funding, shifted."""
        for (year, source), amount in funding.amounts.items():
            moved = year + shift_years
            self._cell((moved, source, "")).used += sign * amount
            for party in funding.parties:
                key = (moved, source, party)
                # A party's pot is balanced only where the secretariat set one.
                if key in self.cells:
                    self.cells[key].used += sign * amount

    def _cell(self, key: CellKey) -> BalanceCell:
        cell = self.cells.get(key)
        if cell is None:
            cell = self.cells[key] = BalanceCell(None)
        return cell

    def include(self, funding: Funding, entry: ScenarioEntry, included: bool) -> None:
        if entry.included != included:
            self.add(funding, entry.shift_years, 1 if included else -1)

    def shift(self, funding: Funding, entry: ScenarioEntry, shift_years: int) -> None:
        if entry.included and entry.shift_years != shift_years:
            self.add(funding, entry.shift_years, -1)
            self.add(funding, shift_years, 1)

    def over(self) -> list[CellKey]:
        """Cells over their frame, and cells used without a frame."""
        return [
            k for k, c in sorted(self.cells.items()) if (c.left is not None and c.left < 0)
            or (c.frame is None and c.used != 0)
        ]  # fmt: skip


@dataclass(frozen=True)
class BalanceRow:
    year: int
    source: str  # "" on a year's total over every source
    party: str
    frame: Decimal | None
    used: Decimal

    @property
    def left(self) -> Decimal | None:
        return None if self.frame is None else self.frame - self.used

    @property
    def over(self) -> bool:
        return (self.frame is None and self.used != 0) or (
            self.frame is not None and self.used > self.frame
        )


def balance_rows(balance: Balance, source_order: list[str]) -> list[BalanceRow]:
    """The balance as a table: per year, each source's programme frame (party ""), the
    year's total over the sources, then the parties' pots; sources in the profile's order.
    A year's total has a frame only when every source used or framed that year has one."""
    rank = {s: n for n, s in enumerate(source_order)}
    rows: list[BalanceRow] = []
    years = sorted({k[0] for k in balance.cells})
    for year in years:
        own = sorted(
            ((k, c) for k, c in balance.cells.items() if k[0] == year and not k[2]),
            key=lambda kc: (rank.get(kc[0][1], len(rank)), kc[0][1]),
        )
        for (y, source, party), cell in own:
            rows.append(BalanceRow(y, source, party, cell.frame, cell.used))
        frames = [c.frame for _, c in own]
        total_frame = (
            sum((f for f in frames if f is not None), Decimal(0))
            if frames and all(f is not None for f in frames)
            else None
        )
        rows.append(
            BalanceRow(year, "", "", total_frame, sum((c.used for _, c in own), Decimal(0)))
        )
        parts = sorted(
            ((k, c) for k, c in balance.cells.items() if k[0] == year and k[2]),
            key=lambda kc: (kc[0][2].casefold(), rank.get(kc[0][1], len(rank))),
        )
        for (y, source, party), cell in parts:
            rows.append(BalanceRow(y, source, party, cell.frame, cell.used))
    return rows
