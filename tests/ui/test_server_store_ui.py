"""The window on a shared database server: it starts on the configured URL (never
migrating it, never backing it up), shows which server, asks for a password libpq could not
find and keeps it in memory only; Innstillinger's «Database» field."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from prosjektark import machine_config, paths
from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.sheet import Sheet
from prosjektark.store.backup import take_backup_if_changed, take_daily_backup
from prosjektark.store.location import ENVIRONMENT_VARIABLE, USER_KEY
from prosjektark.store.repository import Store
from prosjektark.ui import app
from prosjektark.ui.main_window import MainWindow
from prosjektark.ui.settings_dialog import SettingsDialog

SECRET = "Passord-Som-Ikke-Vises-9"
SERVER = "postgresql://db.kommune.no/prosjektark"


def with_secret(url: str) -> str:
    # The test server trusts everyone and ignores a password: it must still never show.
    return url.replace("prosjektark@", f"prosjektark:{SECRET}@")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "innstillinger.ini"), QSettings.Format.IniFormat)


def configure(folder: Path, text: str) -> None:
    (folder / "prosjektark.toml").write_text(text, encoding="utf-8")
    machine_config.reload()


def self_test(home: Path, **env: str) -> tuple[subprocess.CompletedProcess, dict]:
    environment = {
        **os.environ,
        "PROSJEKTARK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    lines = result.stdout.strip().splitlines()
    return result, json.loads(lines[-1]) if lines else {}


# ------------------------------------------------------------------ start-up


@pytest.mark.postgresql
def test_the_window_opens_on_the_server_in_the_environment(pg_url, tmp_path):
    with Store.open_url(pg_url) as server:
        sheet = Sheet(profile="miljoloftet")
        sheet.identification.title = "Felles ark på serveren"
        server.create(sheet)
    home = tmp_path / "hjem"
    result, report = self_test(home, PROSJEKTARK_DATABASE_URL=with_secret(pg_url))
    assert result.returncode == 0, result.stderr
    assert report["ok"] is True and report["store"] == "postgresql"
    assert report["sheet_count"] == 1
    assert report["location"].startswith("postgresql+psycopg://prosjektark:***@127.0.0.1:")
    assert SECRET not in result.stdout + result.stderr
    # Nothing of the SQLite store was made: no file, no backups.
    assert not (home / "data" / "prosjektark.sqlite3").exists()
    assert not (home / "data" / "sikkerhetskopier").exists()
    log = "".join(p.read_text(errors="replace") for p in (home / "logs").rglob("*") if p.is_file())
    assert "Database: postgresql+psycopg://prosjektark:***@" in log and SECRET not in log


def test_the_self_test_says_the_store_is_the_file(tmp_path):
    result, report = self_test(tmp_path / "hjem")
    assert result.returncode == 0, result.stderr
    assert report["store"] == "sqlite"
    assert report["location"] == str(tmp_path / "hjem" / "data" / "prosjektark.sqlite3")


@pytest.mark.postgresql
def test_an_older_server_is_refused_not_migrated(pg_server, tmp_path):
    name = pg_server.database()  # no schema at all
    try:
        result, report = self_test(tmp_path / "hjem", PROSJEKTARK_DATABASE_URL=pg_server.url(name))
        assert result.returncode == 1 and report["ok"] is False
        assert "db upgrade" in report["error"]
        with psycopg.connect(pg_server.libpq_dsn(name)) as conn:
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert tables.fetchone() == (0,)
    finally:
        pg_server.drop(name)


@pytest.mark.postgresql
def test_the_status_bar_names_the_server(qtbot, catalog, pg_url, tmp_path):
    store = Store.open_url(with_secret(pg_url))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    app.show_store_location(window, store)
    window.show()
    [label] = [w for w in window.findChildren(QLabel) if w.objectName() == "storeLocationLabel"]
    assert label.isVisible()
    assert label.text().startswith("Database: postgresql+psycopg://prosjektark:***@127.0.0.1:")
    assert pg_url.rsplit("/", 1)[1] in label.text() and SECRET not in label.text()
    window.close()
    store.close()


def test_the_status_bar_says_nothing_of_the_file(qtbot, catalog, tmp_path):
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    app.show_store_location(window, store)
    assert not [w for w in window.findChildren(QLabel) if w.objectName() == "storeLocationLabel"]
    window.close()
    store.close()


def test_no_backup_is_made_of_a_file_that_is_not_there(tmp_path):
    """A server user has no SQLite file: the session's backups must not create one."""
    missing = tmp_path / "data" / "prosjektark.sqlite3"
    assert take_daily_backup(missing, tmp_path / "kopier") is None
    assert take_backup_if_changed(missing, tmp_path / "kopier") is None
    assert not missing.exists() and not (tmp_path / "kopier").exists()


def password_role(pg_server) -> tuple[str, str]:
    return pg_server.password_role(SECRET, template="prosjektark_head")


@pytest.mark.postgresql
def test_a_password_libpq_cannot_find_is_asked_for_and_kept_in_memory(
    qtbot, pg_server, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    role, url = password_role(pg_server)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, url)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "ingen-pgpass"))
    asked = []
    answers = iter(["feil", SECRET])

    def get_text(parent, title, label, echo):
        asked.append((title, label, echo))
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    store, message = app._open_store(self_test=False)
    try:
        assert store.is_server and store.count() == 0 and message == ""
        assert SECRET not in store.location
    finally:
        store.close()
    assert [a[2] for a in asked] == [QLineEdit.EchoMode.Password] * 2
    assert asked[0][0] == "Passord til databasen"
    assert f"krever passord for {role}" in asked[0][1] and "lagres ikke" in asked[0][1]
    assert asked[1][1].startswith("Passordet ble ikke godtatt.")
    settings_file = paths.settings_file()
    assert not settings_file.exists() or SECRET not in settings_file.read_text()

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    with pytest.raises(Exception, match="pgpass"):
        app._open_store(self_test=False)


# ------------------------------------------------------------------ Innstillinger


def database_notes(dialog: SettingsDialog, name: str) -> list[QLabel]:
    return [w for w in dialog.findChildren(QLabel) if w.objectName() == name]


def test_the_database_field_is_empty_for_the_file_and_saves_a_server(qtbot, settings):
    machine_config.reload()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database_url.text() == "" and dialog.database_url.isEnabled()
    assert dialog.database_url.placeholderText() == "Tom: filen på denne maskinen"
    assert not dialog.database_error.isVisible()
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Gjelder fra neste start" in labels and "Ikke skriv passord her" in labels
    assert "passordfil (pgpass)" in dialog.database_url.toolTip()
    dialog.database_url.setText(f"  {SERVER}  ")
    dialog.accept()
    assert settings.value(USER_KEY) == SERVER and dialog.result() == dialog.DialogCode.Accepted

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.database_url.text() == SERVER
    again.database_url.setText("")
    again.accept()
    assert settings.value(USER_KEY) == ""


def test_a_password_in_the_field_is_refused_and_nothing_is_saved(qtbot, settings):
    machine_config.reload()
    settings.setValue("role", "arbeidsgruppe")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.secretariat.setChecked(True)
    dialog.database_url.setText(f"postgresql://kari:{SECRET}@db.kommune.no/prosjektark")
    dialog.accept()
    assert dialog.isVisible() and dialog.database_error.isVisible()
    assert "passord" in dialog.database_error.text() and SECRET not in dialog.database_error.text()
    assert settings.value(USER_KEY) is None
    assert settings.value("role") == "arbeidsgruppe"  # nothing saved at all
    dialog.database_url.setText("C:/felles/prosjektark.sqlite3")
    dialog.accept()
    assert "ikke adressen til en PostgreSQL-database" in dialog.database_error.text()
    dialog.database_url.setText(SERVER)
    dialog.accept()
    assert not dialog.isVisible() and settings.value(USER_KEY) == SERVER


def test_a_password_written_into_the_file_by_hand_is_hidden_and_must_go(qtbot, settings):
    machine_config.reload()
    settings.setValue(USER_KEY, f"postgresql://kari:{SECRET}@db/prosjektark")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert SECRET not in dialog.database_url.text() and "***" in dialog.database_url.text()
    assert dialog.database_error.isVisible()
    dialog.accept()  # unchanged: still refused
    assert dialog.isVisible()
    dialog.database_url.setText("postgresql://kari@db/prosjektark")
    dialog.accept()
    assert settings.value(USER_KEY) == "postgresql://kari@db/prosjektark"


def test_a_locked_database_shows_the_machines_and_cannot_be_changed(
    qtbot, settings, _empty_machine_config
):
    settings.setValue(USER_KEY, SERVER)
    configure(
        _empty_machine_config,
        "database_url = 'postgresql:///?service=prosjektark'\nlocked = ['database_url']\n",
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database_url.text() == "postgresql:///?service=prosjektark"
    assert not dialog.database_url.isEnabled()
    assert [n.isVisible() for n in database_notes(dialog, "lockedNote")] == [True]
    dialog.accept()
    assert settings.value(USER_KEY) == SERVER  # untouched, and not used


def test_an_unlocked_machine_value_is_the_placeholder(qtbot, settings, _empty_machine_config):
    configure(_empty_machine_config, "database_url = 'postgresql:///?service=prosjektark'\n")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.database_url.text() == "" and dialog.database_url.isEnabled()
    assert "postgresql:///?service=prosjektark" in dialog.database_url.placeholderText()
    dialog.accept()
    assert settings.value(USER_KEY) is None  # not pinned against a later machine change


def test_the_environment_variable_is_shown_without_its_password(qtbot, settings, monkeypatch):
    machine_config.reload()
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, f"postgresql://kari:{SECRET}@db/prosjektark")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.database_url.text() == "postgresql+psycopg://kari:***@db/prosjektark"
    assert not dialog.database_url.isEnabled()
    [note] = database_notes(dialog, "environmentNote")
    assert ENVIRONMENT_VARIABLE in note.text() and note.isVisible()
    dialog.accept()
    assert settings.value(USER_KEY) is None


def test_innstillinger_with_the_database_field_fits_a_small_laptop_screen(qtbot, settings):
    machine_config.reload()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.database_url.setText(SERVER)
    dialog.show()
    size = dialog.size()
    assert size.width() <= 1280 and size.height() <= 720 - 60, size  # room for a title bar


class _Session:
    """The QApplication as _run_window uses it, with a session that ends at once."""

    def processEvents(self) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()

    def exec(self) -> int:
        return 0


def run_session(catalog, tmp_path, monkeypatch) -> dict[str, list]:
    """A whole (instant) session of the window, recording the backups and the examples'
    offer it makes."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # install_excepthook sets it
    seen: dict[str, list] = {"warm_up_backup": [], "after_session": [], "examples": []}

    def warm_up(catalogs, window, backup=False):
        seen["warm_up_backup"].append(backup)

    monkeypatch.setattr(app, "_warm_up_in_background", warm_up)
    monkeypatch.setattr(app, "_backup_after_session", lambda: seen["after_session"].append(1))
    monkeypatch.setattr(app, "_offer_examples", lambda *a: seen["examples"].append(1))
    closed = []
    monkeypatch.setattr(MainWindow, "flush", lambda self: closed.append(self))
    code = app._run_window(
        _Session(), LazyCatalog.of(catalog), object(), False, None, tmp_path / "logg.txt"
    )
    assert code == 0
    for window in closed:
        window.deleteLater()
    return seen


@pytest.mark.postgresql
def test_a_session_on_a_server_takes_no_backups_and_offers_no_examples(
    qtbot, catalog, pg_url, tmp_path, monkeypatch
):
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, pg_url)
    seen = run_session(catalog, tmp_path, monkeypatch)
    assert seen == {"warm_up_backup": [False], "after_session": [], "examples": []}
    assert not paths.database_path().exists()


def test_a_session_on_the_file_backs_it_up_and_offers_the_examples(
    qtbot, catalog, tmp_path, monkeypatch
):
    seen = run_session(catalog, tmp_path, monkeypatch)
    assert seen == {"warm_up_backup": [True], "after_session": [1], "examples": [1]}


def test_an_unreachable_server_says_what_to_do_and_is_logged(tmp_path):
    """Nothing listens on the port: the message says what to check, names no password,
    and the user's log holds it for whoever supports them."""
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    home = tmp_path / "hjem"
    url = f"postgresql://prosjektark:{SECRET}@127.0.0.1:{port}/prosjektark"
    result, report = self_test(home, PROSJEKTARK_DATABASE_URL=url)
    assert result.returncode == 1 and report["ok"] is False, result.stderr[-2000:]
    assert "Kunne ikke koble til databasen" in report["error"]
    assert "koblet til nettverket" in report["error"]
    assert "Traceback" not in result.stderr
    logged = "".join(p.read_text(encoding="utf-8") for p in home.rglob("*.log"))
    assert "Databasen kan ikke åpnes" in logged and "Kunne ikke koble til" in logged
    for text in (report["error"], result.stderr, logged):
        assert SECRET not in text
