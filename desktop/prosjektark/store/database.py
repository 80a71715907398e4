"""Opening the database: the SQLite engine and pragmas, schema version checks (a file, or a
shared server), migrations.

Startup is on the hot path, so a database already at the head revision is recognised
with one plain SQL query and Alembic is only imported when there is migrating to do.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
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
from prosjektark.store.engine import driver_reason
from prosjektark.store.errors import CorruptDatabaseError, NewerDatabaseError, StoreError

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when a write or a migration needs them
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

# Must equal Alembic's script head (a test checks); bump it with every new migration.
HEAD_REVISION = "0008"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# schema_info's key for the Prosjektark version that last migrated the schema (0008).
APP_VERSION_KEY = "app_version"

# Execution option that makes a transaction take the write lock at BEGIN, so two
# processes writing at once wait for each other instead of failing half-way.
IMMEDIATE = "prosjektark_immediate"


# Alembic keeps the migration it runs in module globals (alembic.op, alembic.context), so
# a process runs one migration at a time.
_MIGRATING = threading.Lock()


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
            _newer_message(str(db_path), state.revision, _sqlite_app_version(db_path), file=True)
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
    """Migrate to `revision` in one transaction, recording this program's version in
    schema_info when the schema changed (see `_newer_message`)."""
    with engine.begin() as connection:
        _upgrade(connection, revision)


def _upgrade(connection: Connection, revision: str = "head") -> tuple[str | None, str | None]:
    from alembic import command

    before = _connection_revision(connection)
    config = alembic_config()
    config.attributes["connection"] = connection
    with _MIGRATING:
        command.upgrade(config, revision)
    after = _connection_revision(connection)
    if after != before:
        # Only when something was migrated: a later release at the same schema must not
        # make older programs, which can still use it, ask for itself.
        _record_app_version(connection)
    return before, after


def _connection_revision(connection: Connection) -> str | None:
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    versions = [
        row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))
    ]
    if len(versions) > 1:
        # Branched histories are never produced by this app: treat as unknown.
        return ",".join(sorted(versions))
    return versions[0] if versions else None


def _record_app_version(connection: Connection) -> None:
    from sqlalchemy import inspect

    from prosjektark import __version__
    from prosjektark.store.engine import dialect_insert
    from prosjektark.store.models import SchemaInfoRow

    if not inspect(connection).has_table("schema_info"):  # migrated to before 0008
        return
    statement = dialect_insert(connection, SchemaInfoRow).values(
        key=APP_VERSION_KEY, value=__version__
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[SchemaInfoRow.key], set_={"value": statement.excluded.value}
        )
    )


def _sqlite_app_version(db_path: Path) -> str | None:
    """schema_info's app_version of a SQLite file, read with plain SQL; None without one."""
    try:
        con = sqlite3.connect(db_path)
        try:
            row = con.execute(
                "SELECT value FROM schema_info WHERE key = ?", (APP_VERSION_KEY,)
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:  # no schema_info: made before 0008 or by a stranger
        return None
    return str(row[0]) if row and row[0] else None


def _newer_message(location: str, schema: str, app_version: str | None, *, file: bool) -> str:
    """Why a database this program does not know is refused, naming the version to install
    when the database says which program migrated it."""
    if app_version is None and file:
        text = translate(
            "database",
            "Databasen «{database}» er laget av en nyere versjon av Prosjektark "
            "(skjemaversjon {schema}). Oppdater programmet for å åpne den. Filen er ikke "
            "endret.",
        )
    elif app_version is None:
        text = translate(
            "database",
            "Databasen «{database}» er laget av en nyere versjon av Prosjektark "
            "(skjemaversjon {schema}). Oppdater programmet for å åpne den.",
        )
    elif file:
        text = translate(
            "database",
            "Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon "
            "{schema}), som er nyere enn dette programmet. Installer Prosjektark {version} "
            "eller nyere for å åpne den. Filen er ikke endret.",
        )
    else:
        text = translate(
            "database",
            "Databasen «{database}» er laget av Prosjektark {version} (skjemaversjon "
            "{schema}), som er nyere enn dette programmet. Installer Prosjektark {version} "
            "eller nyere for å åpne den.",
        )
    return text.format(database=location, schema=schema, version=app_version)


# -- a shared database server ------------------------------------------------------------
#
# Others use a server while one client starts, so an ordinary start never migrates it: a
# client older than the server's schema refuses (naming the version to install), a newer
# one refuses until whoever runs the database has run `prosjektark db upgrade`
# (upgrade_server), unless its caller says otherwise (allow_upgrade).

# pg_advisory_xact_lock key serialising upgrades of one database ("PRSJUPGR" in ASCII):
# two administrators upgrading at once run one after the other, the second finding the
# schema at head.
_UPGRADE_LOCK = 0x5052534A55504752


def server_revision(engine: Engine) -> str | None:
    """The schema revision on a server, or None when it has no Prosjektark schema yet."""
    with engine.connect() as conn:
        return _connection_revision(conn)


def server_app_version(engine: Engine) -> str | None:
    """The Prosjektark version that last migrated the server's schema, when it says."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            return _app_version(conn)
    except SQLAlchemyError:  # a later schema_info we cannot read: the message goes without
        return None


def ensure_server_schema(engine: Engine, location: str, *, allow_upgrade: bool = False) -> None:
    """Refuse a server whose schema is not this program's head; migrate an older (or
    empty) one only when `allow_upgrade` says so. `location` is the URL without password."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        revision = server_revision(engine)
    except SQLAlchemyError as exc:
        raise connection_error(engine, location, exc) from exc
    if revision == HEAD_REVISION:
        return
    if revision is not None and revision not in script_revisions():
        raise NewerDatabaseError(
            _newer_message(location, revision, server_app_version(engine), file=False)
        )
    if allow_upgrade:
        _upgrade_server(engine, location)
        return
    if revision is None:
        raise StoreError(
            translate(
                "database",
                "Databasen «{database}» har ingen Prosjektark-tabeller ennå. Be den som "
                "drifter databasen om å kjøre «prosjektark db upgrade» for å opprette dem.",
            ).format(database=location)
        )
    raise StoreError(
        translate(
            "database",
            "Databasen «{database}» har skjemaversjon {schema}, men denne versjonen av "
            "Prosjektark bruker {head}. Be den som drifter databasen om å kjøre "
            "«prosjektark db upgrade».",
        ).format(database=location, schema=revision, head=HEAD_REVISION)
    )


def check_server_schema(engine: Engine, location: str) -> None:
    """What an ordinary start does (Store.open_url): check, never migrate."""
    ensure_server_schema(engine, location, allow_upgrade=False)


def upgrade_server(url: str) -> tuple[str | None, str]:
    """`prosjektark db upgrade`: bring the server at `url` to this program's head schema.

    Returns the revision before (None for an empty database) and after. One transaction,
    which PostgreSQL's transactional DDL makes all or nothing; no backup is taken (the
    server's own backups, pg_dump, are IT's). Never called on an ordinary start."""
    from prosjektark.store.engine import create_server_engine, display_url

    location = display_url(url)
    engine = create_server_engine(url)
    try:
        return _upgrade_server(engine, location)
    finally:
        engine.dispose()


def _upgrade_server(engine: Engine, location: str) -> tuple[str | None, str]:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        connection = engine.connect()
    except SQLAlchemyError as exc:
        raise connection_error(engine, location, exc) from exc
    try:
        with connection.begin():
            if connection.dialect.name == "postgresql":
                # Held to the end of the transaction; a second upgrader waits here and
                # then reads the revision the first one committed.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK}
                )
            before = _connection_revision(connection)
            if before is not None and before not in script_revisions():
                raise NewerDatabaseError(
                    _newer_message(location, before, _app_version(connection), file=False)
                )
            if before != HEAD_REVISION:
                _upgrade(connection)
    except StoreError:
        raise
    except Exception as exc:  # SQL, or the program's own code in a data migration
        raise StoreError(
            translate("database", "Kunne ikke oppgradere databasen «{database}»: {error}.").format(
                database=location, error=driver_reason(exc, engine)
            )
        ) from exc
    finally:
        connection.close()
    return before, HEAD_REVISION


def _app_version(connection: Connection) -> str | None:
    from sqlalchemy import inspect, select

    from prosjektark.store.models import SchemaInfoRow

    if not inspect(connection).has_table("schema_info"):
        return None
    query = select(SchemaInfoRow.value).where(SchemaInfoRow.key == APP_VERSION_KEY)
    return connection.execute(query).scalar() or None


def connection_error(engine: Engine, location: str, exc: Exception) -> StoreError:
    """«Could not connect to …», the driver's reason without any password."""
    return StoreError(
        translate("database", "Kunne ikke koble til databasen «{database}»: {error}").format(
            database=location, error=driver_reason(exc, engine)
        )
    )
