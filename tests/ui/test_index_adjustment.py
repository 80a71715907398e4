"""«Omregn fra annet kroneår» on the cost step, and the «Prisindeks» dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)
from qt_helpers import field, find

from prosjektark.domain.catalog import LazyCatalog, load_catalog
from prosjektark.domain.costmath import adjust_to_price_year
from prosjektark.domain.price_index import override_path, read_override
from prosjektark.domain.sheet import Identification, IndexedAmount, Sheet
from prosjektark.paths import resource_dir
from prosjektark.ui.editor import SheetEditor
from prosjektark.ui.price_index_dialog import PriceIndexDialog, parse_rows

D = Decimal


def make_sheet() -> Sheet:
    return Sheet(profile="miljopakken", identification=Identification(title="T", phase="PU"))


@pytest.fixture
def editor(qtbot, catalog):
    widget = SheetEditor(catalog)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.set_sheet(make_sheet())
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_step("kostnad")
    return widget


def set_year(qtbot, editor, text: str) -> None:
    line = field(editor, "cost.original_amount.year", QComboBox).lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)


def test_the_converter_sits_below_the_price_year_on_the_cost_step(editor):
    page = editor.pages["kostnad"]
    paths = [b.field.path for b in page.blocks]
    assert paths[paths.index("cost.price_year") + 1] == "cost.original_amount"
    assert find(page, "indexApplyButton", QPushButton).text() == "Bruk som forventet kostnad"


def test_convert_by_keyboard_sets_the_cost_fields_and_emits(editor, qtbot, catalog):
    index = catalog.profile("miljopakken").price_index
    amount = field(editor, "cost.original_amount.amount", QLineEdit)
    amount.setFocus()
    qtbot.keyClicks(amount, "10")
    set_year(qtbot, editor, "2024")

    expected = adjust_to_price_year(D(10), 2024, 2027, index)
    assert expected == D("10.765")
    page = editor.pages["kostnad"]
    assert "= 10,765 MNOK i 2027-kroner" in find(page, "indexResult", QLabel).text()
    assert find(page, "indexFormula", QLabel).text() == (
        "10,0 × 153,3 (indeks 2027) / 142,4 (indeks 2024) = 10,765 MNOK"
    )
    assert editor.sheet().cost.expected_cost_mnok is None  # nothing written yet

    button = find(page, "indexApplyButton", QPushButton)
    with qtbot.waitSignal(editor.sheet_changed):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    cost = editor.sheet().cost
    assert cost.expected_cost_mnok == expected
    assert cost.price_year == 2027
    assert cost.original_amount == IndexedAmount(amount=D(10), year=2024)
    # The other editors show what was written.
    assert field(editor, "cost.expected_cost_mnok", QLineEdit).text() == "10,765"
    assert field(editor, "cost.price_year", QLineEdit).text() == "2027"
    assert "10,0 MNOK i 2024-kroner" in find(page, "indexStored", QLabel).text()


def test_decimal_comma_and_a_reopened_sheet_restore_the_conversion(editor, qtbot, catalog):
    sheet = make_sheet()
    sheet.cost.original_amount = IndexedAmount(amount=D("12.5"), year=2020)
    editor.set_sheet(sheet)
    assert field(editor, "cost.original_amount.amount", QLineEdit).text() == "12,5"
    assert field(editor, "cost.original_amount.year", QComboBox).currentText() == "2020"
    expected = adjust_to_price_year(
        D("12.5"), 2020, 2027, catalog.profile("miljopakken").price_index
    )
    result = find(editor.pages["kostnad"], "indexResult", QLabel).text()
    assert f"{expected}".replace(".", ",") in result


def test_a_year_missing_from_the_index_is_explained(editor, qtbot):
    amount = field(editor, "cost.original_amount.amount", QLineEdit)
    amount.setFocus()
    qtbot.keyClicks(amount, "10")
    set_year(qtbot, editor, "2010")
    page = editor.pages["kostnad"]
    error = find(page, "indexError", QLabel)
    assert error.isVisible()
    assert "Prisindeksen har ikke tall for 2010" in error.text()
    assert "Prisindeks" in error.text()  # where to add it
    assert not find(page, "indexApplyButton", QPushButton).isEnabled()


def test_bad_amount_is_shown_and_not_applied(editor, qtbot):
    amount = field(editor, "cost.original_amount.amount", QLineEdit)
    amount.setFocus()
    qtbot.keyClicks(amount, "ti")
    page = editor.pages["kostnad"]
    assert "Skriv et tall" in find(page, "indexError", QLabel).text()
    assert not find(page, "indexApplyButton", QPushButton).isEnabled()


def test_read_only_cannot_apply(editor, qtbot):
    sheet = make_sheet()
    sheet.cost.original_amount = IndexedAmount(amount=D(10), year=2024)
    editor.set_sheet(sheet)
    editor.set_read_only(True)
    page = editor.pages["kostnad"]
    assert field(editor, "cost.original_amount.amount", QLineEdit).isReadOnly()
    assert not field(editor, "cost.original_amount.year", QComboBox).isEnabled()
    button = find(page, "indexApplyButton", QPushButton)
    assert not button.isEnabled()
    with qtbot.assertNotEmitted(editor.sheet_changed):
        editor.editors["cost.original_amount"].apply()
    assert sheet.cost.expected_cost_mnok is None


# ---------------------------------------------------------------------- the dialog
def test_parse_rows_checks_numbers_and_unique_years():
    table, problems = parse_rows([("2024", "142,4"), ("2025", "146")])
    assert table == {2024: D("142.4"), 2025: D("146")} and problems == []
    _, problems = parse_rows([("2024", "1"), ("2024", "2")])
    assert problems[0].message == "Året 2024 står to ganger."
    _, problems = parse_rows([("2024", "0")])
    assert "positivt" in problems[0].message
    _, problems = parse_rows([("2024", "-1,5")])
    assert "positivt" in problems[0].message
    _, problems = parse_rows([("", "1")])
    assert "Fyll inn året" in problems[0].message
    _, problems = parse_rows([("2024", "x")])
    assert "Skriv et tall" in problems[0].message


@pytest.fixture
def dialog(qtbot, catalog, tmp_path):
    d = PriceIndexDialog(list(catalog.profiles.values()), tmp_path, current="miljopakken")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def row_of(dialog: PriceIndexDialog, year: int) -> int:
    return next(r for r, (y, _) in enumerate(dialog.rows()) if y == str(year))


def type_into_cell(qtbot, dialog: PriceIndexDialog, row: int, column: int, text: str) -> None:
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    commit(qtbot, dialog, editor)


def commit(qtbot, dialog: PriceIndexDialog, editor: QLineEdit) -> None:
    """Return in a cell editor; the delegate commits on the next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)


def test_dialog_saves_a_file_that_a_fresh_catalog_picks_up(dialog, qtbot, tmp_path):
    assert dialog.profile().id == "miljopakken"
    type_into_cell(qtbot, dialog, row_of(dialog, 2024), 1, "140,5")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()  # the new row's index cell is being edited
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "157,1")
    commit(qtbot, dialog, editor)
    assert dialog.rows()[-1] == ("2028", "157,1")
    assert "Endret (programmet: 142,4)" in dialog.table.item(row_of(dialog, 2024), 2).text()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [["miljopakken"]]
    assert dialog.result() == QDialog.DialogCode.Accepted
    # Only what differs from the programme's table is stored.
    assert read_override(tmp_path, "miljopakken") == {2024: D("140.5"), 2028: D("157.1")}
    fresh = load_catalog(resource_dir(), overrides=tmp_path).profile("miljopakken")
    assert fresh.price_index[2024] == D("140.5")
    assert fresh.price_index[2028] == D("157.1")
    assert fresh.price_index[2027] == D("153.3")


def test_invalid_tables_cannot_be_saved(dialog, qtbot, tmp_path):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)
    assert not dialog.save_button.isEnabled()
    assert "Fyll inn indeksen for 2028" in dialog.message.text()
    type_into_cell(qtbot, dialog, dialog.table.rowCount() - 1, 0, "2024")
    assert "Året 2024 står to ganger." in dialog.message.text()
    type_into_cell(qtbot, dialog, dialog.table.rowCount() - 1, 0, "2029")
    type_into_cell(qtbot, dialog, dialog.table.rowCount() - 1, 1, "0")
    assert "positivt" in dialog.message.text()
    assert not dialog.save_button.isEnabled()
    dialog.table.setCurrentCell(dialog.table.rowCount() - 1, 0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    assert not list(tmp_path.iterdir())


def test_programme_years_can_be_changed_not_removed(dialog):
    dialog.table.setCurrentCell(row_of(dialog, 2024), 1)
    assert not dialog.remove_button.isEnabled()
    year_item = dialog.table.item(row_of(dialog, 2024), 0)
    assert not year_item.flags() & Qt.ItemFlag.ItemIsEditable


def test_cancel_writes_nothing(dialog, qtbot, tmp_path):
    override_path(tmp_path, "miljopakken").write_text("[price_index]\n2028 = 157.1\n")
    d = PriceIndexDialog(list(dialog.profiles.values()), tmp_path, current="miljopakken")
    qtbot.addWidget(d)
    d.reset()
    d.reject()
    assert read_override(tmp_path, "miljopakken") == {2028: D("157.1")}


def test_reset_to_the_programme_table_removes_the_file(qtbot, catalog, tmp_path):
    override_path(tmp_path, "miljopakken").write_text("[price_index]\n2024 = 140.0\n")
    d = PriceIndexDialog(list(catalog.profiles.values()), tmp_path, current="miljopakken")
    qtbot.addWidget(d)
    assert d.rows()[row_of(d, 2024)] == ("2024", "140")
    qtbot.mouseClick(d.reset_button, Qt.MouseButton.LeftButton)
    assert d.rows()[row_of(d, 2024)] == ("2024", "142,4")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert not override_path(tmp_path, "miljopakken").exists()


def test_a_bad_file_is_reported_in_the_dialog(qtbot, catalog, tmp_path):
    override_path(tmp_path, "miljoloftet").write_text("[price_index]\n2024 = 'x'\n")
    d = PriceIndexDialog(list(catalog.profiles.values()), tmp_path, current="miljoloftet")
    qtbot.addWidget(d)
    d.show()
    assert d.file_problem.isVisible()
    assert "kunne ikke leses og brukes ikke" in d.file_problem.text()
    assert "prisindeks-miljoloftet.toml" in d.file_problem.text()
    assert d.rows()[row_of(d, 2024)] == ("2024", "142,4")  # the programme's table


def test_switching_profile_keeps_the_edits(dialog, qtbot, tmp_path):
    type_into_cell(qtbot, dialog, row_of(dialog, 2024), 1, "141")
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("miljoloftet"))
    assert dialog.rows()[row_of(dialog, 2024)] == ("2024", "142,4")
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData("miljopakken"))
    assert dialog.rows()[row_of(dialog, 2024)] == ("2024", "141")
    dialog.save()
    assert read_override(tmp_path, "miljopakken") == {2024: D("141")}
    assert not override_path(tmp_path, "miljoloftet").exists()


# ---------------------------------------------------------------------- main window
def test_menu_entry_saves_and_the_open_sheet_uses_the_new_table(qtbot, tmp_path, monkeypatch):
    from prosjektark.store.repository import Store
    from prosjektark.ui.main_window import MainWindow

    catalogs = LazyCatalog(resource_dir(), overrides=tmp_path / "config")  # not the shared one
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(catalogs, store, settings)
    qtbot.addWidget(window)
    sheet = make_sheet()
    sheet.cost.expected_cost_mnok = D(10)
    sheet.cost.price_year = 2024
    store.create(sheet)
    window.open_sheet(sheet.id)

    def exec_and_save(self) -> int:
        type_into_cell(qtbot, self, row_of(self, 2024), 1, "140")
        self.save()
        return self.result()

    monkeypatch.setattr(PriceIndexDialog, "exec", exec_and_save)
    action = next(a for a in window.menuBar().actions() if a.text() == "Verk&tøy")
    [entry] = [a for a in action.menu().actions() if a.text() == "&Prisindeks …"]
    entry.trigger()
    assert catalogs.get().profile("miljopakken").price_index[2024] == D("140")
    [finding] = [f for f in window.editor_page.findings if f.code == "cost.price_year"]
    assert "forventet kostnad 10,95 MNOK" in finding.message
    store.close()
