"""Two secretariat users, two processes, one PostgreSQL database (issue 16, «How it is
checked»): 200 interleaved review-state changes and remarks on 20 sheets. Nothing is
lost, nothing is written twice, every conflict is reported to the user who lost it.

Each worker (tests/e2e/pg_worker.py) is a process of its own with its own Store, as two
users' apps would be. They meet before every round (a file each), then both read the same
sheet's state, wait a random moment and write, each basing its change on the version it
read. The state moves through the profile's own transitions (read from the profile, not
named here). Afterwards the database alone is the witness.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store

pytestmark = pytest.mark.postgresql

PROFILE = "miljoloftet"
SHEETS = 20
ROUNDS = 100  # each worker does one operation a round: 200 in all
WORKER = Path(__file__).with_name("pg_worker.py")
# What each worker does in a round, by round number modulo 5: mostly both move the
# state (a race), sometimes one writes a remark meanwhile, sometimes both write remarks.
KINDS = [
    ("state", "state"),
    ("state", "state"),
    ("state", "remark"),
    ("remark", "state"),
    ("remark", "remark"),
]
RELOAD = re.compile(r"Last inn (\w+ )?på nytt")
WG = Actor("Kari Nordmann", "aa" * 32)


def movable_states(review) -> list[str]:
    """The states a sheet can keep moving between: those on a cycle of the profile's
    transitions (a sheet in any of them can always move on to another of them)."""
    graph = {state.id: set(review.transitions.get(state.id, [])) for state in review.states}

    def reachable(start: str) -> set[str]:
        seen, todo = set(), list(graph[start])
        while todo:
            state = todo.pop()
            if state not in seen:
                seen.add(state)
                todo.extend(graph[state])
        return seen

    return sorted(state for state in graph if state in reachable(state))


def deliver(store: Store, review, number: int) -> Sheet:
    sheet = Sheet(profile=PROFILE)
    sheet.identification.title = f"Samtidig ark {number}"
    stored = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, WG, review, "pakke")
    return sheet


def run_workers(plan_path: Path, out: Path) -> list[dict]:
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2] / "desktop")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(plan_path), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in (0, 1)
    ]
    failures = []
    for n, worker in enumerate(workers):
        try:
            _, stderr = worker.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            worker.kill()
            _, stderr = worker.communicate()
            failures.append(f"worker {n} hung:\n{stderr}")
            continue
        if worker.returncode != 0:
            failures.append(f"worker {n} failed (exit {worker.returncode}):\n{stderr}")
    assert not failures, "\n".join(failures)
    return [
        json.loads(line)
        for n in (0, 1)
        for line in (out / f"worker-{n}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def test_two_processes_lose_nothing_and_report_every_conflict(pg_url, catalog, tmp_path):
    review = catalog.profile(PROFILE).review
    movable = movable_states(review)
    assert len(movable) >= 2, "the profile has no cycle of states to move sheets around in"
    with Store.open_url(pg_url) as store:
        store.actor = lambda: Actor("Oppsett", "ee" * 32)
        sheets = [deliver(store, review, n) for n in range(SHEETS)]
        start = {s.id: store.review_status(s.id) for s in sheets}
    assert {status.version for status in start.values()} == {1}

    sync, out = tmp_path / "sync", tmp_path / "out"
    sync.mkdir()
    out.mkdir()
    plan = {
        "url": pg_url,
        "profile": PROFILE,
        "movable": movable,
        "sync": str(sync),
        "out": str(out),
        "seed": 16,
        "rounds": [
            {"sheet": str(sheets[i % SHEETS].id), "kinds": KINDS[i % len(KINDS)]}
            for i in range(ROUNDS)
        ],
    }
    plan_path = tmp_path / "plan.json"
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    records = run_workers(plan_path, out)

    # Every operation came back, as «ok» or as a conflict the user was told about.
    assert len(records) == 2 * ROUNDS
    assert Counter(r["worker"] for r in records) == {0: ROUNDS, 1: ROUNDS}
    outcomes = Counter(r["outcome"] for r in records)
    assert set(outcomes) <= {"ok", "conflict"}
    assert outcomes["ok"] + outcomes["conflict"] == 2 * ROUNDS
    conflicts = [r for r in records if r["outcome"] == "conflict"]
    assert conflicts, "no conflict at all: the two workers never overlapped"
    for record in conflicts:
        assert record["kind"] == "state", record  # a remark never conflicts
        assert RELOAD.search(record["message"]), record

    with Store.open_url(pg_url) as store:
        for sheet in sheets:
            mine = [r for r in records if r["sheet"] == str(sheet.id)]
            ok_moves = sorted(
                (r for r in mine if r["kind"] == "state" and r["outcome"] == "ok"),
                key=lambda r: r["from_version"],
            )
            # No lost update: each version was moved on from exactly once, in a chain.
            assert [r["from_version"] for r in ok_moves] == list(range(1, len(ok_moves) + 1))
            assert all(r["to_version"] == r["from_version"] + 1 for r in ok_moves)
            status = store.review_status(sheet.id)
            assert status.version == 1 + len(ok_moves)
            expected_state = ok_moves[-1]["target"] if ok_moves else start[sheet.id].state
            assert status.state == expected_state
            # A conflict is real: someone else did move the state on from what was read.
            moved_from = {r["from_version"] for r in ok_moves}
            for record in mine:
                if record["outcome"] == "conflict":
                    assert record["from_version"] in moved_from, record

            # The case history has each move that succeeded exactly once, in the order
            # of the versions, by whom it was made; a refused move left nothing.
            history = store.history(sheet.id)
            tagged = [e for e in history if e.kind == "state_changed" and e.text.startswith("op ")]
            assert [(e.text, e.state, e.who) for e in tagged] == [
                (r["tag"], r["target"], f"Sekretær {r['worker']}") for r in ok_moves
            ]

            # Every remark is stored once, with its text, and recorded once in the history.
            ok_remarks = [r for r in mine if r["kind"] == "remark"]
            stored = store.remarks(sheet.id)
            assert sorted((str(m.id), m.text, m.by_name) for m in stored) == sorted(
                (r["remark_id"], r["text"], f"Sekretær {r['worker']}") for r in ok_remarks
            )
            remark_events = Counter(e.text for e in history if e.kind == "remark")
            assert remark_events == Counter(r["text"] for r in ok_remarks)
