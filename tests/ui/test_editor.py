"""The guided sheet editor: typing, phases, completeness, numbers, navigation, focus, help."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from qt_helpers import field, find, type_text

from prosjektark.domain.sheet import Identification, Risk, Sheet
from prosjektark.ui.editor import SheetEditor


def make_sheet(phase: str = "PU", title: str = "") -> Sheet:
    return Sheet(
        profile="miljopakken",
        identification=Identification(title=title, phase=phase),
    )


@pytest.fixture
def editor(qtbot, catalog):
    widget = SheetEditor(catalog)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.set_sheet(make_sheet())
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_steps_come_from_the_form_definition(editor, catalog):
    titles = [editor.navigator.item(i).text() for i in range(editor.navigator.count())]
    assert titles == [f"{n}. {s.title}" for n, s in enumerate(catalog.form.steps, start=1)]
    assert "Kostnad og usikkerhet" in titles[4]
    assert editor.current_step() == "grunnlag"


def test_typing_the_title_changes_the_sheet_and_emits(editor, qtbot):
    title = field(editor, "identification.title", QLineEdit)
    with qtbot.waitSignal(editor.sheet_changed):
        type_text(qtbot, title, "Sykkelveg på Lade – ærlig og støtt")
    assert editor.sheet().identification.title == "Sykkelveg på Lade – ærlig og støtt"


def test_set_sheet_does_not_emit(editor, qtbot):
    with qtbot.assertNotEmitted(editor.sheet_changed):
        editor.set_sheet(make_sheet(title="Annet ark"))


def test_set_sheet_on_another_sheet_shows_its_values(editor):
    first = editor.sheet()
    other = make_sheet(phase="DP", title="Kollektivfelt Elgeseter gate")
    other.cost.expected_cost_mnok = Decimal("12.5")
    other.identification.municipalities = ["Malvik"]
    editor.set_sheet(other)
    assert editor.sheet() is other
    assert field(editor, "identification.title", QLineEdit).text() == "Kollektivfelt Elgeseter gate"
    assert field(editor, "cost.expected_cost_mnok", QLineEdit).text() == "12,5"
    assert (
        field(editor, "identification.phase", QComboBox).currentText() == "Detaljplanlegging (DP)"
    )
    editor.set_sheet(first)
    assert field(editor, "identification.title", QLineEdit).text() == ""


def test_multiline_tab_moves_focus_and_undo_works(editor, qtbot):
    summary = field(editor, "identification.summary", QPlainTextEdit)
    summary.setFocus()
    qtbot.keyClicks(summary, "To setninger.")
    qtbot.keyClick(summary, Qt.Key.Key_Tab)
    assert editor.sheet().identification.summary == "To setninger."
    assert "\t" not in summary.toPlainText()
    assert not summary.hasFocus()

    title = field(editor, "identification.title", QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, "Prosjekt")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == ""
    assert editor.sheet().identification.title == ""


def test_phase_change_shows_and_hides_fields(editor, qtbot):
    block = find(editor, "block:description.changes_affecting_benefit")
    ramme = find(editor, "block:cost.styringsramme_mnok")
    assert block.isHidden() and ramme.isHidden()  # PU

    phase = field(editor, "identification.phase", QComboBox)
    phase.setFocus()
    qtbot.keyClick(phase, Qt.Key.Key_Down)  # PU -> DP
    assert editor.sheet().identification.phase == "DP"
    assert not block.isHidden()
    assert ramme.isHidden()
    qtbot.keyClick(phase, Qt.Key.Key_Down)  # DP -> UB
    assert editor.sheet().identification.phase == "UB"
    assert not block.isHidden() and not ramme.isHidden()


def test_required_marks_follow_phase_and_filling(editor, qtbot):
    editor.set_sheet(make_sheet(phase="PU"))
    label = find(editor, "label:description.alternatives", QLabel)
    assert label.text().endswith("*")
    assert "Må fylles ut" in field(editor, "description.alternatives").accessibleDescription()
    assert editor.navigator.status("beskrivelse") == "7 mangler"

    phase = field(editor, "identification.phase", QComboBox)
    phase.setFocus()
    qtbot.keyClick(phase, Qt.Key.Key_End)  # UB: only the purpose is required
    assert not label.text().endswith("*")
    assert editor.navigator.status("beskrivelse") == "1 mangler"
    legend = find(editor.pages["beskrivelse"], "requiredLegend", QLabel)
    assert "utbygging" in legend.text()

    purpose = field(editor, "description.purpose", QPlainTextEdit)
    qtbot.keyClicks(purpose, "Tryggere skoleveg.")
    assert editor.navigator.status("beskrivelse") == "✓ utfylt"
    summary_line = find(editor, "summary:beskrivelse")
    assert "alt påkrevd er fylt ut" in summary_line.text()


@pytest.mark.parametrize("typed", ["12,5", "12.5", " 12,50 "])
def test_decimal_accepts_comma_and_point(editor, qtbot, typed):
    edit = field(editor, "cost.expected_cost_mnok", QLineEdit)
    qtbot.keyClicks(edit, typed)
    assert editor.sheet().cost.expected_cost_mnok == Decimal("12.5")
    assert not edit.property("invalid")


def test_invalid_decimal_is_red_kept_as_typed_and_leaves_the_value(editor, qtbot):
    edit = field(editor, "cost.expected_cost_mnok", QLineEdit)
    qtbot.keyClicks(edit, "7")
    assert editor.sheet().cost.expected_cost_mnok == Decimal("7")
    with qtbot.waitSignal(editor.sheet_changed):  # kept as typed, so saved and checked
        qtbot.keyClicks(edit, "x")
    assert editor.sheet().cost.expected_cost_mnok == Decimal("7")
    assert editor.sheet().invalid_input == {"cost.expected_cost_mnok": "7x"}
    assert edit.property("invalid")
    assert "«7x» er ikke et tall" in edit.toolTip()
    error = find(editor, "error:cost.expected_cost_mnok", QLabel)
    assert not error.isHidden() and error.text() == edit.toolTip()

    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not edit.property("invalid") and error.isHidden()
    assert editor.sheet().invalid_input == {}

    edit.clear()
    qtbot.keyClicks(edit, "1,2345")  # MNOK has at most three decimals
    assert edit.property("invalid") and "desimaler" in edit.toolTip()
    assert editor.sheet().cost.expected_cost_mnok == Decimal("1.234")
    assert editor.sheet().invalid_input == {"cost.expected_cost_mnok": "1,2345"}

    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert editor.sheet().cost.expected_cost_mnok is None
    assert editor.sheet().invalid_input == {}


def test_integer_and_date_fields(editor, qtbot):
    year = field(editor, "cost.price_year", QLineEdit)
    qtbot.keyClicks(year, "2027")
    assert editor.sheet().cost.price_year == 2027
    qtbot.keyClicks(year, "5")  # 20275 is outside the model's range
    assert year.property("invalid")
    assert editor.sheet().cost.price_year == 2027

    editor.set_sheet(make_sheet(phase="DP"))
    date = field(editor, "funding.granted_date", QLineEdit)
    assert date.placeholderText() == "dd.mm.åååå"
    qtbot.keyClicks(date, "01.06.2026")
    assert str(editor.sheet().funding.granted_date) == "2026-06-01"
    date.clear()
    qtbot.keyClicks(date, "31.02.2026")
    assert date.property("invalid")
    assert str(editor.sheet().funding.granted_date) == "2026-06-01"


def test_choice_from_profile_and_multichoice(editor, qtbot):
    area = field(editor, "identification.action_area", QComboBox)
    assert area.itemText(0) == "— velg —"
    area.setFocus()
    qtbot.keyClick(area, Qt.Key.Key_Down)
    assert editor.sheet().identification.action_area == "sykkel"  # the id, shown by name
    assert area.currentText() == "Sykkel"

    kind = field(editor, "cost.estimate_kind", QComboBox)
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert editor.sheet().cost.estimate_kind == "utredningsestimat"
    qtbot.keyClick(kind, Qt.Key.Key_Home)
    assert editor.sheet().cost.estimate_kind is None

    municipalities = field(editor, "identification.municipalities")
    municipalities.setFocus()
    qtbot.keyClick(municipalities, Qt.Key.Key_Space)
    assert editor.sheet().identification.municipalities == ["Trondheim"]


def test_bool_field(editor, qtbot):
    editor.show_step("finansiering")
    check = field(editor, "funding.additionality_confirmed")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert editor.sheet().funding.additionality_confirmed is True


def test_navigation_by_buttons_shortcuts_and_arrows(editor, qtbot):
    steps = []
    editor.step_changed.connect(steps.append)
    qtbot.mouseClick(find(editor, "nextStepButton"), Qt.MouseButton.LeftButton)
    assert editor.current_step() == "beskrivelse"
    title = field(editor, "description.purpose")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step() == "arealbruk"
    qtbot.keyClick(editor.navigator, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step() == "beskrivelse"
    editor.navigator.setFocus()
    qtbot.keyClick(editor.navigator, Qt.Key.Key_Down)
    assert editor.current_step() == "arealbruk"
    assert steps == ["beskrivelse", "arealbruk", "beskrivelse", "arealbruk"]
    assert editor.stack.currentWidget() is editor.pages["arealbruk"]
    editor.show_step("grunnlag")
    assert not find(editor, "previousStepButton").isEnabled()


@pytest.mark.parametrize(
    ("path", "step", "focused"),
    [
        ("land_use.answers.zoning_status", "arealbruk", "field:land_use.answers.zoning_status"),
        ("funding.lines", "finansiering", "field:funding.lines.2027.bompenger"),
        ("cost.std_dev_percent", "kostnad", "field:cost.std_dev_percent"),
        ("goals", "maloppnaelse", "field:goals.klima.score"),
        ("traffic_safety", "trafikksikkerhet", "field:traffic_safety.answers.killed_injured"),
        ("identification.title", "grunnlag", "field:identification.title"),
    ],
)
def test_focus_field_goes_to_the_step_and_focuses(editor, qtbot, path, step, focused):
    editor.show_step("oppsummering")
    editor.focus_field(path)
    assert editor.current_step() == step
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == focused


def test_focus_field_on_a_row(editor, qtbot):
    sheet = make_sheet(phase="DP")
    sheet.risks = [Risk(description="Grunnforhold"), Risk(description="Ledninger")]
    editor.set_sheet(sheet)
    editor.focus_field("risks.1.mitigation")
    assert editor.current_step() == "risiko"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == "field:risks[1].mitigation"


def test_help_panel_follows_focus(editor, qtbot):
    title = field(editor, "identification.title")
    title.setFocus()
    qtbot.waitUntil(lambda: find(editor, "helpTitle", QLabel).text() == "Prosjektnavn")
    assert "beskrivende navn" in find(editor, "helpText", QLabel).text()
    assert find(editor, "helpSource", QLabel).isHidden()
    field(editor, "identification.phase").setFocus()
    qtbot.waitUntil(lambda: find(editor, "helpTitle", QLabel).text() == "Fase det søkes midler til")
    # The form's help quotes no programme; the sheet's programme's own text follows it.
    assert find(editor, "helpSource", QLabel).isHidden()
    source = find(editor, "helpProgrammeSource", QLabel)
    assert not source.isHidden() and "Føringer i Miljøpakkens" in source.text()


def test_every_input_is_named_for_assistive_technology(editor, catalog):
    editor.set_sheet(make_sheet(phase="UB"))
    inputs = [
        w
        for w in editor.findChildren(QWidget)
        if w.objectName().startswith("field:") and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert len(inputs) > 60
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()
    for f in catalog.form.all_fields():
        if f.type in ("summary", "checklist", "funding_grid", "goal_scores"):
            continue
        if f.type in ("cost_items", "risks", "milestones", "treatments"):
            assert editor.findChild(QWidget, f"add:{f.path}") is not None
            continue
        widget = field(editor, f.path)
        assert widget.accessibleName() == f.label
        assert widget.accessibleDescription().startswith(f.help[:20])
        label = editor.findChild(QLabel, f"label:{f.path}")
        if label is not None:
            assert label.buddy() in (widget, editor.editors[f.path].focus_target())


def test_step_marks_show_in_the_navigator(editor):
    editor.set_step_marks({"kostnad": "error", "risiko": "warning"})
    assert editor.navigator.mark("kostnad") == "error"
    assert editor.navigator.mark("risiko") == "warning"
    item = editor.navigator.item(editor.navigator.row_of("kostnad"))
    assert "har feil" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    editor.set_step_marks({})
    assert editor.navigator.mark("kostnad") == ""


def test_summary_jumps_and_shows_content(editor, qtbot):
    editor.show_step("oppsummering")
    extra = QLabel("Status: Utkast")
    editor.set_summary_content(extra)
    assert editor.pages["oppsummering"].isAncestorOf(extra)
    line = find(editor, "summary:kostnad")
    assert "mangler" in line.text()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert editor.current_step() == "kostnad"


def test_read_only_mode(editor, qtbot):
    editor.set_read_only(True)
    assert not find(editor, "readOnlyBanner").isHidden()
    title = field(editor, "identification.title", QLineEdit)
    assert title.isReadOnly()
    with qtbot.assertNotEmitted(editor.sheet_changed):
        qtbot.keyClicks(title, "Endring")
    assert editor.sheet().identification.title == ""
    assert not field(editor, "identification.phase").isEnabled()
    assert field(editor, "cost.expected_cost_mnok", QLineEdit).isReadOnly()
    assert not find(editor, "add:cost.items").isEnabled()
    assert field(editor, "funding.lines.2027.bompenger", QLineEdit).isReadOnly()
    # Still navigable
    qtbot.mouseClick(find(editor, "nextStepButton"), Qt.MouseButton.LeftButton)
    assert editor.current_step() == "beskrivelse"
    editor.set_read_only(False)
    assert not title.isReadOnly()
    assert find(editor, "readOnlyBanner").isHidden()


def test_unknown_profile_falls_back_to_the_default(editor, catalog):
    sheet = make_sheet()
    sheet.profile = "finnes-ikke"
    editor.set_sheet(sheet)
    assert editor.profile() == catalog.default_profile
