"""Toggling one sheet in a scenario of 2,000 sheets: the balance per year and source
against the frames must be up to date within one frame (16 ms).

Ours: the portfolio page (shown, 1280×720) takes one sheet in or out the way Space or a
click on «Med» does (an undoable command that updates the balance by that sheet's funding
lines), and the event loop runs until the table and the balance view have taken it. Floor: a plain Python sum over every funding line of the same 2,000 sheets into a
dict per (year, source), which is what recomputing the balance from scratch would at least
cost. Target ratio ≤ 1 (the toggle must cost no more than one plain pass over the lines);
the absolute time is printed beside it against the 16 ms frame. Prints one JSON line; no
assertion.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from decimal import Decimal

from _common import median, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from prosjektark.domain.catalog import load_catalog  # noqa: E402
from prosjektark.domain.frames import FrameLine  # noqa: E402
from prosjektark.domain.portfolio import build_item  # noqa: E402
from prosjektark.domain.rules.sample import complete_sheet  # noqa: E402
from prosjektark.domain.scenario import Scenario, ScenarioEntry  # noqa: E402
from prosjektark.domain.sheet import FundingLine  # noqa: E402
from prosjektark.paths import resource_dir  # noqa: E402

QUICK = os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1"
SHEETS = 200 if QUICK else 2000
TOGGLED = 10 if QUICK else 50  # sheets toggled (each twice), spread over the list
FRAME_MS = 16.0


def items(catalog, profile):
    rng = random.Random(7)
    template = complete_sheet(catalog, profile.id, "DP")
    base = build_item(template, catalog, profile, review_state="anbefalt")
    sources = [s.id for s in profile.funding_sources]
    out = []
    from dataclasses import replace

    from prosjektark.domain.scenario import Funding

    for i in range(SHEETS):
        lines = [
            FundingLine(
                year=rng.choice(profile.years),
                source=rng.choice(sources),
                amount_mnok=Decimal(rng.randint(1, 2000)) / 10,
            )
            for _ in range(rng.randint(2, 8))
        ]
        amounts: dict = {}
        for line in lines:
            key = (line.year, line.source)
            amounts[key] = amounts.get(key, Decimal(0)) + line.amount_mnok
        out.append(
            replace(
                base,
                sheet_id=uuid.UUID(int=i + 1),
                title=f"Tiltak {i}",
                funding=Funding(amounts, frozenset({profile.municipalities[i % 3]})),
            )
        )
    return out


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    catalog = load_catalog(resource_dir())
    profile = catalog.profile("miljoloftet")
    portfolio = items(catalog, profile)
    frames = [
        FrameLine(y, s.id, p, Decimal(5000))
        for y in profile.years
        for s in profile.funding_sources
        for p in ("", profile.municipalities[0])
    ]
    scenario = Scenario(
        uuid.uuid4(),
        "Benk",
        profile.id,
        tuple(ScenarioEntry(i.sheet_id, i.revision) for i in portfolio),
    )

    import tempfile
    from pathlib import Path

    from prosjektark.store.repository import Store
    from prosjektark.ui.secretariat.portfolio_page import PortfolioPage

    work = Path(tempfile.mkdtemp(prefix="prosjektark-bench-portfolio-"))
    store = Store.open(work / "db.sqlite3", work / "vedlegg")
    page = PortfolioPage(store, catalog)
    page.resize(1280, 720)
    page.show()
    # What the page's background load hands over, without reading 2,000 sheets first.
    page.profile = profile
    page._loaded = True
    by_id = {i.sheet_id: i for i in portfolio}
    page.model.set_contents(profile, scenario, by_id, by_id, frames)
    app.processEvents()
    ids = [i.sheet_id for i in portfolio][:: max(1, SHEETS // TOGGLED)]

    def toggle(sheet_id) -> None:
        # The page's own path for Space or a click on «Med» on the selected row (an
        # undoable command), then the event loop until the views have repainted: one
        # frame's work.
        entry = page.model.entry_of(sheet_id)
        page.set_included(sheet_id, not entry.included, reason="Benk")
        app.processEvents()

    def plain(_: int) -> None:
        sums: dict = {}
        for item in portfolio:
            for key, amount in item.funding.amounts.items():
                sums[key] = sums.get(key, Decimal(0)) + amount

    samples_ours, samples_floor = [], []
    for sheet_id in ids * 2:
        page.select(sheet_id)  # the user's own step before Space: not timed
        app.processEvents()
        t0 = time.perf_counter()
        toggle(sheet_id)
        samples_ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plain(0)
        samples_floor.append(time.perf_counter() - t0)
    ours, floor = median(samples_ours), median(samples_floor)
    page.close()
    store.close()
    report(
        "portfolio_toggle",
        ours / floor,
        1.0,
        sheets=SHEETS,
        toggle_ms=round(ours * 1000, 3),
        plain_sum_ms=round(floor * 1000, 3),
        frame_ms=FRAME_MS,
        within_frame=ours * 1000 <= FRAME_MS,
    )


if __name__ == "__main__":
    main()
