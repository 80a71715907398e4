"""Issue 13, defect 7: a person reads one form of date and time, local time,
«30.11.2026 kl. 06:22» (nb_format.format_datetime); a time of day alone is «kl. 06:24»."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from qt_helpers import field, type_text

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.nb_format import format_datetime, format_time
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import MainWindow
from prosjektark.ui.sheet_list_model import COL_MODIFIED
from prosjektark.ui.signing.outbox_dialog import COL_EXPORTED, OutboxDialog

DATETIME = re.compile(r"^\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d$")
WHEN = datetime(2026, 11, 30, 6, 22, 41, tzinfo=UTC)


def test_the_time_of_day_is_said_as_the_date_and_time_are() -> None:
    assert format_time(WHEN) == format_datetime(WHEN).split(" ", 1)[1]
    assert re.fullmatch(r"kl\. \d\d:\d\d", format_time(WHEN))
    assert format_time(None) == ""


def test_the_status_bar_and_the_list_say_the_one_format(qtbot, catalog, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    sheet.modified = WHEN
    store.create(sheet)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table = window.list_page.table
    assert table.model().index(0, COL_MODIFIED).data() == format_datetime(WHEN)

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.saved_label.text() == f"Sist lagret {format_datetime(WHEN)}"
    title = field(window.editor_page.editor, "identification.title", QLineEdit)
    with qtbot.waitSignal(window.autosaver.saved, timeout=5000) as saved:
        type_text(qtbot, title, "Sykkelveg")
    assert window.saved_label.text() == f"Sist lagret {format_time(saved.args[0])}"

    qtbot.mouseClick(window.editor_page.back_button, Qt.MouseButton.LeftButton)
    shown = table.model().index(0, COL_MODIFIED).data()
    assert DATETIME.match(shown), shown
    window.close()
    store.close()


def test_the_outbox_says_when_in_the_one_format(qtbot, catalog, tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        package = tmp_path / "a_r2.asice"
        package.write_bytes(b"PK")
        store.add_outbox_entry(uuid.uuid4(), 2, "Sykkelveg", package)
        dialog = OutboxDialog(store, catalog, lambda: None, tmp_path)
        qtbot.addWidget(dialog)
        shown = dialog.model.index(0, COL_EXPORTED).data()
        assert DATETIME.match(shown), shown
