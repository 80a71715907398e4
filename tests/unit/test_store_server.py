"""Two users of one database at the same moment (issue 16): no write is lost, a package
imported from two machines at once is stored once, and what the server does to a
transaction that collides with another reaches the user as a conflict to reload.

Threads with a `threading.Barrier` make the collisions real. The hooks that hold a writer
inside its transaction only work where two writers can be inside one at once, that is on
PostgreSQL; SQLite lets one writer in at a time (BEGIN IMMEDIATE), which is why those
tests are PostgreSQL only. The rest run on both databases.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from test_intake import kare, package, trust  # noqa: F401 - fixtures

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange import intake
from prosjektark.exchange.intake import import_package
from prosjektark.signing.identity import Identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.repository import Store, WriteToken
from prosjektark.store.sql_store import SqlStore

WAIT = 60  # seconds a thread waits for the other at most; a hang fails instead of hanging
SIGNER = Actor("Kåre Øvrebø", "ab" * 32)


def sheet_titled(title: str) -> Sheet:
    sheet = Sheet(profile="miljopakken")
    sheet.identification.title = title
    return sheet


def run_together(*jobs: Callable[[], object]) -> list[object]:
    """Run each job in a thread of its own; what each returned or raised, in order."""
    results: list[object] = [None] * len(jobs)

    def run(index: int, job: Callable[[], object]) -> None:
        try:
            results[index] = job()
        except Exception as exc:  # the test looks at it
            results[index] = exc

    threads = [threading.Thread(target=run, args=(n, job)) for n, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    assert not any(t.is_alive() for t in threads), "a writer never finished"
    return results


@pytest.fixture
def two_users(pg_url: str) -> tuple[Store, Store]:
    first, second = Store.open_url(pg_url), Store.open_url(pg_url)
    yield first, second
    first.close()
    second.close()


def meet_inside(monkeypatch: pytest.MonkeyPatch, name: str, parties: int = 2) -> None:
    """Make SqlStore.`name` (called inside a write transaction) wait until `parties`
    writers are there, so they all read before any of them writes."""
    barrier = threading.Barrier(parties)
    real = getattr(SqlStore, name)

    def meeting(*args: object) -> object:
        barrier.wait(WAIT)
        return real(*args)

    monkeypatch.setattr(SqlStore, name, staticmethod(meeting))


# -- no lost update --------------------------------------------------------------------------


@pytest.mark.postgresql
@pytest.mark.parametrize("write", ["working copy", "version"])
def test_two_users_saving_the_same_sheet_one_is_refused_and_no_write_is_lost(
    two_users: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch, write: str
) -> None:
    anne, bjorn = two_users
    sheet = sheet_titled("Felles ark")
    anne.create(sheet)
    for round_ in range(5):
        token_a, token_b = WriteToken(), WriteToken()
        mine, theirs = anne.load(sheet.id, token_a), bjorn.load(sheet.id, token_b)
        mine.description.purpose = f"Annes runde {round_}"
        theirs.description.purpose = f"Bjørns runde {round_}"
        with monkeypatch.context() as patch:
            meet_inside(patch, "_next_version")
            if write == "version":
                jobs = (
                    partial(anne.save_version, mine, "Anne", token_a),
                    partial(bjorn.save_version, theirs, "Bjørn", token_b),
                )
            else:
                jobs = (
                    partial(anne.save_working_copy, mine, token=token_a),
                    partial(bjorn.save_working_copy, theirs, token=token_b),
                )
            results = run_together(*jobs)

        refused = [r for r in results if isinstance(r, ConflictError)]
        assert len(refused) == 1, results
        assert "endret et annet sted" in str(refused[0])
        winner = theirs if isinstance(results[0], ConflictError) else mine
        stored = anne.load(sheet.id)
        assert stored.description.purpose == winner.description.purpose
        if write == "version":
            revisions = [r.revision for r in anne.revisions(sheet.id)]
            assert revisions == list(range(1, round_ + 2))
            assert anne.load_revision(sheet.id, round_ + 1).description == winner.description


@pytest.mark.postgresql
def test_signing_while_another_user_saves_leaves_one_of_them_behind(
    two_users: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    """mark_signed reads the working copy's version and writes the next one: under a
    lock, so a save that read the same version is refused or the signing sees the saved
    copy, and never do both writers hold the version that is stored."""
    from prosjektark.store import caseflow

    anne, bjorn = two_users
    sheet = sheet_titled("Signeres")
    token = WriteToken()
    anne.create(sheet, token)
    revision = anne.save_version(sheet, "Til signering", token)
    bjorn_token = WriteToken()
    editing = bjorn.load(sheet.id, bjorn_token)
    editing.description.purpose = "Endret mens det ble signert"
    # Both are inside their transaction, neither has read the working copy yet.
    barrier = threading.Barrier(2)
    record, next_version = caseflow.record, SqlStore._next_version

    def signing(*args: object, **kwargs: object) -> None:
        barrier.wait(WAIT)
        record(*args, **kwargs)

    def saving(*args: object) -> int:
        barrier.wait(WAIT)
        return next_version(*args)

    monkeypatch.setattr(caseflow, "record", signing)
    monkeypatch.setattr(SqlStore, "_next_version", staticmethod(saving))
    results = run_together(
        lambda: anne.mark_signed(sheet.id, revision, token),
        lambda: bjorn.save_working_copy(editing, token=bjorn_token),
    )
    monkeypatch.undo()

    assert results[0] is None, results
    stored = anne.load(sheet.id, now := WriteToken())
    (summary,) = anne.list_summaries()
    if isinstance(results[1], ConflictError):  # the signing came first
        assert summary.status == "signert"
        assert now.version == token.version
    else:  # the save came first: the working copy is no longer the signed revision
        assert results[1] is not None, results
        assert stored.description.purpose == "Endret mens det ble signert"
        assert summary.status == "utkast"
        assert now.version == bjorn_token.version != token.version
    assert [r.signed for r in anne.revisions(sheet.id)] == [True]


@pytest.mark.postgresql
def test_two_users_creating_the_same_sheet_one_is_told_it_exists(
    two_users: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    anne, bjorn = two_users
    sheet = sheet_titled("Opprettes to steder")
    meet_inside(monkeypatch, "_exists")
    results = run_together(lambda: anne.create(sheet), lambda: bjorn.create(sheet))
    (refused,) = [r for r in results if isinstance(r, Exception)]
    assert isinstance(refused, ConflictError), refused
    assert "samtidig" in str(refused) and "Last inn på nytt" in str(refused)
    assert anne.count() == 1


@pytest.mark.postgresql
def test_a_package_marked_delivered_in_two_windows_at_once_is_sent_once(
    two_users: tuple[Store, Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prosjektark.store import outbox

    anne, bjorn = two_users
    sheet = sheet_titled("Sendes")
    anne.create(sheet)
    entry = anne.add_outbox_entry(sheet.id, 1, "Sendes", tmp_path / "sendes_r1.asice")
    # Each window waits (a while at most) for the other to have read the entry too. With
    # the entry locked, the second cannot read it until the first is done: the first's
    # wait runs out, and the second then finds the entry delivered.
    barrier = threading.Barrier(2)
    real = outbox.list_entries

    def read_then_wait(*args: object) -> object:
        entries = real(*args)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(2)
        return entries

    monkeypatch.setattr(outbox, "list_entries", read_then_wait)
    results = run_together(
        partial(anne.mark_delivered, entry.id), partial(bjorn.mark_delivered, entry.id)
    )
    monkeypatch.undo()

    assert results == [None, None]
    assert [e.kind for e in anne.history(sheet.id)].count("sent") == 1
    assert anne.list_outbox()[0].state == "levert"


# -- one package, two machines ---------------------------------------------------------------


def test_one_package_imported_on_two_machines_at_once_is_stored_once(
    open_store,
    kare: Identity,  # noqa: F811 - the fixture
    trust: TrustStore,  # noqa: F811
    catalog: Catalog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = open_store(), open_store()
    sheet = example_sheets(catalog)[0]  # revision 3
    path = package(tmp_path, sheet, kare)
    # Both machines look, find nothing stored, and go on to store it.
    barrier = threading.Barrier(2)
    real = intake._stored_revision

    def look(store: Store, sheet_id):
        found = real(store, sheet_id)
        barrier.wait(WAIT)
        return found

    monkeypatch.setattr(intake, "_stored_revision", look)

    outcomes = run_together(
        lambda: import_package(first, path, trust, catalog),
        lambda: import_package(second, path, trust, catalog),
    )

    assert sorted(o.status for o in outcomes) == ["importert", "uendret"], [
        (o.status, o.message, o.reasons) for o in outcomes
    ]
    (told,) = [o for o in outcomes if o.status == "uendret"]
    assert "allerede importert" in told.message and told.exit_code == 0
    assert [(r.revision, r.signed) for r in first.revisions(sheet.id)] == [(3, True)]
    kinds = [e.kind for e in first.history(sheet.id)]
    assert kinds.count("received") == 1, kinds
    assert kinds.count("state_changed") == 1, kinds
    assert first.review_status(sheet.id).version == 1
    assert first.list_summaries()[0].status == "signert"


def test_import_revision_says_what_is_here_already(open_store) -> None:
    store = open_store()
    sheet = sheet_titled("Levert")
    sheet.revision = 3
    review = None

    stored = store.import_revision(sheet.model_copy(deep=True), 3, "r3", SIGNER, review)
    assert (stored.outcome, stored.revision, stored.previous, stored.in_bin) == (
        "stored",
        3,
        None,
        False,
    )
    same = store.import_revision(sheet.model_copy(deep=True), 3, "r3 igjen", SIGNER, review)
    assert (same.outcome, same.revision) == ("same", 3)
    other = sheet.model_copy(deep=True)
    other.identification.title = "Annet innhold"
    assert store.import_revision(other, 3, "", SIGNER, review).outcome == "different"
    older = sheet.model_copy(deep=True)
    older.revision = 2
    newer = store.import_revision(older, 2, "", SIGNER, review)
    assert (newer.outcome, newer.revision) == ("newer", 3)
    assert [r.note for r in store.revisions(sheet.id)] == ["r3"]

    store.delete(sheet.id)
    later = sheet.model_copy(deep=True)
    later.revision = 5
    updated = store.import_revision(later, 5, "r5", SIGNER, review)
    assert (updated.outcome, updated.previous, updated.in_bin) == ("stored", 3, True)
    assert (later.revision, store.load(sheet.id).revision) == (5, 5)
    assert [e.kind for e in store.history(sheet.id)] == ["received", "received"]


# -- what the server does to a collision -----------------------------------------------------


class _DriverError(Exception):
    """Stands for psycopg's error: SQLAlchemy wraps it; its SQLSTATE says what happened."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"server said {sqlstate}")
        self.sqlstate = sqlstate


def broken_off(monkeypatch: pytest.MonkeyPatch, times: int, sqlstate: str = "40P01") -> list:
    """The next `times` reads of a write version fail as the server fails a transaction
    it chose as a deadlock's victim (40P01) or could not serialise (40001)."""
    calls: list[int] = []
    real = SqlStore._next_version

    def failing(*args: object) -> object:
        calls.append(1)
        if len(calls) <= times:
            raise OperationalError("SELECT …", {}, _DriverError(sqlstate))
        return real(*args)

    monkeypatch.setattr(SqlStore, "_next_version", staticmethod(failing))
    return calls


@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])
def test_a_transaction_the_server_broke_off_is_run_once_more(
    open_store, monkeypatch: pytest.MonkeyPatch, sqlstate: str
) -> None:
    store = open_store()
    sheet = sheet_titled("Prøves igjen")
    token = WriteToken()
    store.create(sheet, token)
    sheet.description.purpose = "lagret på andre forsøk"
    calls = broken_off(monkeypatch, 1, sqlstate)

    store.save_working_copy(sheet, token=token)

    assert len(calls) == 2
    assert store.load(sheet.id).description.purpose == "lagret på andre forsøk"
    assert token.version == 2


def test_broken_off_twice_is_a_conflict_that_says_to_reload(
    open_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store()
    sheet = sheet_titled("Opptatt")
    store.create(sheet)
    sheet.description.purpose = "kom aldri inn"
    calls = broken_off(monkeypatch, 2)

    with pytest.raises(ConflictError) as caught:
        store.save_version(sheet, "forsøk")

    assert len(calls) == 2
    message = str(caught.value)
    assert "Last inn på nytt" in message and store.location in message
    assert sheet.revision == 0  # the sheet is as it was before the failed save
    assert store.revisions(sheet.id) == []


@pytest.mark.postgresql
def test_a_store_error_names_the_server_without_its_password(pg_url: str) -> None:
    with_password = pg_url.replace("prosjektark@", "prosjektark:hemmelig-passord@", 1)
    assert with_password != pg_url
    store = Store.open_url(with_password)
    try:
        sheet = sheet_titled("Feil")
        store.create(sheet)
        with pytest.raises(StoreError) as caught:
            store.save_working_copy(sheet, "ukjent")  # type: ignore[arg-type]  # breaks a CHECK
        assert "hemmelig" not in str(caught.value)
        assert store.location in str(caught.value) and "***" in store.location
    finally:
        store.close()


def test_every_stored_revision_carries_the_fields_the_intake_list_reads(open_store) -> None:
    """Saved and imported revisions alike: the list reads these, not the whole sheet."""
    from prosjektark.store.repository import list_json

    store = open_store()
    saved = sheet_titled("Lagret her")
    store.create(saved)
    store.save_version(saved, "v1")
    imported = sheet_titled("Levert hit")
    imported.revision = 2
    store.import_revision(imported, 2, "r2", SIGNER, None)
    rows = store._sql.query_rows("SELECT json, list_json FROM sheet_revisions", {})
    assert len(rows) == 2
    for body, stored in rows:
        assert stored == list_json(body)
        picked = json.loads(stored)
        assert picked["identification"]["title"] in {"Lagret her", "Levert hit"}
        assert set(picked) <= {"profile", "identification", "cost"}
