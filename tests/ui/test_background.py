"""Background work never runs Python's cyclic collector in a worker thread (ui/background.py).

A collection in a worker that frees Qt wrappers made the export segfault in
Shiboken::BindingManager::runDeletionInMainThread; these tests pin the mechanism.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

from prosjektark.ui import background
from prosjektark.ui.signing import batch_export

ROOT = Path(__file__).resolve().parents[2]


def test_pauses_nest_and_the_main_thread_resumes(qapp):
    assert gc.isenabled()
    with background.collector_paused():
        assert not gc.isenabled()
        with background.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer worker is still running
    assert gc.isenabled()


def test_daemon_thread_runs_with_the_collector_off_until_it_ends(qtbot, qapp):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []
    release = threading.Event()

    def work() -> None:
        seen.append(gc.isenabled())
        release.wait(5)

    thread = background.start_daemon(work, "test", parent)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen == [False] and not gc.isenabled()
    release.set()
    thread.join(5)
    qtbot.waitUntil(gc.isenabled, timeout=2000)


def test_export_worker_runs_with_the_collector_off(qtbot, monkeypatch, tmp_path):
    observed: list[bool] = []

    def fake_run(self, report) -> None:
        observed.append(gc.isenabled())

    monkeypatch.setattr(batch_export.ExportWorker, "_run", fake_run)
    batch_export.run_export_jobs(None, None, None, [], tmp_path)
    assert observed == [False]
    assert gc.isenabled()


def test_first_signing_from_the_editor_runs_the_wizard_then_exports(tmp_path):
    """The flow that crashed: identity wizard, then a signed export, in a fresh process."""
    script = ROOT / "tests" / "ui" / "flows" / "wizard_then_export.py"
    env = {
        **os.environ,
        "PROSJEKTARK_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONFAULTHANDLER": "1",
    }
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=180
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "pakker i utboksen: 1"
