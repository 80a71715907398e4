"""Searching the content of 10,000 sheets: one keystroke's search vs the bare FTS5 query.

10,000 sheets made from the three example sheets (each with its own title and a few words
of its own) are written through the store, so the index is what saving builds. Then
each keystroke of typing a word is searched as the list does (Store.search_content: the
FTS5 query, the bin filter, the snippets and the step names) and, in turn, as the floor:
the same FTS5 MATCH alone on a plain sqlite3 connection, rows fetched and nothing more.
Target (issue 13, item 15): within one frame (16 ms) a keystroke; the ratio shows what
our code adds to SQLite's own work. A LIKE scan of the same texts is printed for scale.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _common import ROOT, median, report
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.store import search
from prosjektark.store.repository import Store

# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks it.
QUICK = os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1"
SHEETS = int(sys.argv[1]) if len(sys.argv) > 1 else (60 if QUICK else 10_000)
FRAME_MS = 16.0
# Typing a word that is in thousands of texts, then one that is in none (every trigram of
# it is common: the index must read their lists to the end), then a rare one.
KEYSTROKES = ["syk", "sykk", "sykke", "sykkel", "sykkelv", "sykkelve", "sykkelveg"] + [
    "sykkelvegbru",
    "kollektivfelt i",
    "tverrforbindelse 4711",
]
PLACES = ["Lade", "Åsane", "Melhus", "Malvik", "Askøy", "Stjørdal", "Ranheim", "Fana"]


def make_sheets(catalog, count: int):
    templates = example_sheets(catalog)
    for n in range(count):
        sheet = templates[n % len(templates)].model_copy(deep=True)
        sheet.id = uuid.UUID(int=n + 1)
        sheet.is_example = False
        place = PLACES[n % len(PLACES)]
        sheet.identification.title = f"{sheet.identification.title} {place} {n}"
        sheet.description.purpose += f" Tverrforbindelse {n} ved {place}."
        yield sheet


def main() -> None:
    catalog = load_catalog(ROOT / "resources")
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "db.sqlite3"
        store = Store.open(db_path, Path(tmp) / "vedlegg")
        t0 = time.perf_counter()
        batch = []
        for sheet in make_sheets(catalog, SHEETS):
            batch.append(sheet)
            if len(batch) == 500:
                store.create_many(batch)
                batch = []
        if batch:
            store.create_many(batch)
        write_s = time.perf_counter() - t0
        texts = store._query("SELECT count(*), sum(length(text)) FROM search_texts")[0]

        floor_con = sqlite3.connect(db_path)
        floor_sql = (
            f"SELECT rowid, text FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?"
            " ORDER BY rowid DESC LIMIT ?"
        )
        like_sql = "SELECT id FROM search_texts WHERE text LIKE ? LIMIT ?"
        fetch = 50 * search.PER_SHEET

        def ours(text: str) -> None:
            store.search_content(text)

        def floor(text: str) -> None:
            match = search.match_expression(search.query_words(text))
            if match is not None:
                floor_con.execute(floor_sql, (match, fetch)).fetchall()

        def like(text: str) -> None:
            floor_con.execute(like_sql, (f"%{text}%", fetch)).fetchall()

        ours("sykkel")  # the first search opens the store's SQLAlchemy side
        samples: dict[str, list[float]] = {"ours": [], "floor": [], "like": []}
        for _ in range(3):
            for text in KEYSTROKES:
                for name, run in (("ours", ours), ("floor", floor), ("like", like)):
                    t0 = time.perf_counter()
                    run(text)
                    samples[name].append((time.perf_counter() - t0) * 1000)
        ours_ms, floor_ms = median(samples["ours"]), median(samples["floor"])
        worst = {
            text: round(max(samples["ours"][i :: len(KEYSTROKES)]), 2)
            for i, text in enumerate(KEYSTROKES)
        }
        report(
            "content_search",
            ours_ms / floor_ms,
            2.0,
            sheets=SHEETS,
            texts=texts[0],
            text_mb=round(texts[1] / 1e6, 1),
            ours_keystroke_ms=round(ours_ms, 2),
            ours_worst_ms=round(max(samples["ours"]), 2),
            floor_fts5_ms=round(floor_ms, 2),
            like_scan_ms=round(median(samples["like"]), 2),
            within_frame=max(samples["ours"]) <= FRAME_MS,
            worst_by_keystroke=worst,
            write_s=round(write_s, 1),
            db_mb=round(db_path.stat().st_size / 1e6, 1),
        )
        floor_con.close()
        with contextlib.suppress(Exception):
            store.close()


if __name__ == "__main__":
    main()
