"""Hjelp → Om: the version, the app's own licence, and every bundled component's licence
with its full text, worked by keyboard; in the frozen app too."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from prosjektark import __version__, paths
from prosjektark.ui.about_dialog import COL_LICENCE, COL_NAME, AboutDialog, app_version

ROOT = Path(__file__).resolve().parents[2]


def _open(qtbot, **kwargs) -> AboutDialog:
    dialog = AboutDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _row(dialog: AboutDialog, name: str) -> tuple[str, str]:
    for row in range(dialog.components.topLevelItemCount()):
        item = dialog.components.topLevelItem(row)
        if item.text(COL_NAME) == name:
            return item.text(COL_NAME), item.text(COL_LICENCE)
    raise AssertionError(f"{name} is not listed")


def test_shows_the_version_and_the_own_licence(qtbot) -> None:
    dialog = _open(qtbot)
    version = dialog.findChild(QLabel, "aboutVersion").text()
    assert __version__ in version and version == f"Versjon {app_version()}"
    assert "MIT-lisensen" in dialog.findChild(QLabel, "aboutLicence").text()
    # Prosjektark itself comes first, and its text is the repository's LICENSE.
    assert dialog.components.currentItem().text(COL_NAME) == "Prosjektark"
    assert dialog.text.toPlainText() == (ROOT / "LICENSE").read_text(encoding="utf-8").rstrip()


def test_lists_the_bundled_components_with_their_licences(qtbot) -> None:
    dialog = _open(qtbot)
    assert _row(dialog, "PySide6_Essentials")[1] == "LGPL-3.0-only"
    assert _row(dialog, "Qt")[1] == "LGPL-3.0-only"
    reportlab = importlib.metadata.metadata("reportlab")
    assert "BSD" in _row(dialog, "reportlab")[1]
    assert "BSD" in " ".join([reportlab.get("License") or "", *reportlab.get_all("Classifier")])
    assert _row(dialog, "pyHanko")[1] == "MIT"
    assert _row(dialog, "DejaVu fonts")[1].startswith("Bitstream-Vera")


def test_filtering_and_choosing_by_keyboard_shows_the_full_text(qtbot) -> None:
    dialog = _open(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.filter
    qtbot.keyClicks(dialog.filter, "reportlab")
    assert dialog.visible_names() == ["reportlab"]
    installed = importlib.metadata.distribution("reportlab").read_text("licenses/LICENSE")
    first_line = next(line.strip("# \t") for line in installed.splitlines() if "Copyright" in line)
    shown = dialog.text.toPlainText()
    assert shown.startswith("Component: reportlab\nVersion: ")
    assert first_line in shown and "DISCLAIMED" in shown

    qtbot.keyClick(dialog.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.filter, "lgpl")
    assert set(dialog.visible_names()) == {
        "libpq and the libraries psycopg-binary bundles",
        "psycopg",
        "psycopg-binary",
        "PySide6_Essentials",
        "Qt",
        "shiboken6",
    }
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.components
    qtbot.keyClick(dialog.components, Qt.Key.Key_End)
    qtbot.keyClick(dialog.components, Qt.Key.Key_Up)
    assert dialog.components.currentItem().text(COL_NAME) == "Qt"
    text = dialog.text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "Replacing Qt" in text

    qtbot.keyClicks(dialog.filter, " no such licence")
    assert dialog.visible_names() == []
    assert dialog.text.toPlainText() == "Ingen komponenter passer til søket."


def test_every_listed_component_has_a_text(qtbot) -> None:
    dialog = _open(qtbot)
    index = json.loads(paths.resource("licenses", "notices.json").read_text(encoding="utf-8"))
    names = [entry["name"] for entry in index["components"]]
    assert dialog.visible_names() == ["Prosjektark", *names]
    for name in names:
        assert dialog.select(name)
        assert dialog.text.toPlainText().startswith(f"Component: {name}\n")
        assert "----- " in dialog.text.toPlainText()


def test_tab_order_and_escape(qtbot) -> None:
    dialog = _open(qtbot)
    dialog.filter.setFocus()
    order = [dialog.filter]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        dialog.filter,
        dialog.components,
        dialog.text,
        dialog.about_qt_button,
        dialog.close_button,
    ]
    assert dialog.close_button.isDefault()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_about_qt_opens_qts_own_dialog(qtbot) -> None:
    dialog = _open(qtbot)
    seen: dict = {}

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        seen["box"] = box
        seen["text"] = box.text() if isinstance(box, QMessageBox) else ""
        box.close()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(dialog.about_qt_button, Qt.MouseButton.LeftButton)
    assert isinstance(seen["box"], QMessageBox)
    assert "Qt" in seen["text"]
    assert dialog.isVisible()


def test_fits_a_1280_by_720_screen(qtbot) -> None:
    dialog = _open(qtbot)
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= 1240 and minimum.height() <= 640
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    # The default size, and the room a 1280×720 screen leaves beside a task bar and a title.
    for width, height in ((dialog.width(), dialog.height()), (1240, 640)):
        dialog.resize(width, height)
        QApplication.processEvents()
        assert (dialog.width(), dialog.height()) == (width, height)
        for widget in (dialog.filter, dialog.components, dialog.text, dialog.close_button):
            place = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
            assert dialog.rect().contains(place), f"{widget.objectName()} is cut off"
    assert dialog.text.width() >= 600  # 78 columns of licence text beside the list


@pytest.fixture
def frozen_bundle(tmp_path, monkeypatch):
    """A PyInstaller-like bundle: sys._MEIPASS with resources/ in it."""
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "forms").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    paths.resource_dir.cache_clear()
    yield bundle / "resources"
    paths.resource_dir.cache_clear()


def test_frozen_app_reads_the_notices_from_the_bundle(qtbot, frozen_bundle) -> None:
    shutil.copytree(ROOT / "resources" / "licenses", frozen_bundle / "licenses")
    # Only the bundle's copy names this component: the dialog shows what the bundle holds.
    index_file = frozen_bundle / "licenses" / "notices.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    index["components"] = [e for e in index["components"] if e["name"] != "zxcvbn"]
    index_file.write_text(json.dumps(index), encoding="utf-8")

    dialog = _open(qtbot)
    assert dialog.notices_folder == frozen_bundle / "licenses"
    assert "zxcvbn" not in dialog.visible_names()
    assert dialog.select("pyHanko")
    assert "MIT" in dialog.text.toPlainText()


def test_a_bundle_without_notices_says_so(qtbot, frozen_bundle) -> None:
    dialog = _open(qtbot)
    assert dialog.visible_names() == []
    assert "Fant ikke lisensfilene" in dialog.text.toPlainText()
    assert str(frozen_bundle / "licenses") in dialog.text.toPlainText()
