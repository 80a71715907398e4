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


def backup_database(db_path: Path, backup_dir: Path, label: str = "") -> Path:
    """Copy `db_path` into `backup_dir` and return the copy's path.

    Uses SQLite's backup API rather than a byte copy so that committed data still in the
    write-ahead log (e.g. after a crash) is part of the copy. Written to a temporary name
    and renamed, so a half-written backup never looks like a real one.
    """
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
    partial = backup_dir / (name + ".tmp")
    try:
        source = sqlite3.connect(db_path)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest)
                # A backup must be a single self-contained file.
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_dir(backup_dir)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise StoreError(
            f"Kunne ikke ta sikkerhetskopi av databasen «{db_path}» til «{backup_dir}»: {exc}. "
            "Databasen er ikke endret."
        ) from exc
    return target
