"""The intake list's rows: one per delivered sheet, at its latest delivered revision.

Read with one query for the sheets, one for the review states and one for the open
remarks, whatever the number of sheets: the list must open quickly with thousands.

A sheet counts as delivered when a package of it was received here (a «received» event
in its case history) or it has an owner (imported before the case history existed; its
newest signed revision is then the delivered one, and the owner its signer).

The signing time is the package's CAdES signing time, kept with the «received» entry;
a sheet imported before it was kept has None, and the list shows the time the package
was received, marked as such. The query is the store's (`Store.delivered_sheet_rows`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from prosjektark.store import timestamps
from prosjektark.store.repository import Store


@dataclass(frozen=True)
class IntakeRow:
    sheet_id: uuid.UUID
    profile: str
    working_group: str
    title: str
    municipalities: str
    action_area: str  # the id; the list shows the profile's name for it
    phase: str
    cost_mnok: Decimal | None
    signer: str
    fingerprint: str
    signed_at: datetime | None  # None: not stored; the list shows received_at instead
    received_at: datetime
    revision: int
    state: str  # review state id; "" when the sheet has none yet
    state_since: datetime | None
    state_version: int  # what a change of state names as the version it was based on
    new_revision: bool
    open_remarks: int


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _municipalities(value: object) -> str:
    if not value:
        return ""
    try:
        names = json.loads(str(value))
    except ValueError:
        return str(value)
    return ", ".join(str(n) for n in names) if isinstance(names, list) else str(names)


def load_intake_rows(store: Store) -> list[IntakeRow]:
    """Every delivered sheet not in the bin, with its review state and open remarks."""
    raw = store.delivered_sheet_rows()
    statuses = store.review_statuses()
    open_counts = store.open_remark_counts()
    rows: list[IntakeRow] = []
    for (
        sheet_id,
        revision,
        received_at,
        signer,
        fingerprint,
        profile,
        working_group,
        title,
        municipalities,
        action_area,
        phase,
        cost,
        signed_at,
    ) in raw:
        key = uuid.UUID(sheet_id)
        status = statuses.get(key)
        rows.append(
            IntakeRow(
                sheet_id=key,
                profile=profile or "",
                working_group=working_group or "",
                title=title or "",
                municipalities=_municipalities(municipalities),
                action_area=action_area or "",
                phase=phase or "",
                cost_mnok=_decimal(cost),
                signer=signer or "",
                fingerprint=fingerprint or "",
                signed_at=None if signed_at is None else timestamps.from_db(signed_at),
                received_at=timestamps.from_db(received_at),
                revision=int(revision or 0),
                state=status.state if status else "",
                state_since=status.since if status else None,
                state_version=status.version if status else 0,
                new_revision=bool(status and status.new_revision),
                open_remarks=open_counts.get(key, 0),
            )
        )
    return rows
