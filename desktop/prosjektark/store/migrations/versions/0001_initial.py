"""Initial schema: working copies, immutable revision snapshots, attachment references.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written out in full (not derived from models.py) so that this migration never changes
when the models do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sheets",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("json", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("municipalities", sa.Text(), nullable=False, server_default=""),
        sa.Column("action_area", sa.Text(), nullable=False, server_default=""),
        sa.Column("phase", sa.String(2), nullable=False, server_default="PU"),
        sa.Column("expected_cost", sa.Text(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="utkast"),
        sa.Column("modified", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("is_example", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("saved_at", sa.String(32), nullable=False),
        sa.Column("deleted_at", sa.String(32), nullable=True),
        sa.CheckConstraint("status IN ('utkast', 'klar', 'signert')", name="ck_sheets_status"),
    )
    op.create_index("ix_sheets_deleted_modified", "sheets", ["deleted_at", "modified"])
    op.create_table(
        "sheet_revisions",
        sa.Column(
            "sheet_id",
            sa.String(36),
            sa.ForeignKey("sheets.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("saved_at", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("json", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "attachment_refs",
        sa.Column("sheet_id", sa.String(36), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
    )
    op.create_index("ix_attachment_refs_sha256", "attachment_refs", ["sha256"])
    # A snapshot is evidence (it may be signed): the database itself refuses to rewrite it.
    # SQLite's trigger syntax; PostgreSQL gets the same guards from 0008.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            """
            CREATE TRIGGER sheet_revisions_immutable
            BEFORE UPDATE ON sheet_revisions
            WHEN NEW.json IS NOT OLD.json OR NEW.sha256 IS NOT OLD.sha256
              OR NEW.revision IS NOT OLD.revision OR NEW.sheet_id IS NOT OLD.sheet_id
              OR NEW.saved_at IS NOT OLD.saved_at OR NEW.note IS NOT OLD.note
              OR (OLD.signed AND NOT NEW.signed)
            BEGIN
              SELECT RAISE(ABORT, 'sheet revisions are immutable');
            END
            """
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sheet_revisions_immutable")
    op.drop_index("ix_attachment_refs_sha256", table_name="attachment_refs")
    op.drop_table("attachment_refs")
    op.drop_table("sheet_revisions")
    op.drop_index("ix_sheets_deleted_modified", table_name="sheets")
    op.drop_table("sheets")
