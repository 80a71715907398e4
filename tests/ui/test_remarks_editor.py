"""Remarks in the editor (issue 10, item 5), both sides, on real stores.

The secretariat writes remarks on a field or on the whole sheet while it reads an imported
(read-only) sheet; the working group, after its store received them, sees each remark at
its field and in the remarks panel beside the findings, and answers it.
"""

from __future__ import annotations

import dataclasses
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from qt_helpers import field, type_text

from prosjektark.domain.caseflow import Actor, answer_problem
from prosjektark.domain.sheet import Identification, Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.editor_page import EditorPage
from prosjektark.ui.remarks_panel import AnswerDialog, RemarkDialog, RemarksPanel

WG = Actor("Kari Nordmann", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
STD_DEV = "cost.std_dev_percent"
PURPOSE = "description.purpose"


def open_store(folder: Path, actor: Actor) -> Store:
    folder.mkdir()
    store = Store.open(folder / "db.sqlite3", folder / "vedlegg")
    store.actor = lambda: actor
    return store


def a_sheet() -> Sheet:
    sheet = Sheet(
        profile="miljoloftet",
        identification=Identification(title="Kollektivfelt Fjøsangerveien", phase="PU"),
    )
    sheet.cost.estimate_kind = "utredningsestimat"
    sheet.cost.std_dev_percent = Decimal("5")  # a warning, so findings and remarks share
    return sheet


@pytest.fixture
def stores(tmp_path):
    """The secretariat's store with three sent remarks on revision 1 of a sheet, and the
    working group's store that received them (as the remarks-package import stores them)."""
    sec = open_store(tmp_path / "sekretariat", SEC)
    wg = open_store(tmp_path / "arbeidsgruppe", WG)
    sheet = a_sheet()
    wg.create(sheet)
    wg.save_version(sheet, note="Til sekretariatet")
    delivered = sheet.model_copy(deep=True)
    delivered.revision = 0  # stored as revision 1 here too, as the intake stores it
    sec.create(delivered)
    sec.save_version(delivered, note="pakke", record=False)
    texts = [
        (STD_DEV, "Begrunn standardavviket: 5 % er under båndet."),
        (PURPOSE, "Formålet må nevne trafikksikkerhet."),
        ("", "Mangler kart over traseen."),
    ]
    sent = [sec.add_remark(sheet.id, text, field=path) for path, text in texts]
    sec.mark_remarks_sent(sheet.id, [r.id for r in sent], "3 merknader")
    received = [dataclasses.replace(r, received=True) for r in sec.remarks(sheet.id)]
    assert wg.store_received_remarks(sheet.id, received, SEC, "merknadspakke") == 3
    yield sec, wg, wg.load(sheet.id)
    sec.close()
    wg.close()


def editor_page(qtbot, catalog, store: Store) -> EditorPage:
    page = EditorPage(catalog, None)
    page.set_case_store(store)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def remark_id(store: Store, sheet: Sheet, path: str):
    return next(r.id for r in store.remarks(sheet.id) if r.field == path)


def marker(page: EditorPage, path: str) -> QLabel:
    return page.findChild(QLabel, f"remarkMarker:{path}")


def in_dialog(qtbot, act) -> list:
    """Runs `act(dialog)` on the modal dialog the next call opens; returns what it saw."""
    seen: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, run)
            return
        seen.append(act(dialog))

    QTimer.singleShot(0, run)
    return seen


def ctrl_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# -- the working group ------------------------------------------------------------------------


def test_each_received_remark_shows_at_its_field_and_beside_the_findings(qtbot, catalog, stores):
    _sec, wg, sheet = stores
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    panel = page.remarks_panel
    assert panel.isVisible() and page.findings_panel.isVisible()
    # Beside the findings, not under them: both are seen at once.
    assert panel.geometry().top() == page.findings_panel.geometry().top()
    assert [v.state for v in panel.views()] == ["ubesvart"] * 3
    assert panel.summary_label.text() == "Merknader fra sekretariatet: 3, 3 ubesvart"
    texts = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert texts[0].startswith("Ubesvart · Usikkerhet (standardavvik)")
    assert "Begrunn standardavviket" in texts[0]
    assert texts[2].startswith("Ubesvart · Hele arket")

    # A marker with text (not colour alone) at the field, also read out by screen readers.
    page.editor.show_step("kostnad")
    label = marker(page, STD_DEV)
    assert label is not None and label.isVisible()
    assert label.text().startswith("✎ Merknad fra sekretariatet (ubesvart)")
    assert "Begrunn standardavviket" in label.text() and "Begrunn" in label.toolTip()
    box = field(page, STD_DEV, QLineEdit)
    assert "Begrunn standardavviket" in box.accessibleDescription()
    assert (
        marker(page, "identification.title") is None
        or not marker(page, "identification.title").isVisible()
    )

    # Counted like findings: in the step list, the header and the summary.
    assert page.editor.navigator.remarks("kostnad") == 1
    assert page.editor.navigator.remarks("beskrivelse") == 1
    assert page.editor.navigator.remarks("grunnlag") == 0
    assert "3 ubesvarte merknader" in page.meta_label.text()
    assert "3 ubesvarte merknader" in page.summary_extra.text()

    # A click on a remark goes to its field, like a finding.
    page.editor.show_step("grunnlag")
    item = panel.tree.topLevelItem(1)
    panel.tree.itemClicked.emit(item, 0)
    purpose = field(page, PURPOSE, QPlainTextEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is purpose)
    assert page.editor.current_step() == "beskrivelse"


def test_a_remark_is_answered_in_each_of_the_three_ways(qtbot, catalog, stores):
    _sec, wg, sheet = stores
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    panel = page.remarks_panel
    assert sheet.revision == 1

    # «Rettet i revisjon N»: N is the next revision by default.
    assert panel.select_remark(remark_id(wg, sheet, STD_DEV))

    def fixed(dialog: AnswerDialog):
        dialog.kind_buttons["fixed"].click()
        default = dialog.revision.value()
        ctrl_enter(qtbot, dialog.text)
        return default

    seen = in_dialog(qtbot, fixed)
    panel.answer_current()
    assert seen == [2]
    [answer] = wg.answers(sheet.id)
    assert (answer.kind, answer.fixed_in_revision, answer.by_name) == ("fixed", 2, WG.name)
    assert "2 ubesvarte merknader" in page.meta_label.text()
    assert page.editor.navigator.remarks("kostnad") == 0
    assert marker(page, STD_DEV).text().startswith("✎ Merknad fra sekretariatet (besvart)")
    assert "Rettet i revisjon 2" in panel.tree.topLevelItem(0).text(0)
    assert panel.tree.topLevelItem(0).text(0).startswith("Besvart · ")

    # «Uenig» needs a reason: the dialog says so and stays open.
    assert panel.select_remark(remark_id(wg, sheet, PURPOSE))

    def disagree(dialog: AnswerDialog):
        dialog.kind_buttons["disagree"].click()
        dialog.ok_button.click()
        message = dialog.problem_label.text()
        still_open = dialog.isVisible()
        type_text(qtbot, dialog.text, "Formålet gjelder kollektivtrafikk, ikke trafikksikkerhet.")
        ctrl_enter(qtbot, dialog.text)
        return message, still_open

    seen = in_dialog(qtbot, disagree)
    panel.answer_current()
    assert seen == [(answer_problem("disagree", "", None), True)]
    assert "begrunnes" in seen[0][0]
    disagreement = next(a for a in wg.answers(sheet.id) if a.kind == "disagree")
    assert disagreement.text == "Formålet gjelder kollektivtrafikk, ikke trafikksikkerhet."

    # A plain reply to the remark on the whole sheet, with Ctrl+Enter.
    assert panel.select_remark(remark_id(wg, sheet, ""))

    def reply(dialog: AnswerDialog):
        assert dialog.kind_buttons["reply"].isChecked()  # the default kind
        assert "Ctrl+Enter" in dialog.findChild(QLabel, "answerHint").text()
        type_text(qtbot, dialog.text, "Kart er lagt ved i revisjon 2.")
        ctrl_enter(qtbot, dialog.text)

    in_dialog(qtbot, reply)
    panel.answer_current()
    assert sorted(a.kind for a in wg.answers(sheet.id)) == ["disagree", "fixed", "reply"]
    assert wg.open_remark_counts() == {}
    assert [v.state for v in panel.views()] == ["besvart"] * 3
    assert "merknad" not in page.meta_label.text()
    assert "Alle merknader fra sekretariatet er besvart" in page.summary_extra.text()


def test_a_cancelled_answer_writes_nothing(qtbot, catalog, stores):
    _sec, wg, sheet = stores
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    page.remarks_panel.select_remark(remark_id(wg, sheet, ""))

    def cancel(dialog: AnswerDialog):
        type_text(qtbot, dialog.text, "Halvveis")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)

    in_dialog(qtbot, cancel)
    page.remarks_panel.answer_current()
    assert wg.answers(sheet.id) == []
    assert "3 ubesvarte merknader" in page.meta_label.text()


def test_a_working_group_without_remarks_sees_no_remarks_panel_until_some_arrive(
    qtbot, catalog, stores, tmp_path
):
    sec, _wg, _sheet = stores
    wg = open_store(tmp_path / "wg", WG)
    sheet = a_sheet()
    wg.create(sheet)
    wg.save_version(sheet)
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    assert not page.remarks_panel.isVisible()
    assert page.findings_panel.isVisible()
    assert not page.remarks_panel.field_remark_action.isEnabled()
    assert "merknad" not in page.meta_label.text()

    # A remarks package imported while the sheet is open.
    sec.create(sheet.model_copy(deep=True))
    remark = sec.add_remark(sheet.id, "Oppgi kilden for kostnaden.", field=STD_DEV)
    sec.mark_remarks_sent(sheet.id, [remark.id], "1 merknad")
    [sent] = sec.remarks(sheet.id)
    wg.store_received_remarks(sheet.id, [dataclasses.replace(sent, received=True)], SEC, "pakke")
    page.reload_remarks()
    assert page.remarks_panel.isVisible()
    assert "1 ubesvart merknad" in page.meta_label.text()
    assert "Oppgi kilden" in marker(page, STD_DEV).text()
    wg.close()


def test_a_read_only_window_shows_remarks_but_takes_no_answers(qtbot, catalog, stores):
    _sec, wg, sheet = stores
    page = EditorPage(catalog, None)
    qtbot.addWidget(page)
    page.set_case_store(wg, read_only=True)
    page.set_sheet(sheet, read_only=True)
    assert len(page.remarks_panel.views()) == 3
    page.remarks_panel.select_remark(remark_id(wg, sheet, ""))
    assert not page.remarks_panel.answer_button.isEnabled()
    page.remarks_panel.answer_current()  # nothing opens, nothing is written
    assert wg.answers(sheet.id) == []


# -- the secretariat ----------------------------------------------------------------------------


def test_the_secretariat_writes_a_remark_on_the_focused_field_with_the_keyboard(
    qtbot, catalog, stores
):
    sec, _wg, sheet = stores
    delivered = sec.load(sheet.id)
    page = editor_page(qtbot, catalog, sec)
    page.set_sheet(delivered, read_only=True, reason="Levert av Kari.", role="secretariat")
    panel = page.remarks_panel
    assert panel.isVisible()
    # Its own three sent remarks are shown, as «sendt», and cannot be deleted.
    assert [v.state for v in panel.views()] == ["sendt"] * 3
    panel.select_remark(remark_id(sec, sheet, ""))
    assert not panel.delete_action.isEnabled()

    title = field(page, "identification.title", QLineEdit)
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)

    def write(dialog: RemarkDialog):
        heading = dialog.findChild(QLabel, "remarkWhere").text()
        hint = dialog.findChild(QLabel, "remarkHint").text()
        type_text(qtbot, dialog.text, "Tittelen bør nevne")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter is a new line, not OK
        type_text(qtbot, dialog.text, "strekningen.")
        ctrl_enter(qtbot, dialog.text)
        return heading, hint

    seen = in_dialog(qtbot, write)
    keys = panel.field_remark_action.shortcut()
    qtbot.keyClick(title, keys[0].key(), keys[0].keyboardModifiers())
    [(heading, hint)] = seen
    assert "Prosjektnavn" in heading and "Ctrl+Enter" in hint
    draft = next(r for r in sec.remarks(sheet.id) if r.field == "identification.title")
    assert draft.text == "Tittelen bør nevne\nstrekningen." and not draft.sent
    assert (draft.by_name, draft.revision) == (SEC.name, 1)
    assert marker(page, "identification.title").isVisible()
    assert "Tittelen bør nevne" in marker(page, "identification.title").text()
    assert panel.views()[-1].state == "utkast"
    assert page.editor.navigator.remarks("grunnlag") == 1
    assert "4 merknader (1 ikke sendt)" in page.meta_label.text()
    assert page.findings_panel.width() >= 560  # the secretariat's buttons leave room

    # An unsent remark can be deleted (after a question); a sent one never.
    assert panel.select_remark(draft.id)
    assert panel.delete_action.isEnabled()
    in_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    panel.delete_action.trigger()
    assert all(r.id != draft.id for r in sec.remarks(sheet.id))
    assert not marker(page, "identification.title").isVisible()


def test_the_secretariat_writes_a_remark_on_the_whole_sheet(qtbot, catalog, stores):
    sec, _wg, sheet = stores
    page = editor_page(qtbot, catalog, sec)
    page.set_sheet(sec.load(sheet.id), read_only=True, role="secretariat")

    def write(dialog: RemarkDialog):
        empty_ok = dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.text, "Se på kostnadsoverslaget på nytt.")
        ctrl_enter(qtbot, dialog.text)
        return dialog.findChild(QLabel, "remarkWhere").text(), empty_ok

    seen = in_dialog(qtbot, write)
    page.remarks_panel.sheet_remark_action.trigger()
    [(heading, empty_ok)] = seen
    assert "hele arket" in heading and not empty_ok
    new = [r for r in sec.remarks(sheet.id) if r.text == "Se på kostnadsoverslaget på nytt."]
    assert [r.field for r in new] == [""]


def test_the_working_group_cannot_write_remarks(qtbot, catalog, stores):
    _sec, wg, sheet = stores
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    panel = page.remarks_panel
    assert not panel.field_remark_action.isEnabled()
    assert not panel.sheet_remark_action.isEnabled()
    assert not panel.write_button.isVisible() and panel.answer_button.isVisible()


def test_remarks_panel_without_a_store_is_empty(qtbot):
    panel = RemarksPanel()
    qtbot.addWidget(panel)
    assert panel.views() == [] and panel.unanswered() == 0


# -- how it looks --------------------------------------------------------------------------------


def test_render_the_editor_with_two_remarks(qtbot, catalog, stores, tmp_path):
    """Writes the PNG to look at (PROSJEKTARK_SHOTS=folder keeps it), and checks that the
    findings keep a readable width beside the remarks."""
    _sec, wg, sheet = stores
    extra = next(r for r in wg.remarks(sheet.id) if r.field == "")
    wg.add_answer(extra.id, "reply", "Kart er lagt ved.")
    page = editor_page(qtbot, catalog, wg)
    page.set_sheet(sheet)
    page.editor.show_step("kostnad")
    qtbot.wait(50)
    assert page.findings_panel.width() >= 560 and page.remarks_panel.width() >= 400
    folder = Path(os.environ.get("PROSJEKTARK_SHOTS", tmp_path))
    image = page.grab()
    assert image.save(str(folder / "merknader-i-editoren.png"))
    assert (image.width(), image.height()) == (1280, 720)
