"""The whole case flow on the command line, with two user folders and two real identities:
the working group adds a sheet and delivers it to a delivery folder; the secretariat
imports the folder, reviews, writes remarks and sends them signed; the working group
imports them and answers; revision 2 is delivered with the answers; the secretariat sees
it back in «Mottatt» marked as a new revision, the diff between the deliveries, and the
history on both sides tells the story."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from signing_helpers import acknowledge_warnings

PASS = "hele saksflyten fram og tilbake"


def ok(result) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def make_identity(home: Path, name: str, organisation: str, pem: Path) -> None:
    ok(
        cli(
            home, "identity", "new", "--name", name, "--email", "x@example.no",
            "--organisation", organisation, "--passphrase-env", "PP", PP=PASS,
        )
    )  # fmt: skip
    ok(cli(home, "identity", "show", "--pem", str(pem)))


def deliver(home: Path, sheet_id: uuid.UUID, out: Path, folder: Path) -> None:
    ok(
        cli(
            home, "export", "--id", str(sheet_id), "--out", str(out), "--package",
            "--passphrase-env", "PP", PP=PASS,
        )
    )  # fmt: skip
    ok(cli(home, "outbox", "send", "--to", str(folder)))


def history(home: Path, sheet_id: uuid.UUID) -> list[dict]:
    return json.loads(ok(cli(home, "history", "--id", str(sheet_id), "--format", "json")))


def test_deliver_review_remark_answer_redeliver_diff_and_history(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    group, secretariat = tmp_path / "arbeidsgruppe", tmp_path / "sekretariat"
    group_pem, secretariat_pem = tmp_path / "gruppe.pem", tmp_path / "sekretariat.pem"
    make_identity(group, "Kåre Øvrebø", "Bergen kommune", group_pem)
    make_identity(secretariat, "Siri Sekretær", "Miljøløftet", secretariat_pem)
    levering = tmp_path / "levering"  # the shared delivery folder
    levering.mkdir()

    # The working group adds a ready sheet and delivers it.
    sheet = next(s for s in example_sheets(catalog) if s.profile == "miljoloftet")
    sheet = sheet.model_copy(deep=True, update={"is_example": False})
    acknowledge_warnings(sheet, catalog)  # signing needs «klar»
    sheet_file = tmp_path / "ark.json"
    sheet_file.write_text(sheet_to_json(sheet), encoding="utf-8")
    assert ok(cli(group, "add", str(sheet_file))).strip() == str(sheet.id)
    deliver(group, sheet.id, tmp_path / "ut-1", levering)
    [sent] = json.loads(ok(cli(group, "outbox", "list", "--format", "json")))
    assert sent["state"] == "levert" and Path(sent["delivered_to"]) == levering

    # The secretariat imports the folder; the sheet is «Mottatt».
    ok(cli(secretariat, "import", str(levering), "--trust", str(group_pem)))
    ok(cli(secretariat, "review", "--id", str(sheet.id), "--state", "til_samordning"))
    refused = cli(secretariat, "review", "--id", str(sheet.id), "--state", "vedtatt")
    assert refused.returncode == 1 and "ikke til «Vedtatt" in refused.stdout + refused.stderr

    # Remarks, signed and sent back.
    ok(
        cli(
            secretariat, "remark", "--id", str(sheet.id), "--field", "identification.title",
            "--text", "Tittelen bør si hvor tiltaket ligger.",
        )
    )  # fmt: skip
    ok(cli(secretariat, "remark", "--id", str(sheet.id), "--text", "Se over kostnadene."))
    ok(
        cli(
            secretariat, "review", "--id", str(sheet.id), "--state", "returnert",
            "--comment", "Merknader sendt",
        )
    )  # fmt: skip
    ok(
        cli(
            secretariat, "remarks", "export", "--id", str(sheet.id), "--out",
            str(tmp_path / "merknader"), "--passphrase-env", "PP", PP=PASS,
        )
    )  # fmt: skip
    [remarks_package] = (tmp_path / "merknader").glob("*.asice")

    # The working group imports them (trusting the secretariat) and answers.
    ok(cli(group, "remarks", "import", str(remarks_package), "--trust", str(secretariat_pem)))
    monkeypatch.setenv("PROSJEKTARK_HOME", str(group))
    from prosjektark.commands import open_user_store

    with open_user_store() as store:
        received = store.remarks(sheet.id)
        assert {r.text for r in received} == {
            "Tittelen bør si hvor tiltaket ligger.",
            "Se over kostnadene.",
        }
        on_title = next(r for r in received if r.field == "identification.title")
        whole = next(r for r in received if r.field == "")
        next_revision = store.load(sheet.id).revision + 1
        store.add_answer(on_title.id, "fixed", fixed_in_revision=next_revision)
        store.add_answer(whole.id, "disagree", "Kostnadene er kvalitetssikret.")
        working = store.load(sheet.id)
        working.identification.title += " (Åsane)"
        store.save_working_copy(working)

    # Revision 2 carries the answers.
    deliver(group, sheet.id, tmp_path / "ut-2", levering)
    ok(cli(secretariat, "import", str(levering), "--trust", str(group_pem)))
    monkeypatch.setenv("PROSJEKTARK_HOME", str(secretariat))
    with open_user_store() as store:
        status = store.review_status(sheet.id)
        assert (status.state, status.new_revision) == ("mottatt", True)
        answers = store.answers(sheet.id)
        assert {a.kind for a in answers} == {"fixed", "disagree"}
        assert store.open_remark_counts() == {}

    # What changed between the deliveries, in the form's words.
    first, second = (
        e["revision"] for e in history(secretariat, sheet.id) if e["kind"] == "received"
    )
    assert second > first
    changes = json.loads(
        ok(cli(secretariat, "diff", "--id", str(sheet.id), "--from", str(first), "--to",
               str(second), "--format", "json"))
    )  # fmt: skip
    title = next(c for c in changes if c["field"] == "identification.title")
    assert title["after"].endswith("(Åsane)") and not title["before"].endswith("(Åsane)")

    # The history on both sides tells the story, with who did what.
    ours = [e["kind"] for e in history(group, sheet.id)]
    for kind in ("created", "version_saved", "signed", "exported", "sent", "remarks_received"):
        assert kind in ours, (kind, ours)
    assert ours.count("answer") == 2 and ours.count("sent") == 2
    theirs = history(secretariat, sheet.id)
    kinds = [e["kind"] for e in theirs]
    for kind in ("received", "state_changed", "remark", "remarks_sent", "answers_delivered"):
        assert kind in kinds, (kind, kinds)
    assert kinds.count("received") == 2
    received = [e for e in theirs if e["kind"] == "received"]
    assert {e["who"] for e in received} == {"Kåre Øvrebø"}
    changed = [e for e in theirs if e["kind"] == "state_changed" and e["who"] == "Siri Sekretær"]
    moves = [e["state"] for e in changed if e["state"] != "mottatt"]
    assert moves[:2] == ["til_samordning", "returnert"]
    assert any(e["text"] == "Merknader sendt" for e in changed)
