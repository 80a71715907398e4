"""Which store the program opens (store/location.py): the environment, the machine when it
locks the setting, the user's setting, the machine's, else the SQLite file; passwords never
in the settings, the messages or the logs, and the ones libpq cannot find asked for."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cli_helpers import cli
from prosjektark import machine_config, paths
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.store.engine import display_url
from prosjektark.store.errors import StoreError
from prosjektark.store.location import (
    ENVIRONMENT_VARIABLE,
    USER_KEY,
    LocationError,
    StoreLocation,
    configured_location,
    ini_value,
    open_store,
    retrying_with_password,
    user_setting,
    with_password,
)
from prosjektark.store.repository import Store

SERVER = "postgresql://db.kommune.no/prosjektark"
MACHINE = "postgresql:///?service=prosjektark"
SECRET = "Hemmelig-Passord-42"


def configure(folder: Path, text: str) -> None:
    (folder / "prosjektark.toml").write_text(text, encoding="utf-8")
    machine_config.reload()


def save_user_setting(value: str) -> None:
    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    settings.setValue(USER_KEY, value)
    settings.sync()


# ------------------------------------------------------------------ the order


def test_without_any_setting_the_store_is_the_file(_empty_machine_config):
    machine_config.reload()
    found = configured_location()
    assert found == StoreLocation(None, "file") and not found.is_server
    assert found.display == str(paths.database_path())


def test_the_users_setting_then_the_machines_then_the_environment(
    _empty_machine_config, monkeypatch
):
    configure(_empty_machine_config, f"database_url = '{MACHINE}'\n")
    assert configured_location() == StoreLocation(MACHINE, "machine")
    save_user_setting(SERVER)
    assert configured_location() == StoreLocation(SERVER, "user")  # not locked: the user's
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "postgresql://annen/db")
    assert configured_location() == StoreLocation("postgresql://annen/db", "environment")


def test_a_locked_machine_value_wins_over_the_users(_empty_machine_config, monkeypatch):
    save_user_setting(SERVER)
    configure(_empty_machine_config, f"database_url = '{MACHINE}'\nlocked = ['database_url']\n")
    assert configured_location() == StoreLocation(MACHINE, "machine")
    # Locked without a value: the file, whatever the user wrote.
    configure(_empty_machine_config, "locked = ['database_url']\n")
    assert configured_location() == StoreLocation(None, "file")
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, SERVER)  # the environment wins even so
    assert configured_location() == StoreLocation(SERVER, "environment")


def test_the_window_passes_its_own_value(_empty_machine_config):
    machine_config.reload()
    save_user_setting("postgresql://fra-fila/db")
    assert configured_location(SERVER).url == SERVER
    assert configured_location("").url is None  # emptied in the window: the file


# ------------------------------------------------------------------ passwords and mistakes


def test_a_password_in_the_users_setting_is_refused_without_showing_it(_empty_machine_config):
    machine_config.reload()
    for url in (f"postgresql://kari:{SECRET}@db/prosjektark", f"{SERVER}?password={SECRET}"):
        save_user_setting(url)
        with pytest.raises(LocationError) as refused:
            configured_location()
        message = str(refused.value)
        assert "passord" in message and "pgpass" in message
        assert str(paths.settings_file()) in message
        assert SECRET not in message


def test_a_password_in_an_unused_user_setting_is_no_matter(_empty_machine_config):
    save_user_setting(f"postgresql://kari:{SECRET}@db/prosjektark")
    configure(_empty_machine_config, f"database_url = '{MACHINE}'\nlocked = ['database_url']\n")
    assert configured_location().url == MACHINE


def test_what_is_not_a_postgresql_address_is_refused(_empty_machine_config, monkeypatch):
    machine_config.reload()
    save_user_setting("C:/Prosjektark/felles.sqlite3")
    with pytest.raises(LocationError, match="ikke adressen til en PostgreSQL-database"):
        configured_location()
    save_user_setting("")
    configure(_empty_machine_config, "database_url = 'mysql://db/prosjektark'\n")
    with pytest.raises(LocationError, match="mysql://db/prosjektark"):
        configured_location()
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, f"mysql://kari:{SECRET}@db/x")
    with pytest.raises(LocationError) as refused:
        configured_location()
    assert ENVIRONMENT_VARIABLE in str(refused.value) and SECRET not in str(refused.value)


def test_a_url_is_never_shown_with_its_password():
    cases = [
        f"postgresql://kari:{SECRET}@db.kommune.no:5432/prosjektark",
        f"postgresql+psycopg://kari@db/prosjektark?sslmode=require&password={SECRET}",
        f"postgresql://kari:{SECRET}@db.kommune.no:ikke-et-tall/prosjektark",
        with_password(SERVER, SECRET),
        with_password(MACHINE, SECRET),
    ]
    for url in cases:
        assert machine_config.has_password(url)
        shown = display_url(url)
        assert SECRET not in shown, url
        assert SECRET not in StoreLocation(url, "environment").display
    assert display_url(cases[0]) == "postgresql+psycopg://kari:***@db.kommune.no:5432/prosjektark"
    assert not machine_config.has_password(SERVER) and not machine_config.has_password(MACHINE)


def test_a_password_goes_into_the_url_in_memory_as_libpq_reads_it():
    from sqlalchemy.engine import make_url

    url = make_url(with_password("postgresql://kari@db/prosjektark", "p@ss/w:rd"))
    assert (url.username, url.password, url.host) == ("kari", "p@ss/w:rd", "db")
    # A service file names the user: an empty one, which libpq fills in from it.
    url = make_url(with_password(MACHINE, SECRET))
    assert (url.username, url.password, dict(url.query)) == ("", SECRET, {"service": "prosjektark"})


def test_the_settings_file_is_read_as_qsettings_writes_it(tmp_path):
    ini = tmp_path / "prosjektark.ini"
    for value in (
        "postgresql://kari@db.kommune.no/prosjektark?sslmode=verify-full&sslrootcert=C:\\ca\\rot.pem",
        "@postgresql://rart",
        'postgresql://a,b;c=d "sitert" æøå €/x',
    ):
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
        settings.clear()
        settings.setValue("role", "sekretariat")
        settings.setValue(USER_KEY, value)
        settings.setValue("delivery/folder", "/srv/levert")
        settings.sync()
        del settings
        assert user_setting(ini) == value
    assert user_setting(tmp_path / "finnes-ikke.ini") is None
    assert ini_value("a\\x1\\x62 c") == "a\x01b c"  # how Qt writes a control character
    assert ini_value("en, liste") is None and ini_value("@Variant(\\0\\0)") is None


def test_retrying_asks_again_after_a_wrong_password_and_gives_up_with_a_hint():
    asked = []
    tried = []

    def attempt(url: str) -> str:
        tried.append(url)
        raise StoreError("connection failed: fe_sendauth: no password supplied")

    def ask(shown: str, user: str | None, wrong: bool) -> str | None:
        asked.append((shown, user, wrong))
        return SECRET if len(asked) < 3 else None

    with pytest.raises(StoreError) as failed:
        retrying_with_password("postgresql://kari@db/prosjektark", attempt, ask)
    assert [a[2] for a in asked] == [False, True, True] and asked[0][1] == "kari"
    assert SECRET not in str(failed.value) and "pgpass" in str(failed.value)
    assert tried[0] == "postgresql://kari@db/prosjektark" and SECRET in tried[1]

    def other_error(url: str) -> str:
        raise StoreError("could not translate host name")

    with pytest.raises(StoreError, match="host name"):
        retrying_with_password(SERVER, other_error, ask)
    assert len(asked) == 3  # not asked for a password when that is not what is wrong


# ------------------------------------------------------------------ a real server


def password_role(pg_server) -> tuple[str, str]:
    return pg_server.password_role(SECRET, template="prosjektark_head")


def pgpass(tmp_path: Path, port: int, role: str, password: str = SECRET) -> Path:
    path = tmp_path / "pgpass"
    path.write_text(f"127.0.0.1:{port}:*:{role}:{password}\n")
    path.chmod(0o600)
    return path


@pytest.mark.postgresql
def test_libpqs_password_file_is_used_and_the_url_carries_no_password(
    pg_server, tmp_path, monkeypatch
):
    role, url = password_role(pg_server)
    monkeypatch.setenv("PGPASSFILE", str(pgpass(tmp_path, pg_server.port, role)))

    def never(*_args):
        raise AssertionError("asked for a password that the password file has")

    with open_store(StoreLocation(url, "user"), ask_password=never) as store:
        assert store.is_server and store.url == url and SECRET not in store.location
        assert store.count() == 0
        engine = store._sql._engine
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw.info.password == SECRET  # libpq read it from the file
            assert "passfile=" in raw.info.dsn and SECRET not in raw.info.dsn
        assert engine.url.password is None


@pytest.mark.postgresql
def test_without_a_password_file_the_user_is_asked_and_it_stays_in_memory(
    pg_server, tmp_path, monkeypatch, caplog
):
    role, url = password_role(pg_server)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "ingen-pgpass"))
    with pytest.raises(StoreError) as refused:
        open_store(StoreLocation(url, "environment"))
    assert "no password supplied" in str(refused.value) and "pgpass" in str(refused.value)

    answers = iter(["feil-passord", SECRET])
    asked = []

    def ask(shown: str, user: str | None, wrong: bool) -> str | None:
        asked.append((shown, user, wrong))
        return next(answers)

    with caplog.at_level("DEBUG"), open_store(StoreLocation(url, "user"), ask) as store:
        assert store.count() == 0 and store.is_server
        assert SECRET not in store.location
    assert asked == [(display_url(url), role, False), (display_url(url), role, True)]
    assert SECRET not in caplog.text
    settings = paths.settings_file()
    assert not settings.exists() or SECRET not in settings.read_text()


@pytest.mark.postgresql
def test_the_command_line_opens_the_server_named_in_the_environment(pg_url, tmp_path, catalog):
    sheet = Sheet(profile="miljoloftet")
    sheet.identification.title = "Lagt inn fra kommandolinjen"
    path = tmp_path / "ark.json"
    path.write_text(sheet_to_json(sheet), encoding="utf-8")
    home = tmp_path / "hjem"
    result = cli(home, "add", str(path), PROSJEKTARK_DATABASE_URL=pg_url)
    assert result.returncode == 0, result.stderr
    with Store.open_url(pg_url) as server:
        assert [s.title for s in server.list_summaries()] == ["Lagt inn fra kommandolinjen"]
    assert not (home / "data" / "prosjektark.sqlite3").exists()


@pytest.mark.postgresql
def test_the_command_line_opens_the_server_in_the_users_setting(pg_url, tmp_path):
    home = tmp_path / "hjem"
    (home / "config").mkdir(parents=True)
    ini = home / "config" / "prosjektark.ini"
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(USER_KEY, pg_url)
    settings.sync()
    del settings
    result = cli(home, "db", "status", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["kind"] == "postgresql" and report["state"] == "ok"
    assert not (home / "data" / "prosjektark.sqlite3").exists()


@pytest.mark.postgresql
def test_the_command_line_says_where_a_password_belongs(pg_server, tmp_path):
    role, url = password_role(pg_server)
    home = tmp_path / "hjem"
    missing = cli(
        home, "history", "--id", str(uuid.uuid4()),
        PROSJEKTARK_DATABASE_URL=url, PGPASSFILE=str(tmp_path / "ingen"),
    )  # fmt: skip
    assert missing.returncode == 2
    assert "pgpass" in missing.stderr and "no password supplied" in missing.stderr
    found = cli(
        home, "history", "--id", str(uuid.uuid4()),
        PROSJEKTARK_DATABASE_URL=url, PGPASSFILE=str(pgpass(tmp_path, pg_server.port, role)),
    )  # fmt: skip
    assert "pgpass" not in found.stderr and "password" not in found.stderr
    assert SECRET not in found.stdout + found.stderr + missing.stdout + missing.stderr


def test_location_stays_light_on_the_sqlite_path(tmp_path):
    """Choosing the file imports neither SQLAlchemy nor psycopg: the start-up path."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from prosjektark.store.location import configured_location\n"
        "assert configured_location().url is None\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'psycopg')))\n"
    )
    env = {**os.environ, "PROSJEKTARK_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_unreadable_url_is_a_store_error_that_does_not_repeat_it(monkeypatch):
    from prosjektark.store.location import open_configured_store

    monkeypatch.setenv(ENVIRONMENT_VARIABLE, f"postgresql://kari:{SECRET}@db:ikke-port/x")
    with pytest.raises(StoreError, match="Databaseadressen kan ikke leses") as refused:
        open_configured_store()
    assert SECRET not in str(refused.value)


@pytest.mark.postgresql
def test_a_command_on_a_terminal_asks_for_the_password(pg_server, tmp_path, monkeypatch):
    import getpass
    import sys

    from prosjektark import commands

    role, url = password_role(pg_server)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, url)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "ingen"))
    prompts = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return SECRET

    monkeypatch.setattr(getpass, "getpass", typed)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(StoreError, match="pgpass"):  # nobody at a terminal: no question
        commands.open_user_store()
    assert prompts == []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    with commands.open_user_store() as store:
        assert store.count() == 0
    assert prompts == [f"Passord for {role} på {display_url(url)}: "]
