"""The secretariat's intake folder: only complete, new packages are listed.

A package is complete when its size is the same on two looks and its zip directory (at
the end of the file) can be read; temporary and hidden names are never packages; a
package imported before is not listed again, also under another name.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from prosjektark.exchange.intake_folder import (
    IntakeScanner,
    KnownPackages,
    is_candidate_name,
    is_complete_package,
    scan,
    scan_folder,
)


def package_bytes(seed: int = 0, size: int = 60_000) -> bytes:
    """A zip like a package: the mimetype first, stored, then a large member."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.etsi.asic-e+zip")
        zf.writestr("prosjektark.json", os.urandom(size) + bytes([seed]))
    return buffer.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "inntak"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("name", "candidate"),
    [
        ("sykkelveg_r2.asice", True),
        ("Sykkelveg_R2.ASICE", True),
        ("sykkelveg_r2 (2).asice", True),
        (".sykkelveg_r2.asice.1a2b3c4d.part", False),
        ("sykkelveg_r2.asice.part", False),
        ("~$sykkelveg_r2.asice", False),
        (".sykkelveg_r2.asice", False),
        ("sykkelveg_r2.asice.tmp", False),
        ("sykkelveg_r2.asice.crdownload", False),
        ("notat.txt", False),
        ("sykkelveg_r2.pdf", False),
    ],
)
def test_only_package_names_are_candidates(name: str, candidate: bool) -> None:
    assert is_candidate_name(name) is candidate


def test_a_complete_package_is_listed_on_the_second_look(folder: Path) -> None:
    (folder / "a_r1.asice").write_bytes(package_bytes())
    scanner = IntakeScanner(folder)
    assert scanner.scan() == []  # one look is not enough to know the size has settled
    assert scanner.pending == [folder / "a_r1.asice"]
    assert scanner.scan() == [folder / "a_r1.asice"]
    assert scanner.pending == []


def test_the_one_shot_scan_lists_the_complete_packages_in_name_order(folder: Path) -> None:
    for name in ("b_r1.asice", "a_r1.asice"):
        (folder / name).write_bytes(package_bytes())
    (folder / "notat.txt").write_text("ikke en pakke")
    assert scan(folder, None, pause=0) == [folder / "a_r1.asice", folder / "b_r1.asice"]


def test_a_half_copied_package_is_left_alone_until_it_is_complete(folder: Path) -> None:
    data = package_bytes()
    target = folder / "a_r1.asice"
    target.write_bytes(data[: len(data) // 2])  # a copier that writes under the real name
    scanner = IntakeScanner(folder)
    assert scanner.scan() == []
    assert scanner.scan() == []  # same size twice, but the zip has no end yet
    assert not is_complete_package(target)
    assert scanner.pending == [target]

    with target.open("ab") as fh:
        fh.write(data[len(data) // 2 :])
    assert scanner.scan() == []  # the size changed since the last look
    assert scanner.scan() == [target]
    assert is_complete_package(target)


def test_a_preallocated_copy_is_not_complete_before_its_end_is_written(folder: Path) -> None:
    """Windows Explorer sets the full size first and fills the file in afterwards."""
    data = package_bytes()
    target = folder / "a_r1.asice"
    target.write_bytes(data[: len(data) // 2] + bytes(len(data) - len(data) // 2))
    scanner = IntakeScanner(folder)
    scanner.scan()
    assert scanner.scan() == []
    target.write_bytes(data)
    scanner.scan()
    assert scanner.scan() == [target]


def test_temporary_and_hidden_files_are_not_even_pending(folder: Path) -> None:
    (folder / ".a_r1.asice.1234abcd.part").write_bytes(package_bytes())
    (folder / "~$a_r1.asice").write_bytes(package_bytes())
    scanner = IntakeScanner(folder)
    scanner.scan()
    assert scanner.scan() == [] and scanner.pending == []


def test_the_folder_scan_names_the_incomplete_files(folder: Path) -> None:
    (folder / "hel_r1.asice").write_bytes(package_bytes())
    (folder / "halv_r1.asice").write_bytes(package_bytes()[:1000])
    result = scan_folder(folder, None, pause=0)
    assert result.ready == [folder / "hel_r1.asice"]
    assert result.incomplete == [folder / "halv_r1.asice"]


def test_imported_packages_are_not_listed_again_also_after_a_restart(
    folder: Path, tmp_path: Path
) -> None:
    record = tmp_path / "data" / "inntak-importert.json"
    first, second = folder / "a_r1.asice", folder / "b_r1.asice"
    first.write_bytes(package_bytes(1))
    second.write_bytes(package_bytes(2))
    known = KnownPackages(record)
    assert scan(folder, known, pause=0) == [first, second]

    known.remember([first])
    assert scan(folder, known, pause=0) == [second]
    assert scan(folder, KnownPackages(record), pause=0) == [second]  # kept on disk

    first.rename(folder / "a_r1 (2).asice")  # the same bytes under another name
    assert scan(folder, KnownPackages(record), pause=0) == [second]


def test_a_new_package_under_an_imported_name_is_listed(folder: Path, tmp_path: Path) -> None:
    known = KnownPackages(tmp_path / "inntak-importert.json")
    target = folder / "a_r1.asice"
    target.write_bytes(package_bytes(1))
    known.remember([target])
    assert scan(folder, known, pause=0) == []
    target.write_bytes(package_bytes(2))
    assert scan(folder, known, pause=0) == [target]


def test_a_damaged_record_of_imported_packages_is_started_afresh(tmp_path: Path) -> None:
    record = tmp_path / "inntak-importert.json"
    record.write_text("{ikke json", encoding="utf-8")
    known = KnownPackages(record)
    package = tmp_path / "a_r1.asice"
    package.write_bytes(package_bytes())
    assert not known.is_known(package)
    known.remember([package])
    assert KnownPackages(record).is_known(package)


def test_a_missing_folder_lists_nothing_and_says_why(tmp_path: Path) -> None:
    scanner = IntakeScanner(tmp_path / "borte")
    assert scanner.scan() == []
    assert scanner.problem is not None and "finnes ikke" in scanner.problem
    (tmp_path / "borte").mkdir()
    assert scanner.scan() == [] and scanner.problem is None


def test_the_ui_uses_the_same_settings_keys() -> None:
    """The intake watcher keeps its own copy of the key, because exchange/ loads lazily.
    (The outbox dialog asks exchange.delivery itself, which also applies the machine's
    delivery folder.)"""
    from prosjektark.exchange import intake_folder
    from prosjektark.ui import intake_watcher

    assert intake_watcher.INTAKE_FOLDER_KEY == intake_folder.INTAKE_FOLDER_KEY
