"""The outbox: signed packages exported from this machine, until the user marks them delivered.

Like ODK's upload queue, but delivery is manual (the secretariat has no upload service):
the user sends the file by whatever channel the secretariat uses and ticks it off here.
The functions take an open connection; `Store` wraps them in its transactions.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, delete, select, update

from prosjektark.i18n import QT_TRANSLATE_NOOP, translate
from prosjektark.store.engine import dialect_insert
from prosjektark.store.models import OutboxRow

OutboxState = Literal["klar", "levert"]
# Shown through translate("outbox", …); the state itself is stored as it is.
STATE_NAMES: dict[str, str] = {
    "klar": QT_TRANSLATE_NOOP("outbox", "Klar til opplasting"),
    "levert": QT_TRANSLATE_NOOP("outbox", "Levert"),
}


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    sheet_id: uuid.UUID
    revision: int
    title: str
    path: Path
    exported_at: datetime
    state: OutboxState
    delivered_at: datetime | None = None
    delivered_to: Path | None = None  # the folder «Send til sekretariatet» copied it to

    @property
    def state_label(self) -> str:
        name = STATE_NAMES.get(self.state)
        return translate("outbox", name) if name else self.state

    @property
    def file_exists(self) -> bool:
        return self.path.is_file()


def add_entry(
    conn: Connection,
    sheet_id: uuid.UUID,
    revision: int,
    title: str,
    path: Path,
    exported_at: datetime,
) -> int:
    """Record a package; exporting again to the same path replaces the old entry (one
    upsert, so two exports to one path at once leave one entry on a server too)."""
    values = {
        "sheet_id": str(sheet_id),
        "revision": int(revision),
        "title": title,
        "exported_at": exported_at,
        "state": "klar",
        "delivered_at": None,
        "delivered_to": None,
    }
    statement = dialect_insert(conn, OutboxRow).values(path=str(Path(path).resolve()), **values)
    statement = statement.on_conflict_do_update(index_elements=[OutboxRow.path], set_=values)
    conn.execute(statement)
    return conn.execute(
        select(OutboxRow.id).where(OutboxRow.path == str(Path(path).resolve()))
    ).scalar_one()


def list_entries(conn: Connection, sheet_id: uuid.UUID | None = None) -> list[OutboxEntry]:
    query = select(OutboxRow).order_by(OutboxRow.exported_at.desc(), OutboxRow.id.desc())
    if sheet_id is not None:
        query = query.where(OutboxRow.sheet_id == str(sheet_id))
    return [
        OutboxEntry(
            id=row.id,
            sheet_id=uuid.UUID(row.sheet_id),
            revision=row.revision,
            title=row.title,
            path=Path(row.path),
            exported_at=row.exported_at,
            state=row.state,
            delivered_at=row.delivered_at,
            delivered_to=None if row.delivered_to is None else Path(row.delivered_to),
        )
        for row in conn.execute(query).all()
    ]


def mark_delivered(
    conn: Connection, entry_id: int, when: datetime, folder: Path | None = None
) -> bool:
    """True when the entry exists (already delivered entries keep their first time)."""
    result = conn.execute(
        update(OutboxRow)
        .where(OutboxRow.id == entry_id, OutboxRow.state == "klar")
        .values(
            state="levert", delivered_at=when, delivered_to=None if folder is None else str(folder)
        )
    )
    if result.rowcount:
        return True
    return conn.execute(select(OutboxRow.id).where(OutboxRow.id == entry_id)).first() is not None


def mark_not_delivered(conn: Connection, entry_id: int) -> bool:
    """Undo mark_delivered (the user marked the wrong package); True when the entry exists."""
    result = conn.execute(
        update(OutboxRow)
        .where(OutboxRow.id == entry_id)
        .values(state="klar", delivered_at=None, delivered_to=None)
    )
    return bool(result.rowcount)


def remove_entry(conn: Connection, entry_id: int) -> bool:
    return bool(conn.execute(delete(OutboxRow).where(OutboxRow.id == entry_id)).rowcount)
