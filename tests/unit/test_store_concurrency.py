"""Optimistic concurrency: a writer that read an older working copy never overwrites a newer one.

Two `Store` objects on one database stand for two windows, or a window and `export --id`
(on SQLite), or two users of a shared server (on PostgreSQL).
"""

from __future__ import annotations

import uuid

import pytest

from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import ConflictError, Store, WriteToken


@pytest.fixture
def two_stores(open_store) -> tuple[Store, Store]:
    return open_store(), open_store()


def sheet_titled(title: str) -> Sheet:
    sheet = Sheet(profile="miljopakken")
    sheet.identification.title = title
    return sheet


def test_a_stale_writer_is_refused_and_the_newer_edit_survives(two_stores) -> None:
    window, other = two_stores
    window.create(sheet_titled("Start"))
    sheet_id = window.list_summaries()[0].id
    token_a, token_b = WriteToken(), WriteToken()
    mine = window.load(sheet_id, token_a)
    theirs = other.load(sheet_id, token_b)

    theirs.description.purpose = "Skrevet i det andre vinduet"
    other.save_working_copy(theirs, token=token_b)
    mine.description.purpose = "Skrevet her"
    with pytest.raises(ConflictError) as caught:
        window.save_working_copy(mine, token=token_a)

    assert "endret et annet sted" in str(caught.value)
    assert not caught.value.deleted
    assert window.load(sheet_id).description.purpose == "Skrevet i det andre vinduet"
    assert mine.description.purpose == "Skrevet her"  # the loser keeps its edits


def test_a_writer_keeps_writing_after_its_own_saves(two_stores) -> None:
    store, _ = two_stores
    sheet = sheet_titled("Mange lagringer")
    token = WriteToken()
    store.create(sheet, token)
    for n in range(5):
        sheet.description.purpose = f"utkast {n}"
        store.save_working_copy(sheet, token=token)
    store.save_version(sheet, note="v1", token=token)
    sheet.description.purpose = "etter versjon"
    store.save_working_copy(sheet, token=token)
    assert store.load(sheet.id).description.purpose == "etter versjon"


def test_an_untokened_write_still_moves_the_version(two_stores) -> None:
    window, intake = two_stores
    sheet = sheet_titled("Importert")
    token = WriteToken()
    window.create(sheet, token)
    package_copy = intake.load(sheet.id)
    package_copy.description.purpose = "fra pakken"
    intake.save_version(package_copy, note="importert")  # no token: an import
    sheet.description.purpose = "lokal endring"
    with pytest.raises(ConflictError):
        window.save_working_copy(sheet, token=token)
    with pytest.raises(ConflictError):
        window.save_version(sheet, note="lokal", token=token)
    assert window.load(sheet.id).description.purpose == "fra pakken"


def test_signing_elsewhere_is_not_reverted_by_a_window_holding_an_older_token(two_stores) -> None:
    window, cli = two_stores
    sheet = sheet_titled("Signeres fra kommandolinjen")
    window_token = WriteToken()
    window.create(sheet, window_token)

    cli_token = WriteToken()
    cli_sheet = cli.load(sheet.id, cli_token)
    revision = cli.save_version(cli_sheet, note="Signert og eksportert", token=cli_token)
    cli.mark_signed(sheet.id, revision, cli_token)
    assert cli.list_summaries()[0].status == "signert"

    sheet.description.purpose = "skrevet etter at kommandolinjen signerte"
    with pytest.raises(ConflictError):
        window.save_working_copy(sheet, "utkast", window_token)
    summary = window.list_summaries()[0]
    assert (summary.status, summary.revision) == ("signert", revision)

    # The command line's own token moved with its writes: it could go on writing.
    cli_sheet.description.purpose = "videre fra kommandolinjen"
    cli.save_working_copy(cli_sheet, token=cli_token)


def test_a_sheet_purged_elsewhere_is_a_conflict_that_says_so(two_stores) -> None:
    window, other = two_stores
    sheet = sheet_titled("Slettes for godt")
    token = WriteToken()
    window.create(sheet, token)
    other.delete(sheet.id)
    other.purge(sheet.id)
    sheet.description.purpose = "sen endring"
    with pytest.raises(ConflictError) as caught:
        window.save_working_copy(sheet, token=token)
    assert caught.value.deleted
    assert "slettet for godt" in str(caught.value)
    assert window.count() == 0 and window.count(deleted=True) == 0


def test_writes_without_tokens_behave_as_before(two_stores) -> None:
    store, _ = two_stores
    sheet = sheet_titled("Uten token")
    store.save_working_copy(sheet)  # creates it
    sheet.description.purpose = "to"
    store.save_working_copy(sheet)
    assert store.load(sheet.id).description.purpose == "to"
    assert store.load(uuid.UUID(str(sheet.id))).title == "Uten token"
