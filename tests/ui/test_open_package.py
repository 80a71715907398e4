"""`prosjektark PAKKE.asice`: what a file manager, or Windows' file association, starts.

The window opens and the verify dialog shows that package's result over it. The command
line keeps its commands: a bare path is taken as a file only when it is not a command's
name, and a path that is not there is said so plainly."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from cli_helpers import cli, cli_environment
from prosjektark import paths
from prosjektark.domain.catalog import Catalog, LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from prosjektark.store.repository import Store
from signing_helpers import tampered_copy

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 1)
PASS = "et langt passord for pakken"


def own_identity() -> Identity:
    """The user's own identity, where Mi identitet keeps it (in this test's home)."""
    return create_identity(
        "Kari Nordmann", "kari@example.no", "Bergen kommune", PASS, paths.identity_dir()
    )


def signed_package(identity: Identity, catalog: Catalog, out: Path) -> Path:
    from prosjektark.exchange.export import export_sheet

    sheet = example_sheets(catalog)[0]
    return export_sheet(sheet, catalog, out, package=True, identity=identity, today=TODAY).package


def self_test_report(home: Path, *args: str, cwd: Path | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test", *args],
        env=cli_environment(home),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ the whole program


def test_a_package_named_on_the_command_line_is_verified_over_the_window(
    _isolated_home: Path, catalog: Catalog, tmp_path: Path
) -> None:
    package = signed_package(own_identity(), catalog, tmp_path / "ut")
    report = self_test_report(_isolated_home, str(package))
    assert report["ok"] is True
    shown = report["package"]
    assert shown["shown"] is True
    assert shown["path"] == str(package)
    assert shown["valid"] is True
    assert shown["headline"].endswith("Pakken er gyldig")
    assert "Kari Nordmann" in shown["signer"]
    # Checked against the user's own certificate, as Verifiser pakke in the menu does.
    assert shown["trust"] == str(paths.identity_dir() / "sertifikat.pem")


def test_a_changed_package_named_on_the_command_line_is_shown_as_not_valid(
    _isolated_home: Path, catalog: Catalog, tmp_path: Path
) -> None:
    package = signed_package(own_identity(), catalog, tmp_path / "ut")
    changed = tampered_copy(package, tmp_path / "endret.asice")
    shown = self_test_report(_isolated_home, str(changed))["package"]
    assert shown["shown"] is True and shown["valid"] is False
    assert shown["headline"].endswith("Pakken er ikke gyldig")


def test_a_path_is_opened_as_a_file_when_it_does_not_name_a_command(
    _isolated_home: Path, tmp_path: Path
) -> None:
    (tmp_path / "check").write_text("ikke en pakke", encoding="utf-8")
    own_identity()
    shown = self_test_report(_isolated_home, "./check", cwd=tmp_path)["package"]
    assert shown["shown"] is True
    assert shown["path"] == str(tmp_path / "check")  # absolute, whatever the cwd was
    assert shown["valid"] is False and shown["headline"].endswith("Pakken kan ikke leses")


def test_the_self_test_without_a_package_reports_none(_isolated_home: Path) -> None:
    report = self_test_report(_isolated_home)
    assert report["ok"] is True and "package" not in report


# ------------------------------------------------------------------ the command line


def test_a_missing_file_gets_a_clear_message_and_no_window(
    _isolated_home: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "borte" / "pakke.asice"
    result = cli(_isolated_home, str(missing))
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"prosjektark: fant ikke filen «{missing}»." in result.stderr
    assert "usage" not in result.stderr and "bruk:" not in result.stderr


def test_a_folder_is_not_taken_for_a_package(_isolated_home: Path, tmp_path: Path) -> None:
    result = cli(_isolated_home, str(tmp_path))
    assert result.returncode == 2
    assert f"«{tmp_path}» er en mappe" in result.stderr


def test_a_command_stays_a_command_beside_a_file_of_its_name(
    _isolated_home: Path, tmp_path: Path
) -> None:
    (tmp_path / "check").write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "check"],
        env=cli_environment(_isolated_home),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "disse argumentene mangler: sheet" in result.stderr  # `check` without its sheet


def test_a_misspelt_command_is_still_told_as_one(_isolated_home: Path) -> None:
    result = cli(_isolated_home, "chek")
    assert result.returncode == 2
    assert "ugyldig valg: 'chek'" in result.stderr and "check" in result.stderr


def test_every_command_still_parses(_isolated_home: Path, tmp_path: Path, catalog) -> None:
    result = cli(_isolated_home, "examples", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    sheet = sorted(tmp_path.glob("*.json"))[0]
    checked = cli(_isolated_home, "check", str(sheet), "--format", "json")
    assert checked.returncode in (0, 1), checked.stderr
    json.loads(checked.stdout)
    assert cli(_isolated_home, "--help").returncode == 0


# ------------------------------------------------------------------ inside the window


@pytest.fixture
def window(qtbot, catalog: Catalog, tmp_path: Path):
    from prosjektark.ui.main_window import MainWindow

    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    store.close()


def test_the_secretariat_checks_an_opened_package_against_its_trust_list(
    window, catalog: Catalog, tmp_path: Path
) -> None:
    from prosjektark.ui.app import open_package

    own_identity()  # the secretariat member's own certificate is not the signer's
    sender = create_identity(
        "Ola Normann", "ola@example.no", "Trondheim kommune", PASS, tmp_path / "ola"
    )
    package = signed_package(sender, catalog, tmp_path / "ut")
    trusted = tmp_path / "tillit"
    trusted.mkdir()
    (trusted / "ola.pem").write_bytes(certificate_pem(sender.certificate))
    window.settings.setValue("intake/trust", str(trusted))  # chosen in Importer pakker

    dialog = open_package(window, package)
    assert dialog.isVisible() and dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.package_edit.text() == str(package)
    assert dialog.trust_edit.text() == str(trusted)
    assert dialog.result is not None and dialog.result.valid
    assert "Ola Normann" in dialog.signer.text()


def test_without_anything_to_trust_the_dialog_waits_for_a_trust_list(
    window, catalog: Catalog, tmp_path: Path
) -> None:
    from prosjektark.ui.app import open_package

    sender = create_identity(
        "Ola Normann", "ola@example.no", "Trondheim kommune", PASS, tmp_path / "ola"
    )
    package = signed_package(sender, catalog, tmp_path / "ut")
    dialog = open_package(window, package)
    assert dialog.isVisible()
    assert dialog.package_edit.text() == str(package) and dialog.trust_edit.text() == ""
    assert dialog.result is None and not dialog.banner.isVisible()
    assert not dialog.verify_button.isEnabled()  # until the user names a trust list


def test_signers_the_machine_trusts_are_enough_to_check_an_opened_package(
    window, catalog: Catalog, tmp_path: Path, _empty_machine_config: Path
) -> None:
    from prosjektark.ui.app import open_package

    sender = create_identity(
        "Ola Normann", "ola@example.no", "Trondheim kommune", PASS, tmp_path / "ola"
    )
    package = signed_package(sender, catalog, tmp_path / "ut")
    (_empty_machine_config / "trust").mkdir()  # IT's trust/ folder (machine_config.py)
    (_empty_machine_config / "trust" / "ola.pem").write_bytes(certificate_pem(sender.certificate))
    dialog = open_package(window, package)
    assert dialog.trust_edit.text() == ""  # nothing of the user's own
    assert dialog.result is not None and dialog.result.valid


def test_the_program_names_its_desktop_file_and_icon(qapp) -> None:
    from prosjektark.ui.app import DESKTOP_FILE_NAME, WINDOW_ICON_SIZES, identify_application

    identify_application(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert (ROOT / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    sizes = {(s.width(), s.height()) for s in qapp.windowIcon().availableSizes()}
    assert sizes == {(n, n) for n in WINDOW_ICON_SIZES}
    pixmap = qapp.windowIcon().pixmap(48, 48)
    assert not pixmap.isNull() and pixmap.width() == 48
