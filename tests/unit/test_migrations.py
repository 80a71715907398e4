"""Schema versions: creating, migrating released databases, backups, refusing newer ones.

tests/fixtures/db/v<rev>.sqlite3 holds one database per released schema revision, written
by that release (v0001 was made once with Store at revision 0001: three sheets, one of them
in the bin, one with a signed version and an attachment). Never regenerate an old fixture;
add a new one when a schema is released.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.store.database import HEAD_REVISION, create_sqlite_engine, script_head, upgrade
from prosjektark.store.models import Base
from prosjektark.store.repository import NewerDatabaseError, Store, StoreError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
SHEET_A = uuid.UUID("11111111-1111-4111-8111-111111111111")
SHEET_EXAMPLE = uuid.UUID("22222222-2222-4222-8222-222222222222")
SHEET_BINNED = uuid.UUID("33333333-3333-4333-8333-333333333333")


def revision_of(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as con:
        return [row[0] for row in con.execute("SELECT version_num FROM alembic_version")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    engine = create_sqlite_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_migrations_go_down_to_base_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    from prosjektark.store.database import alembic_config

    db_path = tmp_path / "prosjektark.sqlite3"
    Store.open(db_path, tmp_path / "vedlegg").close()
    engine = create_sqlite_engine(db_path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert revision_of(db_path) == []
    upgrade(engine)
    engine.dispose()
    assert revision_of(db_path) == [HEAD_REVISION]


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
    con.close()
    before = digest(db_path)

    with pytest.raises(NewerDatabaseError, match="nyere versjon av Prosjektark"):
        Store.open(db_path, tmp_path / "vedlegg")

    assert digest(db_path) == before
    assert revision_of(db_path) == ["9999_fremtid"]
    assert not (tmp_path / "sikkerhetskopier").exists()


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
