"""Optimistic concurrency for working copies, and who owns a delivered sheet.

`sheets.write_version` counts the writes of a working copy: every write names the
version it was based on and fails when another writer (a second window, the CLI) got
there first, instead of silently overwriting that writer's edits.

`sheet_owners` records the signer (certificate fingerprint) who first delivered a sheet
to this secretariat; `sheet_handovers` is the append-only record of the secretariat
handing a sheet to another signer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Written out in full (not derived from models.py) so that this migration never changes
when the models do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "sheets",
        sa.Column("write_version", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "sheet_owners",
        sa.Column("sheet_id", sa.String(36), primary_key=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("since", sa.String(32), nullable=False),
    )
    op.create_table(
        "sheet_handovers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("from_fingerprint", sa.String(64), nullable=False),
        sa.Column("to_fingerprint", sa.String(64), nullable=False),
        sa.Column("to_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("by_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("by_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_sheet_handovers_sheet", "sheet_handovers", ["sheet_id", "at"])
    # Handovers are a record: nothing edits or deletes one.
    # SQLite's trigger syntax; PostgreSQL gets the same guards from 0008.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER sheet_handovers_no_update BEFORE UPDATE ON sheet_handovers "
            "BEGIN SELECT RAISE(ABORT, 'sheet_handovers is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER sheet_handovers_no_delete BEFORE DELETE ON sheet_handovers "
            "BEGIN SELECT RAISE(ABORT, 'sheet_handovers is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sheet_handovers_no_delete")
        op.execute("DROP TRIGGER IF EXISTS sheet_handovers_no_update")
    op.drop_index("ix_sheet_handovers_sheet", table_name="sheet_handovers")
    op.drop_table("sheet_handovers")
    op.drop_table("sheet_owners")
    with op.batch_alter_table("sheets") as batch:
        batch.drop_column("write_version")
