"""The store: working copies, versions, the bin and attachments, each on a fresh database,
on SQLite and on PostgreSQL (the `open_store` fixture)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from prosjektark.domain.sheet import (
    Acknowledgement,
    ChecklistAnswer,
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Sheet,
    Treatment,
)
from prosjektark.store import attachments
from prosjektark.store.repository import RevisionInfo, Store, StoreError


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def raw(store: Store, sql: str, **params: object) -> list[tuple]:
    """Run SQL on the store's database directly, as another program could."""
    with store._sql.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def stored_contents(store: Store) -> set[str]:
    """The SHA-256 of every attachment content kept: files beside a SQLite database (any
    other file there, a temporary one, shows by its name), rows on a server."""
    if store.attachments_dir is not None:
        return {p.name for p in store.attachments_dir.rglob("*") if p.is_file()}
    return {digest for (digest,) in raw(store, "SELECT sha256 FROM attachment_blobs")}


def make_sheet(title: str = "Sykkelvei langs Elgeseter gate", **changes: object) -> Sheet:
    sheet = Sheet(
        created=datetime(2025, 2, 1, 8, 30, tzinfo=UTC),
        modified=datetime(2025, 2, 3, 9, 15, tzinfo=UTC),
        profile="miljopakken",
        form_version="1",
    )
    ident = sheet.identification
    ident.title = title
    ident.municipalities = ["Trondheim", "Malvik"]
    ident.action_area = "Sykkel"
    ident.phase = "DP"
    sheet.cost.expected_cost_mnok = Decimal("42.125")
    for key, value in changes.items():
        setattr(sheet, key, value)
    return sheet


def rich_sheet() -> Sheet:
    sheet = make_sheet()
    sheet.description.purpose = "Tryggere sykkelvei – med «anførselstegn» og æøå"
    sheet.land_use.answers["q1"] = ChecklistAnswer(answer="ikke_relevant", justification="Ingen")
    sheet.cost.std_dev_percent = Decimal("22.5")
    sheet.cost.price_year = 2027
    sheet.cost.items = [CostItem(name="Grunnarbeid", low=Decimal("1"), high=Decimal("3.333"))]
    sheet.funding.lines = [FundingLine(year=2027, source="statlig", amount_mnok=Decimal("0.001"))]
    sheet.funding.granted_date = date(2024, 12, 31)
    sheet.goals = [GoalScore(goal="co2", score=3, justification="Mindre bil")]
    sheet.risks = [Risk(description="Grunnforhold", probability=2, consequence=5)]
    sheet.progress.milestones = [Milestone(name="Byggestart", date=date(2027, 5, 1))]
    sheet.treatments = [Treatment(body="Programrådet", political=False)]
    sheet.acknowledgements = [
        Acknowledgement(code="cost.band.below", at=datetime(2025, 2, 2, tzinfo=UTC))
    ]
    return sheet


# -- working copies -------------------------------------------------------------------


def test_create_then_load_returns_an_equal_sheet(store: Store) -> None:
    sheet = rich_sheet()
    store.create(sheet)
    assert store.load(sheet.id) == sheet


def test_save_working_copy_round_trip_and_returns_aware_utc_time(store: Store) -> None:
    sheet = rich_sheet()
    store.create(sheet)
    sheet.identification.title = "Ny tittel"
    sheet.risks.append(Risk(description="Tomteerverv"))
    before = datetime.now(UTC)
    saved_at = store.save_working_copy(sheet)
    assert saved_at.tzinfo is not None and saved_at.utcoffset().total_seconds() == 0
    assert saved_at >= before.replace(microsecond=0)
    assert store.load(sheet.id) == sheet


def test_save_working_copy_creates_an_unknown_sheet(store: Store) -> None:
    sheet = make_sheet()
    store.save_working_copy(sheet, "klar")
    assert store.load(sheet.id) == sheet
    assert [s.status for s in store.list_summaries()] == ["klar"]


def test_a_failed_write_is_a_store_error_and_keeps_the_previous_state(store: Store) -> None:
    sheet = make_sheet("Før")
    store.create(sheet)
    sheet.identification.title = "Etter"
    with pytest.raises(StoreError, match="Kunne ikke lagre i databasen"):
        store.save_working_copy(sheet, "ukjent")  # type: ignore[arg-type]  # breaks a CHECK
    assert store.load(sheet.id).identification.title == "Før"
    assert [s.status for s in store.list_summaries()] == ["utkast"]


def test_data_survives_close_and_reopen(open_store) -> None:
    sheet = rich_sheet()
    with open_store() as first:
        first.create(sheet)
    with open_store() as second:
        assert second.load(sheet.id) == sheet


def test_stored_json_is_the_canonical_dump(store: Store) -> None:
    sheet = rich_sheet()
    store.create(sheet)
    [(body,)] = raw(store, "SELECT json FROM sheets")
    assert body == sheet.model_dump_json()


def test_load_unknown_sheet_raises_store_error_in_norwegian(store: Store) -> None:
    unknown = uuid.uuid4()
    with pytest.raises(StoreError, match="Fant ikke prosjektarket"):
        store.load(unknown)


def test_create_many_is_all_or_nothing(store: Store) -> None:
    existing = make_sheet("Finnes")
    store.create(existing)
    with pytest.raises(StoreError, match="finnes allerede"):
        store.create_many([make_sheet("Ny"), existing])
    assert [s.title for s in store.list_summaries()] == ["Finnes"]


def test_create_twice_is_refused(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    with pytest.raises(StoreError, match="finnes allerede"):
        store.create(sheet)


# -- list -------------------------------------------------------------------------------


def test_list_summaries_reports_the_denormalised_values(store: Store) -> None:
    sheet = make_sheet(is_example=True)
    store.create(sheet)
    store.save_working_copy(sheet, "klar")
    other = make_sheet("Kollektivfelt", modified=datetime(2025, 1, 1, tzinfo=UTC))
    other.cost.expected_cost_mnok = None
    store.create(other)

    first, second = store.list_summaries()  # newest first
    assert first.id == sheet.id
    assert first.title == "Sykkelvei langs Elgeseter gate"
    assert first.municipalities == "Trondheim, Malvik"
    assert first.action_area == "Sykkel"
    assert first.phase == "DP"
    assert first.expected_cost_mnok == Decimal("42.125")
    assert first.status == "klar"
    assert first.modified == datetime(2025, 2, 3, 9, 15, tzinfo=UTC)
    assert first.revision == 0
    assert first.is_example is True
    assert first.deleted is False
    assert second.title == "Kollektivfelt"
    assert second.expected_cost_mnok is None
    assert second.status == "utkast"
    assert store.count() == 2


def test_list_summaries_never_parses_sheet_json(store: Store) -> None:
    store.create_many(make_sheet(f"Tiltak {number:04}") for number in range(1000))
    # Break every JSON body: a list built from the columns alone does not notice.
    raw(store, "UPDATE sheets SET json = 'ikke json'")
    summaries = store.list_summaries()
    assert len(summaries) == 1000
    assert {s.title for s in summaries} == {f"Tiltak {n:04}" for n in range(1000)}


def test_a_broken_sheet_body_gives_a_store_error(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    raw(store, """UPDATE sheets SET json = '{"format": "x"}'""")
    with pytest.raises(StoreError, match="Kunne ikke lese prosjektarket"):
        store.load(sheet.id)


# -- bin ----------------------------------------------------------------------------------


def test_delete_moves_to_the_bin_and_restore_brings_it_back(store: Store) -> None:
    kept, binned = make_sheet("Beholdes"), make_sheet("Kastes")
    store.create(kept)
    store.create(binned)

    store.delete(binned.id)
    assert [s.title for s in store.list_summaries()] == ["Beholdes"]
    assert store.count() == 1
    assert store.count(deleted=True) == 1
    (in_bin,) = store.list_summaries(deleted=True)
    assert (in_bin.id, in_bin.deleted) == (binned.id, True)
    assert store.load(binned.id) == binned  # soft delete keeps everything

    store.restore(binned.id)
    assert store.count() == 2
    assert store.count(deleted=True) == 0


def test_delete_unknown_sheet_raises(store: Store) -> None:
    with pytest.raises(StoreError):
        store.delete(uuid.uuid4())


def test_purge_removes_a_binned_sheet_and_its_versions(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    store.save_version(sheet)
    with pytest.raises(StoreError, match="papirkurven"):
        store.purge(sheet.id)
    store.delete(sheet.id)
    store.purge(sheet.id)
    assert store.count() == 0
    assert store.count(deleted=True) == 0
    assert store.revisions(sheet.id) == []
    with pytest.raises(StoreError):
        store.load(sheet.id)


def test_purge_deletes_only_attachment_files_no_other_sheet_uses(
    store: Store, tmp_path: Path
) -> None:
    shared_file = tmp_path / "felles.pdf"
    shared_file.write_bytes(b"%PDF felles")
    own_file = tmp_path / "egen.txt"
    own_file.write_bytes(b"bare for ett ark")
    first, second = make_sheet("Første"), make_sheet("Andre")
    store.create(first)
    store.create(second)
    first.attachments.append(store.add_attachment(first.id, shared_file))
    first.attachments.append(store.add_attachment(first.id, own_file))
    store.save_working_copy(first)
    second.attachments.append(store.add_attachment(second.id, shared_file))
    store.save_working_copy(second)
    shared_path = store.attachment_path(first.attachments[0])
    own_path = store.attachment_path(first.attachments[1])

    store.delete(first.id)
    store.purge(first.id)

    assert not own_path.exists()
    assert shared_path.read_bytes() == b"%PDF felles"
    assert stored_contents(store) == {second.attachments[0].sha256}
    assert store.attachment_path(second.attachments[0]) == shared_path


# -- versions -------------------------------------------------------------------------


def test_save_version_stores_an_immutable_snapshot(store: Store) -> None:
    sheet = make_sheet("Versjon én")
    store.create(sheet)
    assert store.save_version(sheet, "Til arbeidsgruppen") == 1
    assert sheet.revision == 1

    sheet.identification.title = "Arbeidskopi etter versjon"
    store.save_working_copy(sheet)

    snapshot = store.load_revision(sheet.id, 1)
    assert snapshot.identification.title == "Versjon én"
    assert snapshot.revision == 1
    assert store.load(sheet.id).identification.title == "Arbeidskopi etter versjon"

    assert store.save_version(sheet, "Andre runde") == 2
    assert store.load_revision(sheet.id, 2).identification.title == "Arbeidskopi etter versjon"
    assert store.load_revision(sheet.id, 1).identification.title == "Versjon én"


def test_save_version_updates_the_working_copy_and_modified_time(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    old_modified = sheet.modified
    revision = store.save_version(sheet)
    assert sheet.modified > old_modified
    assert store.load(sheet.id) == sheet
    assert store.load_revision(sheet.id, revision) == sheet
    (summary,) = store.list_summaries()
    assert summary.revision == revision
    assert summary.modified == sheet.modified


def test_revisions_are_listed_with_note_time_and_checksum(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    store.save_version(sheet, "Første")
    sheet.identification.title = "Endret"
    store.save_version(sheet, "Andre")

    infos = store.revisions(sheet.id)
    assert [(i.revision, i.note, i.signed) for i in infos] == [
        (1, "Første", False),
        (2, "Andre", False),
    ]
    for info in infos:
        assert isinstance(info, RevisionInfo)
        assert info.saved_at.tzinfo is not None
        body = store.load_revision(sheet.id, info.revision).model_dump_json()
        assert info.sha256 == hashlib.sha256(body.encode("utf-8")).hexdigest()
    assert store.revisions(uuid.uuid4()) == []


def test_load_unknown_revision_raises(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    with pytest.raises(StoreError, match="Fant ikke versjon 3"):
        store.load_revision(sheet.id, 3)


def test_the_database_refuses_to_rewrite_a_snapshot(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    store.save_version(sheet)
    with pytest.raises(IntegrityError, match="sheet revisions are immutable"):
        raw(store, "UPDATE sheet_revisions SET json = '{}'")


def test_mark_signed_flags_the_revision_and_the_list_status(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    revision = store.save_version(sheet)
    store.mark_signed(sheet.id, revision)
    assert [i.signed for i in store.revisions(sheet.id)] == [True]
    assert store.list_summaries()[0].status == "signert"
    with pytest.raises(StoreError):
        store.mark_signed(sheet.id, 99)


def test_editing_after_signing_starts_a_new_revision(store: Store) -> None:
    sheet = make_sheet("Signert tittel")
    store.create(sheet)
    signed = store.save_version(sheet)
    store.mark_signed(sheet.id, signed)
    signed_sheet = store.load_revision(sheet.id, signed)

    sheet.identification.title = "Endret etter signering"
    store.save_working_copy(sheet)
    assert store.list_summaries()[0].status == "utkast"
    new = store.save_version(sheet)

    assert new == signed + 1
    assert store.load_revision(sheet.id, signed) == signed_sheet
    assert [(i.revision, i.signed) for i in store.revisions(sheet.id)] == [
        (signed, True),
        (new, False),
    ]


def test_save_version_never_reuses_a_stored_revision_number(store: Store) -> None:
    sheet = make_sheet()
    store.create(sheet)
    store.save_version(sheet)
    store.save_version(sheet)
    stale = store.load_revision(sheet.id, 1)  # an old copy still says revision 1
    assert store.save_version(stale) == 3


# -- attachments ----------------------------------------------------------------------


def test_attachment_is_copied_and_outlives_the_original(store: Store, tmp_path: Path) -> None:
    sheet = make_sheet()
    store.create(sheet)
    original = tmp_path / "kart over traseen.pdf"
    content = b"%PDF-1.7\n" + bytes(range(256)) * 100
    original.write_bytes(content)

    attachment = store.add_attachment(sheet.id, original, "Kart")

    assert attachment.filename == "kart over traseen.pdf"
    assert attachment.media_type == "application/pdf"
    assert attachment.size == len(content)
    assert attachment.sha256 == hashlib.sha256(content).hexdigest()
    assert attachment.description == "Kart"
    assert store.load(sheet.id).attachments == []  # the caller appends it

    moved = tmp_path / "flyttet.pdf"
    original.rename(moved)
    moved.unlink()
    stored = store.attachment_path(attachment)
    if store.attachments_dir is not None:  # a server store keeps the content itself
        assert stored.is_relative_to(store.attachments_dir)
    assert stored_contents(store) == {attachment.sha256}
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == attachment.sha256


def test_same_content_is_stored_once(store: Store, tmp_path: Path) -> None:
    sheet_id = uuid.uuid4()
    (tmp_path / "a.txt").write_text("samme", encoding="utf-8")
    (tmp_path / "b.dat").write_text("samme", encoding="utf-8")
    first = store.add_attachment(sheet_id, tmp_path / "a.txt")
    second = store.add_attachment(sheet_id, tmp_path / "b.dat")
    assert first.id != second.id
    assert store.attachment_path(first) == store.attachment_path(second)
    assert second.media_type == "application/octet-stream"
    assert stored_contents(store) == {first.sha256}


def test_missing_attachment_file_gives_a_norwegian_store_error(
    store: Store, tmp_path: Path
) -> None:
    with pytest.raises(StoreError, match="Fant ikke filen"):
        store.add_attachment(uuid.uuid4(), tmp_path / "finnes-ikke.pdf")


def test_a_folder_cannot_be_attached(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="ikke en vanlig fil"):
        store.add_attachment(uuid.uuid4(), tmp_path)


def test_too_large_attachment_is_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "stor.bin"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(StoreError, match="for stort"):
        store.add_attachment(uuid.uuid4(), big)
    assert stored_contents(store) == set()


def test_integrity_check_passes_on_a_healthy_database(store: Store) -> None:
    store.create(make_sheet())
    assert store.integrity_ok() is True


def test_no_revision_is_written_above_what_the_model_reads(store: Store) -> None:
    from prosjektark.domain.sheet import MAX_REVISION

    sheet = make_sheet()
    store.create(sheet)
    sheet.revision = MAX_REVISION
    with pytest.raises(StoreError, match="høyeste revisjonsnummeret"):
        store.save_version(sheet)
    assert sheet.revision == MAX_REVISION
    assert store.revisions(sheet.id) == []
