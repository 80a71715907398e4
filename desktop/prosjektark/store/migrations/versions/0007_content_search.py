"""Search in the content of every sheet (issue 13, item 12).

- `search_texts` holds one row per text: a sheet's field, a remark or an answer, with the
  field path the editor opens at and the step that shows it (store/search.py writes it).
- On SQLite, `search_fts` is an FTS5 index over `search_texts.text` (external content,
  trigram tokenizer: a query matches inside words, as Norwegian compounds need), kept in
  step with `search_texts` by three triggers, as SQLite's FTS5 documentation shows.
  Other databases get the table alone (issue 16 gives them an index of their own).

The index is filled from the sheets, remarks and answers already stored. That needs the
sheet model and the form, so this one migration uses the program's code
(store.search.rebuild); a later change to what is indexed rebuilds again in its own
migration.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-14
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "text, content='search_texts', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER search_texts_ai AFTER INSERT ON search_texts BEGIN "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER search_texts_ad AFTER DELETE ON search_texts BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    # Only a changed text touches the index (moving a sheet to the bin does not).
    "CREATE TRIGGER search_texts_au AFTER UPDATE OF text ON search_texts BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO search_fts(rowid, text) VALUES (new.id, new.text); END",
]


def upgrade() -> None:
    op.create_table(
        "search_texts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("sheet_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("ref", sa.String(36), nullable=False, server_default=""),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("step", sa.String(64), nullable=False, server_default=""),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.create_index("ix_search_texts_sheet", "search_texts", ["sheet_id", "kind"])
    op.create_index("ix_search_texts_ref", "search_texts", ["ref"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS:
            op.execute(statement)

    from prosjektark.store.search import rebuild, shipped_form

    rebuild(op.get_bind(), shipped_form())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_texts_au", "search_texts_ad", "search_texts_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_index("ix_search_texts_ref", table_name="search_texts")
    op.drop_index("ix_search_texts_sheet", table_name="search_texts")
    op.drop_table("search_texts")
