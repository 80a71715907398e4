"""A SIGKILL in the middle of autosaving leaves the old or the new sheet, never a broken one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")

SAVES_BEFORE_KILL = 150

# The child saves as fast as it can and reports each save only after it returned.
CHILD = textwrap.dedent(
    """
    import sys, uuid
    from pathlib import Path
    from prosjektark.store.repository import Store

    db_path, attachments, sheet_id = Path(sys.argv[1]), Path(sys.argv[2]), uuid.UUID(sys.argv[3])
    store = Store.open(db_path, attachments)
    sheet = store.load(sheet_id)
    counter = 0
    while True:
        counter += 1
        sheet.identification.title = f"Autolagring {counter}"
        sheet.description.purpose = f"{counter} " * 2000
        store.save_working_copy(sheet)
        print(counter, flush=True)
    """
)


def counter_of(title: str) -> int:
    prefix = "Autolagring "
    return int(title.removeprefix(prefix)) if title.startswith(prefix) else 0


def test_sigkill_during_autosave_keeps_a_valid_sheet(tmp_path: Path) -> None:
    db_path, attachments = tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg"
    sheet = Sheet()
    sheet.identification.title = "Start"
    with Store.open(db_path, attachments) as store:
        store.create(sheet)

    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2] / "desktop")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(attachments), str(sheet.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    reported = 0
    watchdog = threading.Timer(120, child.kill)  # a child that hangs must not hang the suite
    watchdog.start()
    try:
        assert child.stdout is not None
        for line in child.stdout:
            reported = int(line)
            if reported >= SAVES_BEFORE_KILL:
                break
        os.kill(child.pid, signal.SIGKILL)
        # Lines already in the pipe were printed after their save had returned.
        for line in child.stdout:
            reported = int(line)
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert reported >= SAVES_BEFORE_KILL

    with Store.open(db_path, attachments) as store:
        assert store.integrity_ok()
        recovered = store.load(sheet.id)
        (summary,) = store.list_summaries()
    counter = counter_of(recovered.identification.title)
    assert counter >= reported
    # The list columns and the body were written in the same transaction.
    assert summary.title == recovered.identification.title
    assert recovered.description.purpose == f"{counter} " * 2000
