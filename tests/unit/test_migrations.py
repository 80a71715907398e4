"""Schema versions: creating, migrating released databases, backups, refusing newer ones.

tests/fixtures/db/v<rev>.sqlite3 holds one database per released schema revision, written
by that release (v0001 was made once with Store at revision 0001: three sheets, one of them
in the bin, one with a signed version and an attachment). Never regenerate an old fixture;
add a new one when a schema is released. v0007 was written by release 1224298 from v0005.

The schema tests run on both backends (`backend`): an empty PostgreSQL database comes from
the throwaway server (tests/pg_server.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, insert, inspect, select, text, update
from sqlalchemy.exc import IntegrityError

import prosjektark
from prosjektark.domain.sheet import Sheet
from prosjektark.store.database import (
    HEAD_REVISION,
    alembic_config,
    create_sqlite_engine,
    script_head,
    upgrade,
)
from prosjektark.store.engine import create_server_engine
from prosjektark.store.models import (
    Base,
    CaseEventRow,
    HandoverRow,
    IntakeOrderRow,
    RemarkAnswerRow,
    RemarkRow,
    RevisionRow,
    ScenarioChangeRow,
    ScenarioRow,
    SchemaInfoRow,
    SheetRow,
)
from prosjektark.store.repository import NewerDatabaseError, Store, StoreError, list_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
SHEET_A = uuid.UUID("11111111-1111-4111-8111-111111111111")
SHEET_EXAMPLE = uuid.UUID("22222222-2222-4222-8222-222222222222")
SHEET_BINNED = uuid.UUID("33333333-3333-4333-8333-333333333333")


def revision_of(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as con:
        return [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def empty_engine(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on an empty database of the backend under test: a new SQLite file, or a
    new database on the test server (dropped afterwards)."""
    if backend == "sqlite":
        engine = create_sqlite_engine(tmp_path / "prosjektark.sqlite3")
        yield engine
        engine.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = server.database()
    engine = create_server_engine(server.url(name))
    try:
        yield engine
    finally:
        engine.dispose()
        server.drop(name)


def revision_in(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return []
        return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def make_older_database(db_path: Path) -> None:
    """A database that predates every migration: versioned at base, with data of its own."""
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        con.execute("CREATE TABLE merknad (tekst TEXT)")
        con.execute("INSERT INTO merknad VALUES ('fra før')")
    con.close()


def test_head_constant_matches_the_alembic_scripts() -> None:
    assert script_head() == HEAD_REVISION


def test_a_fresh_path_gets_the_schema_at_head_without_a_backup(tmp_path: Path) -> None:
    db_path = tmp_path / "ny" / "prosjektark.sqlite3"
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.count() == 0
    assert revision_of(db_path) == [HEAD_REVISION]
    assert not (db_path.parent / "sikkerhetskopier").exists()


def test_the_database_uses_write_ahead_logging(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_models_match_the_migrated_schema(empty_engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    dialect = empty_engine.dialect.name

    def include(obj, name, type_, reflected, compare_to) -> bool:
        info = getattr(obj, "info", {})
        if type_ == "table" and info.get("fts5"):  # SQLite's FTS5 index and its tables
            return dialect == "sqlite"
        if info.get("dialect", dialect) != dialect:
            return False
        # Checked below: PostgreSQL's ix_sheets_list has other columns than SQLite's.
        return not (dialect == "postgresql" and type_ == "index" and name == "ix_sheets_list")

    upgrade(empty_engine)
    with empty_engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect PostgreSQL's expression index; `include` leaves it out.
        warnings.filterwarnings("ignore", "autogenerate skipping .* expression-based index")
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        diff = compare_metadata(context, Base.metadata)
        indexes = {ix["name"]: ix["column_names"] for ix in inspect(conn).get_indexes("sheets")}
    assert diff == []
    (model_index,) = SheetRow.__table__.indexes
    if dialect == "postgresql":
        assert indexes["ix_sheets_list"] == model_index.info["postgresql_columns"]
    else:
        assert indexes["ix_sheets_list"] == [c.name for c in model_index.columns]


def test_migrations_go_down_to_base_and_up_again(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    downgrade(empty_engine, "base")
    assert revision_in(empty_engine) == []
    with empty_engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}
        if empty_engine.dialect.name == "postgresql":
            leftovers = conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal UNION ALL "
                    "SELECT proname FROM pg_proc WHERE proname LIKE 'prosjektark%'"
                )
            ).all()
            assert leftovers == []
    upgrade(empty_engine)
    assert revision_in(empty_engine) == [HEAD_REVISION]


def test_every_step_goes_down_and_up_again(empty_engine: Engine) -> None:
    """Each migration's downgrade undoes exactly its upgrade, one step at a time."""
    from alembic.script import ScriptDirectory

    steps = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    upgrade(empty_engine)
    for step in steps:  # newest first
        downgrade(empty_engine, "-1")
        upgrade(empty_engine, step)
        downgrade(empty_engine, "-1")
    assert revision_in(empty_engine) == []
    upgrade(empty_engine)
    assert revision_in(empty_engine) == [HEAD_REVISION]


def test_a_migration_records_the_program_version_in_the_schema(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    with empty_engine.begin() as conn:
        assert conn.execute(select(SchemaInfoRow.key, SchemaInfoRow.value)).all() == [
            ("app_version", prosjektark.__version__)
        ]
        conn.execute(update(SchemaInfoRow).values(value="0.0.1"))
    # Already at head: nothing migrates, so the program that migrated it stays named.
    upgrade(empty_engine)
    with empty_engine.connect() as conn:
        assert conn.execute(select(SchemaInfoRow.value)).scalar() == "0.0.1"


def test_0008_keeps_the_intake_order_as_the_order_without_a_user(empty_engine: Engine) -> None:
    upgrade(empty_engine, "0007")
    with empty_engine.begin() as conn:
        conn.execute(
            text("INSERT INTO intake_order (sheet_id, position) VALUES ('b', 0), ('a', 1)")
        )
    upgrade(empty_engine)
    with empty_engine.begin() as conn:
        rows = conn.execute(
            select(
                IntakeOrderRow.user_key, IntakeOrderRow.sheet_id, IntakeOrderRow.position
            ).order_by(IntakeOrderRow.position)
        ).all()
        assert [tuple(r) for r in rows] == [("", "b", 0), ("", "a", 1)]
        # Now each user has an order of their own, the same sheet in each.
        conn.execute(insert(IntakeOrderRow).values(user_key="ab" * 32, sheet_id="b", position=0))
    with pytest.raises(IntegrityError), empty_engine.begin() as conn:
        conn.execute(insert(IntakeOrderRow).values(user_key="", sheet_id="b", position=5))
    downgrade(empty_engine, "0007")
    with empty_engine.connect() as conn:
        rows = conn.execute(text("SELECT sheet_id FROM intake_order ORDER BY position")).all()
    assert [r[0] for r in rows] == ["b", "a"]


def test_a_long_title_can_be_stored(open_store) -> None:
    # PostgreSQL's btree rows hold about 2.7 kB: 0003's covering index refused such a title.
    store = open_store()
    sheet = Sheet(
        created=datetime(2025, 2, 1, tzinfo=UTC),
        modified=datetime(2025, 2, 3, tzinfo=UTC),
        profile="miljopakken",
        form_version="1",
    )
    sheet.identification.title = "Sykkelvei " + "langs fjorden og videre " * 125
    assert len(sheet.identification.title) > 3000
    store.save_working_copy(sheet)
    (summary,) = store.list_summaries()
    assert summary.title == sheet.identification.title


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("v*.sqlite3")), ids=lambda p: p.stem)
def test_released_databases_open_at_head(fixture: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(fixture, db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.integrity_ok()
        assert store.count() + store.count(deleted=True) > 0
        for summary in store.list_summaries() + store.list_summaries(deleted=True):
            assert store.load(summary.id).id == summary.id
    assert revision_of(db_path) == [HEAD_REVISION]


def test_the_v0001_database_keeps_its_data(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0001.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        summaries = {s.id: s for s in store.list_summaries()}
        assert set(summaries) == {SHEET_A, SHEET_EXAMPLE}
        a = summaries[SHEET_A]
        assert a.title == "Sykkelvei langs Elgeseter gate (revidert)"
        assert (a.phase, a.municipalities, a.action_area) == ("DP", "Trondheim", "Sykkel")
        assert a.expected_cost_mnok == Decimal("42.125")
        assert (a.revision, a.status) == (1, "utkast")
        example = summaries[SHEET_EXAMPLE]
        assert example.is_example is True
        assert example.municipalities == "Bergen, Askøy"
        assert [s.id for s in store.list_summaries(deleted=True)] == [SHEET_BINNED]

        sheet = store.load(SHEET_A)
        assert sheet.funding.lines[0].amount_mnok == Decimal("10.5")
        assert sheet.risks[0].description == "Grunnforhold"
        assert sheet.attachments[0].filename == "skisse.txt"
        (info,) = store.revisions(SHEET_A)
        assert (info.revision, info.note, info.signed) == (1, "Første versjon", True)
        signed = store.load_revision(SHEET_A, 1)
        assert signed.identification.title == "Sykkelvei langs Elgeseter gate"
        assert hashlib.sha256(signed.model_dump_json().encode()).hexdigest() == info.sha256


def test_an_older_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    make_older_database(db_path)
    backup_dir = tmp_path / "kopier"

    with Store.open(db_path, tmp_path / "vedlegg", backup_dir=backup_dir) as store:
        assert store.count() == 0

    assert revision_of(db_path) == [HEAD_REVISION]
    (backup,) = backup_dir.iterdir()
    with sqlite3.connect(backup) as con:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
        assert con.execute("SELECT tekst FROM merknad").fetchall() == [("fra før",)]
    assert "sheets" not in tables  # taken before the migration ran


def test_the_default_backup_folder_is_beside_the_database(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    make_older_database(db_path)
    Store.open(db_path, tmp_path / "vedlegg").close()
    assert len(list((tmp_path / "sikkerhetskopier").iterdir())) == 1


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_fremtid'")
        con.execute("UPDATE schema_info SET value = '7.3.0' WHERE key = 'app_version'")
    con.close()
    before = digest(db_path)

    with pytest.raises(NewerDatabaseError) as refused:
        Store.open(db_path, tmp_path / "vedlegg")

    assert "laget av Prosjektark 7.3.0" in str(refused.value)
    assert "Installer Prosjektark 7.3.0 eller nyere" in str(refused.value)
    assert digest(db_path) == before
    assert revision_of(db_path) == ["9999_fremtid"]
    assert not (tmp_path / "sikkerhetskopier").exists()


def test_a_newer_database_that_does_not_name_its_program_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_fremtid'")
        con.execute("DROP TABLE schema_info")
    con.close()
    with pytest.raises(NewerDatabaseError, match="nyere versjon av Prosjektark"):
        Store.open(db_path, tmp_path / "vedlegg")
    assert revision_of(db_path) == ["9999_fremtid"]


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db_path = tmp_path / "annet.sqlite3"
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE noe (x)")
    con.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="ikke en Prosjektark-database"):
        Store.open(db_path, tmp_path / "vedlegg")
    assert digest(db_path) == before


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    # E.g. a header overwritten by a faulty disk or sync client: kept, copied, reported.
    db_path = tmp_path / "prosjektark.sqlite3"
    db_path.write_bytes(b"dette er ikke en database" * 100)
    with pytest.raises(StoreError, match="er skadet"):
        Store.open(db_path, tmp_path / "vedlegg")


def test_opening_and_listing_at_head_imports_neither_alembic_nor_sqlalchemy(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    probe = (
        "import sys; from pathlib import Path\n"
        "from prosjektark.store.repository import Store\n"
        f"store = Store.open(Path({str(db_path)!r}), Path({str(tmp_path / 'vedlegg')!r}))\n"
        "store.count(); store.list_summaries(); store.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_v0004_database_keeps_owners_and_handovers(tmp_path: Path) -> None:
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0004.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        owner = store.sheet_owner(SHEET_A)
        assert owner is not None
        assert (owner.fingerprint, owner.signer_name) == ("cd" * 32, "Kari Nordmann")
        (handover,) = store.handovers(SHEET_A)
        assert (handover.from_fingerprint, handover.by_name, handover.reason) == (
            "ab" * 32,
            "Sekretariatet",
            "Ny prosjektleder",
        )
        assert store.load(SHEET_A).description.purpose.endswith("(skrevet med skjema 0004)")


def test_the_v0005_database_keeps_its_case_flow(tmp_path: Path) -> None:
    # v0005 was written by release d334bc6 from v0004: SHEET_A received, moved to
    # «til_vurdering», one remark sent, and the intake list's own order set.
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0005.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        status = store.review_status(SHEET_A)
        assert status is not None and status.state == "til_vurdering"
        (remark,) = store.remarks(SHEET_A)
        assert remark.text == "Begrunn kostnaden (0005)" and remark.sent_at is not None
        kinds = [e.kind for e in store.history(SHEET_A)]
        assert "received" in kinds and "state_changed" in kinds
        assert store.intake_order() == [SHEET_A]
        assert SHEET_A in store.latest_deliveries()
        assert store.scenarios() == [] and store.frames("miljopakken") == []
    assert revision_of(db_path) == [HEAD_REVISION]


def test_the_v0007_database_keeps_its_orders_scenarios_and_frames(tmp_path: Path) -> None:
    # v0007 was written by release 1224298 from v0005: the intake list's order set to
    # [SHEET_EXAMPLE, SHEET_A], one frame line and one scenario added.
    db_path = tmp_path / "prosjektark.sqlite3"
    shutil.copy(FIXTURES / "v0007.sqlite3", db_path)
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert store.intake_order() == [SHEET_EXAMPLE, SHEET_A]
        (frame,) = store.frames("miljopakken")
        assert (frame.year, frame.amount_mnok) == (2027, Decimal("12.5"))
        (scenario,) = store.scenarios()
        assert scenario.name == "Forslag 0007"
        assert [(e.sheet_id, e.reason) for e in scenario.entries] == [(SHEET_A, "fra 0007")]
        assert [c.text for c in store.scenario_changes(scenario.id)] == ["Opprettet (0007)"]
        assert [hit.sheet_id for hit in store.search_content("Elgeseter")] == [SHEET_A]
    assert revision_of(db_path) == [HEAD_REVISION]
    with sqlite3.connect(db_path) as con:
        rows = con.execute("SELECT user_key, sheet_id FROM intake_order ORDER BY position")
        assert rows.fetchall() == [("", str(SHEET_EXAMPLE)), ("", str(SHEET_A))]
        revisions = con.execute("SELECT json, list_json FROM sheet_revisions").fetchall()
    con.close()
    # The intake list's fields, filled in for the revisions stored before 0008.
    assert revisions and all(stored == list_json(body) for body, stored in revisions)
    assert json.loads(revisions[0][1])["identification"]["title"]


# -- what the database itself refuses (triggers), on both backends -------------------------

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SHEET = "55555555-5555-4555-8555-555555555555"


@pytest.fixture
def head_engine(empty_engine: Engine) -> Engine:
    """A database at head with one sheet, its revision, history, handover, remarks
    (unsent, sent, received), an answer and a scenario with a recorded change."""
    upgrade(empty_engine)
    blank = {"by_name": "Siri", "by_fingerprint": "ab" * 32, "at": NOW}
    with empty_engine.begin() as conn:
        conn.execute(
            insert(SheetRow).values(
                id=SHEET, json="{}", title="Ark", modified=NOW, saved_at=NOW, revision=1
            )
        )
        conn.execute(
            insert(RevisionRow).values(
                sheet_id=SHEET, revision=1, saved_at=NOW, json="{}", sha256="0" * 64
            )
        )
        conn.execute(insert(CaseEventRow).values(sheet_id=SHEET, at=NOW, kind="received"))
        conn.execute(
            insert(HandoverRow).values(
                sheet_id=SHEET, from_fingerprint="a" * 64, to_fingerprint="b" * 64, at=NOW
            )
        )
        for remark_id, extra in (
            ("unsent", {}),
            ("sent", {"sent_at": NOW}),
            ("received", {"received": True}),
        ):
            conn.execute(
                insert(RemarkRow)
                .values(id=remark_id, sheet_id=SHEET, text="Hvorfor?", **blank)
                .values(**extra)
            )
        conn.execute(
            insert(RemarkAnswerRow).values(
                id="answer", remark_id="sent", sheet_id=SHEET, kind="fixed", text="Rettet", **blank
            )
        )
        conn.execute(
            insert(ScenarioRow).values(
                id="scenario", profile="miljopakken", name="A", created_at=NOW, modified_at=NOW
            )
        )
        conn.execute(
            insert(ScenarioChangeRow).values(scenario_id="scenario", at=NOW, version=1, text="Ny")
        )
    return empty_engine


def refuses(engine: Engine, statement: object, message: str) -> None:
    with pytest.raises(IntegrityError, match=message), engine.begin() as conn:
        conn.execute(statement)


def allows(engine: Engine, statement: object) -> int:
    with engine.begin() as conn:
        return conn.execute(statement).rowcount


def test_a_revision_is_immutable_but_may_be_signed(head_engine: Engine) -> None:
    revision = update(RevisionRow).where(RevisionRow.sheet_id == SHEET)
    immutable = "sheet revisions are immutable"
    refuses(head_engine, revision.values(json='{"x": 1}'), immutable)
    refuses(head_engine, revision.values(note="Ny merknad"), immutable)
    refuses(head_engine, revision.values(revision=2), immutable)
    assert allows(head_engine, revision.values(signed=True)) == 1
    refuses(head_engine, revision.values(signed=False), immutable)
    # Deleting the sheet for good takes its revisions along.
    assert allows(head_engine, delete(SheetRow).where(SheetRow.id == SHEET)) == 1
    with head_engine.connect() as conn:
        assert conn.execute(select(RevisionRow.revision)).all() == []


def test_the_case_history_and_handovers_are_append_only(head_engine: Engine) -> None:
    for row, message in (
        (CaseEventRow, "case_events is append-only"),
        (HandoverRow, "sheet_handovers is append-only"),
    ):
        refuses(head_engine, update(row).values(sheet_id="annet"), message)
        refuses(head_engine, delete(row), message)
    refuses(
        head_engine,
        update(ScenarioChangeRow).values(text="Endret"),
        "scenario_changes is append-only",
    )
    # The changes go with their scenario.
    assert allows(head_engine, delete(ScenarioRow)) == 1
    with head_engine.connect() as conn:
        assert conn.execute(select(ScenarioChangeRow.id)).all() == []


def test_a_remark_is_sent_once_and_never_changed_or_deleted_then(head_engine: Engine) -> None:
    remark = update(RemarkRow).where(RemarkRow.id == "unsent")
    # Before it is sent, only sending it.
    refuses(head_engine, remark.values(text="Omskrevet"), "a sent remark is never changed")
    assert allows(head_engine, remark.values(sent_at=NOW)) == 1
    refuses(head_engine, remark.values(sent_at=datetime(2027, 1, 1, tzinfo=UTC)), "never changed")
    refuses(head_engine, remark.values(text="Omskrevet"), "a sent remark is never changed")
    for remark_id in ("unsent", "sent", "received"):
        refuses(
            head_engine,
            delete(RemarkRow).where(RemarkRow.id == remark_id),
            "a sent remark is never deleted",
        )
    with head_engine.begin() as conn:
        conn.execute(insert(RemarkRow).values(id="draft", sheet_id=SHEET, text="Utkast", at=NOW))
    assert allows(head_engine, delete(RemarkRow).where(RemarkRow.id == "draft")) == 1


def test_an_answer_is_never_changed_except_where_it_was_delivered(head_engine: Engine) -> None:
    answer = update(RemarkAnswerRow).where(RemarkAnswerRow.id == "answer")
    refuses(head_engine, answer.values(text="Omskrevet"), "an answer is never changed")
    assert allows(head_engine, answer.values(delivered_in_revision=2)) == 1
    refuses(head_engine, answer.values(delivered_in_revision=3), "an answer is never changed")
    refuses(head_engine, delete(RemarkAnswerRow), "an answer is never deleted")


@pytest.mark.postgresql
@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("case_events", "case_events is append-only"),
        ("sheet_handovers", "sheet_handovers is append-only"),
        ("remarks", "a sent remark is never deleted"),
        ("remark_answers", "an answer is never deleted"),
        ("scenario_changes", "scenario_changes is append-only"),
    ],
)
@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgresql_refuses_to_truncate_a_record(
    head_engine: Engine, table: str, message: str
) -> None:
    # TRUNCATE skips row triggers; a statement trigger of its own guards each record.
    refuses(head_engine, text(f"TRUNCATE {table} CASCADE"), message)
    with head_engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() > 0


@pytest.mark.postgresql
@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_content_search_has_a_trigram_index_on_postgresql(empty_engine: Engine) -> None:
    upgrade(empty_engine)
    with empty_engine.connect() as conn:
        (definition,) = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_search_texts_trgm'")
        ).one()
    assert "USING gin (lower(text) gin_trgm_ops)" in definition


@pytest.mark.postgresql
def test_without_leave_to_create_pg_trgm_the_migration_goes_on_without_its_index(
    pg_server,
) -> None:
    name = pg_server.database()
    role = "eier_" + uuid.uuid4().hex[:8]
    pg_server.execute(f"CREATE ROLE {role} LOGIN")
    try:
        # The role may make tables (the schema is its own) but not extensions.
        pg_server.execute(f"ALTER SCHEMA public OWNER TO {role}", database=name)
        pg_server.execute(f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC')
        engine = create_server_engine(pg_server.url(name).replace("//prosjektark@", f"//{role}@"))
        try:
            upgrade(engine)
            assert revision_in(engine) == [HEAD_REVISION]
            with engine.connect() as conn:
                indexes = {ix["name"] for ix in inspect(conn).get_indexes("search_texts")}
        finally:
            engine.dispose()
        assert "ix_search_texts_trgm" not in indexes
    finally:
        pg_server.drop(name)
        pg_server.execute(f"DROP ROLE {role}")


def test_migration_backups_are_pruned_to_the_last_five(tmp_path: Path) -> None:
    """Each migration leaves a full copy of the database; years of releases must not fill
    the disk. The newest five stay, automatic backups and damaged copies are not touched."""
    import os

    backup_dir = tmp_path / "kopier"
    backup_dir.mkdir()
    older = []
    for age in range(7):  # earlier migrations' copies, oldest last
        old = backup_dir / f"prosjektark-v000{age}-2025010{age}T000000Z.sqlite3"
        old.write_bytes(b"copy")
        os.utime(old, (1_700_000_000 - age * 3600,) * 2)
        older.append(old)
    automatic = backup_dir / "prosjektark-automatisk-20240101T000000Z.sqlite3"
    automatic.write_bytes(b"auto")
    os.utime(automatic, (1_600_000_000,) * 2)
    damaged = backup_dir / "skadet-20240101T000000Z"
    damaged.mkdir()

    db_path = tmp_path / "prosjektark.sqlite3"
    make_older_database(db_path)
    Store.open(db_path, tmp_path / "vedlegg", backup_dir=backup_dir).close()

    left = {p.name for p in backup_dir.iterdir()}
    newest = [p for p in left if p.startswith("prosjektark--") or "uten-versjon" in p]
    assert len(newest) == 1  # the copy taken now (a database at base has no revision)
    assert {p.name for p in older[:4]} <= left
    assert not {p.name for p in older[4:]} & left
    assert automatic.name in left and damaged.name in left
