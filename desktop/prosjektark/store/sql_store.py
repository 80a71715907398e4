"""The SQLAlchemy side of the store: every write, and the reads that need a sheet body.

`repository.Store` creates this on first use, so start-up does not import SQLAlchemy.
Every write is one transaction (on SQLite: WAL journal, synchronous=FULL), so a crash or
a kill leaves the old or the new state, never a mix. The same code runs on a PostgreSQL
server; where the dialects differ it asks store/engine.py.

Two writers: SQLite lets one in at a time (BEGIN IMMEDIATE). A server lets every user in
at once (READ COMMITTED), so a write that reads a row and then writes it locks the row
first (`SELECT … FOR UPDATE`, left out on SQLite) or writes only if what it read is still
there; what another user's transaction still causes (a key both inserted, a deadlock) is
a ConflictError that says to reload, after one more try where that can help.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import mimetypes
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, Row, delete, func, insert, select, text, update
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
    same_content,
    sheet_from_json,
)
from prosjektark.domain.summary import Status
from prosjektark.i18n import translate
from prosjektark.store import attachments, caseflow, outbox, ownership, portfolio, search
from prosjektark.store.database import IMMEDIATE, create_sqlite_engine
from prosjektark.store.engine import (
    SQLITE,
    create_server_engine,
    dialect_insert,
    display_url,
    driver_reason,
)
from prosjektark.store.errors import ConflictError, StoreError, TransitionError
from prosjektark.store.models import AttachmentRef, OutboxRow, RemarkRow, RevisionRow, SheetRow
from prosjektark.store.outbox import OutboxEntry
from prosjektark.store.ownership import Handover, SheetOwner
from prosjektark.store.portfolio import FramesInfo
from prosjektark.store.repository import ImportedRevision, RevisionInfo, WriteToken, list_json
from prosjektark.store.search import ContentHit


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


# PostgreSQL's SQLSTATE codes for what another user's transaction can cause (SQLite takes
# one writer at a time, BEGIN IMMEDIATE, and never raises these).
_SERIALIZATION_FAILURE, _DEADLOCK_DETECTED, _UNIQUE_VIOLATION = "40001", "40P01", "23505"


class _Transient(ConflictError):
    """The server gave up this transaction for another one's sake; running it again
    normally succeeds (see `_retry_once`)."""


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _retry_once(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a write again once when the server broke it off (a deadlock between two users,
    a serialization failure); a second failure is a ConflictError that says to reload.
    Every write method is safe to run again: nothing of a failed one was committed."""

    @functools.wraps(method)
    def again(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(*args, **kwargs)
        except _Transient:
            pass
        try:
            return method(*args, **kwargs)
        except _Transient as exc:
            # A plain ConflictError: a write that calls another is not retried twice over.
            raise ConflictError(str(exc)) from exc

    return again


class SqlStore:
    """Sheets in a database whose schema is already at head: a SQLite file with attachment
    copies in one folder, or a server (`url`) that holds the attachments too."""

    def __init__(
        self, db_path: Path | None, attachments_dir: Path | None, url: str | None = None
    ) -> None:
        if url is not None:
            self._engine: Engine = create_server_engine(url)
            self.location = display_url(url)
        else:
            assert db_path is not None
            self._engine = create_sqlite_engine(db_path)
            self.location = str(db_path)
        self.db_path = db_path
        self.attachments_dir = attachments_dir
        self.dialect = self._engine.dialect.name
        self._attachments = attachments.for_store(self._engine, attachments_dir)
        self._write_lock = threading.RLock()
        # Who the user is, for the case history: their certificate's name and fingerprint.
        # Asked at each write, so an identity made during the session is used from then on.
        self.actor: Callable[[], Actor] = lambda: NOBODY
        # The form that flattens a sheet for the content search and names its steps.
        self.form: FormDefinition = search.shipped_form()

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        with self._write_lock:
            if self.dialect == SQLITE:
                # Fold the write-ahead log into the main file so the file alone is complete.
                with contextlib.suppress(Exception), self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()

    def query_rows(self, sql: str, params: dict[str, object]) -> list[tuple]:
        """Rows of a raw SQL query (the list queries `repository.Store` shares with sqlite3)."""
        with self._read() as conn:
            return [tuple(row) for row in conn.execute(text(sql), params)]

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
                ).format(database=self.location, error=driver_reason(exc, self._engine))
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
            code = getattr(getattr(exc, "orig", None), "sqlstate", None)
            if code in (_SERIALIZATION_FAILURE, _DEADLOCK_DETECTED):
                raise _Transient(
                    translate(
                        "sql_store",
                        "Databasen «{database}» var opptatt med en annen brukers endring, og "
                        "ingenting ble lagret. Last inn på nytt og prøv igjen.",
                    ).format(database=self.location)
                ) from exc
            if code == _UNIQUE_VIOLATION:
                # Two users created the same thing at once (the same sheet, the same new
                # revision): the other was first, and this write is not merged into theirs.
                raise ConflictError(
                    translate(
                        "sql_store",
                        "En annen bruker lagret det samme i databasen «{database}» samtidig "
                        "med deg, og ingenting av ditt ble lagret. Last inn på nytt og prøv "
                        "igjen.",
                    ).format(database=self.location)
                ) from exc
            raise StoreError(
                translate("sql_store", "Kunne ikke lagre i databasen «{database}»: {error}").format(
                    database=self.location, error=driver_reason(exc, self._engine)
                )
            ) from exc

    # -- listing --------------------------------------------------------------------

    # -- working copies ---------------------------------------------------------------

    def create(self, sheet: Sheet, token: WriteToken | None = None) -> None:
        self.create_many([sheet])
        if token is not None:
            token.version = 1

    @_retry_once
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

    @_retry_once
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
            statement = dialect_insert(conn, SheetRow).values(id=str(sheet.id), **values)
            conn.execute(statement.on_conflict_do_update(index_elements=[SheetRow.id], set_=values))
            self._add_refs(conn, sheet)
            search.index_sheet(conn, sheet, self.form)
        if token is not None:
            token.version = version
        return now

    # -- versions -------------------------------------------------------------------

    @_retry_once
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
                raise StoreError(_max_revision())
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
                upsert = dialect_insert(conn, SheetRow).values(id=str(sheet.id), **values)
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
                        list_json=list_json(body),
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

    @_retry_once
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
                select(SheetRow.write_version)
                .where(SheetRow.id == str(sheet_id), SheetRow.json == signed_json)
                .with_for_update()
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

    @_retry_once
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

    @_retry_once
    def restore(self, sheet_id: uuid.UUID) -> None:
        with self._write() as conn:
            result = conn.execute(
                update(SheetRow).where(SheetRow.id == str(sheet_id)).values(deleted_at=None)
            )
            if result.rowcount == 0:
                raise StoreError(_sheet_not_found(sheet_id))
            search.set_in_bin(conn, sheet_id, False)

    @_retry_once
    def purge(self, sheet_id: uuid.UUID) -> None:
        """Remove a sheet in the bin for good, with its versions and unshared attachment files."""
        key = str(sheet_id)
        with self._write() as conn:
            row = conn.execute(
                select(SheetRow.deleted_at).where(SheetRow.id == key).with_for_update()
            ).first()
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
        # Contents go only after the rows are committed: a crash here leaves a stray copy,
        # never a sheet pointing at a missing one.
        self._attachments.discard(hashes - still_used)

    # -- attachments ----------------------------------------------------------------

    @_retry_once
    def add_attachment(
        self, sheet_id: uuid.UUID, source: Path, description: str = ""
    ) -> Attachment:
        """Copy `source` into the store; the caller adds the result to the sheet."""
        source = Path(source)
        # The contents store records the reference too where other users share it (so
        # their purge cannot remove the content in between); this insert is then a no-op.
        digest, size = self._attachments.put(source, sheet_id=str(sheet_id))
        with self._write() as conn:
            conn.execute(
                dialect_insert(conn, AttachmentRef)
                .values(sheet_id=str(sheet_id), sha256=digest)
                .on_conflict_do_nothing()
            )
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return Attachment(
            id=str(uuid.uuid4()),
            filename=source.name,
            media_type=media_type,
            sha256=digest,
            size=size,
            description=description,
        )

    def attachment_path(self, attachment: Attachment) -> Path:
        return self._attachments.path(attachment.sha256, attachment.filename)

    # -- outbox ---------------------------------------------------------------------

    @_retry_once
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

    @_retry_once
    def mark_delivered(
        self, entry_id: int, when: datetime | None = None, folder: Path | None = None
    ) -> None:
        """Mark a package Levert; `folder` is where «Send til sekretariatet» copied it."""
        when = when or _now()
        with self._write() as conn:
            # Locked before its state is read: of two windows marking it at once, only the
            # one that finds it «klar» records «sent».
            conn.execute(
                select(OutboxRow.id).where(OutboxRow.id == entry_id).with_for_update()
            ).all()
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

    @_retry_once
    def mark_not_delivered(self, entry_id: int) -> None:
        with self._write() as conn:
            if not outbox.mark_not_delivered(conn, entry_id):
                raise StoreError(translate("sql_store", "Fant ikke pakken i utboksen."))

    @_retry_once
    def remove_outbox_entry(self, entry_id: int) -> None:
        """Forget a package (the file on disk is left alone)."""
        with self._write() as conn:
            if not outbox.remove_entry(conn, entry_id):
                raise StoreError(translate("sql_store", "Fant ikke pakken i utboksen."))

    # -- ownership (the secretariat's intake) ----------------------------------------

    def sheet_owner(self, sheet_id: uuid.UUID) -> SheetOwner | None:
        with self._read() as conn:
            return ownership.owner_of(conn, sheet_id)

    @_retry_once
    def claim_sheet(self, sheet_id: uuid.UUID, fingerprint: str, signer_name: str) -> SheetOwner:
        with self._write() as conn:
            return ownership.claim(conn, sheet_id, fingerprint, signer_name, _now())

    @_retry_once
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

    @_retry_once
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

    @_retry_once
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

    @_retry_once
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
        with self._write() as conn:
            return self._receive(conn, sheet_id, revision, signer, review, note, signed_at, _now())

    def _receive(
        self,
        conn: Connection,
        sheet_id: uuid.UUID,
        revision: int,
        signer: Actor,
        review: Review | None,
        note: str,
        signed_at: datetime | None,
        now: datetime,
    ) -> ReviewStatus | None:
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

    @_retry_once
    def import_revision(
        self,
        sheet: Sheet,
        revision: int,
        note: str,
        signer: Actor,
        review: Review | None,
        signed_at: datetime | None = None,
    ) -> ImportedRevision:
        """A delivered, signed revision stored at exactly `revision` with its delivery
        recorded, all in one transaction (see Store.import_revision).

        The sheet's row is locked first (or created, if absent, by an insert that waits
        for a concurrent one), so two machines importing the same package one moment
        apart are served one after the other: the second finds the revision stored and
        is told so, and only the first records «received». The revision itself is
        inserted only if absent, so not even a writer that skipped the lock can store it
        twice."""
        if revision > MAX_REVISION:
            raise StoreError(_max_revision())
        key = str(sheet.id)
        now = _now()
        # The stored sheet is the package's with the store's revision and time; `sheet`
        # itself changes only once that is committed.
        delivered = sheet.model_copy(
            update={"revision": revision, "modified": now.replace(microsecond=0)}
        )
        body = delivered.model_dump_json()
        values = {"json": body, "saved_at": now, **_summary_values(delivered, "signert")}
        with self._write() as conn:
            row = self._lock_sheet(conn, sheet.id)
            previous: int | None = None
            in_bin = False
            if row is None:
                created = conn.execute(
                    dialect_insert(conn, SheetRow)
                    .values(id=key, deleted_at=None, write_version=1, **values)
                    .on_conflict_do_nothing(index_elements=[SheetRow.id])
                    .returning(SheetRow.id)
                ).first()
                if created is None:  # another import created it meanwhile: wait for it
                    row = self._lock_sheet(conn, sheet.id)
            if row is not None:
                in_bin = row.deleted_at is not None
                latest = conn.execute(
                    select(func.max(RevisionRow.revision)).where(RevisionRow.sheet_id == key)
                ).scalar_one()
                previous = max(row.revision, latest or 0)
                if previous >= revision:
                    return self._already_here(conn, sheet, revision, previous, in_bin)
            inserted = conn.execute(
                dialect_insert(conn, RevisionRow)
                .values(
                    sheet_id=key,
                    revision=revision,
                    saved_at=now,
                    note=note,
                    json=body,
                    sha256=_sha256_text(body),
                    signed=True,
                    list_json=list_json(body),
                )
                .on_conflict_do_nothing(index_elements=[RevisionRow.sheet_id, RevisionRow.revision])
                .returning(RevisionRow.revision)
            ).first()
            if inserted is None:  # nothing is written yet: the row above was locked
                return self._already_here(conn, sheet, revision, revision, in_bin)
            if row is not None:
                # A write version moved on: a window holding the old one is told.
                conn.execute(
                    update(SheetRow)
                    .where(SheetRow.id == key)
                    .values(write_version=row.write_version + 1, **values)
                )
            self._add_refs(conn, delivered)
            search.index_sheet(conn, delivered, self.form)
            self._receive(conn, sheet.id, revision, signer, review, note, signed_at, now)
        sheet.revision, sheet.modified = delivered.revision, delivered.modified
        return ImportedRevision("stored", revision, previous, in_bin)

    @staticmethod
    def _lock_sheet(conn: Connection, sheet_id: uuid.UUID) -> Row | None:
        return conn.execute(
            select(SheetRow.revision, SheetRow.write_version, SheetRow.deleted_at)
            .where(SheetRow.id == str(sheet_id))
            .with_for_update()
        ).first()

    def _already_here(
        self, conn: Connection, sheet: Sheet, revision: int, highest: int, in_bin: bool
    ) -> ImportedRevision:
        """The outcome when `revision` or a later one is stored: a later one, or the same
        revision with the same or other content. Content, not the stored SHA-256: the
        stored body holds the time of the import that stored it."""
        if highest > revision:
            return ImportedRevision("newer", highest, highest, in_bin)
        body = conn.execute(
            select(RevisionRow.json).where(
                RevisionRow.sheet_id == str(sheet.id), RevisionRow.revision == revision
            )
        ).scalar_one_or_none()
        if body is None:  # a working copy of that revision never saved as a version
            body = conn.execute(
                select(SheetRow.json).where(SheetRow.id == str(sheet.id))
            ).scalar_one()
        try:
            stored = sheet_from_json(body)
        except SheetError:
            return ImportedRevision("different", revision, highest, in_bin)
        outcome = "same" if same_content(stored, sheet) else "different"
        return ImportedRevision(outcome, revision, highest, in_bin)

    @_retry_once
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

    @_retry_once
    def delete_unsent_remark(self, remark_id: uuid.UUID) -> None:
        with self._write() as conn:
            caseflow.delete_unsent_remark(conn, remark_id)
            search.remove_ref(conn, remark_id)

    @_retry_once
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

    @_retry_once
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

    @_retry_once
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

    @_retry_once
    def mark_answers_delivered(self, ids: list[uuid.UUID], revision: int) -> None:
        with self._write() as conn:
            caseflow.mark_answers_delivered(conn, ids, revision)

    @_retry_once
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
        """This user's own order (by certificate fingerprint: on a server each secretariat
        user has one)."""
        with self._read() as conn:
            return caseflow.intake_order(conn, user_key=self.actor().fingerprint)

    @_retry_once
    def set_intake_order(self, order: list[uuid.UUID]) -> None:
        with self._write() as conn:
            caseflow.set_intake_order(conn, order, user_key=self.actor().fingerprint)

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

    @_retry_once
    def set_frames(
        self, profile: str, lines: Iterable[FrameLine], *, expected_version: int | None = None
    ) -> int:
        with self._write() as conn:
            return portfolio.set_frames(
                conn, profile, lines, self.actor(), _now(), expected_version=expected_version
            )

    @_retry_once
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

    @_retry_once
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

    @_retry_once
    def delete_scenario(self, scenario_id: uuid.UUID) -> None:
        with self._write() as conn:
            portfolio.delete_scenario(conn, scenario_id)

    # -- content search (store/search.py) ---------------------------------------------

    def search_content(
        self, query: str, *, deleted: bool = False, limit: int = 50
    ) -> list[ContentHit]:
        with self._read() as conn:
            return search.search(conn, query, self.form, deleted=deleted, limit=limit)

    @_retry_once
    def rebuild_search_index(self) -> int:
        with self._write() as conn:
            return search.rebuild(conn, self.form)

    # -- health ---------------------------------------------------------------------

    def integrity_ok(self) -> bool:
        try:
            with self._engine.connect() as conn:
                if self.dialect != SQLITE:
                    # The server guards its own pages; amcheck would need a superuser.
                    return conn.exec_driver_sql("SELECT 1").scalar() == 1
                rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        except SQLAlchemyError:
            return False  # too damaged to even run the check
        return [tuple(row) for row in rows] == [("ok",)]

    # -- helpers --------------------------------------------------------------------

    @staticmethod
    def _next_version(conn: Connection, sheet: Sheet, token: WriteToken | None) -> int:
        """The write version this write will store, after checking `token` against the row.

        The row stays locked until the write commits: on a server, another user's write
        of the sheet waits here and then reads the version this one stored (on SQLite,
        BEGIN IMMEDIATE already lets one writer in at a time, and FOR UPDATE is left out)."""
        current = conn.execute(
            select(SheetRow.write_version).where(SheetRow.id == str(sheet.id)).with_for_update()
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
                dialect_insert(conn, AttachmentRef).on_conflict_do_nothing(),
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


def _max_revision() -> str:
    return translate(
        "sql_store",
        "Prosjektarket har nådd det høyeste revisjonsnummeret ({max}). Dupliser "
        "arket for å arbeide videre med en kopi.",
    ).format(max=MAX_REVISION)


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
