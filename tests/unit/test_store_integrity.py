"""A damaged database is found at start-up, kept as it is, copied, and can be restored."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest

from prosjektark.domain.sheet import Sheet
from prosjektark.store.backup import (
    AUTO_KEPT,
    default_backup_dir,
    list_backups,
    readable_sheets,
    restore_backup,
    take_backup_if_changed,
    take_daily_backup,
)
from prosjektark.store.database import marker_path
from prosjektark.store.errors import CorruptDatabaseError
from prosjektark.store.repository import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled_store(db_path: Path, count: int = 120) -> None:
    with Store.open(db_path, db_path.parent / "vedlegg") as store:
        sheets = []
        for n in range(count):
            sheet = Sheet(profile="miljopakken")
            sheet.identification.title = f"Ark {n}"
            sheet.description.purpose = f"Formål {n} " * 200
            sheets.append(sheet)
        store.create_many(sheets)


def flip_middle(db_path: Path, size: int = 4096) -> None:
    noise = random.Random(8).randbytes(size)
    with open(db_path, "r+b") as handle:
        handle.seek(db_path.stat().st_size // 2)
        handle.write(noise)


def test_4_kb_flipped_mid_file_is_found_at_open_and_the_file_is_kept(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path)
    flip_middle(db_path)
    before = digest(db_path)

    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path, tmp_path / "vedlegg")

    error = caught.value
    assert "er skadet" in str(error) and "Filen er ikke endret" in str(error)
    assert digest(db_path) == before
    assert error.copy is not None and digest(error.copy / db_path.name) == before
    assert error.backups == []
    assert "ingen sikkerhetskopi" in str(error)


def test_the_newest_backup_is_offered_and_restores_the_sheets(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path)
    backup_dir = default_backup_dir(db_path)
    first = take_daily_backup(db_path, backup_dir)
    assert first is not None
    flip_middle(db_path)

    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path, tmp_path / "vedlegg")
    assert caught.value.backups == [first]
    assert str(first) in str(caught.value)

    restore_backup(db_path, caught.value.backups[0])
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.count() == 120
        assert store.integrity_ok()
    # The damaged file is still there to look at.
    assert (caught.value.copy / db_path.name).exists()


def test_a_zero_byte_file_where_a_database_was_is_a_fault(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path, count=2)
    assert marker_path(db_path).exists()
    db_path.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)

    with pytest.raises(CorruptDatabaseError, match="0 byte"):
        Store.open(db_path, tmp_path / "vedlegg")
    assert db_path.stat().st_size == 0  # not turned into a new, empty store


def test_a_zero_byte_file_without_a_past_is_a_new_store(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    db_path.write_bytes(b"")
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.count() == 0
    assert marker_path(db_path).exists()


def test_a_database_from_before_the_marker_gets_one(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path, count=1)
    marker_path(db_path).unlink()
    Store.open(db_path, tmp_path / "vedlegg").close()
    assert marker_path(db_path).exists()


def test_daily_backups_are_taken_once_a_day_and_the_last_five_kept(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path, count=1)
    backup_dir = default_backup_dir(db_path)
    now = time.time()
    assert take_daily_backup(db_path, backup_dir, now=now) is not None
    assert take_daily_backup(db_path, backup_dir, now=now + 3600) is None
    for day in range(1, 8):
        newest = list_backups(backup_dir)[0]
        os.utime(newest, (now + (day - 1) * 86400, now + (day - 1) * 86400))
        time.sleep(0.002)  # distinct names (microsecond stamps)
        assert take_daily_backup(db_path, backup_dir, now=now + day * 86400) is not None
    kept = list_backups(backup_dir)
    assert len(kept) == AUTO_KEPT
    for backup in kept:
        with sqlite3.connect(backup) as con:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_session_is_backed_up_when_it_changed_the_file(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path, count=1)
    backup_dir = default_backup_dir(db_path)
    first = take_backup_if_changed(db_path, backup_dir)
    assert first is not None
    assert take_backup_if_changed(db_path, backup_dir) is None  # nothing changed since
    time.sleep(0.01)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        store.create(Sheet(profile="miljopakken"))
    second = take_backup_if_changed(db_path, backup_dir)
    assert second is not None and second != first
    with sqlite3.connect(second) as con:
        assert con.execute("SELECT count(*) FROM sheets").fetchone() == (2,)


def test_a_damaged_file_is_never_taken_as_a_backup(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path)
    flip_middle(db_path)
    assert take_backup_if_changed(db_path, default_backup_dir(db_path)) is None


def test_the_rows_a_damaged_file_still_holds_can_be_read(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    filled_store(db_path)
    flip_middle(db_path)
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path, tmp_path / "vedlegg")
    copy = caught.value.copy / db_path.name
    before = digest(copy)
    rows = readable_sheets(copy)
    assert 0 < len(rows) <= 120
    assert digest(copy) == before  # read through a throwaway copy
