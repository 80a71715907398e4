"""Two writers on one user folder: the window and `export --id`, and two windows.

Real processes: the command line runs as its own program, the first window is a real
`prosjektark` process holding the folder's lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from tests.ui.qt_helpers import field

from cli_helpers import cli
from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.store.repository import Store
from signing_helpers import acknowledge_warnings

PASS = "to-skrivere med mellomrom"


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    made = cli(
        _isolated_home, "identity", "new", "--name", "Kari Nordmann", "--email",
        "kari@example.no", "--organisation", "Bergen kommune", "--passphrase-env", "PP",
        PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return _isolated_home


def test_signing_from_the_command_line_is_not_reverted_by_the_open_window(
    qtbot, catalog, home: Path, tmp_path: Path
) -> None:
    from prosjektark import paths
    from prosjektark.ui.main_window import MainWindow

    sheet = example_sheets(catalog)[1].copy_as_new()  # one without errors: it can be signed
    sheet.identification.title = "Signeres mens vinduet er åpent"
    acknowledge_warnings(sheet, catalog)  # signing needs «klar»
    store = Store.open(paths.database_path(), paths.attachments_dir())
    store.create(sheet)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_sheet(sheet.id)

    signed = cli(
        home, "export", "--id", str(sheet.id), "--out", str(tmp_path / "ut"), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr

    title = field(window, "identification.title", QLineEdit)
    title.end(False)
    qtbot.keyClicks(title, " (endret)")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=5000)
    seen = [window.conflict_bar.label.text()]
    qtbot.mouseClick(window.conflict_bar.reload_button, Qt.MouseButton.LeftButton)

    assert "endret et annet sted" in seen[0]
    (summary,) = store.list_summaries()
    assert (summary.status, summary.revision) == ("signert", 1)
    assert store.load(sheet.id).title == "Signeres mens vinduet er åpent"
    assert window.editor_page.signed  # the window shows the signed revision now
    store.close()


FIRST_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(["prosjektark"])
    from prosjektark.ui import app as app_module
    QTimer.singleShot(0, lambda: print("ready", flush=True))
    sys.exit(app_module.run_app())
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
def test_a_second_window_on_the_folder_is_told_and_a_crashed_ones_lock_is_taken(
    _isolated_home: Path,
) -> None:
    from prosjektark.ui import app as app_module

    Store.open(
        _isolated_home / "data" / "prosjektark.sqlite3", _isolated_home / "data" / "vedlegg"
    ).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    package_root = str(Path(__file__).resolve().parents[2] / "desktop")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_WINDOW],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready", first.stderr.read()
        assert app_module._take_folder_lock() is None  # the second window asks instead
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    lock = app_module._take_folder_lock()  # the dead process's lock is stale
    assert lock is not None
    lock.unlock()
