"""Two secretariat users on one PostgreSQL database at the same moment (issue 16, item 3).

SQLite serialises writers (BEGIN IMMEDIATE), so these races only exist on a server. Each
test opens two `Store`s on the test's database (two users), lets two threads start the
same kind of change together (threading.Barrier) and repeats that for many rounds, since
one round may happen not to overlap. Whatever the interleaving, one change wins, the other
user gets a ConflictError telling them to reload, and nothing is lost or written twice.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import partial

import pytest
from sqlalchemy import func, select

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.domain.sheet import Sheet
from prosjektark.store.errors import ConflictError
from prosjektark.store.models import ScenarioChangeRow, ScenarioEntryRow
from prosjektark.store.repository import Store

pytestmark = pytest.mark.postgresql

ROUNDS = 25
# «Last inn på nytt», or «Last inn scenarioet på nytt» where the thing is named.
RELOAD = re.compile(r"Last inn (\w+ )?på nytt")

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
OTHER = Actor("Siri Saksbehandler", "cc" * 32)


@pytest.fixture
def users(pg_url):
    """Two secretariat users of one server database, each with a Store of their own."""
    first, second = Store.open_url(pg_url), Store.open_url(pg_url)
    first.actor = lambda: SEC
    second.actor = lambda: OTHER
    yield first, second
    first.close()
    second.close()


@pytest.fixture
def review(catalog):
    return catalog.profile("miljoloftet").review


def race(*calls: Callable[[], object]) -> list[tuple[str, object]]:
    """Runs the calls in threads released together; per call ("ok", result) or
    ("error", exception), in the order given."""
    barrier = threading.Barrier(len(calls))
    results: list[tuple[str, object]] = [("not run", None)] * len(calls)

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = ("ok", call())
        except Exception as exc:  # the test judges every outcome, expected or not
            results[index] = ("error", exc)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def one_wins(results: list[tuple[str, object]], says: str) -> int:
    """The index of the one call that succeeded; the other must be a ConflictError (not
    a database error) that says what happened (`says`, not just «someone else wrote») and
    tells the user to reload."""
    winners = [i for i, (kind, _) in enumerate(results) if kind == "ok"]
    losers = [value for kind, value in results if kind != "ok"]
    assert len(winners) == 1, results
    [loser] = losers
    assert type(loser) is ConflictError, repr(loser)
    assert says in str(loser) and RELOAD.search(str(loser)), str(loser)
    return winners[0]


def signed_sheet(store: Store, title: str) -> Sheet:
    """A sheet with a signed revision and no review state yet (a delivery in progress)."""
    sheet = Sheet(profile="miljoloftet")
    sheet.identification.title = title
    revision = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, revision, record=False)
    return sheet


def state_changes(store: Store, sheet_id: uuid.UUID) -> list[str]:
    return [e.state for e in store.history(sheet_id) if e.kind == "state_changed"]


def test_two_first_state_moves_at_once_one_wins_the_other_is_a_conflict(users, review):
    mine, theirs = users
    for n in range(ROUNDS):
        sheet = signed_sheet(mine, f"Tiltak {n}")
        targets = ("til_samordning", "returnert")
        results = race(
            partial(mine.change_review_state, sheet.id, targets[0], review, expected_version=0),
            partial(theirs.change_review_state, sheet.id, targets[1], review, expected_version=0),
        )
        winner = one_wins(results, "Saksstatusen er endret av en annen")
        status = mine.review_status(sheet.id)
        assert (status.state, status.version) == (targets[winner], 1)
        assert state_changes(mine, sheet.id) == [targets[winner]]


def test_two_later_state_moves_at_once_one_wins_the_other_is_a_conflict(users, review):
    mine, theirs = users
    for n in range(ROUNDS):
        sheet = signed_sheet(mine, f"Tiltak {n}")
        mine.receive_revision(sheet.id, 1, WG, review, "pakke")
        seen = mine.review_status(sheet.id).version
        targets = ("til_samordning", "trukket")
        results = race(
            partial(mine.change_review_state, sheet.id, targets[0], review, expected_version=seen),
            partial(
                theirs.change_review_state, sheet.id, targets[1], review, expected_version=seen
            ),
        )
        winner = one_wins(results, "Saksstatusen er endret av en annen")
        status = theirs.review_status(sheet.id)
        assert (status.state, status.version) == (targets[winner], seen + 1)
        assert state_changes(theirs, sheet.id) == [review.received, targets[winner]]


def scenario_of(name: str, *sheets: uuid.UUID) -> Scenario:
    return Scenario(
        id=uuid.uuid4(),
        name=name,
        profile="miljoloftet",
        entries=tuple(ScenarioEntry(s, 1) for s in sheets),
    )


def count(store: Store, column, scenario_id: uuid.UUID) -> int:
    with store._sql.engine.connect() as conn:
        return conn.execute(select(func.count()).where(column == str(scenario_id))).scalar_one()


def test_two_saves_of_the_same_scenario_version_one_wins_and_no_entry_is_lost(users):
    mine, theirs = users
    for n in range(ROUNDS):
        a, b, c, d = (uuid.uuid4() for _ in range(4))
        base = mine.create_scenario(scenario_of(f"Forslag {n}", a, b))
        ours = replace(base, entries=(ScenarioEntry(c, 1), *base.entries))
        excluded = base.with_entry(ScenarioEntry(a, 1, included=False, reason="Dyrt"))
        others = replace(excluded, entries=(*excluded.entries, ScenarioEntry(d, 2)))
        results = race(
            partial(mine.save_scenario, ours, "Mitt", expected_version=1),
            partial(theirs.save_scenario, others, "Deres", expected_version=1),
        )
        winner = one_wins(results, "ble lagret av")
        expected = (ours, others)[winner]
        stored = theirs.load_scenario(base.id)
        assert stored.version == 2
        assert stored.entries == expected.entries
        assert count(mine, ScenarioEntryRow.scenario_id, base.id) == len(expected.entries)
        changes = mine.scenario_changes(base.id)
        assert [(c.version, c.text) for c in changes][1:] == [(2, ("Mitt", "Deres")[winner])]


def test_deleting_a_scenario_while_it_is_saved_leaves_no_entries_behind(users):
    mine, theirs = users
    for n in range(ROUNDS):
        created = mine.create_scenario(scenario_of(f"Forslag {n}", uuid.uuid4()))
        changed = replace(created, entries=(*created.entries, ScenarioEntry(uuid.uuid4(), 1)))
        results = race(
            partial(mine.delete_scenario, created.id),
            partial(theirs.save_scenario, changed, "endring", expected_version=1),
        )
        deleted, saved = results
        assert deleted[0] == "ok", deleted  # whoever came first, the deletion stands
        if saved[0] != "ok":
            assert type(saved[1]) is ConflictError and saved[1].deleted, repr(saved[1])
        assert mine.scenarios() == []
        assert count(mine, ScenarioEntryRow.scenario_id, created.id) == 0
        assert count(mine, ScenarioChangeRow.scenario_id, created.id) == 0


def test_two_first_settings_of_the_frames_one_wins(users):
    mine, theirs = users
    for n in range(ROUNDS):
        profile = f"program-{n}"
        lines = (
            [FrameLine(2027, "bompenger", "", Decimal("812.5"))],
            [FrameLine(2028, "statlige_midler", "", Decimal("300"))],
        )
        results = race(
            partial(mine.set_frames, profile, lines[0], expected_version=0),
            partial(theirs.set_frames, profile, lines[1], expected_version=0),
        )
        winner = one_wins(results, f"Rammene for {profile} ble endret av")
        assert theirs.frames(profile) == lines[winner]
        assert theirs.frames_version(profile) == 1


def test_two_users_keep_their_own_intake_order_at_the_same_time(users):
    mine, theirs = users
    sheets = [uuid.uuid4() for _ in range(30)]
    for n in range(ROUNDS):
        my_order = sheets[n:] + sheets[:n]
        their_order = list(reversed(my_order))
        results = race(
            partial(mine.set_intake_order, my_order),
            partial(theirs.set_intake_order, their_order),
        )
        assert results == [("ok", None), ("ok", None)]
        assert mine.intake_order() == my_order
        assert theirs.intake_order() == their_order


def test_one_user_in_two_windows_reordering_at_once_keeps_one_whole_order(pg_url):
    first, second = Store.open_url(pg_url), Store.open_url(pg_url)
    first.actor = second.actor = lambda: SEC
    try:
        sheets = [uuid.uuid4() for _ in range(30)]
        for n in range(ROUNDS):
            orders = (sheets[n:] + sheets[:n], list(reversed(sheets))[: 20 + n % 10])
            results = race(
                partial(first.set_intake_order, orders[0]),
                partial(second.set_intake_order, orders[1]),
            )
            assert results == [("ok", None), ("ok", None)]
            assert first.intake_order() in orders  # the last one, whole; never a mix
    finally:
        first.close()
        second.close()


def test_deleting_an_unsent_remark_while_it_is_sent_one_wins_with_a_clear_message(users, review):
    mine, theirs = users
    sheet = signed_sheet(mine, "Merknader")
    mine.receive_revision(sheet.id, 1, WG, review, "pakke")
    for n in range(ROUNDS):
        remark = mine.add_remark(sheet.id, f"Merknad {n}")
        sent_before = sum(1 for e in mine.history(sheet.id) if e.kind == "remarks_sent")
        results = race(
            partial(mine.delete_unsent_remark, remark.id),
            partial(theirs.mark_remarks_sent, sheet.id, [remark.id], "1 merknad"),
        )
        winner = one_wins(results, "i mellomtiden")
        stored = {r.id: r for r in theirs.remarks(sheet.id)}
        sent_events = sum(1 for e in mine.history(sheet.id) if e.kind == "remarks_sent")
        loser = results[1 - winner][1]
        if winner == 0:  # deleted first: it was never sent, and nobody is told it was
            assert remark.id not in stored
            assert sent_events == sent_before
            assert loser.deleted and "slettet" in str(loser)
        else:  # sent first: it stays, sent, whatever the other user tried
            assert stored[remark.id].sent
            assert sent_events == sent_before + 1
            assert "sendt" in str(loser)


def test_two_handovers_of_one_sheet_at_once_are_a_chain_never_both_from_the_first_owner(
    users,
):
    # hand_over takes the owner it replaces from the database, so two handovers one after
    # the other are both right (WG → Per → Pål). Overlapping, the second read the first
    # owner too: it must be refused, not recorded as a second handover from WG.
    mine, theirs = users
    for _ in range(ROUNDS):
        sheet_id = uuid.uuid4()
        mine.claim_sheet(sheet_id, WG.fingerprint, WG.name)
        targets = ("dd" * 32, "ee" * 32)
        results = race(
            partial(mine.hand_over, sheet_id, targets[0], "Per", by_name=SEC.name),
            partial(theirs.hand_over, sheet_id, targets[1], "Pål", by_name=OTHER.name),
        )
        for kind, value in results:
            assert kind == "ok" or type(value) is ConflictError, repr(value)
            assert kind == "ok" or "overført av en annen" in str(value), str(value)
            assert kind == "ok" or RELOAD.search(str(value)), str(value)
        handovers = theirs.handovers(sheet_id)
        assert len(handovers) == sum(kind == "ok" for kind, _ in results) >= 1
        chain = [WG.fingerprint] + [h.to_fingerprint for h in handovers]
        assert [h.from_fingerprint for h in handovers] == chain[:-1]
        assert mine.sheet_owner(sheet_id).fingerprint == chain[-1]


def test_two_first_claims_of_one_sheet_agree_on_the_owner(users):
    mine, theirs = users
    for _ in range(ROUNDS):
        sheet_id = uuid.uuid4()
        results = race(
            partial(mine.claim_sheet, sheet_id, WG.fingerprint, WG.name),
            partial(theirs.claim_sheet, sheet_id, SEC.fingerprint, SEC.name),
        )
        assert [kind for kind, _ in results] == ["ok", "ok"], results
        first, second = (owner for _, owner in results)
        assert first == second == mine.sheet_owner(sheet_id)
