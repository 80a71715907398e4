"""The outbox table (migration 0002) and its Store methods.

tests/fixtures/db/v0002.sqlite3 was made once from v0001.sqlite3 by migration 0002 with
Store.add_outbox_entry/mark_delivered: two packages of sheet 1111…, revision 1, one
delivered. Never regenerate it; add v0003 when the schema changes again.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from prosjektark.store.database import HEAD_REVISION
from prosjektark.store.outbox import STATE_NAMES
from prosjektark.store.repository import Store, StoreError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
SHEET_A = uuid.UUID("11111111-1111-4111-8111-111111111111")
SHEET_B = uuid.UUID("44444444-4444-4444-8444-444444444444")


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def test_an_added_package_is_ready_for_upload(store: Store, tmp_path: Path) -> None:
    when = datetime(2026, 5, 1, 8, 30, tzinfo=UTC)
    entry = store.add_outbox_entry(SHEET_A, 2, "Sykkelveg", tmp_path / "a_r2.asice", when)
    assert (entry.sheet_id, entry.revision, entry.title) == (SHEET_A, 2, "Sykkelveg")
    assert entry.path == (tmp_path / "a_r2.asice").resolve()
    assert entry.exported_at == when
    assert (entry.state, entry.delivered_at) == ("klar", None)
    assert entry.state_label == "Klar til opplasting"
    assert store.list_outbox() == [entry]


def test_the_list_is_newest_first_and_can_be_filtered_by_sheet(
    store: Store, tmp_path: Path
) -> None:
    old = store.add_outbox_entry(
        SHEET_A, 1, "A", tmp_path / "a1.asice", datetime(2026, 1, 1, tzinfo=UTC)
    )
    new = store.add_outbox_entry(
        SHEET_B, 1, "B", tmp_path / "b1.asice", datetime(2026, 2, 1, tzinfo=UTC)
    )
    assert [e.id for e in store.list_outbox()] == [new.id, old.id]
    assert [e.id for e in store.list_outbox(SHEET_A)] == [old.id]


def test_marking_delivered_records_the_time_and_keeps_the_first(
    store: Store, tmp_path: Path
) -> None:
    entry = store.add_outbox_entry(SHEET_A, 1, "A", tmp_path / "a1.asice")
    first = datetime(2026, 5, 2, 12, 0, tzinfo=UTC)
    store.mark_delivered(entry.id, first)
    store.mark_delivered(entry.id, datetime(2026, 6, 1, tzinfo=UTC))
    (delivered,) = store.list_outbox()
    assert (delivered.state, delivered.delivered_at) == ("levert", first)
    assert delivered.state_label == STATE_NAMES["levert"] == "Levert"


def test_exporting_again_to_the_same_path_replaces_the_entry(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a1.asice"
    first = store.add_outbox_entry(SHEET_A, 1, "A", path)
    store.mark_delivered(first.id, folder=tmp_path / "levering")
    again = store.add_outbox_entry(SHEET_A, 1, "A (ny tittel)", path)
    (entry,) = store.list_outbox()
    assert entry == again
    assert (entry.state, entry.title, entry.delivered_at) == ("klar", "A (ny tittel)", None)
    assert entry.delivered_to is None


def test_removing_forgets_the_entry_but_not_the_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a1.asice"
    path.write_bytes(b"PK")
    entry = store.add_outbox_entry(SHEET_A, 1, "A", path)
    assert entry.file_exists
    store.remove_outbox_entry(entry.id)
    assert store.list_outbox() == []
    assert path.exists()


def test_unknown_entries_give_a_norwegian_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="utboksen"):
        store.mark_delivered(999)
    with pytest.raises(StoreError, match="utboksen"):
        store.remove_outbox_entry(999)


def test_the_database_refuses_an_unknown_state(store: Store, tmp_path: Path) -> None:
    store.add_outbox_entry(SHEET_A, 1, "A", tmp_path / "a1.asice")
    with pytest.raises(IntegrityError), store._sql.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'sendt'")
    assert [e.state for e in store.list_outbox()] == ["klar"]


def test_a_v0001_database_gains_an_empty_outbox_and_keeps_its_sheets(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0001.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.list_outbox() == []
        assert {s.id for s in store.list_summaries()} >= {SHEET_A}
        assert store.revisions(SHEET_A)[0].signed is True
        entry = store.add_outbox_entry(SHEET_A, 1, "A", tmp_path / "a1.asice")
        assert store.list_outbox() == [entry]
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]


def test_the_v0002_database_keeps_its_outbox(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0002.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        ready, delivered = sorted(store.list_outbox(), key=lambda e: e.state)
        assert (ready.state, delivered.state) == ("klar", "levert")
        assert ready.sheet_id == delivered.sheet_id == SHEET_A
        assert ready.revision == delivered.revision == 1
        assert delivered.delivered_at == datetime(2025, 3, 6, 12, 30, tzinfo=UTC)
        assert ready.path.name == "sykkelvei-langs-elgeseter-gate_r1.asice"
        assert store.load(SHEET_A).identification.title.startswith("Sykkelvei")
