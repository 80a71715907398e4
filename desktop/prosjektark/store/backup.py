"""Copies of the database file taken before anything risky (a schema migration)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from prosjektark.durable import fsync_dir
from prosjektark.i18n import translate
from prosjektark.store.errors import StoreError

BACKUP_DIR_NAME = "sikkerhetskopier"


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def _copy_database(source_path: Path, target: Path) -> None:
    """SQLite's backup API into a temporary name, flushed, then renamed over `target`.

    The backup API rather than a byte copy, so committed data still in the write-ahead
    log (e.g. after a crash) is part of the copy; the temporary name means a half-written
    copy never looks like a real one."""
    partial = target.with_name(target.name + ".tmp")
    try:
        source = sqlite3.connect(source_path)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                # The copy must be a single self-contained file.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def backup_database(db_path: Path, backup_dir: Path, label: str = "") -> Path:
    """Copy `db_path` into `backup_dir` and return the copy's path."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate(
                "backup", "Kunne ikke opprette mappen for sikkerhetskopier «{folder}»: {error}"
            ).format(folder=backup_dir, error=exc.strerror or exc)
        ) from exc
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = db_path.suffix or ".sqlite3"
    name = f"{db_path.stem}-{label or 'uten-versjon'}-{stamp}{suffix}"
    target = backup_dir / name
    try:
        _copy_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            translate(
                "backup",
                "Kunne ikke ta sikkerhetskopi av databasen «{database}» til «{folder}»: {error}. "
                "Databasen er ikke endret.",
            ).format(database=db_path, folder=backup_dir, error=exc)
        ) from exc
    return target


AUTO_LABEL = "automatisk"
AUTO_KEPT = 5
# Each schema migration leaves a whole copy of the database; years of releases would fill
# a laptop's disk. The newest copies are the ones anyone would restore.
MIGRATION_KEPT = 5
DAILY_INTERVAL_S = 24 * 3600


def list_backups(backup_dir: Path) -> list[Path]:
    """Every complete backup in `backup_dir` (migration and automatic), newest first."""
    try:
        found = [p for p in backup_dir.iterdir() if p.is_file() and not p.name.endswith(".tmp")]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _automatic(backup_dir: Path) -> list[Path]:
    return [p for p in list_backups(backup_dir) if f"-{AUTO_LABEL}-" in p.name]


def take_migration_backup(db_path: Path, backup_dir: Path, revision: str) -> Path:
    """The copy taken before a schema migration; older migration copies beyond the newest
    MIGRATION_KEPT are removed (automatic backups and damaged copies are not touched)."""
    taken = backup_database(db_path, backup_dir, revision)
    migration = [p for p in list_backups(backup_dir) if f"-{AUTO_LABEL}-" not in p.name]
    for old in migration[MIGRATION_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return taken


def _take_automatic(db_path: Path, backup_dir: Path) -> Path:
    taken = backup_database(db_path, backup_dir, AUTO_LABEL)
    for old in _automatic(backup_dir)[AUTO_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return taken


def take_daily_backup(db_path: Path, backup_dir: Path, now: float | None = None) -> Path | None:
    """At start-up: a backup when the newest automatic one is a day old (or missing)."""
    import time

    if not db_path.is_file():
        # No file to copy (a store on a server, which IT backs up): sqlite3 would make one.
        return None
    now = time.time() if now is None else now
    automatic = _automatic(backup_dir)
    if automatic and now - automatic[0].stat().st_mtime < DAILY_INTERVAL_S:
        return None
    return _take_automatic(db_path, backup_dir)


def take_backup_if_changed(db_path: Path, backup_dir: Path) -> Path | None:
    """After a session (the window closed): a backup of the work just done, when the file
    changed since the newest automatic backup and SQLite finds it intact. A backup taken
    only at start-up would hold nothing of a first day's work."""
    if not db_path.is_file():
        # No file to copy (a store on a server, which IT backs up): sqlite3 would make one.
        return None
    automatic = _automatic(backup_dir)
    files = (db_path, db_path.with_name(db_path.name + "-wal"))
    changed = max((p.stat().st_mtime for p in files if p.exists()), default=0.0)
    if automatic and changed <= automatic[0].stat().st_mtime:
        return None
    with contextlib.closing(sqlite3.connect(db_path)) as con:
        if [row[0] for row in con.execute("PRAGMA quick_check(1)")] != ["ok"]:
            return None  # a copy of damage would push a good backup out
    return _take_automatic(db_path, backup_dir)


def sheets_in(path: Path) -> int | None:
    """How many sheets (not in the bin) a backup holds; None when it cannot be read."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as con:
            query = "SELECT count(*) FROM sheets WHERE deleted_at IS NULL"
            return con.execute(query).fetchone()[0]
    except sqlite3.Error:
        return None


def readable_sheets(damaged_copy: Path) -> list[tuple[str, str]]:
    """(id, json) of every working copy that can still be read from a damaged database.

    Reads a throwaway copy (SQLite may write beside a file it opens), row by row, so one
    damaged page costs the rows on it and not the rest."""
    import shutil
    import tempfile

    found: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="prosjektark-berging-") as folder:
        work = Path(folder) / damaged_copy.name
        for suffix in ("", "-wal"):
            source = damaged_copy.with_name(damaged_copy.name + suffix)
            if source.exists():
                shutil.copy2(source, work.with_name(work.name + suffix))
        try:
            con = sqlite3.connect(work)
        except sqlite3.Error:
            return []
        with contextlib.closing(con):
            ids: set[str] = set()
            # Through the list index and through the table: either may be the damaged part.
            for query in (
                "SELECT id FROM sheets INDEXED BY ix_sheets_list",
                "SELECT id FROM sheets NOT INDEXED",
            ):
                with contextlib.suppress(sqlite3.Error):
                    for (sheet_id,) in con.execute(query):
                        ids.add(sheet_id)
            for sheet_id in sorted(ids):
                with contextlib.suppress(sqlite3.Error):
                    query = "SELECT json FROM sheets WHERE id = ?"
                    row = con.execute(query, (sheet_id,)).fetchone()
                    if row and isinstance(row[0], str):
                        found[sheet_id] = row[0]
    return sorted(found.items())


def copy_damaged(db_path: Path, backup_dir: Path) -> Path:
    """Byte copies of a damaged database and its journal files, into a folder of their own.

    Bytes, not SQLite's backup API: that reads through the damage and may stop half-way."""
    import shutil

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = backup_dir / f"skadet-{stamp}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.copy2(source, folder / source.name)
    fsync_dir(folder)
    return folder


def start_afresh(db_path: Path) -> None:
    """Remove a damaged database (and its journal) so an empty one can be made in its
    place. The caller has copied the damaged file away first (copy_damaged)."""
    try:
        for suffix in ("-wal", "-shm", ""):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(
            translate(
                "backup", "Kunne ikke fjerne den skadde databasen «{database}»: {error}."
            ).format(database=db_path, error=exc.strerror or exc)
        ) from exc


def restore_backup(db_path: Path, backup: Path) -> None:
    """Put `backup` in place of the (damaged) database; the old journal files go with it.

    The caller has copied the damaged file away first (copy_damaged)."""
    try:
        # The journal files belong to the damaged file; beside the backup they would be
        # replayed into it.
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        _copy_database(backup, db_path)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            translate(
                "backup",
                "Kunne ikke gjenopprette databasen fra «{backup}»: {error}. Kopien av den skadde "
                "filen er ikke endret.",
            ).format(backup=backup, error=exc)
        ) from exc
