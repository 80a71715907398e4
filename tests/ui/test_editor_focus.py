"""Where the cursor goes in the editor, driven by real key events at a laptop's 1280×720:
the first field after a step change, every focused field scrolled into view, a finding
going to the input it names, F6 between the panes, and text stored without the blank
space around it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget
from qt_helpers import field, type_text

from prosjektark.domain.checklist import NOT_RELEVANT
from prosjektark.domain.sheet import ChecklistAnswer, Identification, Sheet
from prosjektark.ui.editor.mnemonics import mnemonic_of
from prosjektark.ui.editor_page import EditorPage
from prosjektark.ui.findings_panel import FINDING_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def make_sheet() -> Sheet:
    return Sheet(profile="miljopakken", identification=Identification(phase="PU"))


@pytest.fixture
def page(qtbot, catalog) -> EditorPage:
    widget = EditorPage(catalog, None)
    qtbot.addWidget(widget)
    widget.assign_mnemonics(set())
    widget.resize(1280, 720)
    widget.set_sheet(make_sheet())
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the cursor is, as the keyboard would deliver it."""
    target = focused()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, key, modifiers)


def alt_letter(qtbot, page: EditorPage, step: str, path: str) -> None:
    """Alt plus the letter underlined in the label of the field at `path`."""
    block = next(b for b in page.editor.pages[step].blocks if b.field.path == path)
    letter = mnemonic_of(block.label.text())
    assert letter, path
    press(qtbot, Qt.Key(ord(letter.upper())), ALT)


def shown_in(area: QScrollArea, widget: QWidget) -> bool:
    """The whole of `widget` lies in the scroll area's visible part."""
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


# ---------------------------------------------------------------- 1. first field after a step change
def test_ctrl_page_down_to_funding_starts_in_the_grids_first_cell(qtbot, page) -> None:
    editor = page.editor
    editor.show_step("kostnad")
    field(editor, "cost.notes").setFocus()
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert editor.current_step() == "finansiering"
    grid = editor.editors["funding.lines"]
    cells = list(grid.inputs)
    assert focused() is grid.inputs[cells[0]]
    type_text(qtbot, focused(), "1,5")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "2")
    sheet = page.sheet()
    assert sheet.funding.additionality_note == ""
    assert sheet.funding.amounts() == {cells[0]: Decimal("1.5"), cells[1]: Decimal("2")}


def test_every_step_change_by_key_or_button_starts_in_its_first_field(qtbot, page) -> None:
    editor = page.editor
    field(editor, "identification.title").setFocus()
    for step in [s.id for s in editor.form.steps][1:]:
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        assert editor.current_step() == step
        inputs = editor.pages[step].inputs()
        if inputs:
            assert focused() is inputs[0], step
    # Back with Ctrl+Page Up (past the attachments, which has no input without a store),
    # and forward with the Neste button.
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert editor.current_step() == "framdrift"
    assert focused() is editor.pages["framdrift"].inputs()[0]
    editor.show_step("grunnlag")
    editor.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert editor.current_step() == "beskrivelse"
    assert focused() is field(editor, "description.purpose")


def test_browsing_the_step_list_keeps_the_cursor_in_the_list(qtbot, page) -> None:
    editor = page.editor
    editor.navigator.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert editor.current_step() == "beskrivelse"
    assert focused() is editor.navigator


# ---------------------------------------------------------------- 2. focus scrolls into view
def test_alt_letter_scrolls_its_field_into_view(qtbot, page) -> None:
    editor = page.editor
    editor.show_step("beskrivelse")
    area = editor.pages["beskrivelse"]
    last = field(editor, "description.changes_affecting_benefit")
    last.setFocus()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    first = field(editor, "description.purpose")
    assert not shown_in(area, first)  # the page does scroll at this size
    alt_letter(qtbot, page, "beskrivelse", "description.purpose")
    assert focused() is first
    assert shown_in(area, first)
    # And back down: the field at the bottom comes into view again.
    alt_letter(qtbot, page, "beskrivelse", "description.zoning_needs")
    assert focused() is field(editor, "description.zoning_needs")
    assert shown_in(area, focused())


def test_a_click_in_a_partly_hidden_field_and_tab_scroll_too(qtbot, page) -> None:
    editor = page.editor
    editor.show_step("beskrivelse")
    area = editor.pages["beskrivelse"]
    area.verticalScrollBar().setValue(0)
    field(editor, "description.recommended_concept").setFocus()
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        assert shown_in(area, focused()), focused().objectName()
    # Focus given by the program (a remark, a finding) scrolls as well.
    area.verticalScrollBar().setValue(0)
    field(editor, "description.changes_affecting_benefit").setFocus()
    assert shown_in(area, focused())


# ---------------------------------------------------------------- 3. blank space is not stored
def test_alt_letter_space_then_a_name_stores_no_leading_space(qtbot, page) -> None:
    editor = page.editor
    editor.show_step("framdrift")
    field(editor, "progress.construction_start").setFocus()
    alt_letter(qtbot, page, "framdrift", "progress.milestones")
    assert focused().objectName() == "add:progress.milestones"
    press(qtbot, Qt.Key.Key_Space)
    milestones = page.sheet().progress.milestones
    assert len(milestones) == 1
    cell = field(editor, "progress.milestones[0].name", QLineEdit)
    cell.setFocus()
    type_text(qtbot, cell, " Reguleringsplan vedtatt ")
    assert milestones[0].name == "Reguleringsplan vedtatt"
    assert cell.text() == " Reguleringsplan vedtatt "  # what was typed stays on screen


def test_text_fields_store_their_text_without_surrounding_blanks(qtbot, page) -> None:
    editor = page.editor
    sheet = page.sheet()
    title = field(editor, "identification.title", QLineEdit)
    title.setFocus()
    type_text(qtbot, title, "  Sykkelveg på Lade ")
    assert sheet.identification.title == "Sykkelveg på Lade"
    summary = field(editor, "identification.summary", QPlainTextEdit)
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    type_text(qtbot, summary, "  Første linje")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    type_text(qtbot, summary, "  andre linje  ")
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    assert sheet.identification.summary == "Første linje\n  andre linje"


def test_checklist_and_goal_justifications_are_trimmed(qtbot, page) -> None:
    editor = page.editor
    sheet = page.sheet()
    editor.show_step("arealbruk")
    combo = field(editor, "land_use.answers.zoning_status")
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(NOT_RELEVANT))
    box = field(editor, "land_use.answers.zoning_status.justification", QPlainTextEdit)
    box.setFocus()
    type_text(qtbot, box, "  Ingen regulering trengs. ")
    assert sheet.land_use.answers["zoning_status"].justification == "Ingen regulering trengs."
    editor.show_step("maloppnaelse")
    goal = editor.editors["goals"]
    goal_id = goal.goal_ids[0]
    goal.scores[goal_id].setCurrentIndex(goal.scores[goal_id].findData(2))
    text = goal.texts[goal_id]
    text.setFocus()
    type_text(qtbot, text, " Kortere reisetid ")
    assert sheet.goals[0].justification == "Kortere reisetid"


# ---------------------------------------------------------------- 4. a finding goes to its input
def test_a_must_be_justified_finding_goes_to_the_justification_in_view(qtbot, page) -> None:
    sheet = page.sheet()
    definition = page.catalog.checklists.get("land_use")
    last = definition.questions[-1].id
    sheet.land_use.answers[last] = ChecklistAnswer(answer=NOT_RELEVANT)
    page.set_sheet(sheet)
    finding = next(
        f
        for f in page.findings
        if f.code.endswith("justification_missing") and f.field.endswith(last)
    )
    tree = page.findings_panel.tree
    assert page.findings_panel.select_finding(finding.code, finding.field)
    assert tree.currentItem().data(0, FINDING_ROLE) == finding
    tree.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.current_step() == "arealbruk"
    box = field(editor, f"land_use.answers.{last}.justification", QPlainTextEdit)
    assert focused() is box
    assert shown_in(editor.pages["arealbruk"], box)
    type_text(qtbot, box, "Ikke aktuelt her.")
    assert sheet.land_use.answers[last].justification == "Ikke aktuelt her."


def test_an_unanswered_question_finding_goes_to_the_answer(qtbot, page) -> None:
    sheet = page.sheet()
    sheet.identification.phase = "DP"
    page.set_sheet(sheet)
    finding = next(f for f in page.findings if f.field.startswith("land_use.answers."))
    assert page.findings_panel.select_finding(finding.code, finding.field)
    page.findings_panel.tree.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is field(page.editor, finding.field)
    assert shown_in(page.editor.pages["arealbruk"], focused())


# ---------------------------------------------------------------- 13. F6 between the panes
def test_f6_cycles_the_panes_and_shift_f6_goes_back(qtbot, page) -> None:
    editor = page.editor
    title = field(editor, "identification.title")
    title.setFocus()
    navigator = editor.navigator
    tree = page.findings_panel.tree
    help_pane = editor.help_panel

    def pane() -> str:
        now = focused()
        for name, widget in (
            ("steps", navigator),
            ("findings", tree),
            ("help", help_pane),
            ("form", editor.stack),
        ):
            if now is widget or widget.isAncestorOf(now):
                return name
        return now.objectName()

    press(qtbot, Qt.Key.Key_F6)
    assert pane() == "findings"
    assert tree.currentItem() is not None  # Enter goes to a finding at once
    press(qtbot, Qt.Key.Key_F6)
    assert pane() == "help"
    press(qtbot, Qt.Key.Key_F6)
    assert pane() == "steps"
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is title  # back where the cursor was in the form
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert pane() == "steps"
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert pane() == "help"
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert pane() == "findings"
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focused() is title


def test_f6_into_the_form_on_another_step_goes_to_its_first_field(qtbot, page) -> None:
    editor = page.editor
    editor.navigator.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert editor.current_step() == "beskrivelse"
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is field(editor, "description.purpose")


def test_f6_from_the_findings_reaches_the_remarks_when_they_are_shown(qtbot, page) -> None:
    page.remarks_panel.show()
    tree = page.findings_panel.tree
    tree.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    now = focused()
    assert page.remarks_panel.isAncestorOf(now)
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert focused() is tree
