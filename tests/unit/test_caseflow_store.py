"""The case flow beside the sheets: history, review states, remarks and answers (issue 10)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from prosjektark.domain.caseflow import Actor, Remark, transition_problem
from prosjektark.domain.sheet import Sheet
from prosjektark.store.errors import ConflictError, StoreError, TransitionError
from prosjektark.store.repository import Store

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg")
    opened.actor = lambda: SEC
    yield opened
    opened.close()


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
    with sqlite3.connect(store.db_path) as con:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("UPDATE case_events SET text = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute("DELETE FROM case_events")


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
    with pytest.raises(StoreError, match="kan ikke slettes"):
        store.delete_unsent_remark(remark.id)
    with (
        sqlite3.connect(store.db_path) as con,
        pytest.raises(sqlite3.DatabaseError, match="never changed"),
    ):
        con.execute("UPDATE remarks SET text = 'annet'")
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
    with (
        sqlite3.connect(store.db_path) as con,
        pytest.raises(sqlite3.DatabaseError, match="never changed"),
    ):
        con.execute("UPDATE remark_answers SET text = 'x'")
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
