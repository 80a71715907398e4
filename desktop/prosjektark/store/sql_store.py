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
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError

from prosjektark.domain.caseflow import (
    NOBODY,
    Actor,
    Answer,
    CaseEvent,
    Delivery,
    Remark,
    ReviewStatus,
    answer_problem,
    transition_problem,
)
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.profile import Review
from prosjektark.domain.scenario import Scenario, ScenarioChange
from prosjektark.domain.sheet import (
    MAX_REVISION,
    Attachment,
    Sheet,
    SheetError,
    sheet_from_json,
)
from prosjektark.domain.summary import Status
from prosjektark.durable import fsync_dir
from prosjektark.i18n import translate
from prosjektark.store import caseflow, outbox, ownership, portfolio, search
from prosjektark.store.database import IMMEDIATE, create_sqlite_engine
from prosjektark.store.errors import ConflictError, StoreError, TransitionError
from prosjektark.store.models import AttachmentRef, RemarkRow, RevisionRow, SheetRow
from prosjektark.store.outbox import OutboxEntry
from prosjektark.store.ownership import Handover, SheetOwner
from prosjektark.store.portfolio import FramesInfo
from prosjektark.store.repository import RevisionInfo, WriteToken
from prosjektark.store.search import ContentHit

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
        # Who the user is, for the case history: their certificate's name and fingerprint.
        # Asked at each write, so an identity made during the session is used from then on.
        self.actor: Callable[[], Actor] = lambda: NOBODY
        # The form that flattens a sheet for the content search and names its steps.
        self.form: FormDefinition = search.shipped_form()

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
                translate(
                    "sql_store", "Kunne ikke lese fra databasen «{database}»: {error}"
                ).format(database=self.db_path, error=_reason(exc))
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
                translate("sql_store", "Kunne ikke lagre i databasen «{database}»: {error}").format(
                    database=self.db_path, error=_reason(exc)
                )
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
                    raise StoreError(
                        translate("sql_store", "Prosjektarket «{title}» finnes allerede.").format(
                            title=sheet.title or sheet.id
                        )
                    )
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
                search.index_sheet(conn, sheet, self.form)
                caseflow.record(conn, sheet.id, "created", self.actor(), now)

    def load(self, sheet_id: uuid.UUID, token: WriteToken | None = None) -> Sheet:
        with self._read() as conn:
            row = conn.execute(
                select(SheetRow.json, SheetRow.write_version).where(SheetRow.id == str(sheet_id))
            ).first()
        if row is None:
            raise StoreError(_sheet_not_found(sheet_id))
        sheet = self._parse(
            row.json,
            translate("sql_store", "Kunne ikke lese prosjektarket {id} fra databasen.").format(
                id=sheet_id
            ),
        )
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
            search.index_sheet(conn, sheet, self.form)
        if token is not None:
            token.version = version
        return now

    # -- versions -------------------------------------------------------------------

    def save_version(
        self,
        sheet: Sheet,
        note: str = "",
        token: WriteToken | None = None,
        *,
        record: bool = True,
    ) -> int:
        """Store an immutable snapshot as the next revision; updates `sheet` and the working copy.

        The new revision is one above both the sheet's and every stored revision, so a
        signed revision is never reused: edits after signing become a new revision.
        `record=False`: the caller records its own event (an import records «received»).
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
                    translate(
                        "sql_store",
                        "Prosjektarket har nådd det høyeste revisjonsnummeret ({max}). Dupliser "
                        "arket for å arbeide videre med en kopi.",
                    ).format(max=MAX_REVISION)
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
                search.index_sheet(conn, sheet, self.form)
                if record:
                    caseflow.record(
                        conn,
                        sheet.id,
                        "version_saved",
                        self.actor(),
                        now,
                        revision=new_revision,
                        text=note,
                    )
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
            raise StoreError(_revision_not_found(sheet_id, revision))
        return self._parse(
            row.json,
            translate(
                "sql_store",
                "Kunne ikke lese versjon {revision} av prosjektarket {id} fra databasen.",
            ).format(revision=revision, id=sheet_id),
        )

    def mark_signed(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        token: WriteToken | None = None,
        *,
        record: bool = True,
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
                raise StoreError(_revision_not_found(sheet_id, revision))
            if record:
                caseflow.record(conn, sheet_id, "signed", self.actor(), _now(), revision=revision)
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
                raise StoreError(_sheet_not_found(sheet_id))
            search.set_in_bin(conn, sheet_id, True)

    def restore(self, sheet_id: uuid.UUID) -> None:
        with self._write() as conn:
            result = conn.execute(
                update(SheetRow).where(SheetRow.id == str(sheet_id)).values(deleted_at=None)
            )
            if result.rowcount == 0:
                raise StoreError(_sheet_not_found(sheet_id))
            search.set_in_bin(conn, sheet_id, False)

    def purge(self, sheet_id: uuid.UUID) -> None:
        """Remove a sheet in the bin for good, with its versions and unshared attachment files."""
        key = str(sheet_id)
        with self._write() as conn:
            row = conn.execute(select(SheetRow.deleted_at).where(SheetRow.id == key)).first()
            if row is None:
                raise StoreError(_sheet_not_found(sheet_id))
            if row.deleted_at is None:
                raise StoreError(
                    translate(
                        "sql_store",
                        "Prosjektarket må ligge i papirkurven før det kan slettes for godt.",
                    )
                )
            hashes = set(
                conn.execute(select(AttachmentRef.sha256).where(AttachmentRef.sheet_id == key))
                .scalars()
                .all()
            )
            conn.execute(delete(AttachmentRef).where(AttachmentRef.sheet_id == key))
            conn.execute(delete(RevisionRow).where(RevisionRow.sheet_id == key))
            conn.execute(delete(SheetRow).where(SheetRow.id == key))
            search.remove_sheet(conn, sheet_id)
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
            raise StoreError(
                translate("sql_store", "Fant ikke filen «{file}».").format(file=source)
            ) from None
        except OSError as exc:
            raise StoreError(_unreadable_file(source, exc)) from exc
        if not source.is_file():
            raise StoreError(
                translate(
                    "sql_store", "«{file}» er ikke en vanlig fil og kan ikke legges ved."
                ).format(file=source)
            )
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
                translate(
                    "sql_store", "Kunne ikke lagre vedlegget «{name}» i «{folder}»: {error}"
                ).format(name=name, folder=self.attachments_dir, error=exc.strerror or exc)
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
            raise StoreError(
                translate("sql_store", "Vedlegget «{name}» finnes ikke lenger i lageret.").format(
                    name=attachment.filename
                )
            )
        return path

    def _blob_path(self, digest: str) -> Path:
        if not _SHA256.match(digest):
            raise StoreError(
                translate("sql_store", "Ugyldig sjekksum for vedlegg: {digest}.").format(
                    digest=repr(digest)
                )
            )
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
                    raise StoreError(_unreadable_file(source, exc)) from exc
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
                translate("sql_store", "Kunne ikke kopiere vedlegget «{name}»: {error}").format(
                    name=source.name, error=exc.strerror or exc
                )
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
            when = exported_at or _now()
            entry_id = outbox.add_entry(conn, sheet_id, revision, title, Path(path), when)
            caseflow.record(
                conn,
                sheet_id,
                "exported",
                self.actor(),
                when,
                revision=revision,
                text=Path(path).name,
            )
            return next(e for e in outbox.list_entries(conn, sheet_id) if e.id == entry_id)

    def list_outbox(self, sheet_id: uuid.UUID | None = None) -> list[OutboxEntry]:
        """Exported packages, newest first (optionally only those of one sheet)."""
        with self._read() as conn:
            return outbox.list_entries(conn, sheet_id)

    def mark_delivered(
        self, entry_id: int, when: datetime | None = None, folder: Path | None = None
    ) -> None:
        """Mark a package Levert; `folder` is where «Send til sekretariatet» copied it."""
        when = when or _now()
        with self._write() as conn:
            entry = next((e for e in outbox.list_entries(conn) if e.id == entry_id), None)
            if entry is None or not outbox.mark_delivered(conn, entry_id, when, folder):
                raise StoreError(translate("sql_store", "Fant ikke pakken i utboksen."))
            if entry.state == "klar":
                text = f"Kopiert til {folder}" if folder else "Markert som levert"
                caseflow.record(
                    conn,
                    entry.sheet_id,
                    "sent",
                    self.actor(),
                    when,
                    revision=entry.revision,
                    text=text,
                )

    def mark_not_delivered(self, entry_id: int) -> None:
        with self._write() as conn:
            if not outbox.mark_not_delivered(conn, entry_id):
                raise StoreError(translate("sql_store", "Fant ikke pakken i utboksen."))

    def remove_outbox_entry(self, entry_id: int) -> None:
        """Forget a package (the file on disk is left alone)."""
        with self._write() as conn:
            if not outbox.remove_entry(conn, entry_id):
                raise StoreError(translate("sql_store", "Fant ikke pakken i utboksen."))

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
            now = _now()
            handover = ownership.hand_over(
                conn, sheet_id, to_fingerprint, to_name, by_name, by_fingerprint, reason, now
            )
            text = f"Overført til {to_name or to_fingerprint}" + (f": {reason}" if reason else "")
            caseflow.record(
                conn, sheet_id, "reassigned", Actor(by_name, by_fingerprint), now, text=text
            )
            return handover

    def handovers(self, sheet_id: uuid.UUID) -> list[Handover]:
        with self._read() as conn:
            return ownership.handovers(conn, sheet_id)

    # -- the case flow -----------------------------------------------------------------

    def record_event(
        self,
        sheet_id: uuid.UUID,
        kind: str,
        *,
        revision: int | None = None,
        state: str = "",
        text: str = "",
        who: Actor | None = None,
    ) -> None:
        with self._write() as conn:
            caseflow.record(
                conn,
                sheet_id,
                kind,
                who or self.actor(),
                _now(),
                revision=revision,
                state=state,
                text=text,
            )

    def history(self, sheet_id: uuid.UUID) -> list[CaseEvent]:
        with self._read() as conn:
            return caseflow.history(conn, sheet_id)

    def review_status(self, sheet_id: uuid.UUID) -> ReviewStatus | None:
        with self._read() as conn:
            return caseflow.review_status(conn, sheet_id)

    def review_statuses(self) -> dict[uuid.UUID, ReviewStatus]:
        with self._read() as conn:
            return caseflow.review_statuses(conn)

    def change_review_state(
        self,
        sheet_id: uuid.UUID,
        state: str,
        review: Review,
        *,
        comment: str = "",
        expected_version: int | None = None,
    ) -> ReviewStatus:
        """The secretariat moves a sheet to `state`. TransitionError (in the user's language,
        naming the allowed moves) for a move the profile does not allow; ConflictError when
        `expected_version` is given and another user changed the state first."""
        now = _now()
        with self._write() as conn:
            if not self._exists(conn, sheet_id):
                raise StoreError(_sheet_not_found(sheet_id))
            current = caseflow.review_status(conn, sheet_id)
            version = current.version if current else 0
            # A stale request is a conflict first: its move was judged against a state
            # that is no longer there.
            if expected_version is not None and expected_version != version:
                raise ConflictError(
                    caseflow.state_changed(review.name(current.state) if current else None)
                )
            problem = transition_problem(review, current.state if current else None, state)
            if problem is not None:
                raise TransitionError(problem)
            if expected_version is None:
                expected_version = version
            status = caseflow.set_review_state(
                conn, sheet_id, state, now, expected_version=expected_version
            )
            revision = conn.execute(
                select(func.max(RevisionRow.revision)).where(RevisionRow.sheet_id == str(sheet_id))
            ).scalar_one()
            caseflow.record(
                conn,
                sheet_id,
                "state_changed",
                self.actor(),
                now,
                revision=revision,
                state=state,
                text=comment,
            )
            return status

    def latest_deliveries(self) -> dict[uuid.UUID, Delivery]:
        with self._read() as conn:
            return caseflow.latest_deliveries(conn)

    def receive_revision(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        signer: Actor,
        review: Review | None,
        note: str,
        signed_at: datetime | None = None,
    ) -> ReviewStatus | None:
        """Record a delivered revision: the «received» event (who: the signer) and the
        review state. A new sheet, or a returned one, goes to the profile's `received`
        state; a sheet in a later state keeps it. Either way a revision after the first is
        marked «ny revisjon» until the secretariat next changes the state."""
        now = _now()
        with self._write() as conn:
            caseflow.record(
                conn,
                sheet_id,
                "received",
                signer,
                now,
                revision=revision,
                text=note,
                signed_at=signed_at,
            )
            if review is None:
                return caseflow.review_status(conn, sheet_id)
            current = caseflow.review_status(conn, sheet_id)
            if current is None:
                state, new = review.received, False
            elif current.state == review.returned:
                state, new = review.received, True
            else:
                state, new = current.state, True
            status = caseflow.set_review_state(
                conn, sheet_id, state, now, expected_version=None, new_revision=new
            )
            if current is None or current.state != state:
                caseflow.record(
                    conn,
                    sheet_id,
                    "state_changed",
                    self.actor(),
                    now,
                    revision=revision,
                    state=state,
                    text="Ny revisjon mottatt." if new else "",
                )
            return status

    def add_remark(
        self,
        sheet_id: uuid.UUID,
        text: str,
        field: str = "",
        revision: int | None = None,
        label: str = "",
    ) -> Remark:
        """A new remark of this user on `field` ("" for the whole sheet), not yet sent."""
        if not text.strip():
            raise StoreError(
                translate("sql_store", "Merknaden er tom. Skriv hva arbeidsgruppen skal se på.")
            )
        now = _now()
        who = self.actor()
        with self._write() as conn:
            if not self._exists(conn, sheet_id):
                raise StoreError(_sheet_not_found(sheet_id))
            if revision is None:
                revision = conn.execute(
                    select(func.max(RevisionRow.revision)).where(
                        RevisionRow.sheet_id == str(sheet_id)
                    )
                ).scalar_one()
            remark = Remark(
                id=uuid.uuid4(),
                sheet_id=sheet_id,
                field=field,
                text=text.strip(),
                by_name=who.name,
                by_fingerprint=who.fingerprint,
                at=now,
                revision=revision,
            )
            caseflow.add_remark(conn, remark)
            search.index_remark(conn, remark, self.form)
            # The case history names the field as people read it (the form's label).
            where = f" ({label or field})" if field else ""
            caseflow.record(
                conn, sheet_id, "remark", who, now, revision=revision, text=remark.text + where
            )
            return remark

    def remarks(self, sheet_id: uuid.UUID | None = None) -> list[Remark]:
        with self._read() as conn:
            return caseflow.remarks(conn, sheet_id)

    def delete_unsent_remark(self, remark_id: uuid.UUID) -> None:
        with self._write() as conn:
            caseflow.delete_unsent_remark(conn, remark_id)
            search.remove_ref(conn, remark_id)

    def mark_remarks_sent(self, sheet_id: uuid.UUID, ids: list[uuid.UUID], text: str) -> None:
        now = _now()
        with self._write() as conn:
            caseflow.mark_remarks_sent(conn, ids, now)
            # The history names the revision the remarks are about (the newest of them).
            revision = conn.execute(
                select(func.max(RemarkRow.revision)).where(RemarkRow.id.in_([str(i) for i in ids]))
            ).scalar_one()
            caseflow.record(
                conn, sheet_id, "remarks_sent", self.actor(), now, revision=revision, text=text
            )

    def store_received_remarks(
        self, sheet_id: uuid.UUID, remarks: list[Remark], signer: Actor, text: str
    ) -> int:
        """The working group's side: remarks from a verified package; returns how many
        were new (a package imported again adds nothing)."""
        now = _now()
        with self._write() as conn:
            if not self._exists(conn, sheet_id):
                raise StoreError(_sheet_not_found(sheet_id))
            added = 0
            for remark in remarks:
                if caseflow.add_remark(conn, remark):
                    search.index_remark(conn, remark, self.form)
                    added += 1
            if added:
                revisions = [r.revision for r in remarks if r.revision is not None]
                caseflow.record(
                    conn,
                    sheet_id,
                    "remarks_received",
                    signer,
                    now,
                    revision=max(revisions) if revisions else None,
                    text=text,
                )
            return added

    def add_answer(
        self,
        remark_id: uuid.UUID,
        kind: str,
        text: str = "",
        fixed_in_revision: int | None = None,
    ) -> Answer:
        problem = answer_problem(kind, text, fixed_in_revision)
        if problem is not None:
            raise StoreError(problem)
        now = _now()
        who = self.actor()
        with self._write() as conn:
            remark = next((r for r in caseflow.remarks(conn) if r.id == remark_id), None)
            if remark is None:
                raise StoreError(caseflow.remark_not_found())
            answer = Answer(
                id=uuid.uuid4(),
                remark_id=remark_id,
                sheet_id=remark.sheet_id,
                kind=kind,
                text=text.strip(),
                by_name=who.name,
                by_fingerprint=who.fingerprint,
                at=now,
                fixed_in_revision=fixed_in_revision,
            )
            caseflow.add_answer(conn, answer)
            search.index_answer(conn, answer, remark.field, self.form)
            caseflow.record(
                conn,
                remark.sheet_id,
                "answer",
                who,
                now,
                revision=fixed_in_revision,
                text=_answer_text(answer),
            )
            return answer

    def answers(self, sheet_id: uuid.UUID | None = None) -> list[Answer]:
        with self._read() as conn:
            return caseflow.answers(conn, sheet_id)

    def mark_answers_delivered(self, ids: list[uuid.UUID], revision: int) -> None:
        with self._write() as conn:
            caseflow.mark_answers_delivered(conn, ids, revision)

    def store_delivered_answers(
        self, sheet_id: uuid.UUID, answers: list[Answer], signer: Actor, revision: int
    ) -> int:
        """The secretariat's side: answers that came with a delivered revision."""
        now = _now()
        with self._write() as conn:
            fields = {r.id: r.field for r in caseflow.remarks(conn, sheet_id)}
            added = 0
            for answer in answers:
                if caseflow.add_answer(conn, answer):
                    search.index_answer(conn, answer, fields.get(answer.remark_id, ""), self.form)
                    added += 1
            if added:
                caseflow.record(
                    conn,
                    sheet_id,
                    "answers_delivered",
                    signer,
                    now,
                    revision=revision,
                    text=f"{added} svar på merknader",
                )
            return added

    def open_remark_counts(self) -> dict[uuid.UUID, int]:
        with self._read() as conn:
            return caseflow.open_remark_counts(conn)

    def intake_order(self) -> list[uuid.UUID]:
        with self._read() as conn:
            return caseflow.intake_order(conn)

    def set_intake_order(self, order: list[uuid.UUID]) -> None:
        with self._write() as conn:
            caseflow.set_intake_order(conn, order)

    # -- prioritisation (issue 11) ------------------------------------------------------

    def delivered_sheets(self, profile: str | None = None) -> list[tuple[Delivery, Sheet]]:
        with self._read() as conn:
            return portfolio.delivered_sheets(conn, profile)

    def frames(self, profile: str) -> list[FrameLine]:
        with self._read() as conn:
            return portfolio.frames(conn, profile)

    def frames_info(self, profile: str) -> FramesInfo:
        with self._read() as conn:
            return portfolio.frames_info(conn, profile)

    def set_frames(
        self, profile: str, lines: Iterable[FrameLine], *, expected_version: int | None = None
    ) -> int:
        with self._write() as conn:
            return portfolio.set_frames(
                conn, profile, lines, self.actor(), _now(), expected_version=expected_version
            )

    def create_scenario(self, scenario: Scenario, change_text: str = "") -> Scenario:
        with self._write() as conn:
            return portfolio.create_scenario(
                conn, scenario, self.actor(), _now(), change_text or _created_text(scenario)
            )

    def scenarios(self, profile: str | None = None) -> list[Scenario]:
        with self._read() as conn:
            return portfolio.scenarios(conn, profile)

    def load_scenario(self, scenario_id: uuid.UUID) -> Scenario:
        with self._read() as conn:
            return portfolio.load_scenario(conn, scenario_id)

    def find_scenario(self, name: str, profile: str | None = None) -> Scenario | None:
        with self._read() as conn:
            return portfolio.find_scenario(conn, name, profile)

    def save_scenario(
        self, scenario: Scenario, change_text: str, *, expected_version: int
    ) -> Scenario:
        with self._write() as conn:
            return portfolio.save_scenario(
                conn, scenario, change_text, self.actor(), _now(), expected_version=expected_version
            )

    def scenario_changes(self, scenario_id: uuid.UUID) -> list[ScenarioChange]:
        with self._read() as conn:
            return portfolio.scenario_changes(conn, scenario_id)

    def delete_scenario(self, scenario_id: uuid.UUID) -> None:
        with self._write() as conn:
            portfolio.delete_scenario(conn, scenario_id)

    # -- content search (store/search.py) ---------------------------------------------

    def search_content(
        self, query: str, *, deleted: bool = False, limit: int = 50
    ) -> list[ContentHit]:
        with self._read() as conn:
            return search.search(conn, query, self.form, deleted=deleted, limit=limit)

    def rebuild_search_index(self) -> int:
        with self._write() as conn:
            return search.rebuild(conn, self.form)

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
            title = sheet.identification.title or translate("sql_store", "(uten tittel)")
            if current is None:
                raise ConflictError(
                    translate(
                        "sql_store",
                        "Prosjektarket «{title}» er slettet for godt et annet sted mens du "
                        "arbeidet med det. Endringene dine er ikke lagret.",
                    ).format(title=title),
                    deleted=True,
                )
            if current != token.version:
                raise ConflictError(
                    translate(
                        "sql_store",
                        "Prosjektarket «{title}» er endret et annet sted (i et annet vindu eller "
                        "fra kommandolinjen) siden du åpnet det. Endringene dine er ikke skrevet "
                        "over de andre.",
                    ).format(title=title)
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
    def _parse(body: str, unreadable: str) -> Sheet:
        """`unreadable`: the sentence that says what could not be read."""
        try:
            return sheet_from_json(body)
        except SheetError as exc:
            raise StoreError(f"{unreadable} {exc}") from exc


def _sheet_not_found(sheet_id: uuid.UUID) -> str:
    return translate("sql_store", "Fant ikke prosjektarket {id}.").format(id=sheet_id)


def _revision_not_found(sheet_id: uuid.UUID, revision: int) -> str:
    return translate("sql_store", "Fant ikke versjon {revision} av prosjektarket {id}.").format(
        revision=revision, id=sheet_id
    )


def _unreadable_file(source: Path, exc: OSError) -> str:
    return translate("sql_store", "Kunne ikke lese filen «{file}»: {error}").format(
        file=source, error=exc.strerror or exc
    )


def _reason(exc: SQLAlchemyError) -> str:
    # The driver's own message (e.g. "database or disk is full"), without SQLAlchemy's SQL dump.
    original = getattr(exc, "orig", None)
    return str(original or exc).splitlines()[0]


def _too_large(name: str, size: int) -> str:
    return translate(
        "sql_store",
        "Vedlegget «{name}» er for stort ({size} MB). Største tillatte størrelse er {max} MB.",
    ).format(name=name, size=f"{size / 1024 / 1024:.0f}", max=MAX_ATTACHMENT_BYTES // 1024 // 1024)


def _answer_text(answer: Answer) -> str:
    """«Rettet i revisjon 3: …», «Uenig: …», «Svar: …» for the case history."""
    head = answer.kind_name
    if answer.kind == "fixed" and answer.fixed_in_revision is not None:
        head += f" {answer.fixed_in_revision}"
    return f"{head}: {answer.text}" if answer.text else head


def _created_text(scenario: Scenario) -> str:
    """«Opprettet med 12 tiltak, 10 tatt med.» for the scenario's change record."""
    included = sum(1 for e in scenario.entries if e.included)
    return f"Opprettet med {len(scenario.entries)} tiltak, {included} tatt med."
