"""`db copy` (store/copy.py): a secretariat's SQLite store into PostgreSQL and back into a
new SQLite file, every row and attachment verified; a target that is not empty refused;
a target at an older schema migrated first."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from prosjektark.domain.caseflow import Actor, Remark
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.domain.sheet import Sheet
from prosjektark.store.copy import (
    CopyRefused,
    Endpoint,
    compare,
    copied_tables,
    copy_store,
    table_digest,
)
from prosjektark.store.database import (
    HEAD_REVISION,
    create_sqlite_engine,
    read_state,
    server_revision,
    upgrade,
)
from prosjektark.store.engine import normalise_url
from prosjektark.store.repository import Store

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
LONG_TITLE = "Gang- og sykkelveg langs fylkesvegen " * 80  # past PostgreSQL's btree limit


def sheet_of(profile: str, title: str) -> Sheet:
    sheet = Sheet(profile=profile)
    sheet.identification.title = title
    return sheet


def populate(store: Store, catalog, folder: Path) -> dict[str, object]:
    """A secretariat's store with something in every table."""
    review = catalog.profile("miljoloftet").review
    store.actor = lambda: SEC
    delivered = sheet_of("miljoloftet", "Sykkelveg Trondheim – æøå 😀")
    store.create(delivered)
    first = folder / "kart.pdf"
    first.write_bytes(b"%PDF-1.7 kart " + bytes(range(256)) * 9000)  # > 2 chunks of 1 MiB
    second = folder / "notat.txt"
    second.write_text("Notat om kryssingen ved Nidelva.\n", encoding="utf-8")
    delivered.attachments.append(store.add_attachment(delivered.id, first, "Kartet"))
    delivered.attachments.append(store.add_attachment(delivered.id, second))
    store.save_working_copy(delivered)
    revision = store.save_version(delivered, note="pakke", record=False)
    store.mark_signed(delivered.id, revision, record=False)
    store.receive_revision(delivered.id, revision, WG, review, "pakke")
    store.change_review_state(delivered.id, "til_samordning", review, comment="Neste møte")
    store.claim_sheet(delivered.id, WG.fingerprint, WG.name)
    store.hand_over(
        delivered.id, "cc" * 32, "Siri Saksbehandler", by_name=SEC.name, reason="Ny leder"
    )
    sent = store.add_remark(delivered.id, "Begrunn kostnaden.", field="cost.expected_cost_mnok")
    store.add_remark(delivered.id, "Utkast som ikke er sendt")
    store.mark_remarks_sent(delivered.id, [sent.id], "1 merknad")
    at = store.history(delivered.id)[0].at
    received = Remark(
        uuid.uuid4(), delivered.id, "", "Helhetlig merknad", SEC.name, SEC.fingerprint,
        at, 1, at, received=True,
    )  # fmt: skip
    store.store_received_remarks(delivered.id, [received], SEC, "pakke")
    store.actor = lambda: WG
    answer = store.add_answer(received.id, "fixed", "Rettet", fixed_in_revision=2)
    store.mark_answers_delivered([answer.id], 2)
    store.actor = lambda: SEC

    long = sheet_of("miljoloftet", LONG_TITLE)
    store.create(long)
    long.attachments.append(store.add_attachment(long.id, second))  # the same content again
    store.save_working_copy(long)
    store.save_version(long, note="første")
    binned = sheet_of("miljopakken", "I papirkurven")
    store.create(binned)
    store.delete(binned.id)

    outbox = folder / "pakke.asice"
    outbox.write_bytes(b"pakke")
    entry = store.add_outbox_entry(delivered.id, revision, "Sykkelveg", outbox)
    store.mark_delivered(entry.id, folder=folder)
    store.add_outbox_entry(long.id, 1, "Lang", outbox)
    store.set_intake_order([long.id, delivered.id])
    store.set_frames(
        "miljoloftet",
        [
            FrameLine(2027, "stat", "", Decimal("120.50")),
            FrameLine(2028, "stat", "", Decimal("99.999")),
        ],
    )
    scenario = store.create_scenario(
        Scenario(
            id=uuid.uuid4(),
            name="Første utkast",
            profile="miljoloftet",
            entries=(ScenarioEntry(delivered.id, 1), ScenarioEntry(long.id, 1)),
        ),
        "laget",
    )
    store.save_scenario(scenario, "byttet rekkefølge", expected_version=scenario.version)
    return {"sheets": [delivered.id, long.id, binned.id], "remark": sent.id}


def counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar()
            for t in copied_tables()
        }


def everything(store: Store, sheet_ids) -> dict[str, object]:
    """What a user sees of the store, read through Store (never the tables)."""
    seen: dict[str, object] = {}
    for sheet_id in sheet_ids:
        sheet = store.load(sheet_id)
        seen[f"{sheet_id}/sheet"] = sheet.model_dump(mode="json")
        seen[f"{sheet_id}/revisions"] = store.revisions(sheet_id)
        seen[f"{sheet_id}/history"] = store.history(sheet_id)
        seen[f"{sheet_id}/remarks"] = store.remarks(sheet_id)
        seen[f"{sheet_id}/answers"] = store.answers(sheet_id)
        seen[f"{sheet_id}/owner"] = store.sheet_owner(sheet_id)
        seen[f"{sheet_id}/handovers"] = store.handovers(sheet_id)
        seen[f"{sheet_id}/review"] = store.review_status(sheet_id)
        for attachment in sheet.attachments:
            data = store.attachment_path(attachment).read_bytes()
            seen[f"{sheet_id}/{attachment.filename}"] = hashlib.sha256(data).hexdigest()
    seen["summaries"] = store.list_summaries() + store.list_summaries(deleted=True)
    seen["outbox"] = [(e.sheet_id, e.revision, e.state) for e in store.list_outbox()]
    seen["frames"] = store.frames("miljoloftet")
    seen["scenarios"] = [
        (s.name, s.version, s.entries, store.scenario_changes(s.id)) for s in store.scenarios()
    ]
    seen["intake"] = store.intake_order()
    seen["delivered"] = store.delivered_sheet_rows()
    seen["search"] = [(h.sheet_id, h.kind, h.field) for h in store.search_content("kostnaden")]
    return seen


@pytest.fixture
def source(tmp_path, catalog) -> tuple[Path, dict[str, object]]:
    path = tmp_path / "kilde" / "prosjektark.sqlite3"
    with Store.open(path, path.parent / "vedlegg") as store:
        made = populate(store, catalog, tmp_path)
    return path, made


@pytest.fixture
def empty_database(pg_server):
    """A database with nothing in it (not even the schema), dropped after the test."""
    name = pg_server.database()
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.mark.postgresql
def test_sqlite_to_postgresql_and_back_keeps_everything(source, empty_database, tmp_path):
    path, made = source
    said: list[str] = []
    report = copy_store(Endpoint.parse(str(path)), Endpoint.parse(empty_database), said.append)
    assert report.ok, report
    assert any("sheets: 3 rader" in line for line in said)
    assert report.attachments == report.attachments_equal == 2
    assert report.search_texts > 0
    by_name = {t.name: t for t in report.tables}
    for name in ("sheets", "sheet_revisions", "case_events", "remarks", "remark_answers",
                 "scenarios", "scenario_entries", "scenario_changes", "frames", "outbox",
                 "sheet_owners", "sheet_handovers", "attachment_refs", "review_states",
                 "intake_order", "frames_meta"):  # fmt: skip
        assert by_name[name].source_rows > 0, name
        assert by_name[name].ok, name

    back = tmp_path / "tilbake" / "prosjektark.sqlite3"
    report = copy_store(Endpoint.parse(empty_database), Endpoint.parse(str(back)))
    assert report.ok, report
    assert read_state(back).revision == HEAD_REVISION
    assert sorted(p.name for p in (back.parent / "vedlegg").rglob("*") if p.is_file()) == sorted(
        p.name for p in (path.parent / "vedlegg").rglob("*") if p.is_file()
    )

    sheets = made["sheets"]
    with (
        Store.open(path, path.parent / "vedlegg") as original,
        Store.open_url(empty_database) as server,
        Store.open(back, back.parent / "vedlegg") as returned,
    ):
        seen = everything(original, sheets)
        assert everything(server, sheets) == seen
        assert everything(returned, sheets) == seen
        # The server's ids go on after the copied ones: new rows do not collide.
        server.actor = lambda: SEC
        server.record_event(sheets[0], "note", text="etter flyttingen")
        server.add_outbox_entry(sheets[1], 1, "Lang", tmp_path / "pakke.asice")
        assert server.history(sheets[0])[-1].text == "etter flyttingen"

    engine = create_engine(normalise_url(empty_database))
    try:
        assert server_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_the_hashes_see_a_changed_value(source, empty_database):
    path, _made = source
    assert copy_store(Endpoint.parse(str(path)), Endpoint.parse(empty_database)).ok
    engine = create_engine(normalise_url(empty_database))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE frames SET amount_mnok = '120.5' WHERE year = 2027"))
        sqlite_engine = create_sqlite_engine(path)
        try:
            report = compare(
                Endpoint.parse(str(path)), sqlite_engine, Endpoint.parse(empty_database), engine
            )
        finally:
            sqlite_engine.dispose()
    finally:
        engine.dispose()
    [frames] = [t for t in report.tables if not t.ok]
    assert frames.name == "frames" and frames.source_rows == frames.target_rows
    assert not report.ok


def test_the_table_hash_agrees_however_the_rows_were_inserted(tmp_path):
    one, two = tmp_path / "en.sqlite3", tmp_path / "to.sqlite3"
    rows = [("b", 2), ("a", 1), ("æ", 3)]
    for path, order in ((one, rows), (two, rows[::-1])):
        Store.open(path, tmp_path / "vedlegg").close()
        with sqlite3.connect(path) as con:
            con.executemany(
                "INSERT INTO frames (profile, year, source, party, amount_mnok) "
                "VALUES (?, ?, 'stat', '', '1')",
                order,
            )
        con.close()
    [frames] = [t for t in copied_tables() if t.name == "frames"]
    digests = []
    for path in (one, two):
        engine = create_sqlite_engine(path)
        try:
            with engine.connect() as conn:
                digests.append(table_digest(conn, frames))
        finally:
            engine.dispose()
    assert digests[0] == digests[1] and digests[0][0] == 3


def test_sqlite_to_a_new_sqlite_file(source, tmp_path):
    path, made = source
    target = tmp_path / "ny" / "kopi.sqlite3"
    report = copy_store(
        Endpoint.parse(str(path)), Endpoint.parse(str(target), tmp_path / "ny" / "filer")
    )
    assert report.ok, report
    with (
        Store.open(path, path.parent / "vedlegg") as original,
        Store.open(target, tmp_path / "ny" / "filer") as copy,
    ):
        assert everything(copy, made["sheets"]) == everything(original, made["sheets"])


def test_a_target_file_with_sheets_is_refused_and_left_alone(source, tmp_path, catalog):
    path, _made = source
    target = tmp_path / "annen.sqlite3"
    with Store.open(target, tmp_path / "annen-vedlegg") as other:
        other.create(sheet_of("miljoloftet", "Allerede her"))
    before = counts_file(target)
    with pytest.raises(CopyRefused, match="ikke tomt.*sheets"):
        copy_store(Endpoint.parse(str(path)), Endpoint.parse(str(target)))
    assert counts_file(target) == before


def test_a_target_that_is_no_database_is_refused(source, tmp_path):
    path, _made = source
    target = tmp_path / "notat.txt"
    target.write_text("ikke en database " * 100)
    with pytest.raises(Exception, match="database"):
        copy_store(Endpoint.parse(str(path)), Endpoint.parse(str(target)))
    assert target.read_text() == "ikke en database " * 100


def test_copying_a_store_onto_itself_is_refused(source):
    path, _made = source
    with pytest.raises(CopyRefused, match="samme"):
        copy_store(
            Endpoint.parse(str(path)),
            Endpoint.parse(str(path.parent / ".." / path.parent.name / path.name)),
        )


def test_a_missing_source_is_refused(tmp_path):
    with pytest.raises(CopyRefused, match="Fant ikke"):
        copy_store(
            Endpoint.parse(str(tmp_path / "ingen.sqlite3")),
            Endpoint.parse(str(tmp_path / "ny.sqlite3")),
        )
    assert not (tmp_path / "ny.sqlite3").exists()


def test_an_empty_target_file_at_an_older_schema_is_migrated(source, tmp_path):
    path, made = source
    target = tmp_path / "gammel.sqlite3"
    engine = create_sqlite_engine(target)
    try:
        upgrade(engine, "0007")
    finally:
        engine.dispose()
    assert read_state(target).revision == "0007"
    assert copy_store(Endpoint.parse(str(path)), Endpoint.parse(str(target))).ok
    assert read_state(target).revision == HEAD_REVISION


def test_a_missing_attachment_in_the_source_is_named_and_fails_the_check(source, tmp_path):
    path, _made = source
    files = sorted(p for p in (path.parent / "vedlegg").rglob("*") if p.is_file())
    files[0].unlink()
    report = copy_store(Endpoint.parse(str(path)), Endpoint.parse(str(tmp_path / "ny.sqlite3")))
    assert not report.ok
    assert report.missing_in_source == [files[0].name]
    assert all(t.ok for t in report.tables)


@pytest.mark.postgresql
def test_a_server_with_rows_is_refused_and_left_alone(source, pg_url):
    path, _made = source
    with Store.open_url(pg_url) as other:
        other.create(sheet_of("miljoloftet", "Allerede her"))
    with pytest.raises(CopyRefused, match="ikke tomt"):
        copy_store(Endpoint.parse(str(path)), Endpoint.parse(pg_url))
    with Store.open_url(pg_url) as other:
        assert other.count() == 1


@pytest.mark.postgresql
def test_a_server_at_an_older_schema_is_migrated_then_filled(source, empty_database):
    path, _made = source
    engine = create_engine(normalise_url(empty_database))
    try:
        upgrade(engine, "0007")
        assert server_revision(engine) == "0007"
        report = copy_store(Endpoint.parse(str(path)), Endpoint.parse(empty_database))
        assert report.ok, report
        assert server_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_server_at_head_without_rows_is_a_target(source, pg_url):
    path, made = source
    assert copy_store(Endpoint.parse(str(path)), Endpoint.parse(pg_url)).ok
    with Store.open_url(pg_url) as server:
        assert server.count() == 2 and server.count(deleted=True) == 1


@pytest.mark.postgresql
def test_a_failed_copy_leaves_the_server_empty(source, empty_database, monkeypatch):
    path, _made = source
    import prosjektark.store.copy as copy

    def broken(conn):  # after every table's rows, before the attachments
        raise RuntimeError("brutt midt i")

    monkeypatch.setattr(copy, "_move_sequences", broken)
    with pytest.raises(RuntimeError, match="brutt"):
        copy_store(Endpoint.parse(str(path)), Endpoint.parse(empty_database))
    engine = create_engine(normalise_url(empty_database))
    try:
        assert set(counts(engine).values()) == {0}
        assert server_revision(engine) == HEAD_REVISION  # migrated, and empty: try again
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM attachment_blobs")).scalar() == 0
    finally:
        engine.dispose()
    monkeypatch.undo()
    assert copy_store(Endpoint.parse(str(path)), Endpoint.parse(empty_database)).ok


def counts_file(path: Path) -> dict[str, int]:
    engine = create_sqlite_engine(path)
    try:
        return counts(engine)
    finally:
        engine.dispose()
