"""Errors in a command, run as users run it: never a traceback on the screen.

An unexpected error gives a plain Norwegian sentence that names the log file, and the
traceback goes to that file. The error is a real one: the secretariat's attachment folder
(`data/vedlegg`) is a file, so opening the store fails in a way no command anticipates.

An expected one, a catalog that cannot be read, is named in the catalog's own words."""

from __future__ import annotations

import shutil
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


# A catalog that cannot be read is an expected fault, not an unexpected one: every command
# names it in the catalog's own words and exits 2, as `check` does. The program is run
# from a copy whose resources/ has a profile broken by hand (as a careless edit would),
# the layout paths.resource_dir() finds from a source tree.
PACKAGE = Path(__import__("prosjektark").__file__).resolve().parent


@pytest.fixture(scope="module")
def broken_catalog_tree(tmp_path_factory) -> Path:
    from prosjektark.paths import resource_dir

    root = tmp_path_factory.mktemp("ødelagt")
    shutil.copytree(
        PACKAGE, root / "desktop" / "prosjektark", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(resource_dir(), root / "resources")
    (root / "resources" / "profiles" / "miljopakken.toml").write_text(
        "id = «ikke toml»\n", encoding="utf-8"
    )
    return root


@pytest.fixture(scope="module")
def sheet_file(tmp_path_factory) -> Path:
    from prosjektark.domain.sheet import Sheet, sheet_to_json

    path = tmp_path_factory.mktemp("ark") / "ark.json"
    path.write_text(sheet_to_json(Sheet(profile="miljopakken")), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["export", "{sheet}", "--out", "{tmp}/ut"],
        ["portfolio", "--out", "{tmp}/p.xlsx"],
        ["frames", "export", "{tmp}/rammer.csv"],
        ["scenario", "new", "Forslag", "--profile", "miljopakken"],
        ["scenario", "list", "--profile", "miljopakken"],
    ],
    ids=["export", "portfolio", "frames-export", "scenario-new", "scenario-list"],
)
def test_an_unreadable_catalog_is_named_in_its_own_words_as_check_names_it(
    tmp_path: Path, broken_catalog_tree: Path, sheet_file: Path, args: list[str]
) -> None:
    program = {"PYTHONPATH": str(broken_catalog_tree / "desktop")}
    checked = cli(tmp_path / "hjem", "check", str(sheet_file), **program)
    assert checked.returncode == 2, checked.stdout + checked.stderr
    assert checked.stderr.startswith("prosjektark check: Kunne ikke lese miljopakken.toml: ")
    reason = checked.stderr.removeprefix("prosjektark check: ")
    args = [a.replace("{sheet}", str(sheet_file)).replace("{tmp}", str(tmp_path)) for a in args]
    command = " ".join(args[:2]) if args[0] in ("frames", "scenario") else args[0]

    result = cli(tmp_path / "hjem", *args, **program)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr == f"prosjektark {command}: {reason}"
    assert result.stdout == ""
