"""`prosjektark verify … | head`: a reader that goes away is no error (issue 12, item 9a).

The read end of the pipe is closed before the command writes anything, so every write
meets a broken pipe, as with `| head -0` or a pager quit at once. The command must say
nothing on standard error and exit with the code it gives when its output is read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PACKAGE = FIXTURES / "packages" / "prosjektark-1.0-signert-av-0.1.asice"
CERT = FIXTURES / "packages" / "prosjektark-1.0-signert-av-0.1.pem"
SHEET = FIXTURES / "sheets" / "prosjektark-1.0-sykkelveg.json"


def run_cli(home: Path, *args: str, close_early: bool) -> tuple[int, str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "prosjektark", *args],
        env={**os.environ, "PROSJEKTARK_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    stdout = ""
    if close_early:
        process.stdout.close()  # before the command has written a byte
    else:
        stdout = process.stdout.read().decode("utf-8", "replace")
    stderr = process.stderr.read().decode("utf-8", "replace")
    return process.wait(timeout=120), stdout, stderr


@pytest.mark.parametrize(
    "args",
    [
        ("verify", str(PACKAGE), "--trust", str(CERT)),
        ("verify", str(PACKAGE), "--trust", str(CERT), "--format", "json"),
        ("check", str(SHEET)),
        ("check", str(SHEET), "--format", "json"),
    ],
    ids=["verify", "verify-json", "check", "check-json"],
)
def test_a_reader_that_goes_away_gets_no_traceback_and_the_usual_exit_code(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    usual, stdout, _ = run_cli(tmp_path, *args, close_early=False)
    assert stdout.strip(), "the command prints something when its output is read"
    code, _, stderr = run_cli(tmp_path, *args, close_early=True)
    assert stderr == "", stderr
    assert code == usual
