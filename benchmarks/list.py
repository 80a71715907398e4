"""Filtering 10,000 sheets: one filter keystroke in our list vs a plain QStandardItemModel.

Both lists hold the same rows; the plain one filters with QSortFilterProxyModel's own
fixed-string filter over all columns. Target ≤ 2×. Memory of each model is reported.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from prosjektark.domain.summary import SheetSummary  # noqa: E402
from prosjektark.ui.sheet_list_model import SheetFilterProxy, SheetListModel  # noqa: E402

ROWS = 10_000
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


def time_keystrokes(apply) -> float:
    samples = []
    for text in KEYSTROKES * 3:
        t0 = time.perf_counter()
        apply(text)
        samples.append(time.perf_counter() - t0)
        apply("")
    return median(samples)


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
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

    ours_s = time_keystrokes(our_proxy.set_filter)
    plain_s = time_keystrokes(plain_proxy.setFilterFixedString)
    report(
        "list_filter",
        ours_s / plain_s,
        2.0,
        rows=ROWS,
        ours_keystroke_ms=round(ours_s * 1000, 2),
        plain_keystroke_ms=round(plain_s * 1000, 2),
        ours_model_mb=round(ours_mb, 1),
        plain_model_mb=round(plain_mb, 1),
    )


if __name__ == "__main__":
    main()
