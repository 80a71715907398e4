"""`prosjektark add SHEET.json` and `prosjektark review --id --state [--comment]` as
processes, on a real store in their own PROSJEKTARK_HOME."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.caseflow import Actor
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json

WG = Actor("Kari Nordmann", "aa" * 32)


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("PROSJEKTARK_HOME", str(folder))
    return folder


def store_in(home: Path):
    from prosjektark import paths
    from prosjektark.store.repository import Store

    assert Path(os.environ["PROSJEKTARK_HOME"]) == home
    return Store.open(paths.database_path(), paths.attachments_dir())


def a_sheet(catalog, index: int = 1) -> Sheet:
    sheet = example_sheets(catalog)[index].model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.is_example = False
    return sheet


def deliver(home: Path, catalog, sheet: Sheet) -> None:
    """As the intake stores a verified package: a signed revision, its owner, «received»."""
    with store_in(home) as store:
        store.claim_sheet(sheet.id, WG.fingerprint, WG.name)
        sheet.revision = 0
        revision = store.save_version(sheet, note="Importert", record=False)
        store.mark_signed(sheet.id, revision, record=False)
        review = catalog.profile(sheet.profile).review
        store.receive_revision(sheet.id, revision, WG, review, "Importert")


# ------------------------------------------------------------------ add


def test_add_stores_a_working_copy_with_the_sheets_own_id(home, catalog, tmp_path):
    sheet = a_sheet(catalog)
    file = tmp_path / "ark.json"
    file.write_text(sheet_to_json(sheet), encoding="utf-8")

    result = cli(home, "add", str(file))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(sheet.id)
    with store_in(home) as store:
        stored = store.load(sheet.id)
        assert stored.identification == sheet.identification
        assert [e.kind for e in store.history(sheet.id)] == ["created"]
        assert store.revisions(sheet.id) == []


def test_add_again_replaces_the_working_copy_and_keeps_the_versions(home, catalog, tmp_path):
    sheet = a_sheet(catalog)
    file = tmp_path / "ark.json"
    file.write_text(sheet_to_json(sheet), encoding="utf-8")
    assert cli(home, "add", str(file)).returncode == 0
    with store_in(home) as store:
        assert store.save_version(store.load(sheet.id), note="første") >= 1
        versions = store.revisions(sheet.id)

    sheet.identification.title = "Ny tittel fra skriptet"
    file.write_text(sheet_to_json(sheet), encoding="utf-8")
    result = cli(home, "add", str(file))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(sheet.id)
    with store_in(home) as store:
        assert [s.id for s in store.list_summaries()] == [sheet.id]  # no second sheet
        assert store.load(sheet.id).identification.title == "Ny tittel fra skriptet"
        assert store.revisions(sheet.id) == versions


@pytest.mark.parametrize(
    ("content", "says"),
    [(b"{ ikke json", "ikke et gyldig prosjektark"), (b'{"format": "prosjektark/9.0"}', "9")],
)
def test_add_refuses_an_unreadable_file_with_exit_2(home, tmp_path, content, says):
    file = tmp_path / "ødelagt.json"
    file.write_bytes(content)

    result = cli(home, "add", str(file))

    assert result.returncode == 2
    assert says in result.stderr and result.stdout == ""
    assert cli(home, "add", str(tmp_path / "finnes-ikke.json")).returncode == 2


def test_add_never_overwrites_a_sheet_delivered_by_a_working_group(home, catalog, tmp_path):
    sheet = a_sheet(catalog)
    deliver(home, catalog, sheet)
    changed = sheet.model_copy(deep=True)
    changed.identification.title = "Endret av sekretariatet"
    file = tmp_path / "ark.json"
    file.write_text(sheet_to_json(changed), encoding="utf-8")

    result = cli(home, "add", str(file))

    assert result.returncode == 1
    assert "Kari Nordmann" in result.stderr
    with store_in(home) as store:
        assert store.load(sheet.id).identification.title == sheet.identification.title


# ------------------------------------------------------------------ review


def test_review_moves_a_delivered_sheet_and_records_the_comment(home, catalog):
    sheet = a_sheet(catalog)  # Miljøløftet's example: Bergen's states
    deliver(home, catalog, sheet)

    result = cli(
        home,
        "review",
        "--id",
        str(sheet.id),
        "--state",
        "til_samordning",
        "--comment",
        "Samordnes med Åsane-prosjektene.",
    )

    assert result.returncode == 0, result.stderr
    assert "Mottatt → Til samordning" in result.stdout
    with store_in(home) as store:
        assert store.review_status(sheet.id).state == "til_samordning"
        last = store.history(sheet.id)[-1]
        assert (last.kind, last.state, last.text) == (
            "state_changed",
            "til_samordning",
            "Samordnes med Åsane-prosjektene.",
        )
    # By the state's name too, in the programme's own words.
    result = cli(
        home, "review", "--id", str(sheet.id), "--state", "Anbefalt til Prioriteringsrådet"
    )
    assert result.returncode == 0, result.stderr


def test_review_refuses_an_illegal_move_with_the_reason(home, catalog):
    sheet = a_sheet(catalog)
    deliver(home, catalog, sheet)

    result = cli(home, "review", "--id", str(sheet.id), "--state", "vedtatt")

    assert result.returncode == 1
    assert "Fra «Mottatt» kan arket gå til «Til samordning»" in result.stderr
    assert "«Vedtatt i handlingsprogrammet»" in result.stderr
    with store_in(home) as store:
        assert store.review_status(sheet.id).state == "mottatt"


def test_review_refuses_a_sheet_never_delivered_here(home, catalog, tmp_path):
    sheet = a_sheet(catalog)
    file = tmp_path / "ark.json"
    file.write_text(sheet_to_json(sheet), encoding="utf-8")
    assert cli(home, "add", str(file)).returncode == 0

    result = cli(home, "review", "--id", str(sheet.id), "--state", "til_samordning")

    assert result.returncode == 1
    assert "ikke levert hit" in result.stderr


def test_review_unreadable_arguments_exit_2(home, catalog):
    sheet = a_sheet(catalog)
    deliver(home, catalog, sheet)

    not_uuid = cli(home, "review", "--id", "ikke-en-uuid", "--state", "til_samordning")
    unknown = cli(home, "review", "--id", str(uuid.uuid4()), "--state", "til_samordning")
    no_state = cli(home, "review", "--id", str(sheet.id), "--state", "godkjent")

    assert (not_uuid.returncode, unknown.returncode, no_state.returncode) == (2, 2, 2)
    assert "gyldig UUID" in not_uuid.stderr
    assert "fant ikke prosjektarket" in unknown.stderr
    assert "til_samordning (Til samordning)" in no_state.stderr  # names the known states
