"""Who may deliver a sheet to this secretariat: the signer who first delivered it.

A sheet belongs to the certificate (SHA-256 fingerprint) that signed its first accepted
package. Another signer's package for it is refused unless the secretariat handed the
sheet over; a handover is recorded with who did it and when, and is never changed.
The functions take an open connection; `Store` wraps them in its transactions.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from prosjektark.i18n import translate
from prosjektark.store.engine import dialect_insert
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.models import HandoverRow, SheetOwnerRow

_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SheetOwner:
    sheet_id: uuid.UUID
    fingerprint: str
    signer_name: str
    since: datetime


@dataclass(frozen=True)
class Handover:
    sheet_id: uuid.UUID
    from_fingerprint: str
    to_fingerprint: str
    to_name: str
    by_name: str
    by_fingerprint: str
    at: datetime
    reason: str


def normalise_fingerprint(value: str) -> str:
    """A SHA-256 fingerprint as 64 lower-case hex digits (colons and spaces allowed in)."""
    cleaned = re.sub(r"[\s:]", "", value or "").lower()
    if not _FINGERPRINT.match(cleaned):
        raise StoreError(
            translate(
                "ownership", "«{value}» er ikke et SHA-256-fingeravtrykk (64 heksadesimale tegn)."
            ).format(value=value)
        )
    return cleaned


def owner_of(conn: Connection, sheet_id: uuid.UUID) -> SheetOwner | None:
    # A Core connection: rows with the table's columns, not ORM objects.
    row = conn.execute(
        select(SheetOwnerRow.__table__).where(SheetOwnerRow.sheet_id == str(sheet_id))
    ).one_or_none()
    if row is None:
        return None
    return SheetOwner(
        sheet_id=uuid.UUID(row.sheet_id),
        fingerprint=row.fingerprint,
        signer_name=row.signer_name,
        since=row.since,
    )


def claim(
    conn: Connection, sheet_id: uuid.UUID, fingerprint: str, signer_name: str, when: datetime
) -> SheetOwner:
    """Make `fingerprint` the owner unless the sheet has one; returns the owner either way.

    Insert-if-absent in one statement: two first deliveries at once (on a server) agree,
    since the second waits for the first to commit, inserts nothing and reads its owner."""
    conn.execute(
        dialect_insert(conn, SheetOwnerRow)
        .values(
            sheet_id=str(sheet_id),
            fingerprint=normalise_fingerprint(fingerprint),
            signer_name=signer_name,
            since=when,
        )
        .on_conflict_do_nothing(index_elements=[SheetOwnerRow.sheet_id])
    )
    owner = owner_of(conn, sheet_id)
    assert owner is not None
    return owner


def hand_over(
    conn: Connection,
    sheet_id: uuid.UUID,
    to_fingerprint: str,
    to_name: str,
    by_name: str,
    by_fingerprint: str,
    reason: str,
    when: datetime,
) -> Handover:
    """Give the sheet to another signer and record who did it, when and why. ConflictError
    when another user handed it over between this read and this write (on a server)."""
    owner = owner_of(conn, sheet_id)
    if owner is None:
        raise StoreError(
            translate(
                "ownership",
                "Prosjektarket {id} er ikke levert hit ennå, så det har ingen eier å overføre "
                "fra. Den første gyldige pakken for arket gjør avsenderen til eier.",
            ).format(id=sheet_id)
        )
    target = normalise_fingerprint(to_fingerprint)
    if target == owner.fingerprint:
        if owner.signer_name:
            text = translate(
                "ownership", "Prosjektarket eies allerede av {owner} (SHA-256 {fingerprint})."
            )
        else:
            text = translate(
                "ownership",
                "Prosjektarket eies allerede av denne signataren (SHA-256 {fingerprint}).",
            )
        raise StoreError(text.format(owner=owner.signer_name, fingerprint=target))
    handover = Handover(
        sheet_id=sheet_id,
        from_fingerprint=owner.fingerprint,
        to_fingerprint=target,
        to_name=to_name,
        by_name=by_name,
        by_fingerprint=normalise_fingerprint(by_fingerprint) if by_fingerprint else "",
        at=when,
        reason=reason,
    )
    # Only from the owner read above: a handover records whom it was taken from.
    result = conn.execute(
        update(SheetOwnerRow)
        .where(
            SheetOwnerRow.sheet_id == str(sheet_id),
            SheetOwnerRow.fingerprint == owner.fingerprint,
            SheetOwnerRow.since == owner.since,
        )
        .values(fingerprint=target, signer_name=to_name, since=when)
    )
    if result.rowcount != 1:
        now = owner_of(conn, sheet_id)
        raise ConflictError(
            translate(
                "ownership",
                "Prosjektarket ble overført av en annen i mellomtiden (nå til {owner}). Last inn "
                "på nytt og prøv igjen.",
            ).format(owner=_named(now) if now else "?")
        )
    conn.execute(insert(HandoverRow).values(**{**asdict(handover), "sheet_id": str(sheet_id)}))
    return handover


def _named(owner: SheetOwner) -> str:
    """«Per Hansen (SHA-256 dd…)», or the fingerprint alone for a nameless signer."""
    if owner.signer_name:
        return f"{owner.signer_name} (SHA-256 {owner.fingerprint})"
    return f"SHA-256 {owner.fingerprint}"


def handovers(conn: Connection, sheet_id: uuid.UUID) -> list[Handover]:
    # In the order they were made (the id), not by `at`: two users' clocks differ, and a
    # handover that waited for another's to commit may carry the earlier time.
    rows = conn.execute(
        select(HandoverRow.__table__)
        .where(HandoverRow.sheet_id == str(sheet_id))
        .order_by(HandoverRow.id)
    ).all()
    return [
        Handover(
            sheet_id=uuid.UUID(row.sheet_id),
            from_fingerprint=row.from_fingerprint,
            to_fingerprint=row.to_fingerprint,
            to_name=row.to_name,
            by_name=row.by_name,
            by_fingerprint=row.by_fingerprint,
            at=row.at,
            reason=row.reason,
        )
        for row in rows
    ]
