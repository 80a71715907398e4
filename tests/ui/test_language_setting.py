"""Choosing the program's language: the system's by default, the user's choice in
Innstillinger from the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from prosjektark import i18n, paths
from prosjektark.ui.qt_translations import (
    LANGUAGE_SETTING,
    chosen_language,
    remove_translations,
    system_language,
    use_ui_language,
)
from prosjektark.ui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "innstillinger.ini"), QSettings.Format.IniFormat)


def test_the_dialog_saves_the_choice_and_shows_it_again(qtbot, settings) -> None:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert combo.currentData() == ""  # nothing chosen yet: the system's
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Norsk bokmål",
        "Norsk nynorsk",
        "English",
    ]
    combo.setCurrentIndex(combo.findData("nn"))
    dialog.accept()
    assert settings.value(LANGUAGE_SETTING) == "nn"
    assert chosen_language(settings) == "nn"

    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nn"
    again.language.setCurrentIndex(0)
    again.accept()
    assert settings.value(LANGUAGE_SETTING) == ""
    assert chosen_language(settings) == system_language()


def test_an_unknown_setting_falls_back_to_the_system(settings) -> None:
    settings.setValue(LANGUAGE_SETTING, "sv")
    assert chosen_language(settings) == system_language()


def test_the_dialog_itself_speaks_the_language(qtbot, qapp, settings) -> None:
    try:
        use_ui_language(qapp, "en")
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Settings"
        assert dialog.language.itemText(0).startswith("As the system")
    finally:
        remove_translations(qapp)
        i18n.set_language("nb")


def _self_test(home: Path, **env: str) -> dict:
    full = {**os.environ, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test"],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _bokmal_menus(qtbot, catalog, tmp_path: Path) -> list[str]:
    """The menu bar's titles as written in the code (bokmål, the source language)."""
    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.store.repository import Store
    from prosjektark.ui.main_window import MainWindow

    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    try:
        return [action.text() for action in window.menuBar().actions()]
    finally:
        window.close()
        store.close()


def test_the_app_starts_in_the_chosen_language_over_the_systems(
    qtbot, catalog, tmp_path, monkeypatch
) -> None:
    bokmal = _bokmal_menus(qtbot, catalog, tmp_path)
    assert "&Fil" in bokmal

    english = _self_test(tmp_path / "en", LANG="en_GB.UTF-8")
    assert english["language"] == "en"
    assert english["menus"] == [
        i18n.translate("main_window", text, language="en") for text in bokmal
    ]
    assert english["menus"] != bokmal

    home = tmp_path / "nn"
    monkeypatch.setenv("PROSJEKTARK_HOME", str(home))
    chosen = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    chosen.setValue(LANGUAGE_SETTING, "nn")
    chosen.sync()
    nynorsk = _self_test(home, LANG="en_GB.UTF-8")
    assert nynorsk["language"] == "nn"
    assert nynorsk["menus"] == [
        i18n.translate("main_window", text, language="nn") for text in bokmal
    ]
