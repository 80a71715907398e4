"""`prosjektark examples --out DIR` as a user runs it: a real process, files read back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from prosjektark.domain.examples import example_ids
from prosjektark.domain.sheet import FORMAT, sheet_from_json


def _run(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "prosjektark", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_examples_are_written_and_read_back(tmp_path):
    out = tmp_path / "ut" / "eksempler"  # does not exist yet: created
    result = _run("examples", "--out", str(out), cwd=tmp_path, home=tmp_path / "home")

    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.json"))
    assert len(files) >= 3
    ids = set()
    for path in files:
        assert path.name in result.stdout
        text = path.read_text(encoding="utf-8")
        # Written with the oldest tag that holds it: examples use nothing added after 1.0.
        assert json.loads(text)["format"] == "prosjektark/1"
        assert sheet_from_json(text).format == FORMAT
        sheet = sheet_from_json(text)
        assert sheet.is_example and sheet.title.startswith("Eksempel: ")
        ids.add(sheet.id)
    assert ids == set(example_ids())


def test_rewriting_gives_identical_files(tmp_path):
    out = tmp_path / "eksempler"
    assert _run("examples", "--out", str(out), cwd=tmp_path, home=tmp_path / "h").returncode == 0
    first = {p.name: p.read_bytes() for p in out.glob("*.json")}
    assert _run("examples", "--out", str(out), cwd=tmp_path, home=tmp_path / "h").returncode == 0
    assert {p.name: p.read_bytes() for p in out.glob("*.json")} == first


def test_unwritable_target_exits_2_with_norwegian_message(tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("ikke en mappe", encoding="utf-8")
    result = _run("examples", "--out", str(blocker), cwd=tmp_path, home=tmp_path / "home")

    assert result.returncode == 2
    assert "kunne ikke skrive eksempelarkene" in result.stderr
    assert str(blocker) in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "ikke en mappe"


def test_missing_out_argument_is_a_usage_error(tmp_path):
    result = _run("examples", cwd=tmp_path, home=tmp_path / "home")
    assert result.returncode == 2
    assert "--out" in result.stderr
