"""The case flow: the case history of every sheet, the secretariat's review states,
remarks and their answers, where a package was delivered, and the intake list's order.

- `case_events` is the append-only case history (sakshistorikk): who (name and
  certificate fingerprint), when, which revision, what.
- `review_states` is where a delivered sheet stands with the secretariat; `version`
  counts changes so two secretariat users cannot overwrite each other's change.
- `remarks` are never edited or deleted once sent (`sent_at` set); `remark_answers` are
  never edited, except that the revision that delivered them is recorded once.
- `outbox.delivered_to` is the folder a package was sent to.
- `intake_order` is the secretariat user's own order of the intake list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Written out in full (not derived from models.py) so that this migration never changes
when the models do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("who", sa.Text(), nullable=False, server_default=""),
        sa.Column("fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("state", sa.Text(), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        # For «received»: when the package was signed (its CAdES signing time), which is
        # what the secretariat's list shows, not when it was imported.
        sa.Column("signed_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_case_events_sheet", "case_events", ["sheet_id", "id"])
    op.create_table(
        "review_states",
        sa.Column("sheet_id", sa.String(36), primary_key=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("since", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("new_revision", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.create_table(
        "remarks",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("field", sa.Text(), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("by_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("by_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("sent_at", sa.String(32), nullable=True),
        sa.Column("received", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.create_index("ix_remarks_sheet", "remarks", ["sheet_id", "at"])
    op.create_table(
        "remark_answers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("remark_id", sa.String(36), nullable=False),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("by_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("by_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("fixed_in_revision", sa.Integer(), nullable=True),
        sa.Column("delivered_in_revision", sa.Integer(), nullable=True),
    )
    op.create_index("ix_remark_answers_sheet", "remark_answers", ["sheet_id", "at"])
    op.create_table(
        "intake_order",
        sa.Column("sheet_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("delivered_to", sa.Text(), nullable=True))
    # The case history is a record: nothing edits or deletes an entry.
    # SQLite's trigger syntax; PostgreSQL gets the same guards from 0008.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events "
            "BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events "
            "BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END"
        )
        # A sent remark is never changed or deleted; before sending only `sent_at` may be set.
        op.execute(
            "CREATE TRIGGER remarks_sent_no_update BEFORE UPDATE ON remarks "
            "WHEN OLD.sent_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.sheet_id IS NOT OLD.sheet_id"
            " OR NEW.field IS NOT OLD.field OR NEW.text IS NOT OLD.text OR NEW.at IS NOT OLD.at"
            " OR NEW.by_name IS NOT OLD.by_name OR NEW.by_fingerprint IS NOT OLD.by_fingerprint"
            " OR NEW.revision IS NOT OLD.revision OR NEW.received IS NOT OLD.received "
            "BEGIN SELECT RAISE(ABORT, 'a sent remark is never changed'); END"
        )
        op.execute(
            "CREATE TRIGGER remarks_sent_no_delete BEFORE DELETE ON remarks "
            "WHEN OLD.sent_at IS NOT NULL OR OLD.received "
            "BEGIN SELECT RAISE(ABORT, 'a sent remark is never deleted'); END"
        )
        # An answer is never changed, except that the delivering revision is recorded once.
        op.execute(
            "CREATE TRIGGER remark_answers_no_update BEFORE UPDATE ON remark_answers "
            "WHEN OLD.delivered_in_revision IS NOT NULL OR NEW.id IS NOT OLD.id"
            " OR NEW.remark_id IS NOT OLD.remark_id OR NEW.sheet_id IS NOT OLD.sheet_id"
            " OR NEW.kind IS NOT OLD.kind OR NEW.text IS NOT OLD.text OR NEW.at IS NOT OLD.at"
            " OR NEW.by_name IS NOT OLD.by_name OR NEW.by_fingerprint IS NOT OLD.by_fingerprint"
            " OR NEW.fixed_in_revision IS NOT OLD.fixed_in_revision "
            "BEGIN SELECT RAISE(ABORT, 'an answer is never changed'); END"
        )
        op.execute(
            "CREATE TRIGGER remark_answers_no_delete BEFORE DELETE ON remark_answers "
            "BEGIN SELECT RAISE(ABORT, 'an answer is never deleted'); END"
        )


def downgrade() -> None:
    for trigger in (
        "remark_answers_no_delete",
        "remark_answers_no_update",
        "remarks_sent_no_delete",
        "remarks_sent_no_update",
        "case_events_no_delete",
        "case_events_no_update",
    ):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("delivered_to")
    op.drop_table("intake_order")
    op.drop_index("ix_remark_answers_sheet", table_name="remark_answers")
    op.drop_table("remark_answers")
    op.drop_index("ix_remarks_sheet", table_name="remarks")
    op.drop_table("remarks")
    op.drop_table("review_states")
    op.drop_index("ix_case_events_sheet", table_name="case_events")
    op.drop_table("case_events")
