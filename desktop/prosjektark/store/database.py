"""Opening the SQLite database: engine and pragmas, schema version check, migrations.

Startup is on the hot path, so a database already at the head revision is recognised
with one plain SQL query and Alembic is only imported when there is migrating to do.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prosjektark.store.backup import backup_database
from prosjektark.store.errors import NewerDatabaseError, StoreError

if TYPE_CHECKING:  # SQLAlchemy and Alembic load only when a write or a migration needs them
    from alembic.config import Config
    from sqlalchemy import Engine

# Must equal Alembic's script head (a test checks); bump it with every new migration.
HEAD_REVISION = "0003"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Execution option that makes a transaction take the write lock at BEGIN, so two
# processes writing at once wait for each other instead of failing half-way.
IMMEDIATE = "prosjektark_immediate"


@dataclass(frozen=True)
class DatabaseState:
    exists: bool  # a non-empty file with at least one table
    revision: str | None  # alembic_version row, None when absent or at base


def read_state(db_path: Path) -> DatabaseState:
    """The schema revision of `db_path`, read with plain SQL and without writing to it."""
    if not db_path.exists() or db_path.stat().st_size == 0:
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
                    f"Filen «{db_path}» er ikke en Prosjektark-database (mangler skjemaversjon)."
                )
            versions = [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise StoreError(f"Kunne ikke lese databasen «{db_path}»: {exc}") from exc
    if len(versions) > 1:
        # Branched histories are never produced by this app: treat as unknown.
        return DatabaseState(exists=True, revision=",".join(sorted(versions)))
    return DatabaseState(exists=True, revision=versions[0] if versions else None)


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
            f"Kunne ikke opprette mappen «{db_path.parent}»: {exc.strerror or exc}"
        ) from exc
    state = read_state(db_path)
    if state.revision == HEAD_REVISION:
        return

    if state.revision is not None and state.revision not in script_revisions():
        raise NewerDatabaseError(
            f"Databasen «{db_path}» er laget av en nyere versjon av Prosjektark "
            f"(skjemaversjon {state.revision}). Oppdater programmet for å åpne den. "
            "Filen er ikke endret."
        )
    backup: Path | None = None
    if state.exists:
        backup = backup_database(db_path, backup_dir, state.revision or "")
    engine = create_sqlite_engine(db_path)
    try:
        upgrade(engine)
    except Exception as exc:
        where = f" En sikkerhetskopi ligger i «{backup}»." if backup else ""
        raise StoreError(f"Kunne ikke oppgradere databasen «{db_path}»: {exc}.{where}") from exc
    finally:
        engine.dispose()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
