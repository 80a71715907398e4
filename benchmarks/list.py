"""Filtering 10,000 sheets: one filter keystroke in our list vs a plain QStandardItemModel.

Both lists hold the same rows; the plain one filters with QSortFilterProxyModel's own
fixed-string filter over all columns (the floor). Target (issue 13, item 15): at most the
plain proxy (ratio ≤ 1) and within one frame (16 ms) a keystroke. Each keystroke is timed
for ours and the plain one in turn, so a busy machine slows both alike. Measured twice:
the proxy alone, and with a table view showing it (what a keystroke costs on screen).
Memory of each model is reported.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from _common import median, report, rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402

from prosjektark.domain.summary import SheetSummary  # noqa: E402
from prosjektark.ui.sheet_list_model import SheetFilterProxy, SheetListModel  # noqa: E402

# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks it.
ROWS = 200 if os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1" else 10_000
FRAME_MS = 16.0
KEYSTROKES = ["s", "sy", "syk", "sykk", "sykke", "sykkel", "sykkel t", "sykkel tr"]
WORDS = ["Sykkelveg", "Kollektivfelt", "Fortau", "Trygg skoleveg", "Holdeplass", "Støyskjerm"]
PLACES = ["Trondheim", "Bergen", "Melhus", "Malvik", "Askøy", "Stjørdal"]
AREAS = ["sykkel", "kollektiv", "gange", "trafikksikkerhet", "miljo"]


def rows() -> list[SheetSummary]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        SheetSummary(
            id=uuid.UUID(int=i + 1),
            title=f"{WORDS[i % len(WORDS)]} {PLACES[(i // 7) % len(PLACES)]} {i}",
            municipalities=PLACES[i % len(PLACES)],
            action_area=AREAS[i % len(AREAS)],
            phase=("PU", "DP", "UB")[i % 3],
            expected_cost_mnok=Decimal(i % 500) / 4,
            status="utkast",
            modified=start + timedelta(minutes=i),
            revision=i % 4,
        )
        for i in range(ROWS)
    ]


def time_keystrokes(ours, plain, app: QApplication) -> tuple[float, float, float, float]:
    """Median and worst ms a keystroke, ours and plain, each keystroke in turn from an
    empty filter (the case that looks at every row)."""
    samples: dict[str, list[float]] = {"ours": [], "plain": []}
    for text in KEYSTROKES * 3:
        for name, apply in (("ours", ours), ("plain", plain)):
            t0 = time.perf_counter()
            apply(text)
            app.processEvents()  # the view's share, when there is a view
            samples[name].append((time.perf_counter() - t0) * 1000)
            apply("")
            app.processEvents()
    return (
        median(samples["ours"]),
        max(samples["ours"]),
        median(samples["plain"]),
        max(samples["plain"]),
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    data = rows()

    before = rss_mb()
    ours = SheetListModel()
    ours.set_rows(data)
    our_proxy = SheetFilterProxy()
    our_proxy.setSourceModel(ours)
    ours_mb = rss_mb() - before

    before = rss_mb()
    # setItem, not appendRow(list): PySide6 6.12's appendRow(list) drops a reference to
    # None per call, which crashes the interpreter after a few thousand rows.
    plain = QStandardItemModel(ours.rowCount(), ours.columnCount())
    for r in range(ours.rowCount()):
        for c in range(ours.columnCount()):
            plain.setItem(r, c, QStandardItem(str(ours.data(ours.index(r, c)))))
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    plain_proxy.setFilterKeyColumn(-1)
    plain_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    plain_mb = rss_mb() - before

    ours_ms, ours_worst, plain_ms, plain_worst = time_keystrokes(
        our_proxy.set_filter, plain_proxy.setFilterFixedString, app
    )
    report(
        "list_filter",
        ours_ms / plain_ms,
        1.0,
        rows=ROWS,
        ours_keystroke_ms=round(ours_ms, 2),
        plain_keystroke_ms=round(plain_ms, 2),
        ours_worst_ms=round(ours_worst, 2),
        plain_worst_ms=round(plain_worst, 2),
        within_frame=ours_ms <= FRAME_MS,
        ours_model_mb=round(ours_mb, 1),
        plain_model_mb=round(plain_mb, 1),
    )

    views = []
    for proxy in (our_proxy, plain_proxy):
        view = QTableView()
        view.resize(1200, 700)
        # As the list page sets its table (both views alike): rows of one fixed height and
        # no row header, so Qt need not measure 10,000 header sections per keystroke.
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(28)
        view.setModel(proxy)
        view.show()
        views.append(view)
    app.processEvents()
    ours_ms, ours_worst, plain_ms, plain_worst = time_keystrokes(
        our_proxy.set_filter, plain_proxy.setFilterFixedString, app
    )
    report(
        "list_filter_in_view",
        ours_ms / plain_ms,
        1.0,
        rows=ROWS,
        ours_keystroke_ms=round(ours_ms, 2),
        plain_keystroke_ms=round(plain_ms, 2),
        ours_worst_ms=round(ours_worst, 2),
        plain_worst_ms=round(plain_worst, 2),
        within_frame=ours_ms <= FRAME_MS,
    )


if __name__ == "__main__":
    main()
