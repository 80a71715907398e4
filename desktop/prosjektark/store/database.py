"""Opening the SQLite database: engine and pragmas, schema version check, migrations.

Startup is on the hot path, so a database already at the head revision is recognised
with one plain SQL query and Alembic is only imported when there is migrating to do.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prosjektark.i18n import translate
from prosjektark.store.backup import (
    copy_damaged,
    default_backup_dir,
    list_backups,
    take_migration_backup,
)
from prosjektark.store.errors import CorruptDatabaseError, NewerDatabaseError, StoreError

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when a write or a migration needs them
    from alembic.config import Config
    from sqlalchemy import Engine

# Must equal Alembic's script head (a test checks); bump it with every new migration.
HEAD_REVISION = "0007"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Execution option that makes a transaction take the write lock at BEGIN, so two
# processes writing at once wait for each other instead of failing half-way.
IMMEDIATE = "prosjektark_immediate"


# Written beside the database when it is created: a zero-byte database file next to it
# was a database once (a disk or sync fault), not a new store to start afresh in.
MARKER_SUFFIX = ".opprettet"


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def _write_marker(db_path: Path) -> None:
    from datetime import UTC, datetime

    from prosjektark.durable import write_atomic

    marker = marker_path(db_path)
    if not marker.exists():
        # Only a guard: the database itself is fine without it.
        with contextlib.suppress(OSError):
            write_atomic(marker, datetime.now(UTC).isoformat().encode() + b"\n")


@dataclass(frozen=True)
class DatabaseState:
    exists: bool  # a non-empty file with at least one table
    revision: str | None  # alembic_version row, None when absent or at base


def read_state(db_path: Path) -> DatabaseState:
    """The schema revision of `db_path`, read with plain SQL and without writing to it.

    Runs SQLite's quick_check on an existing database, so damage is found at start-up
    (and reported with a copy taken) rather than when some sheet is opened later."""
    if not db_path.exists():
        return DatabaseState(exists=False, revision=None)
    if db_path.stat().st_size == 0:
        if marker_path(db_path).exists():
            raise _corrupt(
                db_path,
                translate("database", "filen er tom (0 byte), men her har det vært en database"),
            )
        return DatabaseState(exists=False, revision=None)
    try:
        con = sqlite3.connect(db_path)
        try:
            tables = {
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return DatabaseState(exists=False, revision=None)
            if "alembic_version" not in tables:
                raise StoreError(
                    translate(
                        "database",
                        "Filen «{file}» er ikke en Prosjektark-database (mangler skjemaversjon).",
                    ).format(file=db_path)
                )
            versions = [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]
            problems = [row[0] for row in con.execute("PRAGMA quick_check(5)")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _looks_damaged(exc):
            raise _corrupt(db_path, str(exc)) from exc
        raise StoreError(_unreadable(db_path, exc)) from exc
    except sqlite3.Error as exc:
        raise StoreError(_unreadable(db_path, exc)) from exc
    if problems != ["ok"]:
        raise _corrupt(db_path, "; ".join(problems))
    if len(versions) > 1:
        # Branched histories are never produced by this app: treat as unknown.
        return DatabaseState(exists=True, revision=",".join(sorted(versions)))
    return DatabaseState(exists=True, revision=versions[0] if versions else None)


def _unreadable(db_path: Path, exc: Exception) -> str:
    return translate("database", "Kunne ikke lese databasen «{database}»: {error}").format(
        database=db_path, error=exc
    )


def _looks_damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(words in text for words in ("malformed", "not a database", "corrupt", "disk image"))


def _corrupt(db_path: Path, reason: str) -> CorruptDatabaseError:
    """Copy the damaged file aside (never change it) and describe what can be done."""
    backup_dir = default_backup_dir(db_path)
    try:
        copy: Path | None = copy_damaged(db_path, backup_dir)
    except OSError:
        copy = None
    backups = [p for p in list_backups(backup_dir) if p.suffix == db_path.suffix]
    parts = [
        translate("database", "Databasen «{database}» er skadet. Filen er ikke endret.").format(
            database=db_path
        )
    ]
    if copy is not None:
        parts.append(
            translate("database", "En kopi av den skadde filen ligger i «{copy}».").format(
                copy=copy
            )
        )
    if backups:
        parts.append(
            translate(
                "database",
                "Den nyeste sikkerhetskopien er «{backup}»; åpne Prosjektark for å gjenopprette "
                "fra den.",
            ).format(backup=backups[0])
        )
    else:
        parts.append(
            translate(
                "database",
                "Det finnes ingen sikkerhetskopi; åpne Prosjektark for å starte med en tom "
                "database og hente inn det som kan leses fra den skadde filen.",
            )
        )
    parts.append(translate("database", "(Teknisk: {reason}.)").format(reason=reason))
    message = " ".join(parts)
    return CorruptDatabaseError(message, db_path=db_path, copy=copy, backups=backups, reason=reason)


def create_sqlite_engine(db_path: Path) -> Engine:
    from sqlalchemy import URL, create_engine, event

    engine = create_engine(
        URL.create("sqlite", database=str(db_path)),
        # The UI may autosave from a worker thread; writes are serialised by the Store.
        connect_args={"check_same_thread": False, "timeout": 30},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolation would choke on a '%' in the path.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return config


def script_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def ensure_schema(db_path: Path, backup_dir: Path) -> None:
    """Bring `db_path` to the head schema: create, back up and migrate as needed.

    A database already at head is recognised with plain SQL; nothing heavy is imported.
    """
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("database", "Kunne ikke opprette mappen «{folder}»: {error}").format(
                folder=db_path.parent, error=exc.strerror or exc
            )
        ) from exc
    state = read_state(db_path)
    if state.revision == HEAD_REVISION:
        _write_marker(db_path)  # databases made before the marker existed get one now
        return

    if state.revision is not None and state.revision not in script_revisions():
        raise NewerDatabaseError(
            translate(
                "database",
                "Databasen «{database}» er laget av en nyere versjon av Prosjektark "
                "(skjemaversjon {schema}). Oppdater programmet for å åpne den. Filen er ikke "
                "endret.",
            ).format(database=db_path, schema=state.revision)
        )
    backup: Path | None = None
    if state.exists:
        backup = take_migration_backup(db_path, backup_dir, state.revision or "")
    engine = create_sqlite_engine(db_path)
    try:
        upgrade(engine)
    except Exception as exc:
        message = translate("database", "Kunne ikke oppgradere databasen «{database}»: {error}.")
        message = message.format(database=db_path, error=exc)
        if backup:
            message += " " + translate("database", "En sikkerhetskopi ligger i «{backup}».").format(
                backup=backup
            )
        raise StoreError(message) from exc
    finally:
        engine.dispose()
    _write_marker(db_path)


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
