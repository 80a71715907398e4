"""The Portefølje workspace (issue 11): a scenario of delivered sheets, included, moved and
shifted by keyboard with undo, balanced against the frames (the balance is checked
against sums worked out by hand), saved and reloaded, a conflict between two users
reported without losing work, frames imported (a bad file refused line by line), stale
entries shown and updated only on purpose."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.portfolio import new_scenario
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.domain.sheet import Acknowledgement, FundingLine, Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.secretariat.frames_dialog import FramesDialog
from prosjektark.ui.secretariat.portfolio_model import (
    B_FRAME,
    B_LEFT,
    B_PARTY,
    B_SOURCE,
    B_STATUS,
    B_USED,
    B_YEAR,
    NOT_COMPARABLE,
)
from prosjektark.ui.secretariat.portfolio_page import (
    UNSAVED_TEXT,
    PortfolioPage,
    ReasonDialog,
)

D = Decimal
WG = Actor("Kari Arbeidsgruppe", "aa" * 32)
SEC = Actor("Ola Sekretær", "bb" * 32)
OTHER = Actor("Siri Sekretær", "cc" * 32)
PROFILE = "miljopakken"
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "portfolio"


def _open(path: Path, actor: Actor) -> Store:
    store = Store.open(path / "db.sqlite3", path / "vedlegg")
    store.actor = lambda: actor
    return store


@pytest.fixture
def store(tmp_path: Path):
    opened = _open(tmp_path, SEC)
    yield opened
    opened.close()


def deliver(store: Store, catalog, sheet: Sheet, state: str = "til_vurdering") -> None:
    """As the intake does it: a signed revision received from the working group, then
    moved on by the secretariat into a state the portfolio takes in."""
    review = catalog.profile(sheet.profile).review
    stored = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, WG, review, "pakke")
    if state != review.received:
        store.change_review_state(sheet.id, state, review)


def sheet_with(catalog, title: str, lines, municipality: str, party: str, **cost) -> Sheet:
    base = next(s for s in example_sheets(catalog) if s.profile == PROFILE)
    sheet = base.model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.is_example = False
    sheet.revision = 0
    sheet.identification.title = title
    sheet.identification.municipalities = [municipality]
    sheet.identification.responsible_party = party
    sheet.funding.lines = [FundingLine(year=y, source=s, amount_mnok=D(a)) for y, s, a in lines]
    for key, value in cost.items():
        setattr(sheet.cost, key, value)
    return acknowledged(sheet, catalog)


def acknowledged(sheet: Sheet, catalog) -> Sheet:
    """Every warning acknowledged, as a working group does before delivering: only what
    the test sets (a wrong price year) keeps a sheet from being compared."""
    from prosjektark.domain.rules import check_sheet

    sheet.acknowledgements = [
        Acknowledgement(code=f.code, field=f.field, comment="Kjent.", by="Kari", at=sheet.modified)
        for f in check_sheet(sheet, catalog)
        if f.severity == "warning"
    ]
    return sheet


@pytest.fixture
def sheets(store, catalog) -> dict[str, Sheet]:
    """A: 10 toll money 2027 and 5 state money 2028 (Trondheim); B: 7,5 toll money 2027
    (Malvik); C: 3 state money 2027 and 4 toll money 2028, in 2024 kroner (flagged)."""
    made = {
        "A": sheet_with(
            catalog,
            "Sykkelveg Lade",
            [(2027, "bompenger", "10"), (2028, "statlig", "5")],
            "Trondheim",
            "Trondheim kommune",
        ),
        "B": sheet_with(
            catalog, "Fortau Hommelvik", [(2027, "bompenger", "7.5")], "Malvik", "Malvik kommune"
        ),
        "C": sheet_with(
            catalog,
            "Holdeplass Melhus",
            [(2027, "statlig", "3"), (2028, "bompenger", "4")],
            "Melhus",
            "Melhus kommune",
            price_year=2024,
        ),
    }
    for sheet in made.values():
        deliver(store, catalog, sheet)
    return made


FRAMES = [
    FrameLine(2027, "bompenger", "", D("15")),
    FrameLine(2027, "statlig", "", D("10")),
    FrameLine(2028, "bompenger", "", D("20")),
    FrameLine(2028, "statlig", "", D("10")),
    FrameLine(2027, "bompenger", "Malvik", D("5")),
]


@pytest.fixture
def framed(store, sheets):
    store.set_frames(PROFILE, FRAMES, expected_version=0)
    return sheets


def open_page(qtbot, store, catalog, size=(1280, 720)) -> PortfolioPage:
    page = PortfolioPage(store, catalog)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    assert page.profile is not None and page.profile.id == PROFILE
    return page


def balance(page: PortfolioPage) -> dict[tuple[str, str, str], tuple[str, str, str, str]]:
    """The balance table as shown: (year, source, party) -> (frame, used, left, status)."""
    model = page.balance_model
    return {
        (model.text(r, B_YEAR), model.text(r, B_SOURCE), model.text(r, B_PARTY)): (
            model.text(r, B_FRAME),
            model.text(r, B_USED),
            model.text(r, B_LEFT),
            model.text(r, B_STATUS),
        )
        for r in range(model.rowCount())
    }


def used(page: PortfolioPage, year: int, source: str, party: str = "Hele programmet") -> str:
    return balance(page)[(str(year), source, party)][1]


def m(value: str) -> str:
    return format_mnok(D(value), unit=False)


def answer_reason(qtbot, reason: str, seen: list[str]) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReasonDialog)
        seen.append(dialog.windowTitle())
        dialog.text.setPlainText(reason)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, answer)


def select(page: PortfolioPage, sheet: Sheet) -> None:
    page.table.setFocus()
    page.select(sheet.id)
    assert page.selected_sheet() == sheet.id


def key(qtbot, page: PortfolioPage, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(page.table, k, mods)


def test_toggle_move_shift_and_undo_keep_the_balance_equal_to_hand_sums(
    qtbot, store, catalog, framed
):
    a, b, c = framed["A"], framed["B"], framed["C"]
    page = open_page(qtbot, store, catalog)
    # All three in: 2027 toll money 10 + 7,5 = 17,5 against 15: over by 2,5, said in words.
    assert used(page, 2027, "Bompenger") == m("17.5")
    frame, _used, left, status = balance(page)[("2027", "Bompenger", "Hele programmet")]
    assert (frame, left) == (m("15"), m("-2.5"))
    assert status == f"Over rammen med {format_mnok(D('2.5'))}"
    assert used(page, 2027, "Bompenger", "Malvik") == m("7.5")  # Malvik's pot: B only
    assert used(page, 2027, "Statlige midler") == m("3")
    assert used(page, 2028, "Statlige midler") == m("5")
    assert used(page, 2028, "Bompenger") == m("4")
    assert "Over rammen" in page.over_label.text()

    # Space on B asks why, Ctrl+Enter accepts: B is out with its reason.
    select(page, b)
    seen: list[str] = []
    answer_reason(qtbot, "Ikke byggeklart", seen)
    key(qtbot, page, Qt.Key.Key_Space)
    assert seen == ["Ta ut av scenarioet"]
    entry = page.model.scenario.entry(b.id)
    assert not entry.included and entry.reason == "Ikke byggeklart"
    assert used(page, 2027, "Bompenger") == m("10")
    assert used(page, 2027, "Bompenger", "Malvik") == m("0")
    assert balance(page)[("2027", "Bompenger", "Hele programmet")][3].startswith("Under rammen")
    assert page.unsaved_label.text() == UNSAVED_TEXT
    row = page.model.table_row_of(b.id)
    assert page.model.text(row, page.model.column("reason")) == "Ikke byggeklart"

    # Ctrl+Right shifts A's funding a year later: 2027 -> 2028, 2028 -> 2029.
    select(page, a)
    key(qtbot, page, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.model.scenario.entry(a.id).shift_years == 1
    assert used(page, 2027, "Bompenger") == m("0")
    assert used(page, 2028, "Bompenger") == m("14")  # 4 (C) + 10 (A)
    assert used(page, 2028, "Statlige midler") == m("0")
    assert used(page, 2029, "Statlige midler") == m("5")
    # No frame in 2029: the row says so in words.
    frame_2029, _u, left_2029, status_2029 = balance(page)[
        ("2029", "Statlige midler", "Hele programmet")
    ]
    assert frame_2029 == "ingen ramme" and left_2029 == ""
    assert status_2029 == "Over: brukt uten ramme"
    row = page.model.table_row_of(a.id)
    assert page.model.text(row, page.model.column("shift")) == "+1 år"
    assert page.model.text(row, page.model.column("year", 2028)) == m("10")

    # Alt+Down moves A one place down in the rank.
    first = page.model.scenario.entries[0].sheet_id
    select(page, _sheet(framed, first))
    key(qtbot, page, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert page.model.scenario.entries[1].sheet_id == first
    assert page.selected_sheet() == first

    # Undo all three, in reverse: back to where it started, balance and all.
    assert page.undo_stack.index() == 3
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.undo_stack.index() == 0
    assert page.model.scenario.entries[0].sheet_id == first
    assert page.model.scenario.entry(a.id).shift_years == 0
    assert page.model.scenario.entry(b.id).included
    assert used(page, 2027, "Bompenger") == m("17.5")
    assert used(page, 2028, "Bompenger") == m("4")
    assert used(page, 2027, "Bompenger", "Malvik") == m("7.5")
    assert not page.is_dirty()
    # And redo (Ctrl+Shift+Z) takes B out again without asking.
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not page.model.scenario.entry(b.id).included
    assert used(page, 2027, "Bompenger") == m("10")
    assert c.id in {e.sheet_id for e in page.model.scenario.entries}


def _sheet(sheets: dict[str, Sheet], sheet_id: uuid.UUID) -> Sheet:
    return next(s for s in sheets.values() if s.id == sheet_id)


def test_the_balance_follows_the_scenario_not_a_recompute(qtbot, store, catalog, framed):
    """The page keeps one Balance and updates it: the same object before and after."""
    page = open_page(qtbot, store, catalog)
    kept = page.model.balance
    page.set_included(framed["A"].id, False, reason="For dyrt")
    assert page.model.balance is kept
    assert kept.cells[(2027, "bompenger", "")].used == D("7.5")


def test_a_scenario_is_saved_reloaded_and_records_who_changed_what(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    assert page.unsaved_label.text() == "Nytt, ikke lagret"
    assert page.save_as("Forslag A")
    page.set_included(framed["C"].id, False, reason="Feil prisår")
    page.set_included(framed["A"].id, True)  # already in: nothing happens
    assert page.is_dirty()
    assert page.save()
    assert not page.is_dirty()
    assert page.unsaved_label.text() == "Lagret"

    other = open_page(qtbot, store, catalog)
    assert other.model.scenario.name == "Forslag A"
    entry = other.model.scenario.entry(framed["C"].id)
    assert not entry.included and entry.reason == "Feil prisår"
    assert used(other, 2027, "Statlige midler") == m("0")
    changes = store.scenario_changes(other.model.scenario.id)
    assert [c.who for c in changes] == [SEC.name, SEC.name]
    assert "Tok ut «Holdeplass Melhus» (Feil prisår)" in changes[-1].text


def test_two_users_saving_the_same_scenario_is_a_conflict_and_no_work_is_lost(
    qtbot, tmp_path, store, catalog, framed
):
    first = open_page(qtbot, store, catalog)
    assert first.save_as("Felles")
    second_store = _open(tmp_path, OTHER)
    try:
        second = open_page(qtbot, second_store, catalog)
        assert second.model.scenario.name == "Felles"
        second.set_included(framed["B"].id, False, reason="Siri tok den ut")
        assert second.save()

        select(first, framed["A"])
        assert first.shift_selected(1)
        assert not first.save()
        assert first.bar.isVisible()
        assert OTHER.name in first.bar.label.text()
        # The first user's change is still there, unsaved, until they choose.
        assert first.model.scenario.entry(framed["A"].id).shift_years == 1
        assert first.is_dirty()
        # Kept as a new scenario: nothing lost, and the other's save untouched.
        assert first.save_as("Felles – Olas forslag")
        kept = store.find_scenario("Felles – Olas forslag", PROFILE)
        assert kept is not None and kept.entry(framed["A"].id).shift_years == 1
        theirs = store.find_scenario("Felles", PROFILE)
        assert not theirs.entry(framed["B"].id).included
        assert theirs.entry(framed["A"].id).shift_years == 0
    finally:
        second_store.close()


def test_reload_after_a_conflict_asks_before_dropping_changes(
    qtbot, tmp_path, store, catalog, framed
):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Felles")
    second_store = _open(tmp_path, OTHER)
    try:
        scenario = second_store.find_scenario("Felles", PROFILE)
        second_store.save_scenario(scenario, "Siri endret", expected_version=scenario.version)
    finally:
        second_store.close()
    page.set_included(framed["A"].id, False, reason="Ola")
    assert not page.save()

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    assert not page.reload_scenario()
    assert not page.model.scenario.entry(framed["A"].id).included  # still there

    def discard() -> None:
        box = QApplication.activeModalWidget()
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(0, discard)
    assert page.reload_scenario()
    assert page.model.scenario.entry(framed["A"].id).included
    assert page.model.scenario.version == 2
    assert not page.is_dirty()


def test_switching_scenario_with_unsaved_changes_asks_first(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Første")
    assert page.new_scenario("Andre")
    assert page.model.scenario.name == "Andre"
    page.set_included(framed["A"].id, False, reason="Prøver")
    first = page.scenario_box.findText("Første")

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "ikke lagret" in box.text()
        next(b for b in box.buttons() if b.text() == "Avbryt").click()

    QTimer.singleShot(0, cancel)
    page.scenario_box.setCurrentIndex(first)
    assert page.model.scenario.name == "Andre" and page.is_dirty()
    assert page.scenario_box.currentText() == "Andre"


def test_ranking_puts_sheets_that_cannot_be_compared_last_and_marked(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    page.rank_box.setCurrentIndex(page.rank_box.findData("total"))
    entries = page.model.scenario.entries
    if entries[-1].sheet_id == framed["C"].id:
        # Already last by the profile's order: put it first by hand to see «Ranger» work.
        page.model.set_order((entries[-1], *entries[:-1]))
    page.rank()
    assert page.model.scenario.entries[-1].sheet_id == framed["C"].id
    row = page.model.table_row_of(framed["C"].id)
    flags = page.model.text(row, page.model.column("flags"))
    assert flags.startswith(f"{NOT_COMPARABLE}:") and "2024-kroner" in flags


def test_frames_import_is_refused_with_every_bad_line(qtbot, store, catalog, framed, tmp_path):
    profile = catalog.profile(PROFILE)
    dialog = FramesDialog(store, profile)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(FRAMES)
    bad = tmp_path / "rammer.csv"
    bad.write_text(
        "år;kilde;part;beløp_mnok\n"
        "2027;bompenger;;100,5\n"
        "2035;bompenger;;10\n"
        "2028;gullgruve;;5\n"
        "2029;statlig;;-3\n",
        encoding="utf-8",
    )
    assert not dialog.import_file(bad)
    text = dialog.problems.toPlainText()
    assert dialog.problems.isVisibleTo(dialog)
    assert "Linje 3" in text and "2035" in text
    assert "Linje 4" in text and "gullgruve" in text
    assert "Linje 5" in text and "negativt" in text
    assert "Linje 2" not in text
    assert dialog.table.rowCount() == len(FRAMES)  # the table is as it was

    good = tmp_path / "gode.csv"
    good.write_text(
        "\ufeffår;kilde;part;beløp_mnok\r\n2027;bompenger;;100,5\r\n2027;statlig;Malvik;2\r\n",
        encoding="utf-8",
    )
    assert dialog.import_file(good)
    assert dialog.table.rowCount() == 2
    assert dialog.save()
    assert store.frames(PROFILE) == [
        FrameLine(2027, "bompenger", "", D("100.5")),
        FrameLine(2027, "statlig", "Malvik", D("2")),
    ]
    out = tmp_path / "ut.csv"
    assert dialog.export_file(out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "2027;bompenger;;100,5" in out.read_text(encoding="utf-8-sig")


def test_frames_saved_by_someone_else_first_is_a_conflict(qtbot, tmp_path, store, catalog, framed):
    profile = catalog.profile(PROFILE)
    dialog = FramesDialog(store, profile)
    qtbot.addWidget(dialog)
    other = _open(tmp_path, OTHER)
    try:
        other.set_frames(PROFILE, FRAMES[:1], expected_version=other.frames_version(PROFILE))
    finally:
        other.close()
    dialog.line_widgets(0)[3].setText("99")
    assert not dialog.save()
    assert OTHER.name in dialog.problems.toPlainText()
    assert dialog.reload_button.isVisibleTo(dialog)
    assert dialog.line_widgets(0)[3].text() == "99"  # kept until the user reloads
    dialog.load()
    assert dialog.table.rowCount() == 1


def test_a_new_delivery_leaves_the_scenario_alone_until_taken_on_purpose(
    qtbot, store, catalog, framed
):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    a = framed["A"]
    newer = store.load(a.id)
    newer.funding.lines = [FundingLine(year=2027, source="bompenger", amount_mnok=D("2"))]
    deliver(store, catalog, newer, state="mottatt")
    assert store.review_status(a.id).state == "til_vurdering"
    page.reload()
    assert page.stale_bar.isVisible()
    assert "Revisjon 2 er levert" in page.stale_bar.label.text()
    assert used(page, 2027, "Bompenger") == m("17.5")  # still revision 1's 10
    row = page.model.table_row_of(a.id)
    assert "Revisjon 2 er levert" in page.model.text(row, page.model.column("flags"))
    select(page, a)
    assert page.use_new_revision()
    assert used(page, 2027, "Bompenger") == m("9.5")  # 2 + 7,5
    assert used(page, 2028, "Statlige midler") == m("0")
    assert not page.stale_bar.isVisible()
    page.undo_stack.undo()
    assert used(page, 2027, "Bompenger") == m("17.5")


def test_a_withdrawn_sheet_is_named_in_the_banner(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    store.change_review_state(framed["B"].id, "trukket", catalog.profile(PROFILE).review)
    page.set_states(["til_vurdering", "trukket"])
    page.reload()
    assert "«Fortau Hommelvik»: Arket er trukket." in page.stale_bar.label.text()
    assert used(page, 2027, "Bompenger") == m("17.5")  # never silently recomputed


def test_the_reassessment_view_shows_old_grants_without_construction(qtbot, store, catalog, framed):
    old = sheet_with(catalog, "Gammel bevilgning", [(2027, "statlig", "1")], "Skaun", "")
    old.funding.granted_date = date(2019, 3, 1)
    old.progress.construction_start = None
    deliver(store, catalog, old)
    page = open_page(qtbot, store, catalog)
    page.reassess_box.setChecked(True)
    shown = {
        page.model.sheet_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
        for r in range(page.proxy.rowCount())
    }
    assert shown == {old.id}
    row = page.model.table_row_of(old.id)
    assert "Til ny vurdering: Midlene ble bevilget 01.03.2019" in page.model.text(
        row, page.model.column("flags")
    )
    page.reassess_box.setChecked(False)
    assert page.proxy.rowCount() == 4


def test_grouping_by_municipality_keeps_headings_with_their_sheets(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    page.set_grouping("municipality")
    headings = [page.model.text(r, 0) for r in page.model.heading_rows()]
    # In the programme's own order (its profile lists Trondheim first), as the proposal.
    assert [h.split(" (")[0] for h in headings] == ["Trondheim", "Malvik", "Melhus"]
    page.filter_box.setText("Lade")
    assert page.proxy.rowCount() == 2  # Trondheim's heading and the sheet


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_screenshot_of_a_scenario_over_its_frame(qtbot, store, catalog, framed, size):
    """For looking at: the balance must be visible at 1280×720 without scrolling the page."""
    page = open_page(qtbot, store, catalog, size)
    page.set_grouping("action_area")
    assert page.save_as("Forslag til handlingsprogram")
    select(page, framed["A"])
    page.shift_selected(1)
    QApplication.processEvents()
    lower = page.balance_table
    top_left = lower.mapTo(page, lower.rect().topLeft())
    # The balance table starts inside the page and shows several rows.
    assert 0 < top_left.y() < size[1] - 4 * lower.verticalHeader().defaultSectionSize()
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"portefolje_{size[0]}x{size[1]}.png"
    assert page.grab().save(str(path))
    assert "Over rammen" in page.over_label.text()


def test_nr_counts_the_included_sheets_as_the_proposal_does(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    page.set_grouping("")
    first = page.model.scenario.entries[0].sheet_id
    rank = page.model.column("rank")
    shown = {page.model.sheet_at(r): page.model.text(r, rank) for r in range(page.model.rowCount())}
    assert sorted(shown.values()) == ["1", "2", "3"]
    page.set_included(first, False, reason="Ikke byggeklart")
    shown = {page.model.sheet_at(r): page.model.text(r, rank) for r in range(page.model.rowCount())}
    assert shown[first] == "–" and sorted(v for v in shown.values() if v != "–") == ["1", "2"]
    page.undo_stack.undo()
    shown = {page.model.sheet_at(r): page.model.text(r, rank) for r in range(page.model.rowCount())}
    assert shown[first] == "1"


def test_excluding_needs_a_reason(qtbot, store, catalog, framed):
    dialog = ReasonDialog("Sykkelveg Lade")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.text.setPlainText("  For   dyrt ")
    assert dialog.reason() == "For dyrt"


def test_two_scenarios_compared_side_by_side_and_the_change_log(qtbot, store, catalog, framed):
    from prosjektark.ui.secretariat.compare_dialog import CompareDialog
    from prosjektark.ui.secretariat.portfolio_page import ChangesDialog

    page = open_page(qtbot, store, catalog)
    assert page.save_as("Alt med")
    assert page.save_as("Uten Lade")
    page.set_included(framed["A"].id, False, reason="Venter på regulering")
    assert page.save()
    stored = store.scenarios(PROFILE)
    dialog = CompareDialog(
        store,
        catalog,
        page.profile,
        stored,
        page.model.latest_items(),
        page.model.frames,
    )
    qtbot.addWidget(dialog)
    dialog.a_box.setCurrentIndex(dialog.a_box.findText("Alt med"))
    dialog.b_box.setCurrentIndex(dialog.b_box.findText("Uten Lade"))
    diff = dialog.diff_table
    assert diff.rowCount() == 1
    assert diff.item(0, 0).text() == "Sykkelveg Lade"
    assert diff.item(0, 3).text() == "Ja"
    assert diff.item(0, 4).text() == "Nei: Venter på regulering"
    rows = {
        (
            dialog.balance_table.item(r, 0).text(),
            dialog.balance_table.item(r, 1).text(),
            dialog.balance_table.item(r, 2).text(),
        ): r
        for r in range(dialog.balance_table.rowCount())
    }
    r = rows[("2027", "Bompenger", "Hele programmet")]
    cells = [dialog.balance_table.item(r, c).text() for c in range(3, 8)]
    assert cells == [m("15"), m("17.5"), f"{m('-2.5')} (over)", m("7.5"), m("7.5")]

    changes = ChangesDialog(store, page.model.scenario)
    qtbot.addWidget(changes)
    texts = [changes.table.item(r, 3).text() for r in range(changes.table.rowCount())]
    assert len(texts) == 2 and "Tok ut «Sykkelveg Lade» (Venter på regulering)" in texts[1]
    assert changes.table.item(1, 1).text().startswith(SEC.name)


def test_the_proposal_is_exported_from_the_stored_scenario_only(
    qtbot, store, catalog, framed, tmp_path
):
    from prosjektark.exchange.export import ExportError

    page = open_page(qtbot, store, catalog)
    with pytest.raises(ExportError, match="Lagre scenarioet"):
        page.export_proposal(tmp_path)
    assert page.save_as("Hovedalternativ")
    page.set_included(framed["C"].id, False, reason="Feil prisår")
    with pytest.raises(ExportError, match="ikke er lagret"):
        page.export_proposal(tmp_path)
    assert page.save()
    written = page.export_proposal(tmp_path / "ut")
    assert {p.suffix for p in written} >= {".pdf", ".xlsx"}
    assert all(p.exists() for p in written)


# ---------------------------------------------------------------------------- review 11


def _workbook(written: list[Path]):
    from openpyxl import load_workbook

    (xlsx,) = [p for p in written if p.suffix == ".xlsx"]
    return load_workbook(xlsx, data_only=True)


def _balance_cells(wb) -> dict[tuple[int, str, str], tuple[float | None, float]]:
    from prosjektark.exchange.proposal import BALANCE_SHEET

    rows = wb[BALANCE_SHEET].iter_rows(min_row=2, values_only=True)
    return {(y, s, p): (frame, used) for y, s, p, frame, used, *_ in rows}


def test_the_proposal_uses_the_frames_and_withdrawals_stored_at_export(
    qtbot, tmp_path, store, catalog, framed
):
    """Another secretary changes the frames and withdraws a sheet while the page is open:
    the proposal is made from what is stored at export, and the page says so."""
    from prosjektark.exchange.proposal import CHANGED_SHEET

    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    other = _open(tmp_path, OTHER)
    try:
        other.set_frames(
            PROFILE,
            [FrameLine(2027, "bompenger", "", D("40")), FrameLine(2027, "statlig", "", D("2"))],
            expected_version=other.frames_version(PROFILE),
        )
        other.change_review_state(framed["B"].id, "trukket", catalog.profile(PROFILE).review)
    finally:
        other.close()
    wb = _workbook(page.export_proposal(tmp_path / "ut"))
    cells = _balance_cells(wb)
    assert cells[(2027, "Bompenger", "Hele programmet")] == (40, 17.5)
    assert cells[(2027, "Statlige midler", "Hele programmet")] == (2, 3)
    assert (2028, "Bompenger", "Hele programmet") not in cells or cells[
        (2028, "Bompenger", "Hele programmet")
    ][0] is None
    changed = {r[0]: r[3] for r in wb[CHANGED_SHEET].iter_rows(min_row=2, values_only=True)}
    assert changed == {"Fortau Hommelvik": "Arket er trukket."}
    # The page shows the frames the proposal used, and says that they changed.
    assert {f.key: f.amount_mnok for f in page.model.frames} == {
        (2027, "bompenger", ""): D("40"),
        (2027, "statlig", ""): D("2"),
    }
    assert balance(page)[("2027", "Bompenger", "Hele programmet")][0] == m("40")
    assert (
        page.bar.isVisible() and "er endret siden porteføljen ble lest inn" in page.bar.label.text()
    )
    assert "«Fortau Hommelvik»: Arket er trukket." in page.stale_bar.label.text()


def test_the_proposal_is_what_the_stored_scenario_says(qtbot, tmp_path, store, catalog, framed):
    """Someone else saved a newer version of the scenario: the proposal is that version."""
    from prosjektark.exchange.proposal import LEFT_OUT_SHEET

    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    other = _open(tmp_path, OTHER)
    try:
        theirs = other.find_scenario("Forslag", PROFILE)
        entry = theirs.entry(framed["A"].id)
        changed = theirs.with_entry(replace(entry, included=False, reason="For dyrt"))
        other.save_scenario(changed, "Tok ut Lade", expected_version=theirs.version)
    finally:
        other.close()
    wb = _workbook(page.export_proposal(tmp_path / "ut"))
    left = [" ".join(map(str, r)) for r in wb[LEFT_OUT_SHEET].iter_rows(values_only=True)]
    assert any("Sykkelveg Lade" in row and "For dyrt" in row for row in left)
    assert "versjon 2" in page.bar.label.text()


def test_the_reassessment_list_is_the_scenarios_sheets_as_the_cli_makes_it(
    qtbot, tmp_path, store, catalog, framed
):
    """An old grant outside the scenario (not in the portfolio's states) is not in the
    proposal's reassessment list; one in the scenario is."""
    from prosjektark.exchange.proposal import REASSESS_SHEET

    inside = sheet_with(catalog, "Gammel bevilgning", [(2027, "statlig", "1")], "Skaun", "")
    inside.funding.granted_date = date(2019, 3, 1)
    inside.progress.construction_start = None
    outside = sheet_with(catalog, "Gammel og utenfor", [(2027, "statlig", "1")], "Skaun", "")
    outside.funding.granted_date = date(2019, 3, 1)
    outside.progress.construction_start = None
    deliver(store, catalog, inside)
    deliver(store, catalog, outside, state="mottatt")
    page = open_page(qtbot, store, catalog)
    assert outside.id not in {e.sheet_id for e in page.model.scenario.entries}
    assert page.model.latest(outside.id).reassess  # shown in the view's own list
    assert page.save_as("Forslag")
    wb = _workbook(page.export_proposal(tmp_path / "ut"))
    again = [r[0] for r in wb[REASSESS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert again == ["Gammel bevilgning"]


def test_proposal_inputs_read_everything_fresh(store, catalog, framed):
    from prosjektark.exchange.portfolio_items import load_portfolio_items, proposal_inputs

    profile = catalog.profile(PROFILE)
    items = load_portfolio_items(store, catalog, PROFILE, states=profile.portfolio.states)
    scenario = store.create_scenario(new_scenario("Forslag", profile, items))
    store.change_review_state(framed["C"].id, "trukket", profile.review)
    version = store.set_frames(PROFILE, FRAMES[:2], expected_version=store.frames_version(PROFILE))
    inputs = proposal_inputs(store, catalog, scenario)
    assert inputs.frames_version == version
    assert {f.key for f in inputs.frames} == {f.key for f in FRAMES[:2]}
    assert inputs.stale == {framed["C"].id: "Arket er trukket."}
    assert set(inputs.items) == {e.sheet_id for e in scenario.entries}
    assert inputs.reassess == []


def test_showing_the_tab_again_reads_withdrawals_and_frames(
    qtbot, tmp_path, store, catalog, framed
):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    select(page, framed["A"])
    page.shift_selected(1)  # unsaved work, which must stay
    review = catalog.profile(PROFILE).review
    store.change_review_state(framed["C"].id, "trukket", review)
    store.set_frames(PROFILE, FRAMES[:1], expected_version=store.frames_version(PROFILE))
    page.ensure_loaded()
    assert page.model.stale() == {framed["C"].id: "Arket er trukket."}
    assert "«Holdeplass Melhus»: Arket er trukket." in page.stale_bar.label.text()
    assert [f.key for f in page.model.frames] == [FRAMES[0].key]
    assert "er endret siden porteføljen ble lest inn" in page.bar.label.text()
    assert page.is_dirty() and page.model.entry_of(framed["A"].id).shift_years == 1


def test_f5_reads_the_portfolio_again_and_keeps_unsaved_work(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    assert page.save_as("Forslag")
    select(page, framed["A"])
    page.shift_selected(1)
    newer = store.load(framed["B"].id)
    newer.funding.lines = [FundingLine(year=2027, source="bompenger", amount_mnok=D("2"))]
    deliver(store, catalog, newer, state="mottatt")  # keeps «til vurdering»
    late = sheet_with(catalog, "Nytt fortau", [(2027, "statlig", "1")], "Skaun", "")
    deliver(store, catalog, late)
    store.set_frames(PROFILE, FRAMES[:1], expected_version=store.frames_version(PROFILE))
    assert page.refresh_action.shortcut() == QKeySequence("F5")
    assert page.refresh_button.text().replace("&", "") == "Les inn på nytt"
    with qtbot.waitActive(page):
        page.activateWindow()
    key(qtbot, page, Qt.Key.Key_F5)
    assert page.model.latest(late.id) is not None
    assert "Revisjon 2 er levert" in page.model.stale()[framed["B"].id]
    assert [f.key for f in page.model.frames] == [FRAMES[0].key]
    assert page.is_dirty() and page.model.entry_of(framed["A"].id).shift_years == 1
    page.undo_stack.undo()
    assert page.model.entry_of(framed["A"].id).shift_years == 0


def test_a_withdrawn_sheet_still_included_shows_whatever_the_state_filter(
    qtbot, store, catalog, framed
):
    page = open_page(qtbot, store, catalog)
    assert "trukket" not in page.checked_states()
    assert page.save_as("Forslag")
    store.change_review_state(framed["B"].id, "trukket", catalog.profile(PROFILE).review)
    page.reload()
    assert "trukket" not in page.checked_states()
    shown = {
        page.model.sheet_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
        for r in range(page.proxy.rowCount())
    }
    assert framed["B"].id in shown


def test_the_over_summary_counts_cells_not_year_totals(qtbot, store, catalog, sheets):
    store.set_frames(
        PROFILE,
        [FrameLine(2027, "bompenger", "", D("1")), FrameLine(2027, "statlig", "", D("1"))],
        expected_version=0,
    )
    page = open_page(qtbot, store, catalog)
    text = page.over_label.text()
    assert text.startswith("Over rammen (")
    assert " sum" not in text
    over = [r for r in page.balance_model.rows() if r.over and r.source]
    assert text.startswith(f"Over rammen ({len(over)}):")


def test_the_reassessment_hint_uses_the_profiles_years(qtbot, store, catalog, framed):
    page = open_page(qtbot, store, catalog)
    years = catalog.profile(PROFILE).inactive_after_years
    assert years
    assert f"minst {years} år" in page.reassess_box.toolTip()


def test_a_revision_the_store_cannot_read_can_be_replaced_by_the_newest(
    qtbot, store, catalog, framed
):
    profile = catalog.profile(PROFILE)
    a = framed["A"]
    entries = (ScenarioEntry(a.id, 7), ScenarioEntry(framed["B"].id, 1))
    store.create_scenario(Scenario(uuid.uuid4(), "Ulesbar", PROFILE, entries))
    page = open_page(qtbot, store, catalog)
    assert page.model.scenario.name == "Ulesbar"
    assert a.id not in page.model.items_by_id()
    assert "Revisjon 1 er levert; scenarioet bruker revisjon 7" in page.model.stale()[a.id]
    assert used(page, 2027, "Bompenger") == m("7.5")
    select(page, a)
    assert page.revision_button.isEnabled()
    assert page.use_new_revision()
    assert used(page, 2027, "Bompenger") == m("17.5")
    assert page.model.entry_of(a.id).revision == 1
    page.undo_stack.undo()
    assert page.model.entry_of(a.id).revision == 7
    assert used(page, 2027, "Bompenger") == m("7.5")
    assert profile.review is not None


def test_an_older_revision_keeps_its_own_signer(store, catalog, framed):
    from prosjektark.exchange.portfolio_items import load_portfolio_items, scenario_items

    profile = catalog.profile(PROFILE)
    items = load_portfolio_items(store, catalog, PROFILE, states=profile.portfolio.states)
    scenario = new_scenario("Forslag", profile, items)
    a = framed["A"]
    first = store.history(a.id)
    (received,) = [e for e in first if e.kind == "received"]
    newer = store.load(a.id)
    stored = store.save_version(newer, note="pakke", record=False)
    store.mark_signed(a.id, stored, record=False)
    signed_at = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
    store.receive_revision(a.id, stored, OTHER, profile.review, "pakke", signed_at=signed_at)
    latest = {i.sheet_id: i for i in load_portfolio_items(store, catalog, PROFILE)}
    assert latest[a.id].signer == OTHER.name
    old = scenario_items(store, catalog, scenario, latest)[a.id]
    assert old.revision == 1
    assert (old.signer, old.fingerprint) == (received.who, received.fingerprint)
    assert old.signer == WG.name
    assert old.signed_at == received.signed_at


def test_a_group_heading_sum_follows_a_toggle_and_its_undo(qtbot, store, catalog, framed):
    """The heading's «med: … MNOK» is kept up to date by the toggle (not recounted), and
    the heading row is announced so the view repaints it."""
    page = open_page(qtbot, store, catalog)
    page.set_grouping("municipality")
    model = page.model
    heading = {model.text(r, 0).split(" (")[0]: r for r in model.heading_rows()}["Trondheim"]
    before = model.text(heading, 0)
    assert f"med: {format_mnok(D('15'))}" in before  # A: 10 + 5
    announced: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda tl, br, _roles=(): announced.append((tl.row(), br.row())))
    page.set_included(framed["A"].id, False, reason="Venter på regulering")
    assert f"med: {format_mnok(D('0'))}" in model.text(heading, 0)
    assert any(top <= heading <= bottom for top, bottom in announced)
    page.undo_stack.undo()
    assert model.text(heading, 0) == before


def test_included_numbers_stay_right_through_many_toggles(qtbot, store, catalog, framed):
    """«Nr.» is the place among the included sheets; checked against a count made by hand
    after each of a run of toggles, moves and undos."""
    page = open_page(qtbot, store, catalog)
    page.set_grouping("")
    model = page.model
    rank = model.column("rank")
    ids = [e.sheet_id for e in model.scenario.entries]
    steps = [(ids[1], False), (ids[0], False), (ids[1], True), (ids[2], False), (ids[0], True)]
    for sheet_id, included in steps:
        page.set_included(sheet_id, included, reason="Prøve")
        page.select(ids[2])
        page.move_selected(-1)
        expected, n = {}, 0
        for entry in model.scenario.entries:
            if entry.included:
                n += 1
                expected[entry.sheet_id] = str(n)
            else:
                expected[entry.sheet_id] = "–"
        shown = {model.sheet_at(r): model.text(r, rank) for r in range(model.rowCount())}
        assert shown == expected
        assert model.included_count() == n


def test_a_toggle_repaints_its_row_and_the_moved_numbers_not_the_whole_table(
    qtbot, store, catalog, framed
):
    """Qt repaints the whole table when a row changes; the page's views repaint the row,
    the «Nr.» cells that moved and the balance lines that changed."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QRegion

    page = open_page(qtbot, store, catalog)
    page.set_grouping("")
    model, table = page.model, page.table
    first = model.scenario.entries[0].sheet_id
    last = model.scenario.entries[-1].sheet_id
    QApplication.processEvents()

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.region = QRegion()

        def eventFilter(self, _obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.region += event.region()
            return False

    painted = Painted()
    table.viewport().installEventFilter(painted)
    page.select(last)
    QApplication.processEvents()
    painted.region = QRegion()
    page.set_included(last, False, reason="Prøve")
    QApplication.processEvents()
    table.viewport().removeEventFilter(painted)

    def cell(sheet_id, key):
        row = page.proxy.mapFromSource(model.index(model.table_row_of(sheet_id), 0)).row()
        return table.visualRect(page.proxy.index(row, model.column(key)))

    assert painted.region.intersects(cell(last, "title"))  # the toggled row
    # The first sheet's «Nr.» did not move (it is placed before the toggled one), and
    # nothing of its row was repainted.
    assert not painted.region.intersects(cell(first, "title"))
    assert not painted.region.intersects(cell(first, "rank"))
