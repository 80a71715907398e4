"""Copies of the database file taken before anything risky (a schema migration)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from prosjektark.durable import fsync_dir
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
            f"Kunne ikke opprette mappen for sikkerhetskopier «{backup_dir}»: {exc.strerror or exc}"
        ) from exc
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    suffix = db_path.suffix or ".sqlite3"
    name = f"{db_path.stem}-{label or 'uten-versjon'}-{stamp}{suffix}"
    target = backup_dir / name
    try:
        _copy_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"Kunne ikke ta sikkerhetskopi av databasen «{db_path}» til «{backup_dir}»: {exc}. "
            "Databasen er ikke endret."
        ) from exc
    return target


DAILY_LABEL = "daglig"
DAILY_KEPT = 5
DAILY_INTERVAL_S = 24 * 3600


def list_backups(backup_dir: Path) -> list[Path]:
    """Every complete backup in `backup_dir` (migration and daily), newest first."""
    try:
        found = [p for p in backup_dir.iterdir() if p.is_file() and not p.name.endswith(".tmp")]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def take_daily_backup(db_path: Path, backup_dir: Path, now: float | None = None) -> Path | None:
    """A backup when the newest daily one is a day old (or missing); keeps the last five.

    A migration backup alone would leave nothing to offer when the file is damaged months
    after the last upgrade."""
    import time

    now = time.time() if now is None else now
    daily = [p for p in list_backups(backup_dir) if f"-{DAILY_LABEL}-" in p.name]
    if daily and now - daily[0].stat().st_mtime < DAILY_INTERVAL_S:
        return None
    taken = backup_database(db_path, backup_dir, DAILY_LABEL)
    for old in [p for p in list_backups(backup_dir) if f"-{DAILY_LABEL}-" in p.name][DAILY_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return taken


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
            f"Kunne ikke gjenopprette databasen fra «{backup}»: {exc}. "
            "Kopien av den skadde filen er ikke endret."
        ) from exc
