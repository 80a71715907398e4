"""The case flow kept beside the sheets: the case history, review states, remarks, answers
and the intake list's own order. Functions take an open connection; `SqlStore` wraps them
in its transactions (so an event is written in the same transaction as what it records).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update

from prosjektark.domain.caseflow import (
    Actor,
    Answer,
    CaseEvent,
    Delivery,
    Remark,
    ReviewStatus,
)
from prosjektark.i18n import translate
from prosjektark.store.engine import dialect_insert
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
    (None: unconditional, e.g. a delivery); ConflictError when someone else changed it,
    also when that happened between this read and this write (another user on a server)."""
    current = review_status(conn, sheet_id)
    if expected_version is not None and (current.version if current else 0) != expected_version:
        raise ConflictError(state_changed(current.state if current else None))
    version = (current.version if current else 0) + 1
    values = {"state": state, "since": at, "version": version, "new_revision": new_revision}
    if current is None:
        # Two first moves at once both read «no state». Insert-if-absent: on PostgreSQL the
        # second waits for the first to commit and then inserts nothing (no key violation,
        # which would only reach the user as a database error). Whether a row went in is
        # read from RETURNING: SQLAlchemy gives no rowcount for an INSERT on PostgreSQL.
        result = conn.execute(
            dialect_insert(conn, ReviewStateRow)
            .values(sheet_id=str(sheet_id), **values)
            .on_conflict_do_nothing(index_elements=[ReviewStateRow.sheet_id])
            .returning(ReviewStateRow.sheet_id)
        )
        if result.first() is None:
            raise ConflictError(state_changed(None))
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
        dialect_insert(conn, RemarkRow)
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
        .returning(RemarkRow.id)
    )
    return conn.execute(statement).first() is not None


def remarks(conn: Connection, sheet_id: uuid.UUID | None = None) -> list[Remark]:
    query = select(RemarkRow).order_by(RemarkRow.at, RemarkRow.id)
    if sheet_id is not None:
        query = query.where(RemarkRow.sheet_id == str(sheet_id))
    return [_remark(row) for row in conn.execute(query).all()]


def mark_remarks_sent(conn: Connection, ids: Iterable[uuid.UUID], at: datetime) -> None:
    """Mark the remarks sent (one already sent keeps its first time). ConflictError, with
    none of them marked, when one was deleted meanwhile (by another user on a server)."""
    for remark_id in ids:
        result = conn.execute(
            update(RemarkRow)
            .where(RemarkRow.id == str(remark_id), RemarkRow.sent_at.is_(None))
            .values(sent_at=at)
        )
        if result.rowcount:
            continue
        if conn.execute(select(RemarkRow.id).where(RemarkRow.id == str(remark_id))).first():
            continue  # sent already, by this user elsewhere or by another: the same remark
        raise ConflictError(
            translate(
                "caseflow",
                "En av merknadene er slettet av en annen i mellomtiden, så ingen av dem er "
                "markert som sendt. Last inn på nytt og send merknadene igjen.",
            ),
            deleted=True,
        )


def delete_unsent_remark(conn: Connection, remark_id: uuid.UUID) -> None:
    """Delete a remark not yet sent. ConflictError when it is gone or sent: the user saw it
    unsent, so another user (or window) deleted or sent it meanwhile."""
    row = conn.execute(select(RemarkRow).where(RemarkRow.id == str(remark_id))).first()
    if row is None:
        raise _remark_gone()
    if row.received:
        raise StoreError(
            translate(
                "caseflow",
                "En sendt merknad kan ikke slettes. Skriv en ny merknad som retter den.",
            )
        )
    if row.sent_at is not None:
        raise _remark_sent()
    # Only while it is unsent: on a server another user may send it between the read above
    # and this delete (this then waits for them and deletes nothing).
    result = conn.execute(
        delete(RemarkRow).where(
            RemarkRow.id == str(remark_id),
            RemarkRow.sent_at.is_(None),
            RemarkRow.received.is_(False),
        )
    )
    if result.rowcount != 1:
        gone = conn.execute(select(RemarkRow.id).where(RemarkRow.id == str(remark_id))).first()
        raise _remark_gone() if gone is None else _remark_sent()


def _remark_sent() -> ConflictError:
    return ConflictError(
        translate(
            "caseflow",
            "Merknaden er sendt i mellomtiden, og en sendt merknad kan ikke slettes. Last inn på "
            "nytt, og skriv heller en ny merknad som retter den.",
        )
    )


def _remark_gone() -> ConflictError:
    return ConflictError(
        translate(
            "caseflow",
            "Fant ikke merknaden; den er kanskje slettet av en annen i mellomtiden. Last inn på "
            "nytt.",
        ),
        deleted=True,
    )


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
        dialect_insert(conn, RemarkAnswerRow)
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
        .returning(RemarkAnswerRow.id)
    )
    return conn.execute(statement).first() is not None


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


# Each secretariat user has an order of their own: `user_key` is their certificate's
# fingerprint ("" for a user without one, e.g. on a laptop's own SQLite store).


def intake_order(conn: Connection, *, user_key: str = "") -> list[uuid.UUID]:
    """This user's order; until they set one, the order kept without a user (the one order
    of a store from before orders were per user, migration 0008), so none is lost."""
    for key in (user_key, "") if user_key else ("",):
        rows = conn.execute(
            select(IntakeOrderRow.sheet_id)
            .where(IntakeOrderRow.user_key == key)
            .order_by(IntakeOrderRow.position)
        ).all()
        if rows:
            break
    return [uuid.UUID(sheet_id) for (sheet_id,) in rows]


def set_intake_order(conn: Connection, order: Iterable[uuid.UUID], *, user_key: str = "") -> None:
    """Replace this user's order; other users' orders are not touched."""
    rows = sorted(
        ({"user_key": user_key, "sheet_id": str(s), "position": i} for i, s in enumerate(order)),
        key=lambda row: row["sheet_id"],
    )
    mine = IntakeOrderRow.user_key == user_key
    # The same user in two windows at once (on a server): the second waits here for the
    # first to commit, then writes its order whole over it. Rows are locked and written in
    # one order (by sheet) so two writers cannot deadlock; upsert-then-prune, not
    # delete-then-insert, so the first time (no rows to lock) cannot hit a key violation.
    conn.execute(
        select(IntakeOrderRow.sheet_id)
        .where(mine)
        .order_by(IntakeOrderRow.sheet_id)
        .with_for_update()
    ).all()
    if rows:
        upsert = dialect_insert(conn, IntakeOrderRow)
        conn.execute(
            upsert.on_conflict_do_update(
                index_elements=[IntakeOrderRow.user_key, IntakeOrderRow.sheet_id],
                set_={"position": upsert.excluded.position},
            ),
            rows,
        )
    kept = [row["sheet_id"] for row in rows]
    conn.execute(delete(IntakeOrderRow).where(mine, IntakeOrderRow.sheet_id.not_in(kept)))


def remark_not_found() -> str:
    return translate("caseflow", "Fant ikke merknaden.")
