"""A covering index for the sheet list.

The list columns sit after each sheet's JSON body in the row, so reading them from the
table walks every body's overflow pages (about 140 ms for 1,000 sheets). An index that
holds every list column answers the list query without touching the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIST_COLUMNS = [
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


def upgrade() -> None:
    op.drop_index("ix_sheets_deleted_modified", table_name="sheets")
    op.create_index("ix_sheets_list", "sheets", LIST_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_sheets_list", table_name="sheets")
    op.create_index("ix_sheets_deleted_modified", "sheets", ["deleted_at", "modified"])
