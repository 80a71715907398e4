"""Unexpected errors keep their traceback: `report_unexpected` writes it to the rotating
log file and gives the user one plain sentence that names the file."""

from __future__ import annotations

from pathlib import Path

from prosjektark import paths
from prosjektark.logs import LOG_NAME, report_unexpected


def _lookup_of_a_missing_key() -> None:
    rows: dict[str, int] = {}
    rows["revisjon"] += 1


def test_the_traceback_goes_to_the_log_file_and_the_message_names_it() -> None:
    try:
        _lookup_of_a_missing_key()
    except KeyError as exc:
        message = report_unexpected(exc, "import av ark.asice")

    log_file = paths.log_dir() / LOG_NAME
    assert message == (
        f"Uventet feil (KeyError: 'revisjon'). Detaljer er skrevet til loggfilen {log_file}."
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Uventet feil (import av ark.asice)" in logged
    assert "Traceback (most recent call last)" in logged
    assert "_lookup_of_a_missing_key" in logged and "KeyError: 'revisjon'" in logged


def test_a_long_exception_text_is_cut_in_the_message_but_whole_in_the_log() -> None:
    try:
        raise ValueError("x" * 1000)
    except ValueError as exc:
        message = report_unexpected(exc)

    assert len(message) < 400 and "…" in message
    assert "x" * 1000 in (paths.log_dir() / LOG_NAME).read_text(encoding="utf-8")


def test_without_a_usable_log_folder_the_message_says_so(monkeypatch, tmp_path: Path) -> None:
    home = tmp_path / "hjem"
    home.mkdir()
    (home / "logs").write_text("en fil der loggmappen skulle vært", encoding="utf-8")
    monkeypatch.setenv("PROSJEKTARK_HOME", str(home))
    try:
        _lookup_of_a_missing_key()
    except KeyError as exc:
        message = report_unexpected(exc)

    assert message.startswith("Uventet feil (KeyError: 'revisjon'). Detaljene kunne ikke")
