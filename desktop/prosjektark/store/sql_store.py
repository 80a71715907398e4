"""The SQLAlchemy side of the store: every write, and the reads that need a sheet body.

`repository.Store` creates this on first use, so start-up does not import SQLAlchemy.
Every write is one SQLite transaction (WAL journal, synchronous=FULL), so a crash or a
kill leaves the old or the new state, never a mix.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import tempfile
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from prosjektark.domain.sheet import (
    MAX_REVISION,
    Attachment,
    Sheet,
    SheetError,
    sheet_from_json,
)
from prosjektark.domain.summary import Status
from prosjektark.durable import fsync_dir
from prosjektark.store import outbox, ownership
from prosjektark.store.database import IMMEDIATE, create_sqlite_engine
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.models import AttachmentRef, RevisionRow, SheetRow
from prosjektark.store.outbox import OutboxEntry
from prosjektark.store.ownership import Handover, SheetOwner
from prosjektark.store.repository import RevisionInfo, WriteToken

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


def _now() -> datetime:
    return datetime.now(UTC)


def _summary_values(sheet: Sheet, status: Status) -> dict[str, object]:
    ident = sheet.identification
    cost = sheet.cost.expected_cost_mnok
    return {
        "title": ident.title,
        "municipalities": ", ".join(ident.municipalities),
        "action_area": ident.action_area,
        "phase": ident.phase,
        "expected_cost": None if cost is None else str(cost),
        "status": status,
        "modified": sheet.modified,
        "revision": sheet.revision,
        "is_example": sheet.is_example,
    }


def _sha256_text(text_value: str) -> str:
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


class SqlStore:
    """Sheets in one SQLite file (schema already at head), attachment copies in one folder."""

    def __init__(self, db_path: Path, attachments_dir: Path) -> None:
        self._engine: Engine = create_sqlite_engine(db_path)
        self.db_path = db_path
        self.attachments_dir = attachments_dir
        self._write_lock = threading.RLock()

    def close(self) -> None:
        with self._write_lock:
            # Fold the write-ahead log into the main file so the file alone is complete.
            with contextlib.suppress(Exception), self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()

    # -- transactions ---------------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn, conn.begin():
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"Kunne ikke lese fra databasen «{self.db_path}»: {_reason(exc)}"
            ) from exc

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        # Any failure rolls the whole transaction back: the previous state stays intact.
        try:
            with self._write_lock, self._engine.connect() as conn:
                conn.execution_options(**{IMMEDIATE: True})
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(
                f"Kunne ikke lagre i databasen «{self.db_path}»: {_reason(exc)}"
            ) from exc

    # -- listing --------------------------------------------------------------------

    # -- working copies ---------------------------------------------------------------

    def create(self, sheet: Sheet, token: WriteToken | None = None) -> None:
        self.create_many([sheet])
        if token is not None:
            token.version = 1

    def create_many(self, sheets: Iterable[Sheet]) -> None:
        """Create several sheets in one transaction (all or none), e.g. the examples."""
        now = _now()
        with self._write() as conn:
            for sheet in sheets:
                if self._exists(conn, sheet.id):
                    raise StoreError(f"Prosjektarket «{sheet.title or sheet.id}» finnes allerede.")
                conn.execute(
                    insert(SheetRow).values(
                        id=str(sheet.id),
                        json=sheet.model_dump_json(),
                        saved_at=now,
                        deleted_at=None,
                        write_version=1,
                        **_summary_values(sheet, "utkast"),
                    )
                )
                self._add_refs(conn, sheet)

    def load(self, sheet_id: uuid.UUID, token: WriteToken | None = None) -> Sheet:
        with self._read() as conn:
            row = conn.execute(
                select(SheetRow.json, SheetRow.write_version).where(SheetRow.id == str(sheet_id))
            ).first()
        if row is None:
            raise StoreError(f"Fant ikke prosjektarket {sheet_id}.")
        sheet = self._parse(row.json, f"prosjektarket {sheet_id}")
        if token is not None:
            token.version = row.write_version
        return sheet

    def save_working_copy(
        self, sheet: Sheet, status: Status = "utkast", token: WriteToken | None = None
    ) -> datetime:
        now = _now()
        with self._write() as conn:
            version = self._next_version(conn, sheet, token)
            values = {
                "json": sheet.model_dump_json(),
                "saved_at": now,
                "write_version": version,
                **_summary_values(sheet, status),
            }
            statement = sqlite_insert(SheetRow).values(id=str(sheet.id), **values)
            conn.execute(statement.on_conflict_do_update(index_elements=[SheetRow.id], set_=values))
            self._add_refs(conn, sheet)
        if token is not None:
            token.version = version
        return now

    # -- versions -------------------------------------------------------------------

    def save_version(self, sheet: Sheet, note: str = "", token: WriteToken | None = None) -> int:
        """Store an immutable snapshot as the next revision; updates `sheet` and the working copy.

        The new revision is one above both the sheet's and every stored revision, so a
        signed revision is never reused: edits after signing become a new revision.
        """
        now = _now()
        with self._write() as conn:
            version = self._next_version(conn, sheet, token)
            status_row = conn.execute(
                select(SheetRow.status).where(SheetRow.id == str(sheet.id))
            ).first()
            latest = conn.execute(
                select(func.max(RevisionRow.revision)).where(RevisionRow.sheet_id == str(sheet.id))
            ).scalar_one()
            new_revision = max(sheet.revision, latest or 0) + 1
            if new_revision > MAX_REVISION:
                # Never write a revision the sheet model would refuse to read back.
                raise StoreError(
                    f"Prosjektarket har nådd det høyeste revisjonsnummeret ({MAX_REVISION})."
                    " Dupliser arket for å arbeide videre med en kopi."
                )
            # Mutate only once the numbers are known; restored below if the write fails.
            old_revision, old_modified = sheet.revision, sheet.modified
            sheet.revision = new_revision
            sheet.modified = now.replace(microsecond=0)
            try:
                body = sheet.model_dump_json()
                status: Status = "utkast" if status_row is None else status_row.status
                if status == "signert":
                    status = "utkast"
                values = {
                    "json": body,
                    "saved_at": now,
                    "write_version": version,
                    **_summary_values(sheet, status),
                }
                upsert = sqlite_insert(SheetRow).values(id=str(sheet.id), **values)
                conn.execute(
                    upsert.on_conflict_do_update(index_elements=[SheetRow.id], set_=values)
                )
                conn.execute(
                    insert(RevisionRow).values(
                        sheet_id=str(sheet.id),
                        revision=new_revision,
                        saved_at=now,
                        note=note,
                        json=body,
                        sha256=_sha256_text(body),
                        signed=False,
                    )
                )
                self._add_refs(conn, sheet)
            except BaseException:
                sheet.revision, sheet.modified = old_revision, old_modified
                raise
        if token is not None:
            token.version = version
        return new_revision

    def revisions(self, sheet_id: uuid.UUID) -> list[RevisionInfo]:
        query = (
            select(
                RevisionRow.revision,
                RevisionRow.saved_at,
                RevisionRow.note,
                RevisionRow.sha256,
                RevisionRow.signed,
            )
            .where(RevisionRow.sheet_id == str(sheet_id))
            .order_by(RevisionRow.revision)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            RevisionInfo(
                revision=row.revision,
                saved_at=row.saved_at,
                note=row.note,
                sha256=row.sha256,
                signed=bool(row.signed),
            )
            for row in rows
        ]

    def load_revision(self, sheet_id: uuid.UUID, revision: int) -> Sheet:
        with self._read() as conn:
            row = conn.execute(
                select(RevisionRow.json).where(
                    RevisionRow.sheet_id == str(sheet_id), RevisionRow.revision == revision
                )
            ).first()
        if row is None:
            raise StoreError(f"Fant ikke versjon {revision} av prosjektarket {sheet_id}.")
        return self._parse(row.json, f"versjon {revision} av prosjektarket {sheet_id}")

    def mark_signed(
        self, sheet_id: uuid.UUID, revision: int, token: WriteToken | None = None
    ) -> None:
        """Mark a stored revision signed. Never refused for a conflict (the package exists
        already), but a status change moves the write version, so a writer still holding
        an older token (a window open on the sheet) is told instead of reverting it."""
        moved_from: int | None = None
        with self._write() as conn:
            result = conn.execute(
                update(RevisionRow)
                .where(RevisionRow.sheet_id == str(sheet_id), RevisionRow.revision == revision)
                .values(signed=True)
            )
            if result.rowcount == 0:
                raise StoreError(f"Fant ikke versjon {revision} av prosjektarket {sheet_id}.")
            # The working copy is "signert" only while it still is that revision unchanged.
            signed_json = conn.execute(
                select(RevisionRow.json).where(
                    RevisionRow.sheet_id == str(sheet_id), RevisionRow.revision == revision
                )
            ).scalar_one()
            current = conn.execute(
                select(SheetRow.write_version).where(
                    SheetRow.id == str(sheet_id), SheetRow.json == signed_json
                )
            ).scalar_one_or_none()
            if current is not None:
                conn.execute(
                    update(SheetRow)
                    .where(SheetRow.id == str(sheet_id))
                    .values(status="signert", write_version=current + 1)
                )
                moved_from = current
        if token is not None and moved_from is not None and token.version == moved_from:
            token.version = moved_from + 1

    # -- bin ------------------------------------------------------------------------

    def delete(self, sheet_id: uuid.UUID) -> None:
        with self._write() as conn:
            result = conn.execute(
                update(SheetRow)
                .where(SheetRow.id == str(sheet_id), SheetRow.deleted_at.is_(None))
                .values(deleted_at=_now())
            )
            if result.rowcount == 0 and not self._exists(conn, sheet_id):
                raise StoreError(f"Fant ikke prosjektarket {sheet_id}.")

    def restore(self, sheet_id: uuid.UUID) -> None:
        with self._write() as conn:
            result = conn.execute(
                update(SheetRow).where(SheetRow.id == str(sheet_id)).values(deleted_at=None)
            )
            if result.rowcount == 0:
                raise StoreError(f"Fant ikke prosjektarket {sheet_id}.")

    def purge(self, sheet_id: uuid.UUID) -> None:
        """Remove a sheet in the bin for good, with its versions and unshared attachment files."""
        key = str(sheet_id)
        with self._write() as conn:
            row = conn.execute(select(SheetRow.deleted_at).where(SheetRow.id == key)).first()
            if row is None:
                raise StoreError(f"Fant ikke prosjektarket {sheet_id}.")
            if row.deleted_at is None:
                raise StoreError(
                    "Prosjektarket må ligge i papirkurven før det kan slettes for godt."
                )
            hashes = set(
                conn.execute(select(AttachmentRef.sha256).where(AttachmentRef.sheet_id == key))
                .scalars()
                .all()
            )
            conn.execute(delete(AttachmentRef).where(AttachmentRef.sheet_id == key))
            conn.execute(delete(RevisionRow).where(RevisionRow.sheet_id == key))
            conn.execute(delete(SheetRow).where(SheetRow.id == key))
            still_used = set(
                conn.execute(select(AttachmentRef.sha256).where(AttachmentRef.sha256.in_(hashes)))
                .scalars()
                .all()
            )
        # Files go only after the rows are committed: a crash here leaves a stray file,
        # never a sheet pointing at a missing one.
        for digest in hashes - still_used:
            with contextlib.suppress(OSError):
                self._blob_path(digest).unlink()

    # -- attachments ----------------------------------------------------------------

    def add_attachment(
        self, sheet_id: uuid.UUID, source: Path, description: str = ""
    ) -> Attachment:
        """Copy `source` into the attachment folder; the caller adds the result to the sheet."""
        source = Path(source)
        name = source.name
        try:
            info = source.stat()
        except FileNotFoundError:
            raise StoreError(f"Fant ikke filen «{source}».") from None
        except OSError as exc:
            raise StoreError(f"Kunne ikke lese filen «{source}»: {exc.strerror or exc}") from exc
        if not source.is_file():
            raise StoreError(f"«{source}» er ikke en vanlig fil og kan ikke legges ved.")
        if info.st_size > MAX_ATTACHMENT_BYTES:
            raise StoreError(_too_large(name, info.st_size))

        digest, size, temp_path = self._copy_to_temp(source)
        target = self._blob_path(digest)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp_path, target)
            fsync_dir(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp_path.unlink()
            raise StoreError(
                f"Kunne ikke lagre vedlegget «{name}» i «{self.attachments_dir}»: "
                f"{exc.strerror or exc}"
            ) from exc
        with self._write() as conn:
            conn.execute(
                sqlite_insert(AttachmentRef)
                .values(sheet_id=str(sheet_id), sha256=digest)
                .on_conflict_do_nothing()
            )
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Attachment(
            id=str(uuid.uuid4()),
            filename=name,
            media_type=media_type,
            sha256=digest,
            size=size,
            description=description,
        )

    def attachment_path(self, attachment: Attachment) -> Path:
        path = self._blob_path(attachment.sha256)
        if not path.is_file():
            raise StoreError(f"Vedlegget «{attachment.filename}» finnes ikke lenger i lageret.")
        return path

    def _blob_path(self, digest: str) -> Path:
        if not _SHA256.match(digest):
            raise StoreError(f"Ugyldig sjekksum for vedlegg: {digest!r}.")
        return self.attachments_dir / digest[:2] / digest

    def _copy_to_temp(self, source: Path) -> tuple[str, int, Path]:
        """Copy while hashing; the size is checked again in case the file grew meanwhile."""
        hasher = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(
            prefix=".vedlegg-", suffix=".tmp", dir=self.attachments_dir
        )
        temp_path = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    handle = open(source, "rb")  # noqa: SIM115 - errors mapped separately
                except OSError as exc:
                    raise StoreError(
                        f"Kunne ikke lese filen «{source}»: {exc.strerror or exc}"
                    ) from exc
                with handle:
                    while chunk := handle.read(_CHUNK):
                        size += len(chunk)
                        if size > MAX_ATTACHMENT_BYTES:
                            raise StoreError(_too_large(source.name, size))
                        hasher.update(chunk)
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except StoreError:
            temp_path.unlink(missing_ok=True)
            raise
        except OSError as exc:
            temp_path.unlink(missing_ok=True)
            raise StoreError(
                f"Kunne ikke kopiere vedlegget «{source.name}»: {exc.strerror or exc}"
            ) from exc
        return hasher.hexdigest(), size, temp_path

    # -- outbox ---------------------------------------------------------------------

    def add_outbox_entry(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        title: str,
        path: Path,
        exported_at: datetime | None = None,
    ) -> OutboxEntry:
        """Record an exported package as "Klar til opplasting" (same path: replaced)."""
        with self._write() as conn:
            entry_id = outbox.add_entry(
                conn, sheet_id, revision, title, Path(path), exported_at or _now()
            )
            return next(e for e in outbox.list_entries(conn, sheet_id) if e.id == entry_id)

    def list_outbox(self, sheet_id: uuid.UUID | None = None) -> list[OutboxEntry]:
        """Exported packages, newest first (optionally only those of one sheet)."""
        with self._read() as conn:
            return outbox.list_entries(conn, sheet_id)

    def mark_delivered(self, entry_id: int, when: datetime | None = None) -> None:
        with self._write() as conn:
            if not outbox.mark_delivered(conn, entry_id, when or _now()):
                raise StoreError("Fant ikke pakken i utboksen.")

    def mark_not_delivered(self, entry_id: int) -> None:
        with self._write() as conn:
            if not outbox.mark_not_delivered(conn, entry_id):
                raise StoreError("Fant ikke pakken i utboksen.")

    def remove_outbox_entry(self, entry_id: int) -> None:
        """Forget a package (the file on disk is left alone)."""
        with self._write() as conn:
            if not outbox.remove_entry(conn, entry_id):
                raise StoreError("Fant ikke pakken i utboksen.")

    # -- ownership (the secretariat's intake) ----------------------------------------

    def sheet_owner(self, sheet_id: uuid.UUID) -> SheetOwner | None:
        with self._read() as conn:
            return ownership.owner_of(conn, sheet_id)

    def claim_sheet(self, sheet_id: uuid.UUID, fingerprint: str, signer_name: str) -> SheetOwner:
        with self._write() as conn:
            return ownership.claim(conn, sheet_id, fingerprint, signer_name, _now())

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
        with self._write() as conn:
            return ownership.hand_over(
                conn, sheet_id, to_fingerprint, to_name, by_name, by_fingerprint, reason, _now()
            )

    def handovers(self, sheet_id: uuid.UUID) -> list[Handover]:
        with self._read() as conn:
            return ownership.handovers(conn, sheet_id)

    # -- health ---------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        try:
            with self._engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        except SQLAlchemyError:
            return False  # too damaged to even run the check
        return [tuple(row) for row in rows] == [("ok",)]

    # -- helpers --------------------------------------------------------------------

    @staticmethod
    def _next_version(conn: Connection, sheet: Sheet, token: WriteToken | None) -> int:
        """The write version this write will store, after checking `token` against the row."""
        current = conn.execute(
            select(SheetRow.write_version).where(SheetRow.id == str(sheet.id))
        ).scalar_one_or_none()
        if token is not None and token.version is not None:
            title = sheet.identification.title or "(uten tittel)"
            if current is None:
                raise ConflictError(
                    f"Prosjektarket «{title}» er slettet for godt et annet sted mens du "
                    "arbeidet med det. Endringene dine er ikke lagret.",
                    deleted=True,
                )
            if current != token.version:
                raise ConflictError(
                    f"Prosjektarket «{title}» er endret et annet sted (i et annet vindu "
                    "eller fra kommandolinjen) siden du åpnet det. Endringene dine er ikke "
                    "skrevet over de andre."
                )
        return (current or 0) + 1

    @staticmethod
    def _exists(conn: Connection, sheet_id: uuid.UUID) -> bool:
        return (
            conn.execute(select(SheetRow.id).where(SheetRow.id == str(sheet_id))).first()
            is not None
        )

    @staticmethod
    def _add_refs(conn: Connection, sheet: Sheet) -> None:
        digests = {a.sha256 for a in sheet.attachments}
        if digests:
            conn.execute(
                sqlite_insert(AttachmentRef).on_conflict_do_nothing(),
                [{"sheet_id": str(sheet.id), "sha256": d} for d in sorted(digests)],
            )

    @staticmethod
    def _parse(body: str, what: str) -> Sheet:
        try:
            return sheet_from_json(body)
        except SheetError as exc:
            raise StoreError(f"Kunne ikke lese {what} fra databasen. {exc}") from exc


def _reason(exc: SQLAlchemyError) -> str:
    # The driver's own message (e.g. "database or disk is full"), without SQLAlchemy's SQL dump.
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]


def _too_large(name: str, size: int) -> str:
    return (
        f"Vedlegget «{name}» er for stort ({size / 1024 / 1024:.0f} MB). "
        f"Største tillatte størrelse er {MAX_ATTACHMENT_BYTES // 1024 // 1024} MB."
    )
