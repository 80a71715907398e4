"""`prosjektark history --id UUID [--format text|json]` as a process, on a real store in its
own PROSJEKTARK_HOME whose history was written through the store's own API."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.caseflow import Actor
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.sheet import Sheet

WG = Actor("Kari Nordmann", "ab12cd34" + "aa" * 28)
SEC = Actor("Ola Sekretær", "bb" * 32)
KEYS = {"at", "who", "fingerprint", "kind", "revision", "state", "text"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("PROSJEKTARK_HOME", str(folder))
    return folder


def _stored(home: Path, catalog) -> Sheet:
    """Created, saved twice and signed by the working group, then received and moved on by
    the secretariat: all in the CLI's user folder."""
    from prosjektark import paths
    from prosjektark.store.repository import Store

    assert Path(os.environ["PROSJEKTARK_HOME"]) == home
    review = catalog.profile("miljoloftet").review
    sheet = Sheet(profile="miljoloftet")
    sheet.identification.title = "Kollektivfelt Fjøsangerveien"
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        store.actor = lambda: WG
        store.create(sheet)
        store.save_version(sheet, note="Første utkast")
        revision = store.save_version(sheet, note="Til sekretariatet")
        store.mark_signed(sheet.id, revision)
        store.actor = lambda: SEC
        store.receive_revision(sheet.id, revision, WG, review, "Pakke fra arbeidsgruppen")
        store.change_review_state(
            sheet.id, "til_samordning", review, comment="Tas i møtet\n3. mars"
        )
    return sheet


def test_json_lists_every_event_oldest_first(home, catalog) -> None:
    sheet = _stored(home, catalog)
    result = cli(home, "history", "--id", str(sheet.id), "--format", "json")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert [e["kind"] for e in events] == [
        "created",
        "version_saved",
        "version_saved",
        "signed",
        "received",
        "state_changed",  # to the profile's first state, on receipt
        "state_changed",
    ]
    assert all(set(e) == KEYS for e in events)
    assert [e["revision"] for e in events] == [None, 1, 2, 2, 2, 2, 2]
    assert (events[1]["who"], events[1]["fingerprint"]) == (WG.name, WG.fingerprint)
    assert (events[-1]["who"], events[-1]["fingerprint"]) == (SEC.name, SEC.fingerprint)
    assert [e["state"] for e in events[-2:]] == [
        "mottatt",
        "til_samordning",
    ]  # the id in JSON, for scripts
    assert events[-1]["text"] == "Tas i møtet\n3. mars"
    times = [e["at"] for e in events]
    assert times == sorted(times)


def test_text_has_one_line_per_event_in_local_time_with_the_state_name(home, catalog) -> None:
    from prosjektark import paths
    from prosjektark.store.repository import Store

    sheet = _stored(home, catalog)
    result = cli(home, "history", "--id", str(sheet.id))
    assert result.returncode == 0, result.stderr
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        events = store.history(sheet.id)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    body = lines[-len(events) :]
    assert len(body) == len(events)
    for line, event in zip(body, events, strict=True):
        assert line.startswith(format_datetime(event.at) + "  ")
    assert body[1].endswith(
        "Versjon lagret (revisjon 1) – Kari Nordmann [SHA-256 ab12cd34…]  Første utkast"
    )
    assert (
        "Ny saksstatus: Til samordning (revisjon 2) – Ola Sekretær [SHA-256 bbbbbbbb…]"
        in (body[-1])
    )
    assert body[-1].endswith("Tas i møtet 3. mars")
    assert "Kollektivfelt Fjøsangerveien" in result.stdout  # the heading names the sheet


def test_an_entry_without_an_identity_says_so(home) -> None:
    from prosjektark import paths
    from prosjektark.store.repository import Store

    sheet = Sheet()
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        store.create(sheet)  # no actor set: nobody
    result = cli(home, "history", "--id", str(sheet.id))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].endswith("Opprettet – (ingen identitet)")
    data = json.loads(cli(home, "history", "--id", str(sheet.id), "--format", "json").stdout)
    assert (data[0]["who"], data[0]["fingerprint"]) == ("", "")


def test_an_unknown_sheet_is_refused_with_exit_2(home, catalog) -> None:
    _stored(home, catalog)
    missing = uuid.uuid4()
    result = cli(home, "history", "--id", str(missing), "--format", "json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"Fant ikke prosjektarket {missing}" in result.stderr


def test_an_id_that_is_not_a_uuid_is_refused_with_exit_2(home) -> None:
    result = cli(home, "history", "--id", "ikke-en-uuid")
    assert result.returncode == 2
    assert "er ikke en gyldig UUID" in result.stderr


def test_a_reader_that_stops_early_is_not_an_error(home) -> None:
    """`history --format json | head`: the pipe closes before the output is written."""
    import subprocess
    import sys

    from prosjektark import paths
    from prosjektark.store.repository import Store

    sheet = Sheet()
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        store.actor = lambda: WG
        store.create(sheet)
        for n in range(600):  # far more than a pipe's buffer holds
            store.record_event(sheet.id, "remark", revision=1, text=f"Merknad {n} " + "x" * 200)
    process = subprocess.Popen(
        [sys.executable, "-m", "prosjektark", "history", "--id", str(sheet.id), "--format",
         "json"],
        env={**os.environ, "PROSJEKTARK_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().strip() == b"["
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=180) == 0, stderr
    assert stderr == ""
