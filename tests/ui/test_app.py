"""Start-up: the self-test, the first-start offer, a refused database and the crash dialog."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from prosjektark import paths
from prosjektark.domain.catalog import LazyCatalog
from prosjektark.store.repository import Store
from prosjektark.ui import crash
from prosjektark.ui.app import _offer_examples
from prosjektark.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def self_test(home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_self_test_opens_window_and_a_sheet(tmp_path, catalog):
    result = self_test(tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    report = json.loads(line)
    assert report["ok"] is True and report["sheet_count"] == 0
    assert report["time_to_window_s"] > 0

    from prosjektark.domain.examples import example_sheets

    os.environ["PROSJEKTARK_HOME"] = str(tmp_path)
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        for sheet in example_sheets(catalog):
            store.create(sheet)
    report = json.loads(self_test(tmp_path).stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["sheet_count"] == len(example_sheets(catalog))


def test_database_from_a_newer_version_is_refused(tmp_path):
    assert self_test(tmp_path).returncode == 0
    db = tmp_path / "data" / "prosjektark.sqlite3"
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = 'fremtid'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = db.read_bytes()
    result = self_test(tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is False
    assert "nyere" in report["error"].lower()
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before


def test_first_start_offers_examples_once(qtbot, catalog, tmp_path, monkeypatch):
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    _offer_examples(window, store, settings)
    assert len(asked) == 1
    titles = [s.title for s in store.list_summaries()]
    assert len(titles) == 3 and all(t.startswith("Eksempel") for t in titles)
    assert all(s.is_example for s in store.list_summaries())
    for summary in store.list_summaries():
        store.delete(summary.id)
        store.purge(summary.id)
    _offer_examples(window, store, settings)  # empty again, but never asked twice
    assert len(asked) == 1
    store.close()


def test_unexpected_error_is_logged_saved_and_shown(qtbot, tmp_path, monkeypatch):
    from prosjektark.logs import setup_logging

    log_file = setup_logging()
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    saved = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash.install_excepthook(str(log_file), before_dialog=lambda: saved.append(True))
    try:
        raise ValueError("noe gikk galt i beregningen")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert saved == [True]
    (dialog,) = shown
    assert "ValueError: noe gikk galt i beregningen" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "noe gikk galt" in QGuiApplication.clipboard().text()
    for handler in logging.getLogger("prosjektark").handlers:
        handler.flush()
    assert "noe gikk galt i beregningen" in log_file.read_text(encoding="utf-8")


def test_the_first_window_fits_the_screen(qtbot, catalog, tmp_path):
    """No saved geometry yet: the window, status bar included, is within the screen (the
    offscreen test screen is smaller than the 1200×800 the window would like)."""
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 840  # else this test shows nothing
    assert window.width() <= room.width() and window.height() <= room.height() - 40
    store.close()
