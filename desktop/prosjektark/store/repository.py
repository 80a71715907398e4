"""The store of sheets: working copies, saved versions, the bin and attachments.

One `Store` per database: a SQLite file on the user's machine (the default), or a
PostgreSQL server shared by a secretariat (`Store.open_url`). On SQLite, opening it and
listing sheets use plain sqlite3, so the main window shows without importing SQLAlchemy;
everything else goes to `SqlStore` (store/sql_store.py), created on first use. A server
store does everything through SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from prosjektark.domain.caseflow import NOBODY, Actor
from prosjektark.domain.summary import SheetSummary, Status
from prosjektark.i18n import translate
from prosjektark.store import timestamps
from prosjektark.store.backup import default_backup_dir
from prosjektark.store.database import ensure_schema
from prosjektark.store.errors import ConflictError, NewerDatabaseError, StoreError

if TYPE_CHECKING:
    from prosjektark.domain.caseflow import Answer, CaseEvent, Delivery, Remark, ReviewStatus
    from prosjektark.domain.frames import FrameLine
    from prosjektark.domain.profile import Review
    from prosjektark.domain.scenario import Scenario, ScenarioChange
    from prosjektark.domain.sheet import Attachment, Sheet
    from prosjektark.store.outbox import OutboxEntry
    from prosjektark.store.ownership import Handover, SheetOwner
    from prosjektark.store.portfolio import FramesInfo
    from prosjektark.store.search import ContentHit
    from prosjektark.store.sql_store import SqlStore

__all__ = [
    "ConflictError",
    "ImportedRevision",
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


@dataclass(frozen=True)
class ImportedRevision:
    """What `Store.import_revision` did with a delivered revision.

    `outcome`: "stored" (this import stored it and recorded the delivery), "same" (that
    revision is here already with the same content), "different" (it is here with other
    content) or "newer" (a later revision is here); only "stored" wrote anything.
    `revision`: the revision stored now, or the highest one here. `previous`: the highest
    revision here before (None: the sheet was new). `in_bin`: the sheet is in the bin."""

    outcome: Literal["stored", "same", "different", "newer"]
    revision: int
    previous: int | None
    in_bin: bool


# Which sheets count as delivered, and at which revision; the intake list
# (delivered_sheet_rows) and the portfolio (SqlStore.delivered_sheets) share it. A sheet is
# delivered when a package of it was received here (its latest «received» entry names the
# revision) or it has an owner (imported before the case history existed: its newest
# signed revision). Sheets in the bin are not.
DELIVERED_CTE = """
WITH latest_received AS (
    SELECT e.sheet_id, e.revision, e.at, e.who, e.fingerprint, e.signed_at
    FROM case_events e
    JOIN (SELECT sheet_id, MAX(id) AS id FROM case_events WHERE kind = 'received'
          GROUP BY sheet_id) m ON m.id = e.id
),
picked AS (
    SELECT s.id AS sheet_id,
        COALESCE(r.revision, (SELECT MAX(v.revision) FROM sheet_revisions v
                              WHERE v.sheet_id = s.id AND v.signed)) AS revision,
        r.at AS received_at,
        COALESCE(r.who, o.signer_name, '') AS signer,
        COALESCE(r.fingerprint, o.fingerprint, '') AS fingerprint,
        r.signed_at AS signed_at
    FROM sheets s
    LEFT JOIN latest_received r ON r.sheet_id = s.id
    LEFT JOIN sheet_owners o ON o.sheet_id = s.id
    WHERE s.deleted_at IS NULL AND (r.sheet_id IS NOT NULL OR o.sheet_id IS NOT NULL)
)
"""

# The secretariat's intake list. The delivered revision's own JSON is read (not the working
# copy's columns), so the row is the sheet as it was delivered; the working copy is the
# fallback for a missing revision. The JSON fields are read per dialect (engine.json_text).
_DELIVERED_FIELDS = (
    "profile",
    "identification.working_group",
    "identification.title",
    "identification.municipalities",
    "identification.action_area",
    "identification.phase",
    "cost.expected_cost_mnok",
)


def list_json(body: str) -> str:
    """What the intake list shows of a revision: its `_DELIVERED_FIELDS`, cut out of the
    sheet's JSON `body` at the same paths. Kept beside the revision (`list_json`), so the
    list reads a few hundred bytes per sheet rather than parsing every whole sheet (on
    PostgreSQL that parse was most of the list's time)."""
    import json

    document = json.loads(body)
    picked: dict[str, object] = {}
    for path in _DELIVERED_FIELDS:
        *parents, leaf = path.split(".")
        source, target = document, picked
        for key in parents:
            source = source.get(key) if isinstance(source, dict) else None
            target = target.setdefault(key, {})  # type: ignore[assignment]
        if isinstance(source, dict) and leaf in source:
            target[leaf] = source[leaf]  # type: ignore[index]
    return json.dumps(picked, ensure_ascii=False, separators=(",", ":"))


def delivered_query(dialect: str) -> str:
    from prosjektark.store.engine import POSTGRESQL, json_text

    if dialect == POSTGRESQL:
        # PostgreSQL's json type parses the whole document again for every field read
        # from it (7 parses of each sheet: 370 ms for 2,000 sheets); jsonb is parsed once
        # per row here (OFFSET 0 keeps the planner from inlining it back into each field).
        # jsonb re-spaces arrays (", "); the municipalities are read as JSON, so no matter.
        doc = "d.doc"
        lateral = "CROSS JOIN LATERAL (SELECT CAST(COALESCE(v.list_json, s.json) AS jsonb) AS doc OFFSET 0) d"
        fields = ",\n    ".join(
            f"({doc} #>> '{{{','.join(path.split('.'))}}}')" for path in _DELIVERED_FIELDS
        )
    else:
        lateral = ""
        fields = ",\n    ".join(
            json_text(dialect, "COALESCE(v.list_json, s.json)", path) for path in _DELIVERED_FIELDS
        )
    return (
        DELIVERED_CTE
        + f"""
SELECT p.sheet_id, COALESCE(p.revision, s.revision),
    COALESCE(p.received_at, v.saved_at, s.saved_at), p.signer, p.fingerprint,
    {fields},
    p.signed_at
FROM picked p
JOIN sheets s ON s.id = p.sheet_id
LEFT JOIN sheet_revisions v ON v.sheet_id = p.sheet_id AND v.revision = p.revision
{lateral}
"""
    )


_SUMMARY_QUERY = (
    "SELECT id, title, municipalities, action_area, phase, expected_cost, status, modified,"
    " revision, is_example FROM sheets WHERE deleted_at IS {} NULL"
    " ORDER BY modified DESC, title"
)


class Store:
    """Sheets in one SQLite file with attachment copies in one folder, or on a server."""

    def __init__(
        self, db_path: Path | None, attachments_dir: Path | None, url: str | None = None
    ) -> None:
        # Use Store.open() or Store.open_url(); the constructor only wires what they prepared.
        self.db_path = db_path
        self.attachments_dir = attachments_dir
        # A database server's URL (password and all, never shown: see `location`).
        self.url = url
        self._sql_store: SqlStore | None = None
        self._lock = threading.Lock()
        # Who the user is in the case history (see prosjektark.actor.current_actor); the
        # window and the CLI set it, tests may too.
        self.actor: Callable[[], Actor] = lambda: NOBODY

    @classmethod
    def open(cls, db_path: Path, attachments_dir: Path, backup_dir: Path | None = None) -> Store:
        db_path, attachments_dir = Path(db_path), Path(attachments_dir)
        ensure_schema(db_path, Path(backup_dir or default_backup_dir(db_path)))
        try:
            attachments_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                translate(
                    "repository", "Kunne ikke opprette vedleggsmappen «{folder}»: {error}"
                ).format(folder=attachments_dir, error=exc.strerror or exc)
            ) from exc
        return cls(db_path, attachments_dir)

    @classmethod
    def open_url(cls, url: str) -> Store:
        """A store on a database server (postgresql://…), whose schema must already be
        this program's (see database.check_server_schema); nothing is migrated here."""
        from prosjektark.store.database import check_server_schema

        store = cls(None, None, url=url)
        check_server_schema(store._sql.engine, store.location)
        return store

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where the store is, for messages: the file, or the server URL without password."""
        if self.url is not None:
            from prosjektark.store.engine import display_url

            return display_url(self.url)
        return str(self.db_path)

    @property
    def _sql(self) -> SqlStore:
        with self._lock:
            if self._sql_store is None:
                from prosjektark.store.sql_store import SqlStore

                self._sql_store = SqlStore(self.db_path, self.attachments_dir, url=self.url)
                self._sql_store.actor = lambda: self.actor()
            return self._sql_store

    def close(self) -> None:
        if self._sql_store is not None:
            self._sql_store.close()
            self._sql_store = None
            return
        if self.url is not None:
            return
        # Fold the write-ahead log into the main file so the file alone is complete.
        with contextlib.suppress(sqlite3.Error), contextlib.closing(self._connect()) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- listing (plain sqlite3 on the start-up path; SQLAlchemy on a server) ----------

    def _connect(self) -> sqlite3.Connection:
        assert self.db_path is not None
        return sqlite3.connect(self.db_path, timeout=30)

    def _query(self, sql: str, params: dict[str, object] | None = None) -> list[tuple]:
        """Rows of `sql` (named :parameters, which both sqlite3 and SQLAlchemy take)."""
        if self.url is not None:
            return self._sql.query_rows(sql, params or {})
        try:
            with contextlib.closing(self._connect()) as con:
                return con.execute(sql, params or {}).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(
                translate(
                    "repository", "Kunne ikke lese fra databasen «{database}»: {error}"
                ).format(database=self.db_path, error=exc)
            ) from exc

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

    def revision_and_bin(self, sheet_id: uuid.UUID) -> tuple[int, bool] | None:
        """The working copy's revision and whether it is in the bin; None when the store
        has no such sheet. One lookup by key (the intake asks this for every package)."""
        rows = self._query(
            "SELECT revision, deleted_at IS NOT NULL FROM sheets WHERE id = :id",
            {"id": str(sheet_id)},
        )
        return (rows[0][0], bool(rows[0][1])) if rows else None

    def delivered_sheet_rows(self) -> list[tuple]:
        """The secretariat's intake list, one row per delivered sheet not in the bin, at
        its latest delivered revision: (id, revision, received_at, signer, fingerprint,
        profile, working_group, title, municipalities JSON, action_area, phase, cost,
        signed_at). One query, whatever the number of sheets. The cost is a Decimal (or
        None) and the municipalities compact JSON text, whichever database answers."""
        from prosjektark.store.engine import POSTGRESQL, SQLITE

        rows = self._query(delivered_query(POSTGRESQL if self.is_server else SQLITE))
        # SQLite gives a JSON number as a float, PostgreSQL as its text: both read the same.
        return [
            (*row[:11], None if row[11] is None else Decimal(str(row[11])), row[12]) for row in rows
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

    def save_version(
        self, sheet: Sheet, note: str = "", token: WriteToken | None = None, *, record: bool = True
    ) -> int:
        """An immutable snapshot as the next revision; updates `sheet` and the working copy.
        Recorded in the case history unless `record=False` (the caller records its own)."""
        return self._sql.save_version(sheet, note, token, record=record)

    def import_revision(
        self,
        sheet: Sheet,
        revision: int,
        note: str,
        signer: Actor,
        review: Review | None,
        signed_at: datetime | None = None,
    ) -> ImportedRevision:
        """Store a delivered, signed revision at exactly `revision`, in one transaction:
        unless that revision or a later one is here already (another machine importing
        the same package at the same moment, say), it becomes the working copy and a
        signed version, and the delivery is recorded as `receive_revision` does. Updates
        `sheet` (revision, modified) only when it was stored. See ImportedRevision."""
        return self._sql.import_revision(sheet, revision, note, signer, review, signed_at)

    def revisions(self, sheet_id: uuid.UUID) -> list[RevisionInfo]:
        return self._sql.revisions(sheet_id)

    def load_revision(self, sheet_id: uuid.UUID, revision: int) -> Sheet:
        return self._sql.load_revision(sheet_id, revision)

    def mark_signed(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        token: WriteToken | None = None,
        *,
        record: bool = True,
    ) -> None:
        self._sql.mark_signed(sheet_id, revision, token, record=record)

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

    def mark_delivered(
        self, entry_id: int, when: datetime | None = None, folder: Path | None = None
    ) -> None:
        self._sql.mark_delivered(entry_id, when, folder)

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

    # -- the case flow (domain/caseflow.py; kept beside the sheets, never inside) -------

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
        """Append to the sheet's case history (who: this user unless given)."""
        self._sql.record_event(sheet_id, kind, revision=revision, state=state, text=text, who=who)

    def history(self, sheet_id: uuid.UUID) -> list[CaseEvent]:
        """The sheet's case history, oldest first."""
        return self._sql.history(sheet_id)

    def review_status(self, sheet_id: uuid.UUID) -> ReviewStatus | None:
        return self._sql.review_status(sheet_id)

    def review_statuses(self) -> dict[uuid.UUID, ReviewStatus]:
        return self._sql.review_statuses()

    def change_review_state(
        self,
        sheet_id: uuid.UUID,
        state: str,
        review: Review,
        *,
        comment: str = "",
        expected_version: int | None = None,
    ) -> ReviewStatus:
        """TransitionError for a move the profile does not allow; ConflictError when
        another user changed the state after `expected_version` was read."""
        return self._sql.change_review_state(
            sheet_id, state, review, comment=comment, expected_version=expected_version
        )

    def receive_revision(
        self,
        sheet_id: uuid.UUID,
        revision: int,
        signer: Actor,
        review: Review | None,
        note: str,
        signed_at: datetime | None = None,
    ) -> ReviewStatus | None:
        """Record a delivered revision («received», who: the signer; `signed_at`: the
        package's signing time) and its review state (see SqlStore.receive_revision)."""
        return self._sql.receive_revision(sheet_id, revision, signer, review, note, signed_at)

    def latest_deliveries(self) -> dict[uuid.UUID, Delivery]:
        """Per sheet its latest delivered revision: signer, signing time, received time."""
        return self._sql.latest_deliveries()

    def add_remark(
        self,
        sheet_id: uuid.UUID,
        text: str,
        field: str = "",
        revision: int | None = None,
        label: str = "",
    ) -> Remark:
        """A new unsent remark of this user on `field` ("" = the whole sheet); `label` is
        the field as the form names it, for the case history."""
        return self._sql.add_remark(sheet_id, text, field, revision, label)

    def remarks(self, sheet_id: uuid.UUID | None = None) -> list[Remark]:
        return self._sql.remarks(sheet_id)

    def delete_unsent_remark(self, remark_id: uuid.UUID) -> None:
        self._sql.delete_unsent_remark(remark_id)

    def mark_remarks_sent(self, sheet_id: uuid.UUID, ids: list[uuid.UUID], text: str) -> None:
        self._sql.mark_remarks_sent(sheet_id, ids, text)

    def store_received_remarks(
        self, sheet_id: uuid.UUID, remarks: list[Remark], signer: Actor, text: str
    ) -> int:
        return self._sql.store_received_remarks(sheet_id, remarks, signer, text)

    def add_answer(
        self, remark_id: uuid.UUID, kind: str, text: str = "", fixed_in_revision: int | None = None
    ) -> Answer:
        return self._sql.add_answer(remark_id, kind, text, fixed_in_revision)

    def answers(self, sheet_id: uuid.UUID | None = None) -> list[Answer]:
        return self._sql.answers(sheet_id)

    def mark_answers_delivered(self, ids: list[uuid.UUID], revision: int) -> None:
        self._sql.mark_answers_delivered(ids, revision)

    def store_delivered_answers(
        self, sheet_id: uuid.UUID, answers: list[Answer], signer: Actor, revision: int
    ) -> int:
        return self._sql.store_delivered_answers(sheet_id, answers, signer, revision)

    def open_remark_counts(self) -> dict[uuid.UUID, int]:
        return self._sql.open_remark_counts()

    def intake_order(self) -> list[uuid.UUID]:
        return self._sql.intake_order()

    def set_intake_order(self, order: list[uuid.UUID]) -> None:
        self._sql.set_intake_order(order)

    # -- prioritisation (issue 11; store/portfolio.py) --------------------------------------

    def delivered_sheets(self, profile: str | None = None) -> list[tuple[Delivery, Sheet]]:
        """Every delivered sheet not in the bin at its latest delivered revision (the
        intake list's notion of delivered), parsed, with who delivered it; only the sheets
        of `profile` when given. One query, whatever the number of sheets."""
        return self._sql.delivered_sheets(profile)

    def frames(self, profile: str) -> list[FrameLine]:
        """The programme's frame lines, by year, source and party."""
        return self._sql.frames(profile)

    def frames_version(self, profile: str) -> int:
        """How many times the programme's frames were set (0: never); what `set_frames`
        names as `expected_version`."""
        return self._sql.frames_info(profile).version

    def frames_info(self, profile: str) -> FramesInfo:
        """The frames' version and who set them last, when."""
        return self._sql.frames_info(profile)

    def set_frames(
        self, profile: str, lines: Iterable[FrameLine], *, expected_version: int | None = None
    ) -> int:
        """Replace all of the programme's frame lines in one transaction, recording who
        (this store's actor) and when; returns the new version. ConflictError, with
        nothing written, when `expected_version` is given and someone else set them since;
        StoreError when two lines have the same year, source and party."""
        return self._sql.set_frames(profile, lines, expected_version=expected_version)

    def create_scenario(self, scenario: Scenario, change_text: str = "") -> Scenario:
        """Store a new scenario; returns it at version 1 with who and when. StoreError when
        its programme has a scenario of that name (letter case aside). The creation is
        recorded as the first change (`change_text`, or «Opprettet med N tiltak …»)."""
        return self._sql.create_scenario(scenario, change_text)

    def scenarios(self, profile: str | None = None) -> list[Scenario]:
        """Every scenario (of `profile` when given) with its entries, by name."""
        return self._sql.scenarios(profile)

    def load_scenario(self, scenario_id: uuid.UUID) -> Scenario:
        """StoreError when there is no such scenario."""
        return self._sql.load_scenario(scenario_id)

    def find_scenario(self, name: str, profile: str | None = None) -> Scenario | None:
        """By name (letter case aside); StoreError when no profile is given and several
        programmes have a scenario of that name."""
        return self._sql.find_scenario(name, profile)

    def save_scenario(
        self, scenario: Scenario, change_text: str, *, expected_version: int
    ) -> Scenario:
        """Write the scenario's name and entries as version `expected_version + 1`, and
        record `change_text` with this store's actor; returns the stored scenario.
        ConflictError (naming who saved last), with nothing written, when someone else
        saved or deleted it after `expected_version` was read."""
        return self._sql.save_scenario(scenario, change_text, expected_version=expected_version)

    def scenario_changes(self, scenario_id: uuid.UUID) -> list[ScenarioChange]:
        """Who changed what in the scenario, oldest first."""
        return self._sql.scenario_changes(scenario_id)

    def delete_scenario(self, scenario_id: uuid.UUID) -> None:
        """Remove the scenario with its entries and change record; StoreError when missing."""
        self._sql.delete_scenario(scenario_id)

    # -- content search (issue 13; store/search.py) -----------------------------------------

    def search_content(
        self, query: str, *, deleted: bool = False, limit: int = 50
    ) -> list[ContentHit]:
        """The texts, remarks and answers holding every word of `query` (letter case aside;
        a word matches inside longer words), with the field and step each is in, newest
        written first; only sheets in the bin when `deleted`. Empty until a word has
        three characters. Any text is a query: nothing in it is search syntax."""
        return self._sql.search_content(query, deleted=deleted, limit=limit)

    def rebuild_search_index(self) -> int:
        """Index every sheet, remark and answer afresh; returns the number of texts."""
        return self._sql.rebuild_search_index()

    def integrity_ok(self) -> bool:
        return self._sql.integrity_ok()
