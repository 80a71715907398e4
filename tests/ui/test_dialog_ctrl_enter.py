"""In every dialog with a multi-line text box, Enter is a new line and Ctrl+Enter (or
Ctrl+Return on the main keyboard) accepts the dialog; the dialog says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QPushButton
from qt_helpers import type_text

from prosjektark.domain.findings import Finding
from prosjektark.ui.findings_panel import FindingsPanel

CTRL = Qt.KeyboardModifier.ControlModifier
WARN = Finding(
    "cost.band.below",
    "warning",
    "cost.std_dev_percent",
    "Standardavviket er under båndet.",
    step="kostnad",
)
ENTER_KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Enter]


def says_ctrl_enter(dialog: QDialog) -> bool:
    """A visible line or the accept button's tooltip names the key."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    texts += [button.toolTip() for button in dialog.findChildren(QPushButton)]
    return any("Ctrl+Enter" in text for text in texts)


def acknowledge_with_keys(qtbot, key: Qt.Key) -> tuple[list, dict]:
    """Opens the real acknowledge dialog from the panel and works it by keyboard only."""
    panel = FindingsPanel(step_titles={"kostnad": "Kostnad og usikkerhet"})
    qtbot.addWidget(panel)
    panel.show()
    panel.set_findings([WARN], set())
    assert panel.select_finding(WARN.code, WARN.field)
    seen: dict = {}

    def work_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        box = dialog.findChild(QPlainTextEdit)
        box.setFocus()
        type_text(qtbot, box, "Kjent avvik")
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: a new line, not OK
        seen["after_enter"] = (dialog.isVisible(), box.toPlainText())
        type_text(qtbot, box, "avklart med prosjektleder")
        seen["hint"] = says_ctrl_enter(dialog)
        qtbot.keyClick(box, key, CTRL)
        seen["still_open"] = dialog.isVisible()
        if dialog.isVisible():  # today's dialog: leave it, so the test ends
            dialog.reject()

    emitted: list = []
    panel.acknowledge_requested.connect(lambda f, comment: emitted.append((f, comment)))
    QTimer.singleShot(0, work_the_dialog)
    panel.acknowledge_current()
    return emitted, seen


@pytest.mark.parametrize("key", ENTER_KEYS)
def test_ctrl_enter_acknowledges_in_the_acknowledge_dialog(qtbot, key) -> None:
    emitted, seen = acknowledge_with_keys(qtbot, key)
    assert seen["after_enter"] == (True, "Kjent avvik\n")
    assert seen["hint"]
    assert not seen["still_open"]
    assert emitted == [(WARN, "Kjent avvik\navklart med prosjektleder")]


def test_ctrl_enter_does_nothing_while_the_comment_is_empty(qtbot) -> None:
    from prosjektark.ui.findings_panel import AcknowledgeDialog

    dialog = AcknowledgeDialog(WARN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.comment.setFocus()
    type_text(qtbot, dialog.comment, "   ")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_remark_and_answer_dialogs_accept_on_ctrl_enter(qtbot) -> None:
    import uuid
    from datetime import UTC, datetime

    from prosjektark.domain.caseflow import Remark
    from prosjektark.ui.remarks_panel import AnswerDialog, RemarkDialog, RemarkView

    remark_dialog = RemarkDialog("Forventet kostnad")
    qtbot.addWidget(remark_dialog)
    remark_dialog.show()
    assert says_ctrl_enter(remark_dialog)
    type_text(qtbot, remark_dialog.text, "Sjekk tallet")
    qtbot.keyClick(remark_dialog.text, Qt.Key.Key_Enter, CTRL)
    assert remark_dialog.result() == QDialog.DialogCode.Accepted
    assert remark_dialog.remark() == "Sjekk tallet"

    remark = Remark(
        id=uuid.uuid4(),
        sheet_id=uuid.uuid4(),
        field="cost.expected_cost_mnok",
        text="Sjekk tallet",
        by_name="Sekretariatet",
        by_fingerprint="",
        at=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
        revision=1,
        received=True,
    )
    answer_dialog = AnswerDialog(RemarkView(remark), "Forventet kostnad", 2)
    qtbot.addWidget(answer_dialog)
    answer_dialog.show()
    assert says_ctrl_enter(answer_dialog)
    type_text(qtbot, answer_dialog.text, "Rettet")
    qtbot.keyClick(answer_dialog.text, Qt.Key.Key_Return, CTRL)
    assert answer_dialog.result() == QDialog.DialogCode.Accepted


def test_change_state_dialog_accepts_on_ctrl_enter_from_the_comment(qtbot, catalog) -> None:
    from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog

    review = catalog.default_profile.review
    dialog = ChangeStateDialog(review, review.received, "Sykkelveg")
    qtbot.addWidget(dialog)
    dialog.show()
    assert says_ctrl_enter(dialog)
    dialog.comment.setFocus()
    type_text(qtbot, dialog.comment, "Sendt til høring")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Enter, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.comment.toPlainText() == "Sendt til høring\n"
