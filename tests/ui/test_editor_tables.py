"""The editor's structured fields: checklists, funding grid, goals, rows and attachments."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)
from qt_helpers import field, find

from prosjektark.domain.sheet import Attachment, FundingLine, Identification, Sheet
from prosjektark.ui.editor import SheetEditor


def make_sheet(phase: str = "PU") -> Sheet:
    return Sheet(profile="miljopakken", identification=Identification(phase=phase))


class FakeAttachments:
    def __init__(self) -> None:
        self.opened: list[Attachment] = []

    def add(self, source: Path) -> Attachment:
        if source.suffix == ".exe":
            raise ValueError("Filtypen er ikke tillatt.")
        return Attachment(id=f"id-{source.stem}", filename=source.name, sha256="a" * 64, size=2048)

    def open(self, attachment: Attachment) -> None:
        self.opened.append(attachment)


@pytest.fixture
def handler() -> FakeAttachments:
    return FakeAttachments()


@pytest.fixture
def editor(qtbot, catalog, handler):
    widget = SheetEditor(catalog, handler)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.set_sheet(make_sheet())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_checklist_justification_appears_for_not_relevant(editor, qtbot):
    editor.show_step("arealbruk")
    combo = field(editor, "land_use.answers.zoning_status", QComboBox)
    justification = field(editor, "land_use.answers.zoning_status.justification", QPlainTextEdit)
    assert justification.isHidden()
    before = editor.navigator.status("arealbruk")

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Ja, i tråd med gjeldende plan"
    assert editor.sheet().land_use.answers["zoning_status"].answer == "ja"
    assert justification.isHidden()

    qtbot.keyClick(combo, Qt.Key.Key_End)  # "Ikke relevant"
    assert combo.currentText() == "Ikke relevant"
    assert not justification.isHidden()
    assert editor.navigator.status("arealbruk") == before  # answered, but not justified yet

    justification.setFocus()
    qtbot.keyClicks(justification, "Tiltaket ligger i eksisterende veg.")
    answer = editor.sheet().land_use.answers["zoning_status"]
    assert (answer.answer, answer.justification) == (
        "ikke_relevant",
        "Tiltaket ligger i eksisterende veg.",
    )
    n_before = int(before.split()[0])
    assert editor.navigator.status("arealbruk") == f"{n_before - 1} mangler"


def test_checklist_answer_without_justification_hides_it_again(editor, qtbot):
    combo = field(editor, "traffic_safety.answers.vulnerable_users", QComboBox)
    justification = field(
        editor, "traffic_safety.answers.vulnerable_users.justification", QPlainTextEdit
    )
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert not justification.isHidden()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to "— velg —"
    assert justification.isHidden()
    assert "vulnerable_users" not in editor.sheet().traffic_safety.answers


def test_funding_grid_writes_lines_and_sums(editor, qtbot):
    editor.show_step("finansiering")
    qtbot.keyClicks(field(editor, "funding.lines.2027.bompenger", QLineEdit), "2,5")
    qtbot.keyClicks(field(editor, "funding.lines.2028.bompenger", QLineEdit), "3")
    qtbot.keyClicks(field(editor, "funding.lines.2027.statlig", QLineEdit), "1.25")
    lines = {(line.year, line.source): line.amount_mnok for line in editor.sheet().funding.lines}
    assert lines == {
        (2027, "bompenger"): Decimal("2.5"),
        (2028, "bompenger"): Decimal("3"),
        (2027, "statlig"): Decimal("1.25"),
    }
    assert find(editor, "sum:funding.lines.bompenger", QLabel).text() == "5,5"
    assert find(editor, "sum:funding.lines.2027", QLabel).text() == "3,75"
    assert find(editor, "sum:funding.lines", QLabel).text() == "6,75"
    assert editor.navigator.status("finansiering") == "✓ utfylt"  # bool counts as answered

    cell = field(editor, "funding.lines.2028.bompenger", QLineEdit)
    qtbot.keyClicks(cell, "x")
    assert cell.property("invalid")
    assert len(editor.sheet().funding.lines) == 3
    cell.selectAll()
    qtbot.keyClick(cell, Qt.Key.Key_Delete)
    assert len(editor.sheet().funding.lines) == 2
    assert find(editor, "sum:funding.lines", QLabel).text() == "3,75"


def test_funding_grid_shows_existing_lines_and_uses_profile_years(editor, catalog):
    sheet = make_sheet()
    sheet.funding.lines = [
        FundingLine(year=2029, source="kommunal", amount_mnok=Decimal("1000.5")),
        FundingLine(year=2031, source="annen", amount_mnok=Decimal("2")),
    ]
    editor.set_sheet(sheet)
    assert field(editor, "funding.lines.2029.kommunal", QLineEdit).text() == "1000,5"
    assert editor.findChild(QLineEdit, "field:funding.lines.2031.annen") is None
    assert find(editor, "sum:funding.lines.kommunal", QLabel).text() == "1\u00a0000,5"
    years = catalog.profile("miljopakken").years
    assert all(editor.findChild(QLineEdit, f"field:funding.lines.{y}.statlig") for y in years)


def test_goal_scores(editor, qtbot):
    editor.show_step("maloppnaelse")
    score = field(editor, "goals.klima.score", QComboBox)
    text = field(editor, "goals.klima.justification", QLineEdit)
    assert not text.isEnabled()
    score.setFocus()
    qtbot.keyClick(score, Qt.Key.Key_End)  # 3 – stort
    assert text.isEnabled()
    qtbot.keyClicks(text, "Flere sykler")
    [goal] = editor.sheet().goals
    assert (goal.goal, goal.score, goal.justification) == ("klima", 3, "Flere sykler")
    assert editor.navigator.status("maloppnaelse") == "✓ utfylt"
    qtbot.keyClick(score, Qt.Key.Key_Home)
    assert editor.sheet().goals == []


def test_cost_items_add_edit_remove_and_expected_cost(editor, qtbot):
    editor.show_step("kostnad")
    qtbot.mouseClick(find(editor, "add:cost.items", QPushButton), Qt.MouseButton.LeftButton)
    assert len(editor.sheet().cost.items) == 1
    qtbot.keyClicks(field(editor, "cost.items[0].name", QLineEdit), "Sykkelveg")
    qtbot.keyClicks(field(editor, "cost.items[0].low", QLineEdit), "8")
    qtbot.keyClicks(field(editor, "cost.items[0].most_likely", QLineEdit), "10,5")
    qtbot.keyClicks(field(editor, "cost.items[0].high", QLineEdit), "15")
    item = editor.sheet().cost.items[0]
    assert (item.name, item.low, item.most_likely, item.high) == (
        "Sykkelveg",
        Decimal("8"),
        Decimal("10.5"),
        Decimal("15"),
    )
    result = find(editor, "result:cost.items", QLabel)
    assert "Beregnet forventet kostnad" in result.text()
    use = find(editor, "use:cost.items", QPushButton)
    assert not use.isHidden()
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    expected = editor.sheet().cost.expected_cost_mnok
    assert expected is not None and expected > Decimal("10")
    shown = field(editor, "cost.expected_cost_mnok", QLineEdit).text()
    assert Decimal(shown.replace(",", ".")) == expected

    bad = field(editor, "cost.items[0].high", QLineEdit)
    qtbot.keyClicks(bad, "abc")
    assert bad.property("invalid") and editor.sheet().cost.items[0].high == Decimal("15")

    qtbot.mouseClick(find(editor, "remove:cost.items[0]", QPushButton), Qt.MouseButton.LeftButton)
    assert editor.sheet().cost.items == []


def test_risks_and_milestones_rows(editor, qtbot):
    editor.set_sheet(make_sheet(phase="DP"))
    assert editor.navigator.status("risiko") == "1 mangler"
    qtbot.mouseClick(find(editor, "add:risks", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(editor, "risks[0].description", QLineEdit), "Grunnforhold")
    probability = field(editor, "risks[0].probability")
    probability.setFocus()
    qtbot.keyClick(probability, Qt.Key.Key_Up)
    qtbot.keyClicks(field(editor, "risks[0].mitigation", QLineEdit), "Provegraving")
    risk = editor.sheet().risks[0]
    assert (risk.description, risk.probability, risk.mitigation) == (
        "Grunnforhold",
        4,
        "Provegraving",
    )
    assert editor.navigator.status("risiko") == "✓ utfylt"

    qtbot.mouseClick(
        find(editor, "add:progress.milestones", QPushButton), Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(field(editor, "progress.milestones[0].name", QLineEdit), "Byggestart")
    qtbot.keyClicks(field(editor, "progress.milestones[0].date", QLineEdit), "1.4.2028")
    done = field(editor, "progress.milestones[0].done", QCheckBox)
    done.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Space)
    milestone = editor.sheet().progress.milestones[0]
    assert (milestone.name, str(milestone.date), milestone.done) == (
        "Byggestart",
        "2028-04-01",
        True,
    )


def test_treatment_political_follows_the_body(editor, qtbot):
    qtbot.mouseClick(find(editor, "add:treatments", QPushButton), Qt.MouseButton.LeftButton)
    body = field(editor, "treatments[0].body", QComboBox)
    political = field(editor, "treatments[0].political", QCheckBox)
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End)  # "Politisk behandling hos partene"
    assert editor.sheet().treatments[0].body == "politisk"
    assert political.isChecked() and editor.sheet().treatments[0].political
    qtbot.keyClick(body, Qt.Key.Key_Up)  # Kontaktutvalget
    assert not political.isChecked() and not editor.sheet().treatments[0].political
    qtbot.keyClicks(field(editor, "treatments[0].decision", QLineEdit), "Vedtatt")
    assert editor.sheet().treatments[0].decision == "Vedtatt"


def test_attachments_add_open_describe_remove(editor, qtbot, handler, monkeypatch):
    from prosjektark.ui.editor.attachments_widget import AttachmentsEditor, QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    monkeypatch.setattr(
        AttachmentsEditor,
        "choose_files",
        lambda self: [Path("/tmp/skisse.pdf"), Path("/tmp/virus.exe")],
    )
    editor.show_step("vedlegg")
    add = find(editor, "attachments:add", QPushButton)
    assert add.text() == "Legg til vedlegg …"
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [a.filename for a in editor.sheet().attachments] == ["skisse.pdf"]
    assert warnings and "Filtypen er ikke tillatt." in warnings[0]
    listing = field(editor, "attachments", QListWidget)
    assert listing.count() == 1 and "skisse.pdf" in listing.item(0).text()

    qtbot.keyClicks(field(editor, "attachments.description", QLineEdit), "Skisse")
    assert editor.sheet().attachments[0].description == "Skisse"
    qtbot.mouseClick(find(editor, "attachments:open", QPushButton), Qt.MouseButton.LeftButton)
    assert [a.filename for a in handler.opened] == ["skisse.pdf"]
    qtbot.mouseClick(find(editor, "attachments:remove", QPushButton), Qt.MouseButton.LeftButton)
    assert editor.sheet().attachments == []


def test_without_a_handler_attachments_cannot_be_added(qtbot, catalog):
    editor = SheetEditor(catalog)
    qtbot.addWidget(editor)
    editor.set_sheet(make_sheet())
    assert not find(editor, "attachments:add", QPushButton).isEnabled()


def test_read_only_tables(editor, qtbot):
    sheet = make_sheet()
    sheet.funding.lines = [FundingLine(year=2027, source="statlig", amount_mnok=Decimal(1))]
    editor.set_sheet(sheet)
    editor.set_read_only(True)
    # Read-only combos stay enabled (readable, not greyed out) but refuse changes.
    answer = field(editor, "land_use.answers.zoning_status")
    assert answer.isReadOnly() and answer.isEnabled()
    before = answer.currentIndex()
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_Down)
    assert answer.currentIndex() == before
    assert not find(editor, "add:risks").isEnabled()
    assert not find(editor, "attachments:add").isEnabled()
    assert field(editor, "goals.klima.score").isReadOnly()
    cell = field(editor, "funding.lines.2027.statlig", QLineEdit)
    assert cell.isReadOnly() and cell.text() == "1,0"  # shown as every amount is shown


def test_cost_items_show_p50_p85_and_the_working(editor, qtbot):
    from decimal import Decimal as D

    from prosjektark.domain.sheet import CostItem

    sheet = editor.sheet()
    sheet.cost.items = [
        CostItem(name="Grunnerverv", low=D("10"), most_likely=D("12"), high=D("20")),
        CostItem(name="Bygg", low=D("30"), most_likely=D("35"), high=D("50")),
    ]
    editor.set_sheet(sheet)
    editor.show_step("kostnad")
    result = find(editor, "result:cost.items")
    assert "P50" in result.text() and "P85" in result.text()
    working = find(editor, "workings:cost.items")
    button = find(editor, "working:cost.items")
    assert not working.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert working.isVisible()
    assert "Grunnerverv" in working.text() and "P10" in working.text()
