"""One secretariat user of tests/e2e/test_pg_concurrency.py, run as a process of its own.

    python pg_worker.py PLAN.json WORKER

PLAN.json (written by the test) holds the database URL, the profile, the states a sheet
may be moved between, the sync folder and the rounds: per round the sheet and what each
worker does with it («state» or «remark»). Before each round the two workers wait for
each other (a file each in the sync folder), so both act on the same sheet at the same
moment. Each operation is appended to this worker's JSON-lines file, after it returned:
its outcome is «ok» or «conflict» (ConflictError, with its message). Anything else stops
both workers (the abort file) and this one exits non-zero with the traceback.
"""

from __future__ import annotations

import json
import random
import sys
import time
import traceback
import uuid
from pathlib import Path

BARRIER_TIMEOUT_S = 60


def actor_of(worker: int):
    from prosjektark.domain.caseflow import Actor

    return Actor(f"Sekretær {worker}", f"{worker + 1:x}" * 64)


def wait_for_other(sync: Path, worker: int, round_no: int) -> None:
    """Both workers start the round together (a file per worker and round)."""
    (sync / f"{worker}.{round_no}").touch()
    other = sync / f"{1 - worker}.{round_no}"
    deadline = time.monotonic() + BARRIER_TIMEOUT_S
    while not other.exists():
        if (sync / "abort").exists():
            raise SystemExit(f"worker {worker}: the other worker stopped (round {round_no})")
        if time.monotonic() > deadline:
            raise SystemExit(f"worker {worker}: the other worker never reached round {round_no}")
        time.sleep(0.0005)


def run(plan: dict, worker: int) -> None:
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.paths import resource_dir
    from prosjektark.store.errors import ConflictError
    from prosjektark.store.repository import Store

    review = load_catalog(resource_dir()).profile(plan["profile"]).review
    movable = set(plan["movable"])
    rng = random.Random(plan["seed"] * 2 + worker)
    sync = Path(plan["sync"])
    store = Store.open_url(plan["url"])
    store.actor = lambda: actor_of(worker)
    out = Path(plan["out"]) / f"worker-{worker}.jsonl"
    store.review_statuses()  # connect before the first round, so both start warm
    with store, out.open("w", encoding="utf-8") as log:
        for round_no, step in enumerate(plan["rounds"]):
            sheet_id = uuid.UUID(step["sheet"])
            kind = step["kinds"][worker]
            tag = f"op {worker}-{round_no}"
            wait_for_other(sync, worker, round_no)
            status = store.review_status(sheet_id)
            entry = {
                "worker": worker,
                "round": round_no,
                "kind": kind,
                "sheet": str(sheet_id),
                "from_version": status.version,
                "from_state": status.state,
                "tag": tag,
            }
            # Between reading and writing, the other user may act: widen that window.
            time.sleep(rng.uniform(0, 0.008))
            try:
                if kind == "state":
                    targets = sorted(set(review.transitions.get(status.state, [])) & movable)
                    entry["target"] = rng.choice(targets)
                    changed = store.change_review_state(
                        sheet_id,
                        entry["target"],
                        review,
                        comment=tag,
                        expected_version=status.version,
                    )
                    entry["to_version"] = changed.version
                else:
                    entry["text"] = f"{tag}: Begrunn kostnadsanslaget (æøå)."
                    remark = store.add_remark(sheet_id, entry["text"])
                    entry["remark_id"] = str(remark.id)
                entry["outcome"] = "ok"
            except ConflictError as exc:
                entry["outcome"] = "conflict"
                entry["message"] = str(exc)
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            log.flush()


def main() -> int:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    worker = int(sys.argv[2])
    try:
        run(plan, worker)
    except BaseException:
        (Path(plan["sync"]) / "abort").touch()
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
