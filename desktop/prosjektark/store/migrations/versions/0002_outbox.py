"""Outbox: the signed packages exported from this machine and whether they are delivered.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01

Written out in full (not derived from models.py) so that this migration never changes
when the models do.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # No foreign key to sheets: a delivered package stays listed after its sheet is purged.
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False, server_default=""),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="klar"),
        sa.Column("delivered_at", sa.String(32), nullable=True),
        sa.CheckConstraint("state IN ('klar', 'levert')", name="ck_outbox_state"),
        sa.UniqueConstraint("path", name="uq_outbox_path"),
    )
    op.create_index("ix_outbox_exported_at", "outbox", ["exported_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_exported_at", table_name="outbox")
    op.drop_table("outbox")
