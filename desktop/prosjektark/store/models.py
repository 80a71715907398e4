"""SQLAlchemy models of the store's database (the SQLite file, or a shared server).

The schema itself is owned by the Alembic migrations in `migrations/versions/`; these
classes describe the head schema for queries and must stay in step with them (a test
compares the two).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import NullType

from prosjektark.store import timestamps


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as fixed-width ISO 8601 text in UTC, so text order is time order."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        return None if value is None else timestamps.to_db(value)

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        return None if value is None else timestamps.from_db(value)


class Base(DeclarativeBase):
    pass


class SheetRow(Base):
    """The working copy of one sheet, with the columns the list shows denormalised."""

    __tablename__ = "sheets"
    # Covers the list query, which then never reads the JSON bodies (migration 0003). Not
    # on PostgreSQL: its btree rows are limited to about 2.7 kB, so a long title could not
    # be saved, and it keeps the bodies out of line anyway. There the index has only the
    # columns in `info` (migration 0008).
    __table_args__ = (
        Index(
            "ix_sheets_list",
            "deleted_at",
            "modified",
            "title",
            "id",
            "municipalities",
            "action_area",
            "phase",
            "expected_cost",
            "status",
            "revision",
            "is_example",
            info={"postgresql_columns": ["deleted_at", "modified"]},
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    json: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    municipalities: Mapped[str] = mapped_column(Text, default="")
    action_area: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(2), default="PU")
    # Text, not REAL: a decimal must come back exactly as written.
    expected_cost: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="utkast")
    modified: Mapped[datetime] = mapped_column(UtcDateTime())
    revision: Mapped[int] = mapped_column(Integer, default=0)
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # Counts writes of the working copy; each write names the one it was based on
    # (optimistic concurrency, migration 0004).
    write_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class RevisionRow(Base):
    """An immutable snapshot written by "Lagre versjon" (triggers refuse changes to it)."""

    __tablename__ = "sheet_revisions"

    sheet_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("sheets.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    json: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The fields of `json` the intake list shows (repository.list_json; migration 0008).
    list_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class AttachmentRef(Base):
    """Which sheet uses which stored attachment file; decides when purge may delete a file."""

    __tablename__ = "attachment_refs"
    __table_args__ = (Index("ix_attachment_refs_sha256", "sha256"),)

    # No foreign key: an attachment may be stored before its sheet is first saved.
    sheet_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)


class OutboxRow(Base):
    """A signed package exported to disk, until the user marks it delivered (migration 0002)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("state IN ('klar', 'levert')", name="ck_outbox_state"),
        UniqueConstraint("path", name="uq_outbox_path"),
        Index("ix_outbox_exported_at", "exported_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sheet_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[datetime] = mapped_column(UtcDateTime())
    state: Mapped[str] = mapped_column(String(16), default="klar")
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # The folder the package was sent to ("Send til sekretariatet", migration 0005).
    delivered_to: Mapped[str | None] = mapped_column(Text, nullable=True)


class SheetOwnerRow(Base):
    """The signer who first delivered a sheet here, or was handed it (migration 0004)."""

    __tablename__ = "sheet_owners"

    sheet_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    since: Mapped[datetime] = mapped_column(UtcDateTime())


class HandoverRow(Base):
    """The secretariat handed a sheet to another signer (append-only; triggers refuse changes)."""

    __tablename__ = "sheet_handovers"
    __table_args__ = (Index("ix_sheet_handovers_sheet", "sheet_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sheet_id: Mapped[str] = mapped_column(String(36))
    from_fingerprint: Mapped[str] = mapped_column(String(64))
    to_fingerprint: Mapped[str] = mapped_column(String(64))
    to_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    by_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    by_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseEventRow(Base):
    """One entry of a sheet's case history (append-only; triggers refuse changes, 0005)."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_sheet", "sheet_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sheet_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(32))
    who: Mapped[str] = mapped_column(Text, default="", server_default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(Text, default="", server_default="")
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class ReviewStateRow(Base):
    """Where a delivered sheet stands with the secretariat (migration 0005)."""

    __tablename__ = "review_states"

    sheet_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(UtcDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    new_revision: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class RemarkRow(Base):
    """A remark of the secretariat; never changed or deleted once sent (migration 0005)."""

    __tablename__ = "remarks"
    __table_args__ = (Index("ix_remarks_sheet", "sheet_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sheet_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(Text, default="", server_default="")
    text: Mapped[str] = mapped_column(Text)
    by_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    by_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    received: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class RemarkAnswerRow(Base):
    """The working group's answer to a remark; never changed (migration 0005)."""

    __tablename__ = "remark_answers"
    __table_args__ = (Index("ix_remark_answers_sheet", "sheet_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    remark_id: Mapped[str] = mapped_column(String(36))
    sheet_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="", server_default="")
    by_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    by_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    fixed_in_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    delivered_in_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)


class IntakeOrderRow(Base):
    """The secretariat user's own order of the intake list (migration 0005); each user's
    own on a shared server, by `user_key` (migration 0008)."""

    __tablename__ = "intake_order"

    # The user's certificate fingerprint; "" when there is none (and for orders set
    # before 0008).
    user_key: Mapped[str] = mapped_column(String(64), primary_key=True, server_default="")
    sheet_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class FrameRow(Base):
    """One line of a programme's frames; money as decimal text (migration 0006)."""

    __tablename__ = "frames"

    profile: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    party: Mapped[str] = mapped_column(String(128), primary_key=True)
    amount_mnok: Mapped[str] = mapped_column(Text)


class FramesMetaRow(Base):
    """How many times a programme's frames were set, and by whom last (migration 0006)."""

    __tablename__ = "frames_meta"

    profile: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    changed_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    changed_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ScenarioRow(Base):
    """A named try at the action programme; `version` counts saves (migration 0006)."""

    __tablename__ = "scenarios"
    __table_args__ = (UniqueConstraint("profile", "name", name="uq_scenarios_profile_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime())
    modified_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    modified_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ScenarioEntryRow(Base):
    """One sheet of a scenario, at its place in the rank order (migration 0006)."""

    __tablename__ = "scenario_entries"
    __table_args__ = (Index("ix_scenario_entries_position", "scenario_id", "position"),)

    scenario_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("scenarios.id", ondelete="CASCADE"), primary_key=True
    )
    sheet_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    included: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    shift_years: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class ScenarioChangeRow(Base):
    """Who changed what in a scenario; never rewritten (migration 0006)."""

    __tablename__ = "scenario_changes"
    __table_args__ = (Index("ix_scenario_changes_scenario", "scenario_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scenario_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("scenarios.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    who: Mapped[str] = mapped_column(Text, default="", server_default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="", server_default="")


class SearchTextRow(Base):
    """One text of a sheet for the content search: a field's text, a remark or an answer
    (migration 0007; written by store/search.py)."""

    __tablename__ = "search_texts"
    __table_args__ = (
        Index("ix_search_texts_sheet", "sheet_id", "kind"),
        Index("ix_search_texts_ref", "ref"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sheet_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(8))  # "field", "remark", "answer"
    ref: Mapped[str] = mapped_column(String(36), default="", server_default="")
    field: Mapped[str] = mapped_column(Text)  # the path the editor opens at
    step: Mapped[str] = mapped_column(String(64), default="", server_default="")
    text: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


# PostgreSQL only (migration 0008): a trigram index for the search's `lower(text) LIKE`,
# where SQLite has its FTS5 index. Absent when the server would not let the database's
# owner create the pg_trgm extension; the search then scans.
Index(
    "ix_search_texts_trgm",
    func.lower(SearchTextRow.text).label("lower_text"),
    postgresql_using="gin",
    postgresql_ops={"lower_text": "gin_trgm_ops"},
    info={"dialect": "postgresql"},
).ddl_if(dialect="postgresql")


class AttachmentBlobRow(Base):
    """One attachment content kept in the database, by its SHA-256 (a server store keeps
    contents here, not in a user's folder; migration 0008)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)


class AttachmentChunkRow(Base):
    """The `n`th piece (from 0, 1 MiB each) of a blob's bytes (migration 0008)."""

    __tablename__ = "attachment_chunks"

    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("attachment_blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SchemaInfoRow(Base):
    """Facts about the schema itself; "app_version" is the Prosjektark version that last
    migrated it, named when an older program refuses the database (migration 0008)."""

    __tablename__ = "schema_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# SQLite's FTS5 index over search_texts.text (migration 0007) is a virtual table that
# keeps its data in shadow tables of its own. They are declared here only so that the
# models describe every table of the migrated schema; SQLAlchemy never creates, reads or
# writes them (the triggers of migration 0007 keep the index in step).
_FTS_TABLES = (
    ("search_fts", [Column("text", NullType())]),
    (
        "search_fts_data",
        [
            Column("id", Integer(), primary_key=True, nullable=True),
            Column("block", LargeBinary()),
        ],
    ),
    (
        "search_fts_idx",
        [
            Column("segid", NullType(), primary_key=True),
            Column("term", NullType(), primary_key=True),
            Column("pgno", NullType()),
        ],
    ),
    (
        "search_fts_docsize",
        [
            Column("id", Integer(), primary_key=True, nullable=True),
            Column("sz", LargeBinary()),
        ],
    ),
    (
        "search_fts_config",
        [Column("k", NullType(), primary_key=True), Column("v", NullType())],
    ),
)
for _name, _columns in _FTS_TABLES:
    Table(_name, Base.metadata, *_columns, info={"fts5": True})
