"""Running `prosjektark` as a separate process, the way users and scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The variables the CLI reads its language from (prosjektark.i18n.language_from_environment).
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def cli_environment(home: Path, **env: str) -> dict[str, str]:
    """The environment of a `prosjektark` process: its own PROSJEKTARK_HOME, and bokmål
    whatever the machine's locale (as tests/conftest.py sets for this process), unless the
    caller names a language variable itself."""
    base = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    base["LANG"] = "nb_NO.UTF-8"
    return {**base, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}


def cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """`prosjektark ARGS` with its own PROSJEKTARK_HOME; never a traceback, whatever the exit."""
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", *args],
        env=cli_environment(home, **env),
        capture_output=True,
        text=True,
        errors="replace",
        timeout=180,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
