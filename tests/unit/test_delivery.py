"""«Send til sekretariatet»: outbox packages copied atomically into the delivery folder.

The faults are real where the machine allows it: a full folder is a tiny tmpfs and a
read-only folder a read-only tmpfs when the tests run as root (root ignores file modes);
otherwise a read-only folder is a folder without write permission, and the full-folder
test skips and says why.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from prosjektark.domain.caseflow import Actor
from prosjektark.exchange.delivery import (
    DeliveryOutcome,
    folder_problem,
    send_to_folder,
    temp_name,
)
from prosjektark.exchange.intake_folder import is_candidate_name
from prosjektark.store.repository import Store

WG = Actor("Kari Nordmann", "ab" * 32)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg") as opened:
        opened.actor = lambda: WG
        yield opened


def package(store: Store, folder: Path, name: str, size: int = 3000, title: str = "Ark"):
    """A file standing for an exported package, listed in the outbox (the copy never
    looks inside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(os.urandom(size))
    return store.add_outbox_entry(uuid.uuid4(), 2, title, path)


def everything_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))  # hidden temporary files too


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"kan ikke montere tmpfs her: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def test_ready_packages_are_copied_and_marked_delivered(store: Store, tmp_path: Path) -> None:
    first = package(store, tmp_path / "ut", "sykkelveg_r2.asice", title="Sykkelveg")
    second = package(store, tmp_path / "ut", "kollektiv_r2.asice", title="Kollektiv")
    target = tmp_path / "levering"
    target.mkdir()

    outcomes = send_to_folder(store, None, target)

    assert [o.ok for o in outcomes] == [True, True]
    assert everything_in(target) == ["kollektiv_r2.asice", "sykkelveg_r2.asice"]
    for entry in (first, second):
        assert (target / entry.path.name).read_bytes() == entry.path.read_bytes()
    for entry in store.list_outbox():
        assert entry.state == "levert"
        assert entry.delivered_to == target and entry.delivered_at is not None
    sent = [e for e in store.history(first.sheet_id) if e.kind == "sent"]
    assert len(sent) == 1 and str(target) in sent[0].text and sent[0].who == WG.name


def test_only_ready_packages_are_sent_and_a_second_send_sends_nothing(
    store: Store, tmp_path: Path
) -> None:
    package(store, tmp_path / "ut", "a_r2.asice")
    target = tmp_path / "levering"
    target.mkdir()
    assert len(send_to_folder(store, None, target)) == 1
    assert send_to_folder(store, None, target) == []
    assert everything_in(target) == ["a_r2.asice"]


def test_only_the_chosen_packages_are_sent(store: Store, tmp_path: Path) -> None:
    chosen = package(store, tmp_path / "ut", "a_r2.asice")
    other = package(store, tmp_path / "ut", "b_r2.asice")
    target = tmp_path / "levering"
    target.mkdir()

    (outcome,) = send_to_folder(store, [chosen.id], target)

    assert outcome.ok and outcome.entry.id == chosen.id
    assert everything_in(target) == ["a_r2.asice"]
    states = {e.id: e.state for e in store.list_outbox()}
    assert states == {chosen.id: "levert", other.id: "klar"}


def test_another_file_of_the_same_name_is_never_overwritten(store: Store, tmp_path: Path) -> None:
    entry = package(store, tmp_path / "ut", "sykkelveg_r2.asice")
    target = tmp_path / "levering"
    target.mkdir()
    theirs = target / "sykkelveg_r2.asice"
    theirs.write_bytes(b"another working group's package")

    (outcome,) = send_to_folder(store, None, target)

    assert outcome.ok
    assert theirs.read_bytes() == b"another working group's package"
    assert outcome.target == target / "sykkelveg_r2 (2).asice"
    assert outcome.target.read_bytes() == entry.path.read_bytes()
    assert "sykkelveg_r2 (2).asice" in outcome.message


def test_the_same_package_already_there_is_not_copied_twice(store: Store, tmp_path: Path) -> None:
    """A send interrupted after the copy but before the outbox was updated."""
    entry = package(store, tmp_path / "ut", "a_r2.asice")
    target = tmp_path / "levering"
    target.mkdir()
    (target / "a_r2.asice").write_bytes(entry.path.read_bytes())

    (outcome,) = send_to_folder(store, None, target)

    assert outcome.ok and outcome.target == target / "a_r2.asice"
    assert everything_in(target) == ["a_r2.asice"]
    assert store.list_outbox()[0].state == "levert"


def assert_stays_ready(store: Store, outcome: DeliveryOutcome) -> None:
    assert not outcome.ok
    (entry,) = [e for e in store.list_outbox() if e.id == outcome.entry.id]
    assert entry.state == "klar" and entry.delivered_at is None and entry.delivered_to is None
    assert not [e for e in store.history(entry.sheet_id) if e.kind == "sent"]


def test_a_missing_folder_is_refused_with_a_clear_message(store: Store, tmp_path: Path) -> None:
    package(store, tmp_path / "ut", "a_r2.asice")
    missing = tmp_path / "nettverk" / "levering"

    problem = folder_problem(missing)
    assert problem is not None and "finnes ikke" in problem and str(missing) in problem
    (outcome,) = send_to_folder(store, None, missing)

    assert outcome.message == problem
    assert_stays_ready(store, outcome)
    assert not missing.exists()


def test_a_file_in_place_of_the_folder_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "levering"
    not_a_folder.write_text("x")
    problem = folder_problem(not_a_folder)
    assert problem is not None and "ikke en mappe" in problem


def test_a_read_only_folder_fails_and_the_package_stays_ready(store: Store, tmp_path: Path) -> None:
    package(store, tmp_path / "ut", "a_r2.asice")
    with contextlib.ExitStack() as stack:
        if can_mount():
            target = stack.enter_context(tmpfs(tmp_path / "levering", "ro,size=1m"))
        else:
            target = tmp_path / "levering"
            target.mkdir()
            target.chmod(0o555)
            stack.callback(target.chmod, 0o755)

        (outcome,) = send_to_folder(store, None, target)

        assert "skrivebeskyttet" in outcome.message or "skrivetilgang" in outcome.message
        assert str(target) in outcome.message
        assert_stays_ready(store, outcome)
        assert everything_in(target) == []


def test_a_full_folder_fails_removes_the_partial_copy_and_sends_what_fits(
    store: Store, tmp_path: Path
) -> None:
    if not can_mount():
        pytest.skip("en full mappe prøves med en liten tmpfs, og det krever root")
    big = package(store, tmp_path / "ut", "stor_r2.asice", size=400_000, title="Stor")
    small = package(store, tmp_path / "ut", "liten_r2.asice", size=2_000, title="Liten")
    with tmpfs(tmp_path / "levering", "size=128k") as target:
        outcomes = {o.entry.id: o for o in send_to_folder(store, None, target)}

        assert outcomes[small.id].ok
        failed = outcomes[big.id]
        assert "plass" in failed.message and str(target) in failed.message
        assert_stays_ready(store, failed)
        assert everything_in(target) == ["liten_r2.asice"]  # no temporary file left


def test_a_package_whose_file_is_gone_fails_and_stays_ready(store: Store, tmp_path: Path) -> None:
    entry = package(store, tmp_path / "ut", "a_r2.asice")
    entry.path.unlink()
    target = tmp_path / "levering"
    target.mkdir()

    (outcome,) = send_to_folder(store, None, target)

    assert "finnes ikke lenger" in outcome.message
    assert_stays_ready(store, outcome)
    assert everything_in(target) == []


def test_the_temporary_name_is_hidden_and_never_taken_for_a_package() -> None:
    name = temp_name("sykkelveg_r2.asice")
    assert name.startswith(".") and name.endswith(".part")
    assert not is_candidate_name(name)
    assert is_candidate_name("sykkelveg_r2.asice")


def test_outcome_lines_say_where_it_went_or_why_not(store: Store, tmp_path: Path) -> None:
    package(store, tmp_path / "ut", "a_r2.asice", title="Sykkelveg")
    (outcome,) = send_to_folder(store, None, tmp_path / "borte")
    assert outcome.line().startswith("a_r2.asice: ikke sendt – ")
    assert "utboksen" in outcome.line()
