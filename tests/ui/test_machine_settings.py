"""Machine-wide configuration where the user meets it: the role, the language and the
delivery folder (the machine's value where the user has none, the user's unless the
machine locks it), Innstillinger showing a locked setting and what is wrong in the
machine's file, and the verify and import dialogs trusting the machine's signers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from prosjektark import machine_config
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.exchange.delivery import (
    DELIVERY_FOLDER_KEY,
    delivery_folder,
    delivery_folder_locked,
    remember_delivery_folder,
)
from prosjektark.machine_config import SettingLocked
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from prosjektark.ui.qt_translations import LANGUAGE_SETTING, chosen_language, system_language
from prosjektark.ui.roles import ROLE_KEY, current_role, is_secretariat, role_locked, set_role
from prosjektark.ui.settings_dialog import SettingsDialog
from signing_helpers import acknowledge_warnings

PASS = "maskinoppsett i vinduet passord"
SHARE = "/srv/fil01/miljopakken/levert"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "innstillinger.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def machine(_empty_machine_config: Path) -> Path:
    return _empty_machine_config


def configure(folder: Path, text: str) -> machine_config.MachineConfig:
    (folder / "prosjektark.toml").write_text(text, encoding="utf-8")
    return machine_config.reload()


# ------------------------------------------------------------------ the role


def test_the_role_is_the_users_then_the_machines_then_a_working_group(machine, settings):
    machine_config.reload()
    assert current_role(settings) == "arbeidsgruppe"
    configure(machine, 'role = "sekretariat"\n')
    assert current_role(settings) == "sekretariat" and is_secretariat(settings)
    set_role(settings, "arbeidsgruppe")  # not locked: the user's choice wins
    assert current_role(settings) == "arbeidsgruppe"
    settings.setValue(ROLE_KEY, "sjef")  # a typo in the user's file is no choice
    assert current_role(settings) == "sekretariat"


def test_a_locked_role_is_the_machines_and_cannot_be_set(machine, settings):
    settings.setValue(ROLE_KEY, "sekretariat")
    configure(machine, 'role = "arbeidsgruppe"\nlocked = ["role"]\n')
    assert role_locked()
    assert current_role(settings) == "arbeidsgruppe"
    with pytest.raises(SettingLocked, match="satt av IT-avdelingen"):
        set_role(settings, "sekretariat")
    assert settings.value(ROLE_KEY) == "sekretariat"  # untouched, and still not used


def test_a_locked_role_without_a_machine_value_is_the_default(machine, settings):
    settings.setValue(ROLE_KEY, "sekretariat")
    configure(machine, 'locked = ["role"]\n')
    assert current_role(settings) == "arbeidsgruppe"


# ------------------------------------------------------------------ the language


def test_the_language_is_the_users_then_the_machines_then_the_systems(machine, settings):
    machine_config.reload()
    assert chosen_language(settings) == system_language()
    configure(machine, 'language = "nn"\n')
    assert chosen_language(settings) == "nn"
    settings.setValue(LANGUAGE_SETTING, "en")
    assert chosen_language(settings) == "en"
    configure(machine, 'language = "nn"\nlocked = ["language"]\n')
    assert chosen_language(settings) == "nn"
    settings.setValue(LANGUAGE_SETTING, "sv")  # unknown: as if nothing were chosen
    configure(machine, 'language = "en"\n')
    assert chosen_language(settings) == "en"


# ------------------------------------------------------------------ the delivery folder


def test_the_delivery_folder_is_the_users_then_the_machines(machine, settings, tmp_path):
    machine_config.reload()
    assert delivery_folder(settings) is None
    configure(machine, f"delivery_folder = '{SHARE}'\n")
    assert delivery_folder(settings) == Path(SHARE)
    remember_delivery_folder(settings, tmp_path / "egen")
    assert delivery_folder(settings) == tmp_path / "egen"


def test_a_locked_delivery_folder_is_the_machines_and_cannot_be_set(machine, settings, tmp_path):
    settings.setValue(DELIVERY_FOLDER_KEY, str(tmp_path / "egen"))
    configure(machine, f"delivery_folder = '{SHARE}'\nlocked = [\"delivery_folder\"]\n")
    assert delivery_folder_locked()
    assert delivery_folder(settings) == Path(SHARE)
    with pytest.raises(SettingLocked):
        remember_delivery_folder(settings, tmp_path / "annen")
    assert settings.value(DELIVERY_FOLDER_KEY) == str(tmp_path / "egen")


def test_the_delivery_folder_expands_the_users_variables(machine, settings, monkeypatch):
    monkeypatch.setenv("USERPROFILE", "/home/kari")
    configure(machine, "delivery_folder = '%USERPROFILE%/Teams/Levert'\n")
    assert delivery_folder(settings) == Path("/home/kari/Teams/Levert")


# ------------------------------------------------------------------ Innstillinger


LOCKED_ALL = f"""
role = "sekretariat"
language = "nn"
delivery_folder = '{SHARE}'
locked = ["role", "language", "delivery_folder"]
"""


def test_locked_settings_show_the_machines_values_and_cannot_be_changed(qtbot, machine, settings):
    settings.setValue(ROLE_KEY, "arbeidsgruppe")
    settings.setValue(LANGUAGE_SETTING, "en")
    configure(machine, LOCKED_ALL)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.secretariat.isChecked() and not dialog.working_group.isChecked()
    assert not dialog.secretariat.isEnabled() and not dialog.working_group.isEnabled()
    assert dialog.language.currentData() == "nn" and not dialog.language.isEnabled()
    assert dialog.delivery_folder.text() == SHARE
    assert not dialog.delivery_folder.isEnabled() and not dialog.delivery_button.isEnabled()
    notes = [w for w in dialog.findChildren(QLabel) if w.objectName() == "lockedNote"]
    assert len(notes) == 3 and all(n.isVisible() for n in notes)
    assert notes[0].text() == "Satt av IT-avdelingen for denne maskinen."

    dialog.accept()  # Lagre changes nothing the machine sets
    assert settings.value(ROLE_KEY) == "arbeidsgruppe"
    assert settings.value(LANGUAGE_SETTING) == "en"
    assert settings.value(DELIVERY_FOLDER_KEY) is None


def test_unlocked_machine_values_are_shown_and_not_pinned_by_saving(qtbot, machine, settings):
    configure(machine, f'role = "sekretariat"\nlanguage = "nn"\ndelivery_folder = \'{SHARE}\'\n')
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.secretariat.isChecked() and dialog.secretariat.isEnabled()
    assert dialog.language.currentData() == ""
    assert dialog.language.itemText(0) == "Som maskinoppsettet (Norsk nynorsk)"
    assert dialog.delivery_folder.text() == SHARE and dialog.delivery_button.isEnabled()
    assert not [w for w in dialog.findChildren(QLabel) if w.objectName() == "lockedNote"]
    dialog.accept()
    # Nothing chosen, so a later change on the machine still reaches this user.
    assert settings.value(ROLE_KEY) is None
    assert settings.value(DELIVERY_FOLDER_KEY) is None
    configure(machine, 'role = "arbeidsgruppe"\n')
    assert current_role(settings) == "arbeidsgruppe"


def test_the_user_overrides_an_unlocked_machine_value(qtbot, machine, settings, tmp_path):
    configure(machine, f"role = \"sekretariat\"\ndelivery_folder = '{SHARE}'\n")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.working_group.setChecked(True)
    dialog.set_delivery_folder(tmp_path)
    dialog.accept()
    assert current_role(settings) == "arbeidsgruppe"
    assert delivery_folder(settings) == tmp_path


def test_the_machines_problems_are_shown_in_innstillinger(qtbot, machine, settings):
    configure(machine, 'rolle = "sekretariat"\nlocked = ["role", "leveringsmappe"]\n')
    (machine / "trust").mkdir()
    (machine / "trust" / "skadet.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\ntull\n")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.machine_box.isVisible() and dialog.problems.isVisible()
    text = dialog.problems.toPlainText()
    labels = [label.text() for label in dialog.machine_box.findChildren(QLabel)]
    assert any(t.startswith("Feil i maskinoppsettet") for t in labels)
    assert "«rolle» er ingen innstilling" in text
    assert "«locked» nevner «leveringsmappe»" in text
    assert "skadet.pem" in text  # the trust folder is read for the dialog
    assert any(str(machine) in label.text() for label in dialog.machine_box.findChildren(QLabel))


def test_without_a_machine_configuration_innstillinger_says_nothing_of_it(qtbot, settings):
    machine_config.reload()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.machine_box.isVisible()
    assert dialog.language.itemText(0).startswith("Som systemet")


def test_innstillinger_fits_a_small_laptop_screen(qtbot, machine, settings, tmp_path):
    configure(
        machine,
        LOCKED_ALL
        + 'database_url = "postgresql://ola:hemmelig@db/p"\nfarge = "blå"\nprogramme = 3\n'
        + 'locked2 = 1\ndata_folder = "relativ"\nlanguage2 = "x"\n',
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(machine_config.current().problems) > 5
    assert "database_url inneholder et passord" in dialog.problems.toPlainText()
    size = dialog.size()
    assert size.width() <= 1280 and size.height() <= 720 - 60, size  # room for a title bar


# ------------------------------------------------------------------ the machine's signers


@pytest.fixture(scope="module")
def kari(tmp_path_factory) -> Identity:
    return create_identity(
        "Kari Nordmann", "kari@example.no", "Bergen kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def package(kari: Identity, catalog: Catalog, tmp_path_factory) -> Path:
    from prosjektark.exchange.export import export_sheet

    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)
    out = tmp_path_factory.mktemp("pakke")
    return export_sheet(sheet, catalog, out, package=True, identity=kari).package


def test_the_verify_dialog_trusts_the_machines_signers(qtbot, machine, kari, package):
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    machine_config.reload()
    without = VerifyDialog(package=package)
    qtbot.addWidget(without)
    assert not without.verify_button.isEnabled()  # nothing to trust
    assert not without.machine_trust_note.isVisibleTo(without)

    (machine / "trust").mkdir()
    (machine / "trust" / "kari.pem").write_bytes(certificate_pem(kari.certificate))
    dialog = VerifyDialog(package=package)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.machine_trust_note.isVisible()
    assert dialog.verify_button.isEnabled()
    result = dialog.verify()
    assert result is not None and result.valid, result.reasons
    assert "Kari Nordmann" in dialog.signer.text()


def test_the_import_dialog_trusts_the_machines_signers(qtbot, machine, kari, package, catalog):
    from prosjektark.store.repository import Store
    from prosjektark.ui.intake_dialogs import ImportPackagesDialog

    (machine / "trust").mkdir()
    (machine / "trust" / "kari.pem").write_bytes(certificate_pem(kari.certificate))
    machine_config.reload()
    with Store.open(machine.parent / "db.sqlite3", machine.parent / "vedlegg") as store:
        dialog = ImportPackagesDialog(store, catalog, packages=[package])
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.machine_trust_note.isVisible()
        assert dialog.import_button.isEnabled()
        report = dialog.run_import()
        assert report is not None and report.changed, report
        assert report.trust is None  # nothing of the user's to remember


def test_the_program_tells_at_start_that_the_machine_configuration_has_faults(
    tmp_path: Path,
) -> None:
    import json
    import subprocess
    import sys

    from cli_helpers import cli_environment

    machine = tmp_path / "maskin"
    machine.mkdir()
    (machine / "prosjektark.toml").write_text('rolle = "sekretariat"\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test"],
        env=cli_environment(tmp_path / "hjem", PROSJEKTARK_MACHINE_CONFIG=str(machine)),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    (problem,) = report["machine_problems"]
    assert "rolle" in problem
