"""The shared database server (issue 16).

On both databases:
- `attachment_blobs` and `attachment_chunks` hold attachment contents in the database (a
  shared store cannot point into one user's folder): one row per SHA-256, its bytes in
  1 MiB pieces numbered from 0 so both directions can stream.
- `schema_info` holds facts about the schema; "app_version" is the Prosjektark version
  that last migrated it, so an older program can say which version to install.
- `sheet_revisions.list_json`: the fields of a revision the intake list shows, so the
  list does not parse every whole sheet (filled in here for the revisions already stored).
- `intake_order` becomes each secretariat user's own (`user_key`, the certificate
  fingerprint, "" when there is none), with the orders set so far kept under "".

On PostgreSQL only:
- The guards SQLite has had since 0001, 0004, 0005 and 0006 (revisions immutable except
  being signed; handovers, the case history and scenario changes append-only; sent
  remarks and answers never changed or deleted), written as PostgreSQL triggers with the
  same messages, plus refusal of TRUNCATE on the tables that are records.
- A trigram index for the content search's `lower(text) LIKE` (store/search.py).
- `ix_sheets_list` on (deleted_at, modified) instead of 0003's covering index, whose
  rows PostgreSQL limits to about 2.7 kB: a long title could not be saved.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-21

Written out in full (not derived from models.py) so that this migration never changes
when the models do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Raises its first argument, so every guard below is one CREATE TRIGGER with its message.
_REFUSE_FUNCTION = """
CREATE OR REPLACE FUNCTION prosjektark_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$$
"""

_SHEET_REVISIONS_CHANGED = (
    "NEW.json IS DISTINCT FROM OLD.json OR NEW.sha256 IS DISTINCT FROM OLD.sha256"
    " OR NEW.revision IS DISTINCT FROM OLD.revision"
    " OR NEW.sheet_id IS DISTINCT FROM OLD.sheet_id"
    " OR NEW.saved_at IS DISTINCT FROM OLD.saved_at OR NEW.note IS DISTINCT FROM OLD.note"
    " OR (OLD.signed AND NOT NEW.signed) OR NEW.list_json IS DISTINCT FROM OLD.list_json"
)
_REMARK_CHANGED = (
    "OLD.sent_at IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id"
    " OR NEW.sheet_id IS DISTINCT FROM OLD.sheet_id OR NEW.field IS DISTINCT FROM OLD.field"
    " OR NEW.text IS DISTINCT FROM OLD.text OR NEW.at IS DISTINCT FROM OLD.at"
    " OR NEW.by_name IS DISTINCT FROM OLD.by_name"
    " OR NEW.by_fingerprint IS DISTINCT FROM OLD.by_fingerprint"
    " OR NEW.revision IS DISTINCT FROM OLD.revision"
    " OR NEW.received IS DISTINCT FROM OLD.received"
)
_ANSWER_CHANGED = (
    "OLD.delivered_in_revision IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id"
    " OR NEW.remark_id IS DISTINCT FROM OLD.remark_id"
    " OR NEW.sheet_id IS DISTINCT FROM OLD.sheet_id OR NEW.kind IS DISTINCT FROM OLD.kind"
    " OR NEW.text IS DISTINCT FROM OLD.text OR NEW.at IS DISTINCT FROM OLD.at"
    " OR NEW.by_name IS DISTINCT FROM OLD.by_name"
    " OR NEW.by_fingerprint IS DISTINCT FROM OLD.by_fingerprint"
    " OR NEW.fixed_in_revision IS DISTINCT FROM OLD.fixed_in_revision"
)

# (name, table, event, row condition or None, message). Names and messages are SQLite's
# (code and tests match on the messages); the *_no_truncate ones are PostgreSQL's own,
# since TRUNCATE skips row triggers. remarks and remark_answers are guarded against it
# too: a sent remark or an answer would go with it.
_TRIGGERS: list[tuple[str, str, str, str | None, str]] = [
    (
        "sheet_revisions_immutable",
        "sheet_revisions",
        "UPDATE",
        _SHEET_REVISIONS_CHANGED,
        "sheet revisions are immutable",
    ),
    (
        "sheet_handovers_no_update",
        "sheet_handovers",
        "UPDATE",
        None,
        "sheet_handovers is append-only",
    ),
    (
        "sheet_handovers_no_delete",
        "sheet_handovers",
        "DELETE",
        None,
        "sheet_handovers is append-only",
    ),
    (
        "sheet_handovers_no_truncate",
        "sheet_handovers",
        "TRUNCATE",
        None,
        "sheet_handovers is append-only",
    ),
    ("case_events_no_update", "case_events", "UPDATE", None, "case_events is append-only"),
    ("case_events_no_delete", "case_events", "DELETE", None, "case_events is append-only"),
    ("case_events_no_truncate", "case_events", "TRUNCATE", None, "case_events is append-only"),
    (
        "remarks_sent_no_update",
        "remarks",
        "UPDATE",
        _REMARK_CHANGED,
        "a sent remark is never changed",
    ),
    (
        "remarks_sent_no_delete",
        "remarks",
        "DELETE",
        "OLD.sent_at IS NOT NULL OR OLD.received",
        "a sent remark is never deleted",
    ),
    ("remarks_no_truncate", "remarks", "TRUNCATE", None, "a sent remark is never deleted"),
    (
        "remark_answers_no_update",
        "remark_answers",
        "UPDATE",
        _ANSWER_CHANGED,
        "an answer is never changed",
    ),
    ("remark_answers_no_delete", "remark_answers", "DELETE", None, "an answer is never deleted"),
    (
        "remark_answers_no_truncate",
        "remark_answers",
        "TRUNCATE",
        None,
        "an answer is never deleted",
    ),
    # Deleting is allowed here: the changes go with their scenario (ON DELETE CASCADE).
    (
        "scenario_changes_no_update",
        "scenario_changes",
        "UPDATE",
        None,
        "scenario_changes is append-only",
    ),
    (
        "scenario_changes_no_truncate",
        "scenario_changes",
        "TRUNCATE",
        None,
        "scenario_changes is append-only",
    ),
]

# 0003's covering index, which PostgreSQL gets back on downgrade.
_LIST_COLUMNS = [
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
]

# SQLSTATEs of a pg_trgm that cannot be had: the role may not create it (42501), or the
# server lacks the contrib files (58P01).
_NO_TRGM = {"42501", "58P01"}


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "attachment_chunks",
        sa.Column(
            "sha256",
            sa.String(64),
            sa.ForeignKey("attachment_blobs.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("n", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "schema_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    # Before the PostgreSQL guards below exist; SQLite's 0001 guard leaves this column be.
    op.add_column("sheet_revisions", sa.Column("list_json", sa.Text(), nullable=True))
    _fill_list_json()
    user_key = sa.Column("user_key", sa.String(64), nullable=False, server_default="")
    if op.get_bind().dialect.name == "sqlite":
        # The table is copied (the orders set so far come along under user_key ""), from
        # a description of it without its old key, which the new one replaces.
        old = sa.Table(
            "intake_order",
            sa.MetaData(),
            sa.Column("sheet_id", sa.String(36), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
        )
        with op.batch_alter_table("intake_order", recreate="always", copy_from=old) as batch:
            batch.add_column(user_key, insert_before="sheet_id")
            batch.create_primary_key("pk_intake_order", ["user_key", "sheet_id"])
    else:
        op.add_column("intake_order", user_key)
        op.drop_constraint("intake_order_pkey", "intake_order", type_="primary")
        op.create_primary_key("intake_order_pkey", "intake_order", ["user_key", "sheet_id"])
        _upgrade_postgresql()


def _fill_list_json(batch: int = 200) -> None:
    """Every stored revision gets the fields the intake list reads (a batch of sheet
    bodies in memory at a time)."""
    from prosjektark.store.repository import list_json

    bind = op.get_bind()
    keys = bind.execute(sa.text("SELECT sheet_id, revision FROM sheet_revisions")).all()
    update = sa.text(
        "UPDATE sheet_revisions SET list_json = :list_json"
        " WHERE sheet_id = :sheet_id AND revision = :revision"
    )
    for start in range(0, len(keys), batch):
        rows = []
        for sheet_id, revision in keys[start : start + batch]:
            body = bind.execute(
                sa.text("SELECT json FROM sheet_revisions WHERE sheet_id = :s AND revision = :r"),
                {"s": sheet_id, "r": revision},
            ).scalar_one()
            rows.append({"list_json": list_json(body), "sheet_id": sheet_id, "revision": revision})
        bind.execute(update, rows)


def _upgrade_postgresql() -> None:
    op.execute(_REFUSE_FUNCTION)
    for name, table, event, condition, message in _TRIGGERS:
        level = "STATEMENT" if event == "TRUNCATE" else "ROW"
        when = f" WHEN ({condition})" if condition else ""
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH {level}{when} "
            f"EXECUTE FUNCTION prosjektark_refuse('{message}')"
        )
    op.drop_index("ix_sheets_list", table_name="sheets")
    op.create_index("ix_sheets_list", "sheets", ["deleted_at", "modified"])
    _create_trigram_index()


def _create_trigram_index() -> None:
    """The search's LIKE, indexed. pg_trgm is a trusted extension (PostgreSQL 13+), so the
    database's owner may create it; where the role may not (or the server lacks it), the
    migration goes on without the index: the search still works, scanning the table. The
    savepoint keeps the failed statement from aborting the whole migration."""
    from sqlalchemy.exc import DBAPIError

    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) not in _NO_TRGM:
            raise
        return
    op.execute(
        "CREATE INDEX ix_search_texts_trgm ON search_texts USING gin (lower(text) gin_trgm_ops)"
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Only one order per sheet fits the old key: the one set without a user is kept.
        op.execute("DELETE FROM intake_order WHERE user_key <> ''")
        old = sa.Table(
            "intake_order",
            sa.MetaData(),
            sa.Column("user_key", sa.String(64), nullable=False, server_default=""),
            sa.Column("sheet_id", sa.String(36), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
        )
        with op.batch_alter_table("intake_order", recreate="always", copy_from=old) as batch:
            batch.drop_column("user_key")
            batch.create_primary_key("pk_intake_order", ["sheet_id"])
    else:
        # The extension stays: it may have been there before 0008, and other objects in the
        # database could use it.
        op.execute("DROP INDEX IF EXISTS ix_search_texts_trgm")
        op.drop_index("ix_sheets_list", table_name="sheets")
        op.create_index("ix_sheets_list", "sheets", _LIST_COLUMNS)
        for name, table, *_ in reversed(_TRIGGERS):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS prosjektark_refuse()")
        op.execute("DELETE FROM intake_order WHERE user_key <> ''")
        op.drop_constraint("intake_order_pkey", "intake_order", type_="primary")
        op.drop_column("intake_order", "user_key")
        op.create_primary_key("intake_order_pkey", "intake_order", ["sheet_id"])
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would lose 0001's guard.
    op.drop_column("sheet_revisions", "list_json")
    op.drop_table("schema_info")
    op.drop_table("attachment_chunks")
    op.drop_table("attachment_blobs")
