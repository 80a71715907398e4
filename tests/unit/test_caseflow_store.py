"""The case flow beside the sheets: history, review states, remarks and answers (issue 10)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy.exc import DBAPIError

from prosjektark.domain.caseflow import Actor, Remark, transition_problem
from prosjektark.domain.sheet import Sheet
from prosjektark.store import caseflow
from prosjektark.store.errors import ConflictError, StoreError, TransitionError
from prosjektark.store.repository import Store

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
OTHER = Actor("Siri Saksbehandler", "cc" * 32)


@pytest.fixture
def store(open_store) -> Store:
    opened = open_store()
    opened.actor = lambda: SEC
    return opened


def refused(store: Store, sql: str, match: str) -> None:
    """The database itself (a trigger) refuses `sql`, whatever program sends it."""
    with pytest.raises(DBAPIError, match=match), store._sql.engine.begin() as conn:
        conn.exec_driver_sql(sql)


@pytest.fixture
def review(catalog):
    return catalog.profile("miljoloftet").review


def delivered(store: Store, review, revision: int = 1) -> Sheet:
    sheet = Sheet(profile="miljoloftet")
    sheet.identification.title = "Kollektivfelt Fjøsangerveien"
    sheet.revision = revision - 1
    stored = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, WG, review, "pakke")
    return sheet


def kinds(store: Store, sheet_id: uuid.UUID) -> list[str]:
    return [e.kind for e in store.history(sheet_id)]


def test_what_happens_to_a_sheet_is_recorded_with_who_and_which_revision(store, tmp_path):
    store.actor = lambda: WG
    sheet = Sheet(profile="miljopakken")
    store.create(sheet)
    revision = store.save_version(sheet, note="første")
    store.mark_signed(sheet.id, revision)
    entry = store.add_outbox_entry(sheet.id, revision, "x", tmp_path / "x.asice")
    store.mark_delivered(entry.id, folder=tmp_path / "levering")
    store.mark_delivered(entry.id)  # already delivered: not recorded twice
    events = store.history(sheet.id)
    assert [e.kind for e in events] == ["created", "version_saved", "signed", "exported", "sent"]
    assert {(e.who, e.fingerprint) for e in events} == {(WG.name, WG.fingerprint)}
    assert [e.revision for e in events[1:]] == [1, 1, 1, 1]
    assert "levering" in events[-1].text
    [delivered_entry] = store.list_outbox(sheet.id)
    assert delivered_entry.delivered_to == tmp_path / "levering"
    assert events[0].as_dict()["kind"] == "created"


def test_the_history_is_append_only(store):
    sheet = Sheet()
    store.create(sheet)
    refused(store, "UPDATE case_events SET text = 'x'", "append-only")
    refused(store, "DELETE FROM case_events", "append-only")
    assert [e.kind for e in store.history(sheet.id)] == ["created"]


def test_a_delivery_is_received_and_reviewed_through_the_profiles_states(store, review):
    sheet = delivered(store, review)
    status = store.review_status(sheet.id)
    assert status.state == review.received == "mottatt" and not status.new_revision
    [received] = [e for e in store.history(sheet.id) if e.kind == "received"]
    assert (received.who, received.fingerprint) == (WG.name, WG.fingerprint)
    store.change_review_state(sheet.id, "til_samordning", review, comment="Tas i neste møte")
    with pytest.raises(TransitionError) as refused:
        store.change_review_state(sheet.id, "vedtatt", review)
    assert "Til samordning" in str(refused.value) and "Vedtatt" in str(refused.value)
    assert store.review_status(sheet.id).state == "til_samordning"
    last = store.history(sheet.id)[-1]
    assert (last.kind, last.state, last.text, last.who) == (
        "state_changed",
        "til_samordning",
        "Tas i neste møte",
        SEC.name,
    )


def test_a_stale_state_change_is_a_conflict_not_an_overwrite(store, review):
    sheet = delivered(store, review)
    seen = store.review_status(sheet.id).version
    store.change_review_state(sheet.id, "til_samordning", review, expected_version=seen)
    with pytest.raises(ConflictError, match="endret av en annen"):
        store.change_review_state(sheet.id, "returnert", review, expected_version=seen)
    assert store.review_status(sheet.id).state == "til_samordning"


def test_a_new_revision_of_a_returned_sheet_goes_back_to_received_marked_new(store, review):
    sheet = delivered(store, review)
    store.change_review_state(sheet.id, "returnert", review)
    store.receive_revision(sheet.id, 2, WG, review, "revisjon 2")
    status = store.review_status(sheet.id)
    assert status.state == "mottatt" and status.new_revision
    store.change_review_state(sheet.id, "til_samordning", review)
    assert not store.review_status(sheet.id).new_revision
    store.receive_revision(sheet.id, 3, WG, review, "revisjon 3")
    status = store.review_status(sheet.id)
    assert status.state == "til_samordning" and status.new_revision  # a later state is kept


def test_remarks_are_never_changed_or_deleted_once_sent(store, review):
    sheet = delivered(store, review)
    draft = store.add_remark(sheet.id, "Utkast", field="cost.expected_cost_mnok")
    store.delete_unsent_remark(draft.id)  # a draft may go
    remark = store.add_remark(sheet.id, "Begrunn standardavviket.", field="cost.std_dev_percent")
    assert remark.revision == 1 and (remark.by_name, remark.by_fingerprint) == astuple(SEC)
    with pytest.raises(StoreError, match="tom"):
        store.add_remark(sheet.id, "  ")
    store.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    with pytest.raises(ConflictError, match="kan ikke slettes"):
        store.delete_unsent_remark(remark.id)
    refused(store, "UPDATE remarks SET text = 'annet'", "never changed")
    refused(store, "DELETE FROM remarks", "never deleted")
    assert store.open_remark_counts() == {sheet.id: 1}
    [sent] = store.remarks(sheet.id)
    assert sent.sent and sent.text == "Begrunn standardavviket."


def test_received_remarks_and_answers_are_stored_once(store, review):
    sheet = delivered(store, review)
    remark = Remark(
        uuid.uuid4(), sheet.id, "", "Helhetlig merknad", SEC.name, SEC.fingerprint,
        store.history(sheet.id)[0].at, 1, store.history(sheet.id)[0].at, received=True,
    )  # fmt: skip
    assert store.store_received_remarks(sheet.id, [remark], SEC, "pakke") == 1
    assert store.store_received_remarks(sheet.id, [remark], SEC, "pakke") == 0
    store.actor = lambda: WG
    with pytest.raises(StoreError, match="revisjonen"):
        store.add_answer(remark.id, "fixed")
    with pytest.raises(StoreError, match="begrunnes"):
        store.add_answer(remark.id, "disagree", "")
    answer = store.add_answer(remark.id, "fixed", fixed_in_revision=2)
    store.mark_answers_delivered([answer.id], 2)
    [stored] = store.answers(sheet.id)
    assert stored.delivered_in_revision == 2 and stored.by_name == WG.name
    refused(store, "UPDATE remark_answers SET text = 'x'", "never changed")
    refused(store, "DELETE FROM remark_answers", "never deleted")
    assert store.store_delivered_answers(sheet.id, [stored], WG, 2) == 0  # same id: once
    assert store.open_remark_counts() == {}
    assert "remarks_received" in kinds(store, sheet.id) and "answer" in kinds(store, sheet.id)


def test_the_transition_rules_name_the_allowed_moves(review):
    assert transition_problem(review, None, "til_samordning") is None
    assert "allerede" in transition_problem(review, "mottatt", "mottatt")
    assert "ikke en saksstatus" in transition_problem(review, "mottatt", "godkjent")
    assert "kan saksstatusen ikke endres" in transition_problem(review, "vedtatt", "mottatt")


def test_the_intake_order_is_kept(store):
    order = [uuid.uuid4() for _ in range(3)]
    store.set_intake_order(order)
    assert store.intake_order() == order
    store.set_intake_order([order[2], uuid.uuid4(), order[0]])  # one gone, one new
    assert store.intake_order()[::2] == [order[2], order[0]] and len(store.intake_order()) == 3
    store.set_intake_order([])
    assert store.intake_order() == []


def test_each_user_has_an_intake_order_of_their_own(store):
    sheets = [uuid.uuid4() for _ in range(4)]
    with store._sql.engine.begin() as conn:
        caseflow.set_intake_order(conn, sheets, user_key=SEC.fingerprint)
        caseflow.set_intake_order(conn, sheets[::-1], user_key=OTHER.fingerprint)
        caseflow.set_intake_order(conn, sheets[1:3])  # a user without a certificate
    with store._sql.engine.begin() as conn:
        caseflow.set_intake_order(conn, sheets[2:], user_key=SEC.fingerprint)
    with store._sql.engine.connect() as conn:
        assert caseflow.intake_order(conn, user_key=SEC.fingerprint) == sheets[2:]
        assert caseflow.intake_order(conn, user_key=OTHER.fingerprint) == sheets[::-1]
        assert caseflow.intake_order(conn) == sheets[1:3]
        # A user who has not ordered yet starts from the order kept without a user (a
        # store's one order from before orders were per user).
        assert caseflow.intake_order(conn, user_key=WG.fingerprint) == sheets[1:3]
    with store._sql.engine.begin() as conn:
        caseflow.set_intake_order(conn, [], user_key=SEC.fingerprint)
    with store._sql.engine.connect() as conn:
        assert caseflow.intake_order(conn, user_key=SEC.fingerprint) == sheets[1:3]
        assert caseflow.intake_order(conn, user_key=OTHER.fingerprint) == sheets[::-1]


def astuple(actor: Actor) -> tuple[str, str]:
    return actor.name, actor.fingerprint


def test_the_latest_delivery_of_each_sheet_with_its_signing_time(store, review):
    from datetime import UTC, datetime

    sheet = delivered(store, review)
    other = delivered(store, review)
    signed = datetime(2026, 5, 30, 14, 5, tzinfo=UTC)
    store.receive_revision(sheet.id, 2, WG, review, "revisjon 2", signed_at=signed)
    deliveries = store.latest_deliveries()
    assert set(deliveries) == {sheet.id, other.id}
    latest = deliveries[sheet.id]
    assert (latest.revision, latest.signer, latest.signed_at) == (2, WG.name, signed)
    assert deliveries[other.id].revision == 1 and deliveries[other.id].signed_at is None


def test_a_stale_change_is_a_conflict_even_when_the_move_is_no_longer_allowed(store, review):
    sheet = delivered(store, review)
    seen = store.review_status(sheet.id).version
    store.change_review_state(sheet.id, "trukket", review)  # another user: now final
    with pytest.raises(ConflictError, match="Trukket"):
        store.change_review_state(sheet.id, "til_samordning", review, expected_version=seen)


def test_sending_and_receiving_remarks_names_the_revision_they_are_about(store, review):
    sheet = delivered(store, review)
    remark = store.add_remark(sheet.id, "Begrunn kostnaden.", field="cost.expected_cost_mnok")
    store.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    sent = next(e for e in store.history(sheet.id) if e.kind == "remarks_sent")
    assert sent.revision == remark.revision == 1
    received = Remark(
        uuid.uuid4(), sheet.id, "", "Helhetlig merknad", SEC.name, SEC.fingerprint,
        sent.at, 1, sent.at, received=True,
    )  # fmt: skip
    store.store_received_remarks(sheet.id, [received], SEC, "pakke")
    event = next(e for e in store.history(sheet.id) if e.kind == "remarks_received")
    assert event.revision == 1


# -- two users (two stores on one database) --------------------------------------------------


@pytest.fixture
def other(open_store) -> Store:
    opened = open_store()
    opened.actor = lambda: OTHER
    return opened


def test_a_first_move_that_finds_a_state_written_after_its_read_is_a_conflict(
    store, review, monkeypatch
):
    # Two first moves at once both read «no state» (on a server). The race is made here by
    # reading «no state» once after another user's move; the insert must then be refused
    # as a conflict, not fail as a database error.
    sheet = Sheet(profile="miljoloftet")
    store.save_version(sheet, record=False)
    store.change_review_state(sheet.id, "til_samordning", review, expected_version=0)
    real = caseflow.review_status
    calls = []

    def stale_once(conn, sheet_id):
        calls.append(sheet_id)
        return None if len(calls) <= 2 else real(conn, sheet_id)

    monkeypatch.setattr(caseflow, "review_status", stale_once)
    with pytest.raises(ConflictError, match="Last inn på nytt"):
        store.change_review_state(sheet.id, "returnert", review, expected_version=0)
    monkeypatch.setattr(caseflow, "review_status", real)
    assert store.review_status(sheet.id).state == "til_samordning"
    assert [e.state for e in store.history(sheet.id) if e.kind == "state_changed"] == [
        "til_samordning"
    ]


def test_deleting_a_remark_another_user_sent_meanwhile_is_a_conflict(store, other, review):
    sheet = delivered(store, review)
    remark = store.add_remark(sheet.id, "Begrunn kostnaden.")
    other.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    with pytest.raises(ConflictError) as caught:
        store.delete_unsent_remark(remark.id)
    assert "sendt i mellomtiden" in str(caught.value) and "Last inn på nytt" in str(caught.value)
    assert not caught.value.deleted
    assert [r.sent for r in store.remarks(sheet.id)] == [True]


def test_sending_a_remark_another_user_deleted_meanwhile_sends_none(store, other, review):
    sheet = delivered(store, review)
    kept = store.add_remark(sheet.id, "Begrunn kostnaden.")
    gone = store.add_remark(sheet.id, "Utkast")
    other.delete_unsent_remark(gone.id)
    with pytest.raises(ConflictError) as caught:
        store.mark_remarks_sent(sheet.id, [kept.id, gone.id], "2 merknader")
    assert caught.value.deleted
    assert "slettet av en annen" in str(caught.value) and "Last inn på nytt" in str(caught.value)
    assert [(r.id, r.sent) for r in store.remarks(sheet.id)] == [(kept.id, False)]
    assert "remarks_sent" not in kinds(store, sheet.id)
    with pytest.raises(ConflictError, match="slettet av en annen"):
        store.delete_unsent_remark(gone.id)  # deleted twice: the second user is told


def test_sending_remarks_another_user_sent_already_keeps_the_first_time(store, other, review):
    sheet = delivered(store, review)
    remark = store.add_remark(sheet.id, "Begrunn kostnaden.")
    other.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    first = store.remarks(sheet.id)[0].sent_at
    store.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    assert store.remarks(sheet.id)[0].sent_at == first


def test_a_sheet_owner_is_claimed_once_and_handed_over_with_a_record(store, other):
    sheet_id = uuid.uuid4()
    assert store.claim_sheet(sheet_id, WG.fingerprint, WG.name).fingerprint == WG.fingerprint
    assert other.claim_sheet(sheet_id, SEC.fingerprint, SEC.name).fingerprint == WG.fingerprint
    other.hand_over(sheet_id, "dd" * 32, "Per", by_name=OTHER.name, reason="ny leder")
    assert store.sheet_owner(sheet_id).fingerprint == "dd" * 32
    [handover] = store.handovers(sheet_id)
    assert (handover.from_fingerprint, handover.to_fingerprint) == (WG.fingerprint, "dd" * 32)
    refused(store, "DELETE FROM sheet_handovers", "append-only")
