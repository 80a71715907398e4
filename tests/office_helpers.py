"""LibreOffice as the independent reader of our workbooks (tests skip, naming it, without it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def convert_with_libreoffice(
    src: Path, out_dir: Path, filter_: str, env: dict[str, str] | None = None
) -> None:
    """`soffice --convert-to filter_` of `src` into `out_dir`, with a profile of its own
    (a second LibreOffice of the same user would otherwise wait on the first one's lock).

    Without `env`, in a UTF-8 locale that exists: the suite names bokmål in LANG (tests/conftest.py),
    which a machine may not have installed, and LibreOffice in a missing locale silently
    writes no file whose name has «å» or «æ»."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice, Debian: libreoffice-calc-nogui) is not installed")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{out_dir}/lo-profile",
            "--headless",
            "--convert-to",
            filter_,
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={**os.environ, "LC_ALL": "C.UTF-8"} if env is None else env,
    )
