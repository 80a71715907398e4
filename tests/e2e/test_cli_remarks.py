"""Remarks there and answers back, on the command line, with two user folders and two real
identities: the working group delivers, the secretariat imports and writes remarks, signs
them into a remarks package; the working group imports it trusting the secretariat's
certificate, answers, and delivers the next revision, which carries the answers to the
secretariat."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.store.repository import Store
from signing_helpers import acknowledge_warnings

PASS = "merknader og svar fram og tilbake"


def identity(home: Path, name: str, email: str, organisation: str, pem: Path) -> None:
    made = cli(
        home, "identity", "new", "--name", name, "--email", email,
        "--organisation", organisation, "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    shown = cli(home, "identity", "show", "--pem", str(pem))
    assert shown.returncode == 0, shown.stderr


def open_store(home: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The user's own store as the program opens it, with the user's identity as the actor
    (what the window does; there is no command for answering a remark)."""
    from prosjektark.commands import open_user_store

    monkeypatch.setenv("PROSJEKTARK_HOME", str(home))
    return open_user_store()


def deliver(home: Path, sheet_id: uuid.UUID, out: Path) -> Path:
    exported = cli(
        home, "export", "--id", str(sheet_id), "--out", str(out), "--package",
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stdout + exported.stderr
    (package,) = out.glob("*.asice")
    return package


def history(home: Path, sheet_id: uuid.UUID) -> list[dict]:
    shown = cli(home, "history", "--id", str(sheet_id), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_remarks_go_back_signed_and_the_answers_come_with_the_next_revision(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    group, secretariat = tmp_path / "arbeidsgruppe", tmp_path / "sekretariat"
    group_pem, secretariat_pem = tmp_path / "kare.pem", tmp_path / "siri.pem"
    identity(group, "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", group_pem)
    identity(secretariat, "Siri Sekretær", "siri@example.no", "Miljøpakken", secretariat_pem)
    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)  # signing needs «klar»
    with open_store(group, monkeypatch) as store:
        store.create(sheet)

    # The working group delivers; the secretariat imports.
    first = deliver(group, sheet.id, tmp_path / "levering-1")
    imported = cli(secretariat, "import", str(first), "--trust", str(group_pem))
    assert imported.returncode == 0, imported.stdout + imported.stderr

    # The secretariat writes remarks: on a field, on the whole sheet; a field the form
    # does not have is refused with the reason.
    on_title = cli(
        secretariat, "remark", "--id", str(sheet.id), "--field", "identification.title",
        "--text", "Tittelen bør si hvor sykkelvegen går.",
    )  # fmt: skip
    assert on_title.returncode == 0, on_title.stderr
    title_remark = uuid.UUID(on_title.stdout.strip())
    whole = cli(
        secretariat, "remark", "--id", str(sheet.id), "--text", "Hvem har regnet på kostnaden?"
    )
    assert whole.returncode == 0, whole.stderr
    whole_remark = uuid.UUID(whole.stdout.strip())
    unknown = cli(
        secretariat, "remark", "--id", str(sheet.id), "--field", "identification.tittel",
        "--text", "x",
    )  # fmt: skip
    assert unknown.returncode == 2
    assert "identification.tittel" in unknown.stderr and "ikke et felt" in unknown.stderr
    not_a_sheet = cli(secretariat, "remark", "--id", str(uuid.uuid4()), "--text", "x")
    assert not_a_sheet.returncode == 2 and "Fant ikke" in not_a_sheet.stderr

    # … signs and sends them; there is nothing left to send after that.
    out = tmp_path / "merknader"
    sent = cli(
        secretariat, "remarks", "export", "--id", str(sheet.id), "--out", str(out),
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert "2 merknader" in sent.stdout
    (remarks_package,) = out.glob("*.asice")
    nothing = cli(
        secretariat, "remarks", "export", "--id", str(sheet.id), "--out", str(out),
        "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert nothing.returncode == 1 and "Ingen usendte merknader" in nothing.stdout
    assert list(out.glob("*.asice")) == [remarks_package]

    # The working group refuses it from a signer it does not trust, takes it from the
    # secretariat it does, once; a file that is no package cannot be read.
    untrusted = cli(group, "remarks", "import", str(remarks_package), "--trust", str(group_pem))
    assert untrusted.returncode == 1, untrusted.stdout + untrusted.stderr
    assert "avvist" in untrusted.stdout and "tillitslisten" in untrusted.stdout
    received = cli(
        group, "remarks", "import", str(remarks_package), "--trust", str(secretariat_pem)
    )
    assert received.returncode == 0, received.stdout + received.stderr
    assert "importert" in received.stdout and "2 merknader fra Siri Sekretær" in received.stdout
    again = cli(group, "remarks", "import", str(remarks_package), "--trust", str(secretariat_pem))
    assert again.returncode == 0 and "uendret" in again.stdout
    garbage = tmp_path / "ødelagt.asice"
    garbage.write_bytes(b"ikke en pakke")
    broken = cli(group, "remarks", "import", str(garbage), "--trust", str(secretariat_pem))
    assert broken.returncode == 2

    # The working group answers (in the window; here through the store) and edits.
    with open_store(group, monkeypatch) as store:
        remarks = {r.id: r for r in store.remarks(sheet.id)}
        assert set(remarks) == {title_remark, whole_remark}
        assert remarks[title_remark].field == "identification.title"
        assert all(r.received for r in remarks.values())
        delivered_before = max(r.revision for r in store.revisions(sheet.id))
        next_revision = delivered_before + 1
        store.add_answer(title_remark, "fixed", fixed_in_revision=next_revision)
        store.add_answer(whole_remark, "reply", "Statens vegvesen, med Anslag-metoden.")
        working = store.load(sheet.id)
        working.identification.title += " (Lade–Leangen)"
        store.save_working_copy(working)

    # The next revision carries the answers; the secretariat sees them.
    second = deliver(group, sheet.id, tmp_path / "levering-2")
    assert second.name.endswith(f"_r{next_revision}.asice")
    updated = cli(secretariat, "import", str(second), "--trust", str(group_pem))
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "oppdatert" in updated.stdout and "2 svar på merknader" in updated.stdout
    with open_store(secretariat, monkeypatch) as store:
        answers = {a.remark_id: a for a in store.answers(sheet.id)}
        assert set(answers) == {title_remark, whole_remark}
        assert answers[title_remark].kind == "fixed"
        assert answers[title_remark].fixed_in_revision == next_revision
        assert answers[whole_remark].text == "Statens vegvesen, med Anslag-metoden."
        assert {a.by_name for a in answers.values()} == {"Kåre Øvrebø"}
        assert {a.delivered_in_revision for a in answers.values()} == {next_revision}
        assert store.open_remark_counts() == {}
    with open_store(group, monkeypatch) as store:
        assert {a.delivered_in_revision for a in store.answers(sheet.id)} == {next_revision}

    # Both sides' case histories tell it.
    on_our_side = [e["kind"] for e in history(secretariat, sheet.id)]
    assert on_our_side.count("remark") == 2
    assert {"remarks_sent", "answers_delivered"} <= set(on_our_side)
    assert on_our_side.index("remarks_sent") < on_our_side.index("answers_delivered")
    on_their_side = history(group, sheet.id)
    received_event = next(e for e in on_their_side if e["kind"] == "remarks_received")
    assert received_event["who"] == "Siri Sekretær"
    assert [e["kind"] for e in on_their_side].count("answer") == 2
