"""Kill drill: the real window, typing steadily, killed with SIGKILL at a random moment.

The child is the real program (`run_app`, its store, its autosave) with a timer that types
into the title field through Qt's key events, five keys a second, and prints each key's
index after Qt has handled it. The parent kills it at a random moment and checks that no
key typed more than a second before the kill is missing, and that SQLite is intact.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from pathlib import Path

import pytest

from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only"),
    pytest.mark.slow,
]

RUNS = 20
KEY_INTERVAL_MS = 200  # 5 keys a second, as a steady typist
ALLOWED_LOSS_S = 1.0
TEXT = "Steady typing in the title field, never lost, " * 3

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    text, interval = sys.argv[1], int(sys.argv[2])
    app = QApplication(["prosjektark"])
    from prosjektark.ui import app as app_module
    from prosjektark.ui.main_window import MainWindow

    def start():
        window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
        window.open_sheet(window.store.list_summaries()[0].id)
        title = window.findChild(QLineEdit, "field:identification.title")
        title.setFocus()
        title.end(False)
        position = [0]

        def type_one():
            index = position[0]
            QTest.keyClick(title, text[index])
            print(index, flush=True)
            position[0] += 1

        timer = QTimer(window)
        timer.setInterval(interval)
        timer.timeout.connect(type_one)
        timer.start()
        print("ready", flush=True)

    QTimer.singleShot(0, start)
    sys.exit(app_module.run_app())
    """
)


def one_drill(template: Path, home: Path, sheet_id: uuid.UUID, seed: int) -> tuple[str, int, str]:
    """Returns (saved title, keys due, typed prefix) after one kill."""
    data = home / "data"
    shutil.copytree(template, data)

    env = dict(os.environ, PROSJEKTARK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    package_root = str(Path(__file__).resolve().parents[2] / "desktop")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, TEXT, str(KEY_INTERVAL_MS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    typed_at: list[float] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                ready.set()
            elif line.strip().isdigit():
                typed_at.append(time.monotonic())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    watchdog = threading.Timer(60, child.kill)  # a hung child must not hang the suite
    watchdog.start()
    try:
        assert ready.wait(45), child.stderr.read() if child.stderr else "no ready"
        time.sleep(random.Random(seed).uniform(1.2, 3.0))
        killed_at = time.monotonic()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
    reader.join(timeout=10)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""

    due = sum(1 for at in typed_at if killed_at - at > ALLOWED_LOSS_S)
    with Store.open(data / "prosjektark.sqlite3", data / "vedlegg") as store:
        assert store.integrity_ok()
        saved = store.load(sheet_id).identification.title
        (summary,) = store.list_summaries()
    assert summary.title == saved  # list columns and body from one transaction
    return saved, due, TEXT[: len(typed_at)]


# The runs in four groups, so that the test workers share them (one 90-second test at
# the end of the suite would keep one worker busy alone); 20 kills in all, as before.
GROUPS = 4


@pytest.mark.parametrize("group", range(GROUPS))
def test_sigkill_while_typing_loses_at_most_the_last_second(tmp_path: Path, group: int) -> None:
    template = tmp_path / "template"
    sheet = Sheet(profile="miljopakken")
    with Store.open(template / "prosjektark.sqlite3", template / "vedlegg") as store:
        store.create(sheet)
    for run in range(group, RUNS, GROUPS):
        saved, due, typed = one_drill(template, tmp_path / f"run{run}", sheet.id, seed=run)
        assert typed.startswith(saved), (run, saved, typed)
        assert len(saved) >= due, f"run {run}: {due} keys were due, {len(saved)} saved"
