"""Start-up with a damaged database: the window says so, keeps the file and restores a backup."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from prosjektark.domain.sheet import Sheet
from prosjektark.store.backup import default_backup_dir, take_daily_backup
from prosjektark.store.errors import CorruptDatabaseError
from prosjektark.store.repository import Store


def damaged_store_with_backup(home: Path) -> Path:
    from prosjektark import paths

    db_path = paths.database_path()
    with Store.open(db_path, paths.attachments_dir()) as store:
        sheets = []
        for n in range(80):
            sheet = Sheet(profile="miljopakken")
            sheet.identification.title = f"Ark {n}"
            sheet.description.purpose = "tekst " * 300
            sheets.append(sheet)
        store.create_many(sheets)
    take_daily_backup(db_path, default_backup_dir(db_path))
    with open(db_path, "r+b") as handle:
        handle.seek(db_path.stat().st_size // 2)
        handle.write(random.Random(3).randbytes(4096))
    return db_path


def click_later(button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.findChildren(QPushButton) if button_text in b.text()).click()

    QTimer.singleShot(0, click)


def test_the_newest_backup_is_offered_and_restored(qtbot, _isolated_home: Path) -> None:
    from prosjektark.ui.app import _open_store

    db_path = damaged_store_with_backup(_isolated_home)
    damaged = hashlib.sha256(db_path.read_bytes()).hexdigest()
    seen: list[str] = []
    click_later("Gjenopprett", seen)
    store, message = _open_store(self_test=False)
    assert store is not None
    try:
        assert store.count() == 80 and store.integrity_ok()
    finally:
        store.close()
    assert "er skadet" in seen[0] and "sikkerhetskopien er fra" in seen[0]
    assert "har 80 prosjektark" in seen[0]
    assert "gjenopprettet fra sikkerhetskopien" in message
    (copy,) = (default_backup_dir(db_path)).glob("skadet-*/prosjektark.sqlite3")
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == damaged


def test_quitting_leaves_the_damaged_file_alone(qtbot, _isolated_home: Path) -> None:
    from prosjektark.ui.app import _open_store

    db_path = damaged_store_with_backup(_isolated_home)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    seen: list[str] = []
    click_later("Avslutt", seen)
    assert _open_store(self_test=False) == (None, "")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_work_done_after_the_backup_is_brought_in_from_the_damaged_file(
    qtbot, _isolated_home: Path
) -> None:
    """The backup was taken at first start, before any work: what the damaged file still
    holds is not lost with it."""
    from prosjektark import paths
    from prosjektark.ui.app import _open_store

    db_path = paths.database_path()
    Store.open(db_path, paths.attachments_dir()).close()
    take_daily_backup(db_path, default_backup_dir(db_path))  # empty
    damaged_store_with_backup(_isolated_home)  # 80 sheets, then damage; backup still empty
    for backup in sorted(default_backup_dir(db_path).glob("*automatisk*"))[1:]:
        backup.unlink()  # keep only the empty one
    seen: list[str] = []
    click_later("Gjenopprett", seen)
    store, message = _open_store(self_test=False)
    try:
        assert "har 0 prosjektark" in seen[0]
        assert 0 < store.count() <= 80
        assert f"{store.count()} ark hentet inn" in message
    finally:
        store.close()


def test_without_a_backup_an_empty_store_gets_what_can_be_read(qtbot, _isolated_home) -> None:
    from prosjektark.ui.app import _open_store

    db_path = damaged_store_with_backup(_isolated_home)
    for backup in default_backup_dir(db_path).glob("*automatisk*"):
        backup.unlink()
    seen: list[str] = []
    click_later("Start med en tom database", seen)
    store, message = _open_store(self_test=False)
    try:
        assert "ingen sikkerhetskopi" in seen[0]
        assert 0 < store.count() <= 80 and store.integrity_ok()
        assert "startet med en tom database" in message
    finally:
        store.close()
    (copy,) = default_backup_dir(db_path).glob("skadet-*/prosjektark.sqlite3")
    assert copy.stat().st_size > 0  # the damaged file is still there to look at


def test_the_command_line_says_where_the_copy_is(_isolated_home: Path) -> None:
    from prosjektark import paths

    db_path = damaged_store_with_backup(_isolated_home)
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path, paths.attachments_dir())
    assert "skadet-" in str(caught.value) and "Teknisk:" in str(caught.value)
