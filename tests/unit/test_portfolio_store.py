"""The store's side of prioritisation (issue 11): delivered sheets for the portfolio, the
programme's frames and the secretariat's scenarios, with the conflict rule for both.

Two `Store` objects on one database stand for two secretariat users (or a window and the
CLI); every test that is not about a SQLite file runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import DBAPIError

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.domain.sheet import Sheet
from prosjektark.store.database import HEAD_REVISION, create_sqlite_engine, upgrade
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.store.models import ScenarioChangeRow, ScenarioEntryRow
from prosjektark.store.repository import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
SHEET_A = uuid.UUID("11111111-1111-4111-8111-111111111111")  # in the v0004 fixture

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
OTHER = Actor("Siri Saksbehandler", "cc" * 32)


@pytest.fixture
def two_stores(open_store):
    first, second = open_store(), open_store()
    first.actor = lambda: SEC
    second.actor = lambda: OTHER
    return first, second


@pytest.fixture
def store(two_stores) -> Store:
    return two_stores[0]


@pytest.fixture
def review(catalog):
    return catalog.profile("miljoloftet").review


def deliver(store: Store, sheet: Sheet, review, *, create: bool = True) -> int:
    """What the intake does with a verified package: a signed revision, «received»."""
    if create:
        store.create(sheet)
    revision = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, revision, record=False)
    store.receive_revision(sheet.id, revision, WG, review, "pakke")
    return revision


def sheet_of(profile: str, title: str) -> Sheet:
    sheet = Sheet(profile=profile)
    sheet.identification.title = title
    return sheet


def scenario_of(name: str, profile: str, *sheets: uuid.UUID) -> Scenario:
    return Scenario(
        id=uuid.uuid4(),
        name=name,
        profile=profile,
        entries=tuple(ScenarioEntry(s, 1) for s in sheets),
    )


class Statements:
    """Counts the SQL statements a store's engine runs (to show a read is bounded)."""

    def __init__(self, store: Store) -> None:
        self.count = 0
        self._engine = store._sql._engine
        event.listen(self._engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        self.count += 1

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


# -- delivered sheets ---------------------------------------------------------------------


def test_delivered_sheets_are_read_at_the_delivered_revision_not_a_later_working_copy(
    store, review
):
    sheet = sheet_of("miljoloftet", "Kollektivfelt Fjøsangerveien")
    delivered = deliver(store, sheet, review)
    # The working group (or the secretariat's copy) goes on after delivering.
    sheet.identification.title = "Endret etter levering"
    store.save_working_copy(sheet)
    store.save_version(sheet, note="arbeid videre")

    [(delivery, parsed)] = store.delivered_sheets()

    assert parsed.id == sheet.id == delivery.sheet_id
    assert parsed.revision == delivery.revision == delivered
    assert parsed.identification.title == "Kollektivfelt Fjøsangerveien"
    assert (delivery.signer, delivery.fingerprint) == (WG.name, WG.fingerprint)
    assert delivery.received_at is not None


def test_a_newer_delivery_replaces_the_older_one(store, review):
    sheet = sheet_of("miljoloftet", "Første levering")
    deliver(store, sheet, review)
    sheet.identification.title = "Andre levering"
    second = deliver(store, sheet, review, create=False)
    [(delivery, parsed)] = store.delivered_sheets()
    assert (delivery.revision, parsed.revision) == (second, second)
    assert parsed.identification.title == "Andre levering"


def test_the_signing_time_comes_with_the_delivery(store, review):
    from datetime import UTC, datetime

    sheet = sheet_of("miljoloftet", "Signert")
    store.create(sheet)
    revision = store.save_version(sheet, record=False)
    signed_at = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    store.receive_revision(sheet.id, revision, WG, review, "pakke", signed_at=signed_at)
    [(delivery, _)] = store.delivered_sheets()
    assert delivery.signed_at == signed_at


def test_the_bin_undelivered_sheets_and_other_programmes_are_left_out(store, review):
    bergen = sheet_of("miljoloftet", "Bergen")
    trondheim = sheet_of("miljopakken", "Trondheim")
    binned = sheet_of("miljoloftet", "I papirkurven")
    draft = sheet_of("miljoloftet", "Aldri levert")
    for sheet in (bergen, trondheim, binned):
        deliver(store, sheet, review)
    store.create(draft)
    store.save_version(draft)
    store.delete(binned.id)

    assert {s.id for _, s in store.delivered_sheets()} == {bergen.id, trondheim.id}
    assert [s.id for _, s in store.delivered_sheets("miljoloftet")] == [bergen.id]
    assert [s.id for _, s in store.delivered_sheets("miljopakken")] == [trondheim.id]
    assert store.delivered_sheets("finnes-ikke") == []

    store.restore(binned.id)
    assert {s.id for _, s in store.delivered_sheets("miljoloftet")} == {bergen.id, binned.id}


def test_a_sheet_owned_before_the_case_history_is_delivered_at_its_newest_signed_revision(
    store,
):
    sheet = sheet_of("miljopakken", "Importert før saksflyten")
    store.create(sheet)
    signed = store.save_version(sheet)
    store.mark_signed(sheet.id, signed)
    sheet.identification.title = "Usignert endring"
    store.save_version(sheet)
    store.claim_sheet(sheet.id, WG.fingerprint, WG.name)

    [(delivery, parsed)] = store.delivered_sheets()
    assert (delivery.revision, parsed.revision) == (signed, signed)
    assert parsed.identification.title == "Importert før saksflyten"
    assert (delivery.signer, delivery.fingerprint) == (WG.name, WG.fingerprint)
    assert delivery.signed_at is None


def test_the_intake_list_and_the_portfolio_agree_on_what_is_delivered(store, review):
    sheets = [sheet_of("miljoloftet", f"Tiltak {n}") for n in range(4)]
    for sheet in sheets[:3]:
        deliver(store, sheet, review)
    store.create(sheets[3])
    store.delete(sheets[0].id)
    rows = {(uuid.UUID(r[0]), r[1]) for r in store.delivered_sheet_rows()}
    assert rows == {(d.sheet_id, d.revision) for d, _ in store.delivered_sheets()}
    assert len(rows) == 2


def test_delivered_sheets_takes_the_same_number_of_queries_for_3_and_30_sheets(store, review):
    def queries() -> int:
        counter = Statements(store)
        try:
            store.delivered_sheets("miljoloftet")
        finally:
            counter.close()
        return counter.count

    store.delivered_sheets()  # the engine connects (and sets its pragmas) before counting
    for n in range(3):
        deliver(store, sheet_of("miljoloftet", f"Tiltak {n}"), review)
    few = queries()
    for n in range(3, 30):
        deliver(store, sheet_of("miljoloftet", f"Tiltak {n}"), review)
    assert len(store.delivered_sheets("miljoloftet")) == 30
    assert queries() == few
    assert 1 <= few <= 3


# -- frames -------------------------------------------------------------------------------


FRAMES = [
    FrameLine(2027, "bompenger", "", Decimal("812.5")),
    FrameLine(2027, "statlige_midler", "", Decimal("300")),
    FrameLine(2027, "bompenger", "Bergen", Decimal("120.25")),
    FrameLine(2028, "bompenger", "", Decimal("0.10")),
]


def test_frames_round_trip_exactly_and_record_who_set_them(store):
    assert store.frames("miljoloftet") == []
    assert store.frames_version("miljoloftet") == 0

    version = store.set_frames("miljoloftet", FRAMES, expected_version=0)

    assert version == store.frames_version("miljoloftet") == 1
    stored = store.frames("miljoloftet")
    assert sorted(stored, key=lambda f: f.key) == sorted(FRAMES, key=lambda f: f.key)
    assert [str(f.amount_mnok) for f in stored if f.year == 2028] == ["0.10"]
    info = store.frames_info("miljoloftet")
    assert (info.version, info.changed_by, info.changed_fingerprint) == (
        1,
        SEC.name,
        SEC.fingerprint,
    )
    assert info.changed_at is not None
    assert store.frames("miljopakken") == []  # frames belong to one programme


def test_setting_frames_replaces_every_line(store):
    store.set_frames("miljoloftet", FRAMES)
    store.set_frames("miljopakken", FRAMES[:1])
    version = store.set_frames("miljoloftet", FRAMES[1:2], expected_version=1)
    assert version == 2
    assert store.frames("miljoloftet") == FRAMES[1:2]
    assert store.frames("miljopakken") == FRAMES[:1]
    store.set_frames("miljoloftet", [])
    assert store.frames("miljoloftet") == []
    assert store.frames_version("miljoloftet") == 3


def test_frames_set_by_someone_else_meanwhile_are_not_overwritten(two_stores):
    mine, theirs = two_stores
    mine.set_frames("miljoloftet", FRAMES)
    read_version = mine.frames_version("miljoloftet")

    theirs.set_frames("miljoloftet", FRAMES[:2], expected_version=read_version)
    with pytest.raises(ConflictError) as caught:
        mine.set_frames("miljoloftet", FRAMES[2:], expected_version=read_version)

    message = str(caught.value)
    assert "endret av Siri Saksbehandler" in message
    assert "Last inn rammene på nytt" in message
    assert mine.frames("miljoloftet") == theirs.frames("miljoloftet")
    assert sorted(f.key for f in mine.frames("miljoloftet")) == sorted(f.key for f in FRAMES[:2])
    assert mine.frames_version("miljoloftet") == 2


def test_two_frame_lines_for_the_same_cell_are_refused(store):
    twice = [FRAMES[0], FrameLine(2027, "bompenger", "", Decimal("1"))]
    with pytest.raises(StoreError, match="mer enn én gang"):
        store.set_frames("miljoloftet", twice)
    assert store.frames_version("miljoloftet") == 0


# -- scenarios ----------------------------------------------------------------------------


def test_a_scenario_round_trips_with_its_entries_in_rank_order(store):
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    scenario = Scenario(
        id=uuid.uuid4(),
        name="Forslag A",
        profile="miljoloftet",
        entries=(
            ScenarioEntry(c, 3),
            ScenarioEntry(a, 1, included=False, reason="Mangler finansiering"),
            ScenarioEntry(b, 2, shift_years=-1),
        ),
    )
    created = store.create_scenario(scenario)

    assert created.version == 1
    assert (created.created_by, created.modified_by) == (SEC.name, SEC.name)
    assert created.created_at is not None and created.created_at == created.modified_at
    loaded = store.load_scenario(scenario.id)
    assert loaded == created
    assert [e.sheet_id for e in loaded.entries] == [c, a, b]
    assert loaded.entry(a) == ScenarioEntry(a, 1, included=False, reason="Mangler finansiering")
    assert loaded.entry(b).shift_years == -1
    [change] = store.scenario_changes(scenario.id)
    assert (change.who, change.fingerprint, change.version) == (SEC.name, SEC.fingerprint, 1)
    assert change.text == "Opprettet med 3 tiltak, 2 tatt med."


def test_saving_writes_the_next_version_and_records_who_changed_what(two_stores):
    mine, theirs = two_stores
    a, b = uuid.uuid4(), uuid.uuid4()
    created = mine.create_scenario(scenario_of("Forslag A", "miljoloftet", a, b))

    moved = created.moved(b, -1).with_entry(ScenarioEntry(a, 1, included=False, reason="Dyrt"))
    saved = theirs.save_scenario(moved, "Tok ut «A»; flyttet «B» opp", expected_version=1)

    assert saved.version == 2
    assert (saved.modified_by, saved.created_by) == (OTHER.name, SEC.name)
    assert saved.modified_at > saved.created_at
    assert [e.sheet_id for e in saved.entries] == [b, a]
    assert mine.load_scenario(created.id) == saved
    changes = mine.scenario_changes(created.id)
    assert [(c.version, c.who) for c in changes] == [(1, SEC.name), (2, OTHER.name)]
    assert changes[-1].text == "Tok ut «A»; flyttet «B» opp"
    assert changes[0].at < changes[1].at


def test_a_stale_save_is_refused_naming_who_saved_and_nothing_is_written(two_stores):
    mine, theirs = two_stores
    a, b = uuid.uuid4(), uuid.uuid4()
    mine.create_scenario(scenario_of("Forslag A", "miljoloftet", a, b))
    my_copy = mine.find_scenario("Forslag A", "miljoloftet")
    their_copy = theirs.find_scenario("Forslag A", "miljoloftet")

    theirs.save_scenario(their_copy.moved(b, -1), "Flyttet B opp", expected_version=1)
    excluded = my_copy.with_entry(ScenarioEntry(a, 1, included=False))
    with pytest.raises(ConflictError) as caught:
        mine.save_scenario(excluded, "Tok ut A", expected_version=my_copy.version)

    message = str(caught.value)
    assert "«Forslag A» ble lagret av Siri Saksbehandler" in message
    assert "Endringene dine er ikke lagret" in message
    assert not caught.value.deleted
    stored = mine.load_scenario(my_copy.id)
    assert stored.version == 2
    assert [e.sheet_id for e in stored.entries] == [b, a]
    assert all(e.included for e in stored.entries)
    assert [c.text for c in mine.scenario_changes(my_copy.id)][1:] == ["Flyttet B opp"]


def test_saving_a_scenario_someone_else_deleted_is_a_conflict(two_stores):
    mine, theirs = two_stores
    created = mine.create_scenario(scenario_of("Forslag A", "miljoloftet", uuid.uuid4()))
    theirs.delete_scenario(created.id)
    with pytest.raises(ConflictError) as caught:
        mine.save_scenario(created, "endring", expected_version=1)
    assert caught.value.deleted
    assert "slettet" in str(caught.value)
    assert mine.scenarios() == []


def test_scenario_names_are_unique_per_programme(store):
    store.create_scenario(scenario_of("Forslag A", "miljoloftet", uuid.uuid4()))
    with pytest.raises(StoreError) as caught:
        store.create_scenario(scenario_of("  forslag  a ", "miljoloftet", uuid.uuid4()))
    assert str(caught.value).startswith(
        "Det finnes allerede et scenario som heter «forslag a» i miljoloftet."
    )
    # Another programme may use the name.
    store.create_scenario(scenario_of("Forslag A", "miljopakken", uuid.uuid4()))
    assert [(s.name, s.profile) for s in store.scenarios()] == [
        ("Forslag A", "miljoloftet"),
        ("Forslag A", "miljopakken"),
    ]
    with pytest.raises(StoreError, match="må ha et navn"):
        store.create_scenario(scenario_of("   ", "miljoloftet"))


def test_a_scenario_cannot_be_renamed_to_a_name_in_use(store):
    store.create_scenario(scenario_of("Forslag A", "miljoloftet"))
    b = store.create_scenario(scenario_of("Forslag B", "miljoloftet"))
    with pytest.raises(StoreError, match="heter «Forslag A»"):
        store.save_scenario(
            Scenario(**{**b.__dict__, "name": "Forslag A"}), "x", expected_version=1
        )
    assert store.load_scenario(b.id).version == 1
    renamed = store.save_scenario(
        Scenario(**{**b.__dict__, "name": "Forslag C"}), "Nytt navn", expected_version=1
    )
    assert store.find_scenario("forslag c").id == b.id == renamed.id
    assert store.find_scenario("Forslag B") is None


def test_scenarios_are_listed_by_name_with_their_entries(store):
    sheets = [uuid.uuid4() for _ in range(3)]
    for name in ("Øst", "beste", "Alle"):
        store.create_scenario(scenario_of(name, "miljoloftet", *sheets))
    store.create_scenario(scenario_of("Trondheim", "miljopakken", sheets[0]))

    listed = store.scenarios("miljoloftet")
    assert [s.name for s in listed] == ["Alle", "beste", "Øst"]
    assert all([e.sheet_id for e in s.entries] == sheets for s in listed)
    assert [s.name for s in store.scenarios()] == ["Alle", "beste", "Trondheim", "Øst"]
    assert [len(s.entries) for s in store.scenarios("miljopakken")] == [1]


def test_finding_a_scenario_by_name(store):
    store.create_scenario(scenario_of("Forslag A", "miljoloftet"))
    store.create_scenario(scenario_of("Forslag A", "miljopakken"))
    store.create_scenario(scenario_of("Bare Bergen", "miljoloftet"))
    assert store.find_scenario("Forslag A", "miljopakken").profile == "miljopakken"
    assert store.find_scenario("bare bergen").profile == "miljoloftet"
    assert store.find_scenario("Finnes ikke") is None
    assert store.find_scenario("Bare Bergen", "miljopakken") is None
    with pytest.raises(StoreError, match="i både miljoloftet og miljopakken"):
        store.find_scenario("Forslag A")


def test_deleting_a_scenario_removes_its_entries_and_changes(store):
    keep = store.create_scenario(scenario_of("Behold", "miljoloftet", uuid.uuid4()))
    gone = store.create_scenario(scenario_of("Slett", "miljoloftet", uuid.uuid4()))
    store.delete_scenario(gone.id)
    assert [s.id for s in store.scenarios()] == [keep.id]
    with pytest.raises(StoreError, match="Fant ikke scenarioet"):
        store.load_scenario(gone.id)
    with pytest.raises(StoreError, match="Fant ikke scenarioet"):
        store.delete_scenario(gone.id)
    assert store.scenario_changes(gone.id) == []
    with store._sql.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ScenarioEntryRow)).scalar() == 1
        assert conn.execute(select(func.count()).select_from(ScenarioChangeRow)).scalar() == 1
    # The name is free again.
    store.create_scenario(scenario_of("Slett", "miljoloftet"))


def test_a_scenario_listing_a_sheet_twice_is_refused(store):
    a = uuid.uuid4()
    with pytest.raises(StoreError, match="mer enn én gang"):
        store.create_scenario(scenario_of("Dobbel", "miljoloftet", a, a))
    assert store.scenarios() == []


def test_what_was_changed_in_a_scenario_is_never_rewritten(store):
    created = store.create_scenario(scenario_of("Forslag A", "miljoloftet"))
    with (
        pytest.raises(DBAPIError, match="append-only"),
        store._sql.engine.begin() as conn,
    ):
        conn.exec_driver_sql("UPDATE scenario_changes SET text = 'x'")
    assert store.scenario_changes(created.id)[0].text.startswith("Opprettet")


# -- migration --------------------------------------------------------------------------------


def test_a_0005_database_is_migrated_and_keeps_its_deliveries(tmp_path: Path):
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0004.sqlite3", db_path)
    engine = create_sqlite_engine(db_path)
    upgrade(engine, "0005")
    engine.dispose()
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0005",)]
        con.execute(
            "INSERT INTO case_events (sheet_id, at, kind, who, fingerprint, revision, text)"
            " VALUES (?, '2026-11-30T10:00:00.000000+00:00', 'received', ?, ?, 1, 'pakke')",
            (str(SHEET_A), WG.name, WG.fingerprint),
        )
    con.close()

    backups = tmp_path / "kopier"
    with Store.open(db_path, tmp_path / "vedlegg", backup_dir=backups) as store:
        store.actor = lambda: SEC
        [(delivery, sheet)] = store.delivered_sheets()
        assert (delivery.sheet_id, delivery.revision) == (SHEET_A, 1)
        assert (delivery.signer, delivery.fingerprint) == (WG.name, WG.fingerprint)
        assert sheet.revision == 1
        assert store.frames_version(sheet.profile) == 0 and store.scenarios() == []
        store.set_frames(sheet.profile, FRAMES)
        created = store.create_scenario(scenario_of("Første", sheet.profile, SHEET_A))
        assert store.load_scenario(created.id).entries == (ScenarioEntry(SHEET_A, 1),)
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
    con.close()
    assert len(list(backups.iterdir())) == 1  # taken before migrating


def test_two_first_imports_of_frames_at_once_are_a_conflict_not_a_database_error(
    store, monkeypatch
):
    # On a server database two first imports can both read «never set» before either
    # writes; the second then finds the row the first inserted. SQLite serialises writers,
    # so the race is made here by reading «never set» once after the first import.
    from prosjektark.store import portfolio as store_portfolio

    store.set_frames("miljopakken", [FrameLine(2027, "bompenger", "", Decimal(1))])
    real = store_portfolio.frames_info
    calls = []

    def stale_once(conn, profile):
        calls.append(profile)
        if len(calls) == 1:
            return store_portfolio.FramesInfo(0)
        return real(conn, profile)

    monkeypatch.setattr(store_portfolio, "frames_info", stale_once)
    with pytest.raises(ConflictError, match="endret"):
        store.set_frames("miljopakken", [FrameLine(2027, "bompenger", "", Decimal(2))])
    monkeypatch.setattr(store_portfolio, "frames_info", real)
    assert store.frames("miljopakken") == [FrameLine(2027, "bompenger", "", Decimal(1))]


def stale_name_check_once(monkeypatch):
    """The first name check passes as if it ran before another user took the name (two
    users at once on a server); later checks are real."""
    from prosjektark.store import portfolio as store_portfolio

    real = store_portfolio._check_name_free
    calls = []

    def stale_once(*args):
        calls.append(args)
        if len(calls) > 1:
            real(*args)

    monkeypatch.setattr(store_portfolio, "_check_name_free", stale_once)


def test_a_name_another_user_took_meanwhile_is_refused_by_name_not_as_a_database_error(
    two_stores, monkeypatch
):
    mine, theirs = two_stores
    theirs.create_scenario(scenario_of("Forslag A", "miljoloftet"))
    b = mine.create_scenario(scenario_of("Forslag B", "miljoloftet"))

    stale_name_check_once(monkeypatch)
    with pytest.raises(StoreError, match="finnes allerede et scenario som heter «Forslag A»"):
        mine.create_scenario(scenario_of("Forslag A", "miljoloftet"))
    stale_name_check_once(monkeypatch)
    with pytest.raises(StoreError, match="finnes allerede et scenario som heter «Forslag A»"):
        mine.save_scenario(
            Scenario(**{**b.__dict__, "name": "Forslag A"}), "nytt navn", expected_version=1
        )

    assert [s.name for s in mine.scenarios()] == ["Forslag A", "Forslag B"]
    assert mine.load_scenario(b.id).version == 1
    assert [c.version for c in mine.scenario_changes(b.id)] == [1]
