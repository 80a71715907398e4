"""The secretariat's intake list with 2,000 sheets: one filter keystroke and one sort, in
our model vs a plain QStandardItemModel behind QSortFilterProxyModel.

Both hold the same texts (13 columns); the plain one filters with the proxy's own
fixed-string filter over all columns and sorts with the proxy's own sort. Target for
both ratios ≤ 2×; the JSON line reports the larger one. Also: loading the rows from a real
store of 2,000 delivered sheets (one query plus one call each for states, open remarks
and the own order), against reading the same rows with a bare SELECT * of the sheets
table. Prints one JSON line; no assertion.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from _common import median, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from prosjektark.domain.catalog import load_catalog  # noqa: E402
from prosjektark.paths import resource_dir  # noqa: E402
from prosjektark.ui.secretariat.intake_model import IntakeFilterProxy, IntakeModel  # noqa: E402
from prosjektark.ui.secretariat.intake_rows import IntakeRow  # noqa: E402

QUICK = os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1"
ROWS = 200 if QUICK else 2000
# Delivered one by one through the store (a few commits each): the slow part of a quick run.
STORED = 20 if QUICK else ROWS
KEYSTROKES = ["s", "sy", "syk", "sykk", "sykke", "sykkel", "sykkel å", "sykkel ås"]
WORDS = ["Sykkelveg", "Kollektivfelt", "Fortau", "Trygg skoleveg", "Holdeplass", "Støyskjerm"]
PLACES = ["Åsane", "Fana", "Laksevåg", "Arna", "Askøy", "Os"]
GROUPS = ["Arbeidsgruppe Nordøst", "Arbeidsgruppe Sør", "Arbeidsgruppe Vest", "Sentrum"]
STATES = ["mottatt", "til_samordning", "returnert", "anbefalt", "prioritert"]


def rows() -> list[IntakeRow]:
    start = datetime(2026, 5, 1, tzinfo=UTC)
    return [
        IntakeRow(
            sheet_id=uuid.UUID(int=i + 1),
            profile="miljoloftet",
            working_group=GROUPS[i % len(GROUPS)],
            title=f"{WORDS[i % len(WORDS)]} {PLACES[(i // 7) % len(PLACES)]} {i}",
            municipalities="Bergen",
            action_area=("sykkel", "kollektiv", "gange")[i % 3],
            phase=("PU", "DP", "UB")[i % 3],
            cost_mnok=Decimal(i % 500) / 4,
            signer=f"Signerer {i % 40}",
            fingerprint=f"{i:064x}",
            signed_at=start + timedelta(minutes=i),
            received_at=start + timedelta(minutes=i + 5),
            revision=1 + i % 4,
            state=STATES[i % len(STATES)],
            state_since=start + timedelta(days=i % 30),
            state_version=1,
            new_revision=i % 11 == 0,
            open_remarks=i % 3,
        )
        for i in range(ROWS)
    ]


def time_it(apply, values) -> float:
    samples = []
    for value in list(values) * 3:
        t0 = time.perf_counter()
        apply(value)
        samples.append(time.perf_counter() - t0)
    return median(samples)


def load_from_store(catalog) -> tuple[float, float]:
    """(seconds for load_intake_rows, seconds for a bare SELECT of the sheets) over a
    store of STORED delivered sheets."""
    import sqlite3

    from prosjektark.domain.caseflow import Actor
    from prosjektark.domain.rules.sample import complete_sheet
    from prosjektark.store.repository import Store
    from prosjektark.ui.secretariat.intake_rows import load_intake_rows

    work = Path(tempfile.mkdtemp(prefix="prosjektark-bench-intake-list-"))
    store = Store.open(work / "db.sqlite3", work / "vedlegg")
    review = catalog.profile("miljoloftet").review
    template = complete_sheet(catalog, "miljoloftet", "DP")
    for i in range(STORED):
        sheet = template.model_copy(deep=True, update={"id": uuid.UUID(int=i + 1)})
        sheet.identification.title = f"Ark {i}"
        revision = store.save_version(sheet, record=False)
        store.mark_signed(sheet.id, revision, record=False)
        store.receive_revision(sheet.id, revision, Actor("AG", "ab" * 32), review, "pakke")
    load_intake_rows(store)  # warm
    ours = time_it(lambda _: load_intake_rows(store), range(3))

    def bare(_: object) -> None:
        with sqlite3.connect(store.db_path) as con:
            con.execute("SELECT * FROM sheets").fetchall()

    floor = time_it(bare, range(3))
    store.close()
    return ours, floor


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    catalog = load_catalog(resource_dir())
    review = catalog.profile("miljoloftet").review
    ours = IntakeModel(lambda _profile: review)
    ours.set_rows(rows())
    proxy = IntakeFilterProxy()
    proxy.setSourceModel(ours)

    plain = QStandardItemModel(ours.rowCount(), ours.columnCount())
    for r in range(ours.rowCount()):
        for c in range(ours.columnCount()):
            plain.setItem(r, c, QStandardItem(ours.text(r, c)))
    plain_proxy = QSortFilterProxyModel()
    plain_proxy.setSourceModel(plain)
    plain_proxy.setFilterKeyColumn(-1)
    plain_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def ours_key(text: str) -> None:
        proxy.set_filter(text)
        proxy.set_filter("")

    def plain_key(text: str) -> None:
        plain_proxy.setFilterFixedString(text)
        plain_proxy.setFilterFixedString("")

    filter_ours = time_it(ours_key, KEYSTROKES)
    filter_plain = time_it(plain_key, KEYSTROKES)
    columns = range(ours.columnCount())
    sort_ours = time_it(lambda c: proxy.sort(c, Qt.SortOrder.AscendingOrder), columns)
    sort_plain = time_it(lambda c: plain_proxy.sort(c, Qt.SortOrder.AscendingOrder), columns)
    load_ours, load_floor = load_from_store(catalog)
    ratios = {"filter": filter_ours / filter_plain, "sort": sort_ours / sort_plain}
    report(
        "intake_list",
        max(ratios.values()),
        2.0,
        rows=ROWS,
        filter_ratio=round(ratios["filter"], 2),
        sort_ratio=round(ratios["sort"], 2),
        ours_keystroke_ms=round(filter_ours * 1000, 2),
        plain_keystroke_ms=round(filter_plain * 1000, 2),
        ours_sort_ms=round(sort_ours * 1000, 2),
        plain_sort_ms=round(sort_plain * 1000, 2),
        load_rows_ms=round(load_ours * 1000, 1),
        bare_select_ms=round(load_floor * 1000, 1),
    )


if __name__ == "__main__":
    main()
