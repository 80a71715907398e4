"""`prosjektark db status|upgrade|copy` as users and IT run them: exit codes, what is
printed, and never a password."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from cli_helpers import cli
from prosjektark.domain.sheet import Sheet
from prosjektark.store.database import HEAD_REVISION, upgrade
from prosjektark.store.engine import normalise_url
from prosjektark.store.repository import Store

SECRET = "Ikke-Vis-Meg-7"


def with_secret(url: str) -> str:
    """The same URL with a password in it: the test server trusts everyone and ignores it,
    so every command works and must still never print it."""
    return url.replace("prosjektark@", f"prosjektark:{SECRET}@")


def output(result) -> str:
    return result.stdout + result.stderr


def make_store(path: Path, folder: Path) -> None:
    with Store.open(path, path.parent / "vedlegg") as store:
        sheet = Sheet(profile="miljoloftet")
        sheet.identification.title = "Sykkelveg over Nidelva"
        store.create(sheet)
        note = folder / "notat.txt"
        note.write_text("Et vedlegg\n", encoding="utf-8")
        sheet.attachments.append(store.add_attachment(sheet.id, note))
        store.save_working_copy(sheet)
        store.save_version(sheet, note="første")


@pytest.fixture
def empty_database(pg_server):
    name = pg_server.database()
    yield pg_server.url(name)
    pg_server.drop(name)


def status(home: Path, *args: str, **env: str) -> tuple[int, dict]:
    result = cli(home, "db", "status", "--format", "json", *args, **env)
    assert SECRET not in output(result)
    return result.returncode, json.loads(result.stdout) if result.stdout.strip() else {}


# ------------------------------------------------------------------ status


def test_status_of_the_users_own_file(tmp_path):
    home = tmp_path / "hjem"
    code, report = status(home)
    assert code == 0 and report["state"] == "missing" and report["kind"] == "sqlite"
    assert report["location"] == str(home / "data" / "prosjektark.sqlite3")
    Store.open(home / "data" / "prosjektark.sqlite3", home / "data" / "vedlegg").close()
    code, report = status(home)
    assert code == 0 and report["state"] == "ok"
    assert report["revision"] == report["head"] == HEAD_REVISION
    assert report["program_version"] and report["app_version"] == report["program_version"]
    shown = cli(home, "db", "status")
    assert shown.returncode == 0
    assert "SQLite-fil på denne maskinen" in shown.stdout
    assert f"Skjemaversjon: {HEAD_REVISION}" in shown.stdout
    assert "kan brukes av dette programmet" in shown.stdout


def test_an_older_file_says_it_is_upgraded_at_the_start_and_upgrade_does_it(tmp_path):
    db = tmp_path / "gammel.sqlite3"
    engine = create_engine(f"sqlite:///{db}")
    upgrade(engine, "0007")
    engine.dispose()
    home = tmp_path / "hjem"
    code, report = status(home, "--url", str(db))
    assert code == 1 and report["state"] == "older" and report["revision"] == "0007"
    shown = cli(home, "db", "status", "--url", str(db))
    assert "oppgraderes når Prosjektark åpner den" in shown.stdout
    result = cli(home, "db", "upgrade", "--url", str(db))
    assert result.returncode == 0, result.stderr
    assert "oppgraderer den ved hver start" in result.stdout
    assert f"0007 → {HEAD_REVISION}" in result.stdout
    assert status(home, "--url", str(db))[0] == 0


@pytest.mark.postgresql
def test_a_server_is_upgraded_only_by_the_command(empty_database, tmp_path):
    home = tmp_path / "hjem"
    url = with_secret(empty_database)
    code, report = status(home, PROSJEKTARK_DATABASE_URL=url)
    assert code == 1 and report["state"] == "empty" and report["kind"] == "postgresql"
    assert report["location"].endswith(empty_database.rsplit("/", 1)[1])
    shown = cli(home, "db", "status", PROSJEKTARK_DATABASE_URL=url)
    assert shown.returncode == 1 and "prosjektark db upgrade" in shown.stdout
    assert SECRET not in output(shown) and "***" in shown.stdout
    # An ordinary command refuses the server as it is, and changes nothing.
    refused = cli(home, "outbox", "list", PROSJEKTARK_DATABASE_URL=url)
    assert refused.returncode == 2 and "db upgrade" in refused.stderr
    assert SECRET not in output(refused)
    assert status(home, PROSJEKTARK_DATABASE_URL=url)[1]["state"] == "empty"

    engine = create_engine(normalise_url(empty_database))
    try:
        upgrade(engine, "0007")
        code, report = status(home, "--url", url)
        assert code == 1 and report["state"] == "older"
        result = cli(home, "db", "upgrade", PROSJEKTARK_DATABASE_URL=url)
        assert result.returncode == 0, result.stderr
        assert f"0007 → {HEAD_REVISION}" in result.stdout and SECRET not in output(result)
        code, report = status(home, PROSJEKTARK_DATABASE_URL=url)
        assert code == 0 and report["state"] == "ok" and report["app_version"]
        again = cli(home, "db", "upgrade", "--url", url)
        assert again.returncode == 0 and "ingenting å oppgradere" in again.stdout
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        code, report = status(home, "--url", url)
        assert code == 1 and report["state"] == "newer"
        newer = cli(home, "db", "upgrade", "--url", url)
        assert newer.returncode == 1 and "nyere" in newer.stderr
        assert SECRET not in output(newer)
    finally:
        engine.dispose()


def test_a_server_that_does_not_answer_is_named_without_its_password(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nobody listens once it is closed
    url = f"postgresql://kari:{SECRET}@127.0.0.1:{port}/prosjektark"
    home = tmp_path / "hjem"
    target = str(tmp_path / "ny.sqlite3")
    for args in (
        ("status", "--url", url),
        ("upgrade", "--url", url),
        ("copy", "--from", url, "--to", target),
    ):
        result = cli(home, "db", *args)
        assert result.returncode == 2, (args, output(result))
        assert f"kari:***@127.0.0.1:{port}" in result.stderr
        assert SECRET not in output(result)
    bad = cli(home, "db", "status", "--url", f"postgresql://kari:{SECRET}@db:ikke-port/x")
    assert bad.returncode == 2 and SECRET not in output(bad)


# ------------------------------------------------------------------ copy


@pytest.mark.postgresql
def test_copy_to_a_server_and_back_through_the_command(empty_database, tmp_path):
    source = tmp_path / "kilde" / "prosjektark.sqlite3"
    make_store(source, tmp_path)
    home = tmp_path / "hjem"
    url = with_secret(empty_database)
    result = cli(home, "db", "copy", "--from", str(source), "--to", url)
    assert result.returncode == 0, output(result)
    assert SECRET not in output(result)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Tabell", "Kilde", "Mål", "Innhold"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:] if len(line.split()) == 4}
    assert rows["sheets"] == ["1", "1", "likt"]
    assert rows["sheet_revisions"] == ["1", "1", "likt"]
    assert rows["vedlegg"] == ["1", "1", "likt"]
    assert "Kopien er kontrollert" in result.stdout
    assert "prosjektark db copy: sheets: 1 rader" in result.stderr  # progress
    with Store.open_url(empty_database) as server:
        [summary] = server.list_summaries()
        sheet = server.load(summary.id)
        assert server.attachment_path(sheet.attachments[0]).read_text() == "Et vedlegg\n"

    again = cli(home, "db", "copy", "--from", str(source), "--to", url)
    assert again.returncode == 1 and "ikke tomt" in again.stderr
    assert SECRET not in output(again)

    back = tmp_path / "tilbake.sqlite3"
    result = cli(
        home, "db", "copy", "--from", url, "--to", str(back),
        "--to-attachments", str(tmp_path / "tilbake-vedlegg"),
    )  # fmt: skip
    assert result.returncode == 0, output(result)
    with Store.open(back, tmp_path / "tilbake-vedlegg") as returned:
        [summary] = returned.list_summaries()
        sheet = returned.load(summary.id)
        assert returned.attachment_path(sheet.attachments[0]).read_text() == "Et vedlegg\n"
    assert status(home, "--url", str(back))[0] == 0


def test_a_copy_that_does_not_match_fails_and_says_what(tmp_path):
    source = tmp_path / "kilde" / "prosjektark.sqlite3"
    make_store(source, tmp_path)
    [blob] = [p for p in (source.parent / "vedlegg").rglob("*") if p.is_file()]
    blob.unlink()
    home = tmp_path / "hjem"
    result = cli(home, "db", "copy", "--from", str(source), "--to", str(tmp_path / "ny.sqlite3"))
    assert result.returncode == 1
    assert "ULIKT" in result.stdout
    assert "vedlegg som mangler i kilden" in result.stderr and blob.name in result.stderr


def test_copy_refuses_a_target_file_that_is_in_use_and_a_missing_source(tmp_path):
    source = tmp_path / "kilde" / "prosjektark.sqlite3"
    make_store(source, tmp_path)
    target = tmp_path / "mål" / "prosjektark.sqlite3"
    make_store(target, tmp_path)
    before = sqlite3.connect(target).execute("SELECT count(*) FROM sheets").fetchone()
    home = tmp_path / "hjem"
    result = cli(home, "db", "copy", "--from", str(source), "--to", str(target))
    assert result.returncode == 1 and "ikke tomt" in result.stderr
    assert sqlite3.connect(target).execute("SELECT count(*) FROM sheets").fetchone() == before
    missing = cli(home, "db", "copy", "--from", str(tmp_path / "nei.sqlite3"), "--to", "x.db")
    assert missing.returncode == 1 and "Fant ikke" in missing.stderr
    same = cli(home, "db", "copy", "--from", str(source), "--to", str(source))
    assert same.returncode == 1 and "samme" in same.stderr


def test_db_is_in_the_commands_help(tmp_path):
    result = cli(tmp_path, "--help")
    assert "db" in result.stdout and "databasen" in result.stdout
    result = cli(tmp_path, "db", "--help")
    assert all(word in result.stdout for word in ("status", "upgrade", "copy"))
