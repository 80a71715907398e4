"""Runs the frozen app's smoke test only when what the frozen build is made from changed.

Building and checking the frozen app takes minutes, too long for every `make test`. The
inputs of the build (build.spec, packaging/, the lock files, pyproject.toml, setup.py,
MANIFEST.in) are hashed; packaging/frozen-verified.sha256 holds that hash as of the last
`make frozen-check` that passed, and is committed with them.

    python packaging/frozen_gate.py           # the gate: `make frozen-check` if the hash differs
    python packaging/frozen_gate.py --record  # after a passing check: write the stamp
    python packaging/frozen_gate.py --status  # say whether the stamp is current (exit 1 if not)

A change to the program's own code does not rebuild the frozen app here: the ordinary tests
cover it, and `make frozen-check` can always be run by hand.
"""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STAMP_NAME = "packaging/frozen-verified.sha256"
INPUT_FILES = ("build.spec", "pyproject.toml", "setup.py", "MANIFEST.in")
INPUT_FOLDERS = ("packaging", "requirements")
SKIPPED_PARTS = {"__pycache__"}


def inputs(root: Path = ROOT) -> list[Path]:
    """The files the frozen build is made from, sorted by their path from `root`."""
    found = [root / name for name in INPUT_FILES if (root / name).is_file()]
    for folder in INPUT_FOLDERS:
        for path in (root / folder).rglob("*"):
            if (
                path.is_file()
                and path != root / STAMP_NAME
                and not SKIPPED_PARTS & set(path.relative_to(root).parts)
                and path.suffix != ".pyc"
            ):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def digest(root: Path = ROOT) -> str:
    """SHA-256 over each input's path and content. Line endings are made LF first, so a
    Windows checkout (core.autocrlf) gives the same hash as the commit."""
    total = hashlib.sha256()
    for path in inputs(root):
        content = path.read_bytes().replace(b"\r\n", b"\n")
        name = path.relative_to(root).as_posix().encode()
        total.update(b"%d:%s%d:" % (len(name), name, len(content)))
        total.update(content)
    return total.hexdigest()


def recorded(root: Path = ROOT) -> tuple[str, str]:
    """The hash in the stamp and the rest of its line ('', '' without a stamp)."""
    try:
        line = (root / STAMP_NAME).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return "", ""
    value, _, note = line.partition(" ")
    return value, note.strip()


def record(root: Path = ROOT) -> str:
    note = f"verified {time.strftime('%Y-%m-%d %H:%M')} on {platform.system()} {platform.machine()}"
    (root / STAMP_NAME).write_text(f"{digest(root)}  {note}\n", encoding="utf-8")
    return note


def main(argv: list[str], root: Path = ROOT) -> int:
    if argv not in ([], ["--record"], ["--status"]):
        print(__doc__, file=sys.stderr)
        return 2
    if argv == ["--record"]:
        print(f"frozen gate: recorded in {STAMP_NAME} ({record(root)})")
        return 0
    current = digest(root)
    value, note = recorded(root)
    if value == current:
        print(f"frozen app last {note or 'verified'} for these packaging inputs ({current[:12]})")
        return 0
    if argv == ["--status"]:
        print(f"frozen app not verified for these packaging inputs ({current[:12]})")
        return 1
    print(
        "frozen gate: packaging inputs changed since the last verified frozen build; "
        "running `make frozen-check`",
        flush=True,
    )
    make = os.environ.get("MAKE", "make")
    return subprocess.run([make, "-C", str(root), "frozen-check"]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
