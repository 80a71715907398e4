"""Typed text that is not a valid value (issue 8, item 3), with real key events: kept as
typed, shown in red with a visible message, reported as a finding with its code, saved
and shown again after reopening through a real Store, gone when corrected."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from qt_helpers import field, find

from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import CostItem, Milestone
from prosjektark.store.repository import Store
from prosjektark.ui.editor import SheetEditor
from prosjektark.ui.editor_page import EditorPage


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as s:
        yield s


@pytest.fixture
def page(qtbot, catalog):
    widget = EditorPage(catalog, None)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def editor(qtbot, catalog):
    widget = SheetEditor(catalog)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.set_sheet(complete_sheet(catalog, "miljopakken", "DP"))
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def codes(page: EditorPage) -> set[tuple[str, str]]:
    page.recheck()  # what the live check's timer does, without waiting for it
    return {(f.code, f.field) for f in page.findings_panel.findings()}


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def reopen(page: EditorPage, store: Store, sheet_id) -> None:
    page.set_sheet(store.load(sheet_id))


def test_an_impossible_date_is_kept_reported_saved_and_corrected(qtbot, catalog, page, store):
    sheet = complete_sheet(catalog, "miljopakken", "DP")
    sheet.funding.granted_date = date(2026, 5, 4)
    store.create(sheet)
    page.set_sheet(store.load(sheet.id))
    assert ("input.invalid_date", "funding.granted_date") not in codes(page)

    edit = field(page, "funding.granted_date", QLineEdit)
    with qtbot.waitSignal(page.sheet_changed):  # what the autosaver listens to
        replace_text(qtbot, edit, "31.02.2027")
    assert ("input.invalid_date", "funding.granted_date") in codes(page)
    [finding] = [f for f in page.findings_panel.findings() if f.code == "input.invalid_date"]
    assert finding.severity == "error" and "«31.02.2027»" in finding.message
    assert page.status == "utkast"
    assert edit.property("invalid") and edit.text() == "31.02.2027"
    message = find(page, "error:funding.granted_date", QLabel)
    assert not message.isHidden() and "«31.02.2027»" in message.text()
    # Emptying the field was a valid edit (no date); no half-typed text replaced it.
    assert page.sheet().funding.granted_date is None

    store.save_working_copy(page.sheet())
    reopen(page, store, sheet.id)
    edit = field(page, "funding.granted_date", QLineEdit)
    assert edit.text() == "31.02.2027" and edit.property("invalid")
    assert not find(page, "error:funding.granted_date", QLabel).isHidden()
    assert ("input.invalid_date", "funding.granted_date") in codes(page)

    replace_text(qtbot, edit, "28.02.2027")
    assert not edit.property("invalid")
    assert ("input.invalid_date", "funding.granted_date") not in codes(page)
    assert page.sheet().funding.granted_date == date(2027, 2, 28)
    store.save_working_copy(page.sheet())
    again = store.load(sheet.id)
    assert again.invalid_input == {} and again.funding.granted_date == date(2027, 2, 28)


def test_an_invalid_email_is_reported_saved_and_corrected(qtbot, catalog, page, store):
    sheet = complete_sheet(catalog, "miljopakken", "DP")
    store.create(sheet)
    page.set_sheet(store.load(sheet.id))
    edit = field(page, "identification.contact_email", QLineEdit)
    replace_text(qtbot, edit, "ola.nordmann@@example")
    page.recheck()
    found = page.findings_panel.findings()
    [hit] = [f for f in found if f.code == "identification.email_invalid"]
    assert hit.field == "identification.contact_email" and hit.severity == "error"
    assert "«ola.nordmann@@example»" in hit.message

    store.save_working_copy(page.sheet())
    reopen(page, store, sheet.id)
    edit = field(page, "identification.contact_email", QLineEdit)
    assert edit.text() == "ola.nordmann@@example"
    assert ("identification.email_invalid", "identification.contact_email") in codes(page)

    replace_text(qtbot, edit, "ola.nordmann@example.no")
    assert ("identification.email_invalid", "identification.contact_email") not in codes(page)


def test_the_finding_goes_to_the_field(qtbot, page, catalog):
    page.set_sheet(complete_sheet(catalog, "miljopakken", "DP"))
    page.editor.show_step("grunnlag")
    edit = field(page, "funding.granted_date", QLineEdit)
    replace_text(qtbot, edit, "31.02.2027")
    page.editor.show_step("grunnlag")
    codes(page)
    panel = page.findings_panel
    assert panel.select_finding("input.invalid_date", "funding.granted_date")
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert page.editor.current_step() == "finansiering"
    assert QApplication.focusWidget() is edit


def test_money_typed_beyond_the_model_meets_the_profile_bound(qtbot, editor):
    edit = field(editor, "cost.expected_cost_mnok", QLineEdit)
    replace_text(qtbot, edit, "40800000")
    assert editor.sheet().invalid_input == {"cost.expected_cost_mnok": "40800000"}
    message = find(editor, "error:cost.expected_cost_mnok", QLabel).text()
    assert "troverdig prosjekt" in message and "50\u00a0000,0 MNOK" in message
    assert "1000000" not in message
    replace_text(qtbot, edit, "-40,8")  # a valid number for the model, negative for the rules
    assert editor.sheet().invalid_input == {}
    assert editor.sheet().cost.expected_cost_mnok == Decimal("-40.8")


def test_table_dates_are_kept_per_row_and_follow_removed_rows(qtbot, editor, catalog, store):
    sheet = editor.sheet()
    sheet.progress.milestones = [Milestone(name="A"), Milestone(name="B"), Milestone(name="C")]
    editor.set_sheet(sheet)
    first = field(editor, "progress.milestones[0].date", QLineEdit)
    third = field(editor, "progress.milestones[2].date", QLineEdit)
    qtbot.keyClicks(first, "32.01.2027")
    qtbot.keyClicks(third, "1. mai")
    assert sheet.invalid_input == {
        "progress.milestones[0].date": "32.01.2027",
        "progress.milestones[2].date": "1. mai",
    }
    problems = find(editor, "problems:progress.milestones", QLabel)
    assert not problems.isHidden()
    assert "rad 1" in problems.text() and "«32.01.2027»" in problems.text()
    assert "rad 3" in problems.text() and "«1. mai»" in problems.text()
    assert first.property("invalid")

    qtbot.mouseClick(
        find(editor, "remove:progress.milestones[0]", QPushButton), Qt.MouseButton.LeftButton
    )
    assert [m.name for m in sheet.progress.milestones] == ["B", "C"]
    assert sheet.invalid_input == {"progress.milestones[1].date": "1. mai"}
    moved = field(editor, "progress.milestones[1].date", QLineEdit)
    assert moved.text() == "1. mai" and moved.property("invalid")
    assert not field(editor, "progress.milestones[0].date", QLineEdit).property("invalid")

    store.create(sheet)
    again = SheetEditor(catalog)
    qtbot.addWidget(again)
    again.set_sheet(store.load(sheet.id))
    cell = field(again, "progress.milestones[1].date", QLineEdit)
    assert cell.text() == "1. mai" and cell.property("invalid")
    assert "rad 2" in find(again, "problems:progress.milestones", QLabel).text()

    replace_text(qtbot, cell, "01.05.2027")
    assert again.sheet().invalid_input == {}
    assert again.sheet().progress.milestones[1].date == date(2027, 5, 1)
    assert find(again, "problems:progress.milestones", QLabel).isHidden()


def test_cost_item_text_is_kept_and_goes_to_its_cell(qtbot, editor):
    sheet = editor.sheet()
    sheet.cost.items = [
        CostItem(name="Bru", low=Decimal(1), most_likely=Decimal(2), high=Decimal(3))
    ]
    editor.set_sheet(sheet)
    high = field(editor, "cost.items[0].high", QLineEdit)
    high.setFocus()
    qtbot.keyClick(high, Qt.Key.Key_End)
    qtbot.keyClicks(high, "00 kr")
    assert sheet.invalid_input == {"cost.items[0].high": "300 kr"}
    assert sheet.cost.items[0].high == Decimal(300)  # the last valid text, "300"
    assert "ikke et tall" in find(editor, "problems:cost.items", QLabel).text()
    replace_text(qtbot, high, "NaN")
    assert sheet.invalid_input == {"cost.items[0].high": "NaN"}
    assert "endelig" in find(editor, "problems:cost.items", QLabel).text()
    editor.show_step("grunnlag")
    editor.focus_field("cost.items[0].high")
    assert QApplication.focusWidget() is high


def test_funding_cell_text_is_kept_per_cell(qtbot, editor, catalog):
    sheet = editor.sheet()
    before = list(sheet.funding.lines)
    cell = field(editor, "funding.lines.2029.kommunal", QLineEdit)
    qtbot.keyClicks(cell, "tre")
    assert sheet.invalid_input == {"funding.lines.2029.kommunal": "tre"}
    assert sheet.funding.lines == before
    problems = find(editor, "problems:funding.lines", QLabel)
    assert not problems.isHidden() and "«tre»" in problems.text()
    # another cell's edit re-sorts the lines; the text stays in its own cell
    qtbot.keyClicks(field(editor, "funding.lines.2030.annen", QLineEdit), "1")
    assert sheet.invalid_input == {"funding.lines.2029.kommunal": "tre"}
    editor.set_sheet(sheet)
    assert field(editor, "funding.lines.2029.kommunal", QLineEdit).text() == "tre"
    editor.show_step("grunnlag")
    editor.focus_field("funding.lines.2029.kommunal")
    assert QApplication.focusWidget() is cell

    replace_text(qtbot, cell, "3,5")
    assert sheet.invalid_input == {}
    assert sheet.funding.amounts()[(2029, "kommunal")] == Decimal("3.5")
    assert problems.isHidden()
