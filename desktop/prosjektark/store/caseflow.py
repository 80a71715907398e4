"""The case flow kept beside the sheets: the case history, review states, remarks, answers
and the intake list's own order. Functions take an open connection; `SqlStore` wraps them
in its transactions (so an event is written in the same transaction as what it records).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from prosjektark.domain.caseflow import (
    Actor,
    Answer,
    CaseEvent,
    Delivery,
    Remark,
    ReviewStatus,
)
from prosjektark.i18n import translate
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.models import (
    CaseEventRow,
    IntakeOrderRow,
    RemarkAnswerRow,
    RemarkRow,
    ReviewStateRow,
)

# -- the case history ----------------------------------------------------------------------


def record(
    conn: Connection,
    sheet_id: uuid.UUID,
    kind: str,
    who: Actor,
    at: datetime,
    *,
    revision: int | None = None,
    state: str = "",
    text: str = "",
    signed_at: datetime | None = None,
) -> None:
    conn.execute(
        insert(CaseEventRow).values(
            sheet_id=str(sheet_id),
            at=at,
            kind=kind,
            who=who.name,
            fingerprint=who.fingerprint,
            revision=revision,
            state=state,
            text=text,
            signed_at=signed_at,
        )
    )


def history(conn: Connection, sheet_id: uuid.UUID) -> list[CaseEvent]:
    rows = conn.execute(
        select(CaseEventRow).where(CaseEventRow.sheet_id == str(sheet_id)).order_by(CaseEventRow.id)
    ).all()
    return [
        CaseEvent(
            id=row.id,
            sheet_id=uuid.UUID(row.sheet_id),
            at=row.at,
            kind=row.kind,
            who=row.who,
            fingerprint=row.fingerprint,
            revision=row.revision,
            state=row.state,
            text=row.text,
            signed_at=row.signed_at,
        )
        for row in rows
    ]


def latest_deliveries(conn: Connection) -> dict[uuid.UUID, Delivery]:
    """Per sheet, its latest «received» entry: one query for the whole intake list."""
    latest = (
        select(func.max(CaseEventRow.id))
        .where(CaseEventRow.kind == "received")
        .group_by(CaseEventRow.sheet_id)
    )
    rows = conn.execute(select(CaseEventRow).where(CaseEventRow.id.in_(latest))).all()
    return {
        uuid.UUID(row.sheet_id): Delivery(
            sheet_id=uuid.UUID(row.sheet_id),
            revision=row.revision,
            signer=row.who,
            fingerprint=row.fingerprint,
            signed_at=row.signed_at,
            received_at=row.at,
        )
        for row in rows
    }


# -- review states --------------------------------------------------------------------------


def _status(row) -> ReviewStatus:
    return ReviewStatus(
        sheet_id=uuid.UUID(row.sheet_id),
        state=row.state,
        since=row.since,
        version=row.version,
        new_revision=bool(row.new_revision),
    )


def review_status(conn: Connection, sheet_id: uuid.UUID) -> ReviewStatus | None:
    row = conn.execute(
        select(ReviewStateRow).where(ReviewStateRow.sheet_id == str(sheet_id))
    ).first()
    return None if row is None else _status(row)


def review_statuses(conn: Connection) -> dict[uuid.UUID, ReviewStatus]:
    return {
        uuid.UUID(row.sheet_id): _status(row) for row in conn.execute(select(ReviewStateRow)).all()
    }


def set_review_state(
    conn: Connection,
    sheet_id: uuid.UUID,
    state: str,
    at: datetime,
    *,
    expected_version: int | None,
    new_revision: bool = False,
) -> ReviewStatus:
    """Move the sheet to `state`. `expected_version` is the version the change was based on
    (None: unconditional, e.g. a delivery); ConflictError when someone else changed it."""
    current = review_status(conn, sheet_id)
    if expected_version is not None and (current.version if current else 0) != expected_version:
        raise ConflictError(state_changed(current.state if current else None))
    version = (current.version if current else 0) + 1
    values = {"state": state, "since": at, "version": version, "new_revision": new_revision}
    if current is None:
        conn.execute(insert(ReviewStateRow).values(sheet_id=str(sheet_id), **values))
    else:
        result = conn.execute(
            update(ReviewStateRow)
            .where(
                ReviewStateRow.sheet_id == str(sheet_id),
                ReviewStateRow.version == current.version,
            )
            .values(**values)
        )
        if result.rowcount != 1:  # another writer between the read and this update
            raise ConflictError(state_changed(None))
    return ReviewStatus(sheet_id, state, at, version, new_revision)


def state_changed(now: str | None) -> str:
    """The conflict message when someone else moved the case first; `now`: the state it is
    in now, as shown to the user (None: not known)."""
    if now is None:
        return translate(
            "caseflow",
            "Saksstatusen er endret av en annen i mellomtiden. Last inn på nytt og prøv igjen.",
        )
    return translate(
        "caseflow",
        "Saksstatusen er endret av en annen i mellomtiden (nå «{state}»). Last inn på nytt og "
        "prøv igjen.",
    ).format(state=now)


# -- remarks and answers --------------------------------------------------------------------


def _remark(row) -> Remark:
    return Remark(
        id=uuid.UUID(row.id),
        sheet_id=uuid.UUID(row.sheet_id),
        field=row.field,
        text=row.text,
        by_name=row.by_name,
        by_fingerprint=row.by_fingerprint,
        at=row.at,
        revision=row.revision,
        sent_at=row.sent_at,
        received=bool(row.received),
    )


def add_remark(conn: Connection, remark: Remark) -> bool:
    """Store a remark; False when one with its id is stored already (an import again)."""
    statement = (
        sqlite_insert(RemarkRow)
        .values(
            id=str(remark.id),
            sheet_id=str(remark.sheet_id),
            field=remark.field,
            text=remark.text,
            by_name=remark.by_name,
            by_fingerprint=remark.by_fingerprint,
            at=remark.at,
            revision=remark.revision,
            sent_at=remark.sent_at,
            received=remark.received,
        )
        .on_conflict_do_nothing(index_elements=[RemarkRow.id])
    )
    return bool(conn.execute(statement).rowcount)


def remarks(conn: Connection, sheet_id: uuid.UUID | None = None) -> list[Remark]:
    query = select(RemarkRow).order_by(RemarkRow.at, RemarkRow.id)
    if sheet_id is not None:
        query = query.where(RemarkRow.sheet_id == str(sheet_id))
    return [_remark(row) for row in conn.execute(query).all()]


def mark_remarks_sent(conn: Connection, ids: Iterable[uuid.UUID], at: datetime) -> None:
    for remark_id in ids:
        conn.execute(
            update(RemarkRow)
            .where(RemarkRow.id == str(remark_id), RemarkRow.sent_at.is_(None))
            .values(sent_at=at)
        )


def delete_unsent_remark(conn: Connection, remark_id: uuid.UUID) -> None:
    row = conn.execute(select(RemarkRow).where(RemarkRow.id == str(remark_id))).first()
    if row is None:
        raise StoreError(remark_not_found())
    if row.sent_at is not None or row.received:
        raise StoreError(
            translate(
                "caseflow",
                "En sendt merknad kan ikke slettes. Skriv en ny merknad som retter den.",
            )
        )
    conn.execute(delete(RemarkRow).where(RemarkRow.id == str(remark_id)))


def _answer(row) -> Answer:
    return Answer(
        id=uuid.UUID(row.id),
        remark_id=uuid.UUID(row.remark_id),
        sheet_id=uuid.UUID(row.sheet_id),
        kind=row.kind,
        text=row.text,
        by_name=row.by_name,
        by_fingerprint=row.by_fingerprint,
        at=row.at,
        fixed_in_revision=row.fixed_in_revision,
        delivered_in_revision=row.delivered_in_revision,
    )


def add_answer(conn: Connection, answer: Answer) -> bool:
    """Store an answer; False when one with its id is stored already (a delivery again)."""
    statement = (
        sqlite_insert(RemarkAnswerRow)
        .values(
            id=str(answer.id),
            remark_id=str(answer.remark_id),
            sheet_id=str(answer.sheet_id),
            kind=answer.kind,
            text=answer.text,
            by_name=answer.by_name,
            by_fingerprint=answer.by_fingerprint,
            at=answer.at,
            fixed_in_revision=answer.fixed_in_revision,
            delivered_in_revision=answer.delivered_in_revision,
        )
        .on_conflict_do_nothing(index_elements=[RemarkAnswerRow.id])
    )
    return bool(conn.execute(statement).rowcount)


def answers(conn: Connection, sheet_id: uuid.UUID | None = None) -> list[Answer]:
    query = select(RemarkAnswerRow).order_by(RemarkAnswerRow.at, RemarkAnswerRow.id)
    if sheet_id is not None:
        query = query.where(RemarkAnswerRow.sheet_id == str(sheet_id))
    return [_answer(row) for row in conn.execute(query).all()]


def mark_answers_delivered(conn: Connection, ids: Iterable[uuid.UUID], revision: int) -> None:
    for answer_id in ids:
        conn.execute(
            update(RemarkAnswerRow)
            .where(
                RemarkAnswerRow.id == str(answer_id),
                RemarkAnswerRow.delivered_in_revision.is_(None),
            )
            .values(delivered_in_revision=revision)
        )


def open_remark_counts(conn: Connection) -> dict[uuid.UUID, int]:
    """Per sheet, the sent remarks that no answer has been received for."""
    answered = select(RemarkAnswerRow.remark_id)
    query = (
        select(RemarkRow.sheet_id, func.count())
        .where(RemarkRow.sent_at.is_not(None), RemarkRow.id.not_in(answered))
        .group_by(RemarkRow.sheet_id)
    )
    return {uuid.UUID(sheet_id): n for sheet_id, n in conn.execute(query).all()}


# -- the intake list's own order --------------------------------------------------------------


def intake_order(conn: Connection) -> list[uuid.UUID]:
    rows = conn.execute(select(IntakeOrderRow.sheet_id).order_by(IntakeOrderRow.position))
    return [uuid.UUID(sheet_id) for (sheet_id,) in rows]


def set_intake_order(conn: Connection, order: Iterable[uuid.UUID]) -> None:
    conn.execute(delete(IntakeOrderRow))
    rows = [{"sheet_id": str(s), "position": i} for i, s in enumerate(order)]
    if rows:
        conn.execute(insert(IntakeOrderRow), rows)


def remark_not_found() -> str:
    return translate("caseflow", "Fant ikke merknaden.")
