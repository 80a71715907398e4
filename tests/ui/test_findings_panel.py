"""FindingsPanel: grouping with counts, activation by click and Enter, acknowledging a
warning with a comment, acknowledged warnings shown as such."""

from __future__ import annotations

from PySide6.QtCore import Qt

from prosjektark.domain.findings import Finding
from prosjektark.ui.findings_panel import FINDING_ROLE, FindingsPanel

TITLES = {"grunnlag": "Grunnlag", "kostnad": "Kostnad og usikkerhet"}
ERR = Finding(
    "required.title",
    "error",
    "identification.title",
    "«Prosjektnavn» må fylles ut.",
    step="grunnlag",
)
WARN = Finding(
    "cost.band.below",
    "warning",
    "cost.std_dev_percent",
    "Standardavviket er under båndet.",
    step="kostnad",
)
WARN2 = Finding(
    "cost.styringsmal_recommended",
    "warning",
    "cost.styringsmal_mnok",
    "Sett et styringsmål.",
    step="kostnad",
)
INFO = Finding("decision.route", "info", "treatments", "Programrådet behandler.", step="kostnad")


def make(qtbot, findings=(ERR, WARN, WARN2, INFO), acked=frozenset()):
    panel = FindingsPanel(step_titles=TITLES)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    panel.set_findings(list(findings), set(acked))
    return panel


def item_for(panel, code):
    for i in range(panel.tree.topLevelItemCount()):
        step = panel.tree.topLevelItem(i)
        for j in range(step.childCount()):
            sev = step.child(j)
            for k in range(sev.childCount()):
                if sev.child(k).data(0, FINDING_ROLE).code == code:
                    return sev.child(k)
    raise AssertionError(code)


def test_grouped_by_step_and_severity_with_counts(qtbot):
    panel = make(qtbot)
    tops = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert tops == ["Grunnlag (1 feil)", "Kostnad og usikkerhet (2 advarsler, 1 info)"]
    cost = panel.tree.topLevelItem(1)
    assert [cost.child(i).text(0) for i in range(cost.childCount())] == [
        "Advarsler (2)",
        "Info (1)",
    ]
    assert panel.summary_label.text() == "1 feil, 2 advarsler, 1 info"


def test_click_and_enter_emit_the_field(qtbot):
    panel = make(qtbot)
    item = item_for(panel, "required.title")
    rect = panel.tree.visualItemRect(item)
    with qtbot.waitSignal(panel.finding_activated) as sig:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == ["identification.title"]
    panel.tree.setCurrentItem(item_for(panel, "cost.band.below"))
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.finding_activated) as sig:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert sig.args == ["cost.std_dev_percent"]


def test_group_headers_do_not_emit(qtbot):
    panel = make(qtbot)
    with qtbot.assertNotEmitted(panel.finding_activated):
        panel.tree.itemClicked.emit(panel.tree.topLevelItem(0), 0)


def test_acknowledge_warning_asks_for_a_comment(qtbot):
    panel = make(qtbot)
    asked = []
    panel.ask_comment = lambda f: asked.append(f) or "  Enkelt tiltak, lav usikkerhet  "
    panel.select_finding(WARN.code, WARN.field)
    assert panel.acknowledge_button.isEnabled()
    with qtbot.waitSignal(panel.acknowledge_requested) as sig:
        qtbot.mouseClick(panel.acknowledge_button, Qt.MouseButton.LeftButton)
    assert asked == [WARN]
    assert sig.args == [WARN, "Enkelt tiltak, lav usikkerhet"]


def test_cancel_or_empty_comment_does_not_acknowledge(qtbot):
    panel = make(qtbot)
    panel.select_finding(WARN.code, WARN.field)
    for answer in (None, "   "):
        panel.ask_comment = lambda f, a=answer: a
        with qtbot.assertNotEmitted(panel.acknowledge_requested):
            panel.acknowledge_current()


def test_errors_and_infos_cannot_be_acknowledged(qtbot):
    panel = make(qtbot)
    panel.ask_comment = lambda f: "x"
    for f in (ERR, INFO):
        panel.select_finding(f.code, f.field)
        assert not panel.acknowledge_button.isEnabled()
        # The key stays live to say why it does nothing.
        with (
            qtbot.assertNotEmitted(panel.acknowledge_requested),
            qtbot.waitSignal(panel.message) as said,
        ):
            panel.acknowledge_current()
        assert "Ingen advarsel er valgt" in said.args[0]


def test_acknowledged_warning_is_shown_as_such(qtbot):
    panel = make(qtbot, acked={(WARN.code, WARN.field)})
    item = item_for(panel, WARN.code)
    assert "(kvittert ut)" in item.text(0)
    assert "kvittert ut" in item.data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert panel.tree.topLevelItem(1).text(0) == "Kostnad og usikkerhet (1 advarsel, 1 info)"
    assert panel.summary_label.text() == "1 feil, 2 advarsler (1 kvittert ut), 1 info"
    panel.select_finding(WARN.code, WARN.field)
    assert not panel.acknowledge_button.isEnabled()


def test_selection_and_collapsed_steps_survive_an_update(qtbot):
    panel = make(qtbot)
    panel.select_finding(WARN2.code, WARN2.field)
    panel.tree.topLevelItem(0).setExpanded(False)
    panel.set_findings([ERR, WARN, WARN2], set())
    assert panel.current_finding() == WARN2
    assert not panel.tree.topLevelItem(0).isExpanded()
    assert panel.tree.topLevelItem(1).isExpanded()


def test_empty_and_accessible_names(qtbot):
    panel = make(qtbot, findings=())
    assert panel.tree.topLevelItemCount() == 0
    assert panel.summary_label.text().startswith("Ingen funn")
    assert panel.tree.accessibleName() and panel.acknowledge_button.accessibleName()
    panel.set_findings([ERR], set())
    assert (
        item_for(panel, ERR.code).data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Feil: ")
    )


def test_acknowledging_needs_a_comment(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPlainTextEdit

    from prosjektark.domain.findings import Finding
    from prosjektark.ui.findings_panel import _ask_comment

    warning = Finding("cost.band.below", "warning", "cost.std_dev_percent", "Under båndet.")
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["empty"] = ok.isEnabled()
        qtbot.keyClicks(dialog.findChild(QPlainTextEdit), "Avtalt med sekretariatet")
        seen["filled"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, answer)
    assert _ask_comment(None, warning) == "Avtalt med sekretariatet"
    assert seen == {"empty": False, "filled": True}
