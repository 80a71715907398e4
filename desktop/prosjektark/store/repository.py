"""The local store of sheets: working copies, saved versions, the bin and attachments.

One `Store` per database file. Opening it and listing sheets use plain sqlite3, so the
main window shows without importing SQLAlchemy; everything else goes to `SqlStore`
(store/sql_store.py), created on first use.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from prosjektark.domain.summary import SheetSummary, Status
from prosjektark.store import timestamps
from prosjektark.store.backup import default_backup_dir
from prosjektark.store.database import ensure_schema
from prosjektark.store.errors import ConflictError, NewerDatabaseError, StoreError

if TYPE_CHECKING:
    from prosjektark.domain.sheet import Attachment, Sheet
    from prosjektark.store.outbox import OutboxEntry
    from prosjektark.store.ownership import Handover, SheetOwner
    from prosjektark.store.sql_store import SqlStore

__all__ = [
    "ConflictError",
    "NewerDatabaseError",
    "RevisionInfo",
    "Store",
    "StoreError",
    "WriteToken",
]


@dataclass
class WriteToken:
    """The write version of a sheet's working copy that one writer last read or wrote.

    A writer that edits a sheet over time (the editor, `export --id`) loads it with a token
    and passes the same token to every write: the write fails with ConflictError when the
    stored version has moved on, and moves the token on when it succeeds. Writes without a
    token (import of a package) are unconditional but still move the version, so every
    token-holding writer notices them."""

    version: int | None = None


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    saved_at: datetime
    note: str
    sha256: str
    signed: bool


_SUMMARY_QUERY = (
    "SELECT id, title, municipalities, action_area, phase, expected_cost, status, modified,"
    " revision, is_example FROM sheets WHERE deleted_at IS {} NULL"
    " ORDER BY modified DESC, title"
)


class Store:
    """Sheets in one SQLite file, attachment copies in one folder."""

    def __init__(self, db_path: Path, attachments_dir: Path) -> None:
        # Use Store.open(); the constructor only wires what open() prepared.
        self.db_path = db_path
        self.attachments_dir = attachments_dir
        self._sql_store: SqlStore | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, db_path: Path, attachments_dir: Path, backup_dir: Path | None = None) -> Store:
        db_path, attachments_dir = Path(db_path), Path(attachments_dir)
        ensure_schema(db_path, Path(backup_dir or default_backup_dir(db_path)))
        try:
            attachments_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Kunne ikke opprette vedleggsmappen «{attachments_dir}»: {exc.strerror or exc}"
            ) from exc
        return cls(db_path, attachments_dir)

    @property
    def _sql(self) -> SqlStore:
        with self._lock:
            if self._sql_store is None:
                from prosjektark.store.sql_store import SqlStore

                self._sql_store = SqlStore(self.db_path, self.attachments_dir)
            return self._sql_store

    def close(self) -> None:
        if self._sql_store is not None:
            self._sql_store.close()
            self._sql_store = None
            return
        # Fold the write-ahead log into the main file so the file alone is complete.
        with contextlib.suppress(sqlite3.Error), contextlib.closing(self._connect()) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- listing (plain sqlite3: on the start-up path) ------------------------------

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path, timeout=30)

    def _query(self, sql: str) -> list[tuple]:
        try:
            with contextlib.closing(self._connect()) as con:
                return con.execute(sql).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"Kunne ikke lese fra databasen «{self.db_path}»: {exc}") from exc

    def count(self, *, deleted: bool = False) -> int:
        sql = "SELECT count(*) FROM sheets WHERE deleted_at IS {} NULL"
        return self._query(sql.format("NOT" if deleted else ""))[0][0]

    def list_summaries(self, *, deleted: bool = False) -> list[SheetSummary]:
        rows = self._query(_SUMMARY_QUERY.format("NOT" if deleted else ""))
        return [
            SheetSummary(
                id=uuid.UUID(sheet_id),
                title=title,
                municipalities=municipalities,
                action_area=action_area,
                phase=phase,
                expected_cost_mnok=None if cost is None else Decimal(cost),
                status=status,
                modified=timestamps.from_db(modified),
                revision=revision,
                is_example=bool(is_example),
                deleted=deleted,
            )
            for (
                sheet_id,
                title,
                municipalities,
                action_area,
                phase,
                cost,
                status,
                modified,
                revision,
                is_example,
            ) in rows
        ]

    # -- everything else (SqlStore) ---------------------------------------------------

    def create(self, sheet: Sheet, token: WriteToken | None = None) -> None:
        self._sql.create(sheet, token)

    def create_many(self, sheets: Iterable[Sheet]) -> None:
        """Create several sheets in one transaction (all or none), e.g. the examples."""
        self._sql.create_many(sheets)

    def load(self, sheet_id: uuid.UUID, token: WriteToken | None = None) -> Sheet:
        """The working copy; `token` is set to the version read (see WriteToken)."""
        return self._sql.load(sheet_id, token)

    def save_working_copy(
        self, sheet: Sheet, status: Status = "utkast", token: WriteToken | None = None
    ) -> datetime:
        """Store the working copy; ConflictError when `token` is behind the stored version."""
        return self._sql.save_working_copy(sheet, status, token)

    def save_version(self, sheet: Sheet, note: str = "", token: WriteToken | None = None) -> int:
        """An immutable snapshot as the next revision; updates `sheet` and the working copy."""
        return self._sql.save_version(sheet, note, token)

    def revisions(self, sheet_id: uuid.UUID) -> list[RevisionInfo]:
        return self._sql.revisions(sheet_id)

    def load_revision(self, sheet_id: uuid.UUID, revision: int) -> Sheet:
        return self._sql.load_revision(sheet_id, revision)

    def mark_signed(
        self, sheet_id: uuid.UUID, revision: int, token: WriteToken | None = None
    ) -> None:
        self._sql.mark_signed(sheet_id, revision, token)

    def delete(self, sheet_id: uuid.UUID) -> None:
        """Move to the bin; everything is kept."""
        self._sql.delete(sheet_id)

    def restore(self, sheet_id: uuid.UUID) -> None:
        self._sql.restore(sheet_id)

    def purge(self, sheet_id: uuid.UUID) -> None:
        """Remove for good from the bin, with attachment files no other sheet uses."""
        self._sql.purge(sheet_id)

    def add_attachment(
        self, sheet_id: uuid.UUID, source: Path, description: str = ""
    ) -> Attachment:
        """Copy `source` into the store; the caller appends the result to the sheet."""
        return self._sql.add_attachment(sheet_id, source, description)

    def attachment_path(self, attachment: Attachment) -> Path:
        return self._sql.attachment_path(attachment)

    def add_outbox_entry(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        title: str,
        path: Path,
        exported_at: datetime | None = None,
    ) -> OutboxEntry:
        return self._sql.add_outbox_entry(sheet_id, revision, title, path, exported_at)

    def list_outbox(self, sheet_id: uuid.UUID | None = None) -> list[OutboxEntry]:
        return self._sql.list_outbox(sheet_id)

    def mark_delivered(self, entry_id: int, when: datetime | None = None) -> None:
        self._sql.mark_delivered(entry_id, when)

    def mark_not_delivered(self, entry_id: int) -> None:
        self._sql.mark_not_delivered(entry_id)

    def remove_outbox_entry(self, entry_id: int) -> None:
        self._sql.remove_outbox_entry(entry_id)

    def sheet_owner(self, sheet_id: uuid.UUID) -> SheetOwner | None:
        """The signer a delivered sheet belongs to; None when it was never delivered here."""
        return self._sql.sheet_owner(sheet_id)

    def claim_sheet(self, sheet_id: uuid.UUID, fingerprint: str, signer_name: str) -> SheetOwner:
        """Make the signer the owner unless the sheet has one; returns the owner either way."""
        return self._sql.claim_sheet(sheet_id, fingerprint, signer_name)

    def hand_over(
        self,
        sheet_id: uuid.UUID,
        to_fingerprint: str,
        to_name: str,
        *,
        by_name: str,
        by_fingerprint: str = "",
        reason: str = "",
    ) -> Handover:
        """The secretariat gives a delivered sheet to another signer (recorded for good)."""
        return self._sql.hand_over(
            sheet_id,
            to_fingerprint,
            to_name,
            by_name=by_name,
            by_fingerprint=by_fingerprint,
            reason=reason,
        )

    def handovers(self, sheet_id: uuid.UUID) -> list[Handover]:
        return self._sql.handovers(sheet_id)

    def integrity_ok(self) -> bool:
        return self._sql.integrity_ok()
