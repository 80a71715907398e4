"""An unexpected error in a command, run as users run it: no traceback on the screen, a
plain Norwegian sentence that names the log file, and the traceback in that file.

The error is a real one: the secretariat's attachment folder (`data/vedlegg`) is a file,
so opening the store fails in a way no command anticipates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import cli


@pytest.mark.parametrize(
    "args",
    [
        ["import", "pakke.asice", "--trust", "{cert}"],
        ["portfolio", "--out", "{tmp}/p.xlsx"],
        ["handover", "--id", "3f2c8a70-0b8e-4d2a-9a55-6a1f5c3b9e21", "--list"],
    ],
    ids=["import", "portfolio", "handover"],
)
def test_an_unexpected_error_is_logged_with_its_traceback_and_named_plainly(
    tmp_path: Path, args: list[str]
) -> None:
    home = tmp_path / "sekretariat"
    (home / "data").mkdir(parents=True)
    (home / "data" / "vedlegg").write_text("ikke en mappe", encoding="utf-8")
    cert = tmp_path / "avsender.sha256"
    cert.write_text("AB" * 32 + "\n", encoding="utf-8")
    args = [a.replace("{cert}", str(cert)).replace("{tmp}", str(tmp_path)) for a in args]

    result = cli(home, *args)  # asserts that no traceback reaches stderr

    assert result.returncode == 2, result.stdout + result.stderr
    log_file = home / "logs" / "prosjektark.log"
    assert f"prosjektark {args[0]}: Uventet feil (FileExistsError" in result.stderr
    assert f"Detaljer er skrevet til loggfilen {log_file}." in result.stderr
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "FileExistsError" in logged and f"prosjektark {args[0]}" in logged
