"""Prioritisation: the programme's frames and the secretariat's scenarios (issue 11).

- `frames` holds the money available per programme (`profile`), year, funding source and,
  where the agreement sets a pot aside, party (`party` "" is the programme's own frame).
  Amounts are decimal text, so they come back exactly as written.
- `frames_meta` counts the changes of a programme's frames (`version`, for the conflict
  rule: a change names the version it was based on) and keeps who changed them last.
- `scenarios` is one named try at the action programme per programme (names unique per
  programme); `version` counts saves, for the same conflict rule.
- `scenario_entries` are a scenario's sheets in rank order (`position`).
- `scenario_changes` records who changed what in a scenario; an entry is never changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Written out in full (not derived from models.py) so that this migration never changes
when the models do. Portable column types only: the same migrations are to run on
PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "frames",
        sa.Column("profile", sa.String(64), primary_key=True),
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(64), primary_key=True),
        sa.Column("party", sa.String(128), primary_key=True),
        sa.Column("amount_mnok", sa.Text(), nullable=False),
    )
    op.create_table(
        "frames_meta",
        sa.Column("profile", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("changed_at", sa.String(32), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("changed_fingerprint", sa.String(64), nullable=False, server_default=""),
    )
    op.create_table(
        "scenarios",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("profile", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("modified_at", sa.String(32), nullable=False),
        sa.Column("modified_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("modified_fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.UniqueConstraint("profile", "name", name="uq_scenarios_profile_name"),
    )
    op.create_table(
        "scenario_entries",
        sa.Column(
            "scenario_id",
            sa.String(36),
            sa.ForeignKey("scenarios.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("sheet_id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("shift_years", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_scenario_entries_position", "scenario_entries", ["scenario_id", "position"])
    op.create_table(
        "scenario_changes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "scenario_id",
            sa.String(36),
            sa.ForeignKey("scenarios.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("who", sa.Text(), nullable=False, server_default=""),
        sa.Column("fingerprint", sa.String(64), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_scenario_changes_scenario", "scenario_changes", ["scenario_id", "id"])
    if op.get_bind().dialect.name == "sqlite":
        # What was changed is a record: an entry is never rewritten (it goes only with
        # its scenario). PostgreSQL gets its own trigger when issue 16 lands.
        op.execute(
            "CREATE TRIGGER scenario_changes_no_update BEFORE UPDATE ON scenario_changes "
            "BEGIN SELECT RAISE(ABORT, 'scenario_changes is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS scenario_changes_no_update")
    op.drop_index("ix_scenario_changes_scenario", table_name="scenario_changes")
    op.drop_table("scenario_changes")
    op.drop_index("ix_scenario_entries_position", table_name="scenario_entries")
    op.drop_table("scenario_entries")
    op.drop_table("scenarios")
    op.drop_table("frames_meta")
    op.drop_table("frames")
