"""Two secretariat users on one store (issue 16): the loser of a conflict is told.

Ola has a page open; Siri changes the same thing first through her own Store on the same
database (a review state, a scenario, the frames, a remark). Ola's write is refused and
said in words that name what happened, nothing Ola wrote is lost (the comment, the
scenario's changes, the frames, the remark's text), one press of «Last inn på nytt» (the
focused button: Enter) shows Siri's change, and trying again then works.

Each refusal and each page after reloading is written to PNG to look at
(PROSJEKTARK_SHOTS=folder keeps them), at 1280×720 and at a smaller size.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.sheet import Acknowledgement, FundingLine, Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.editor_page import EditorPage
from prosjektark.ui.remarks_panel import RemarkDialog
from prosjektark.ui.secretariat.frames_dialog import FramesDialog
from prosjektark.ui.secretariat.intake_model import COL_STATE
from prosjektark.ui.secretariat.intake_page import IntakePage
from prosjektark.ui.secretariat.portfolio_page import PortfolioPage
from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog

D = Decimal
PROFILE = "miljopakken"
WG = Actor("Kari Arbeidsgruppe", "aa" * 32)
OLA = Actor("Ola Sekretær", "bb" * 32)
SIRI = Actor("Siri Sekretær", "cc" * 32)
FRAMES = [
    FrameLine(2027, "bompenger", "", D("15")),
    FrameLine(2027, "statlig", "", D("10")),
    FrameLine(2028, "bompenger", "", D("20")),
]


# ---------------------------------------------------------------------------- set-up


@pytest.fixture
def users(open_store) -> tuple[Store, Store]:
    """Ola's and Siri's stores on the test's one database."""
    ola, siri = open_store(), open_store()
    ola.actor = lambda: OLA
    siri.actor = lambda: SIRI
    return ola, siri


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("PROSJEKTARK_SHOTS", tmp_path))


def shoot(widget: QWidget, folder: Path, name: str, sizes=((1280, 720), (1000, 620))) -> None:
    """`widget` as the user sees it, at each size (the last size stays; None: as it is)."""
    for width, height in sizes or [(widget.width(), widget.height())]:
        widget.resize(width, height)
        QApplication.processEvents()
        image = widget.grab()
        assert (image.width(), image.height()) == (width, height)
        assert image.save(str(folder / f"konflikt-{name}-{width}x{height}.png"))


def delivered(store: Store, catalog, title: str, lines=((2027, "bompenger", "10"),)) -> Sheet:
    """A sheet received from the working group, as the intake stores it."""
    base = next(s for s in example_sheets(catalog) if s.profile == PROFILE)
    sheet = base.model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.is_example = False
    sheet.revision = 0
    sheet.identification.title = title
    sheet.funding.lines = [FundingLine(year=y, source=s, amount_mnok=D(a)) for y, s, a in lines]
    from prosjektark.domain.rules import check_sheet

    sheet.acknowledgements = [
        Acknowledgement(code=f.code, field=f.field, comment="Kjent.", by="Kari", at=sheet.modified)
        for f in check_sheet(sheet, catalog)
        if f.severity == "warning"
    ]
    review = catalog.profile(PROFILE).review
    stored = store.save_version(sheet, note="pakke", record=False)
    store.mark_signed(sheet.id, stored, record=False)
    store.receive_revision(sheet.id, stored, WG, review, "pakke")
    return sheet


def on_next_dialog(act, name: str = "") -> list:
    """Runs `act(dialog)` on the modal dialog the next call opens (the one named `name`);
    returns what it gave."""
    seen: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (name and dialog.objectName() != name):  # not shown yet
            QTimer.singleShot(10, run)
            return
        seen.append(act(dialog))

    QTimer.singleShot(0, run)
    return seen


def focused(widget: QWidget) -> QWidget | None:
    return widget.window().focusWidget()


def press_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# ---------------------------------------------------------------------------- review states


def intake_page(qtbot, catalog, store: Store) -> IntakePage:
    page = IntakePage(store, lambda profile: catalog.profile(profile).review)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    return page


def state_shown(page: IntakePage, sheet: Sheet) -> str:
    return page.model.text(page.model.table_row_of(sheet.id), COL_STATE)


def test_a_review_state_changed_first_by_another_user(qtbot, catalog, users, shots):
    ola, siri = users
    review = catalog.profile(PROFILE).review
    sheet = delivered(ola, catalog, "Sykkelveg Lade allé")
    page = intake_page(qtbot, catalog, ola)
    page.select(sheet.id)
    assert state_shown(page, sheet) == review.name("mottatt")
    siri.change_review_state(
        sheet.id, "til_vurdering", review, expected_version=siri.review_status(sheet.id).version
    )

    def choose(dialog: ChangeStateDialog) -> None:
        found = dialog.choices.findItems(review.name("returnert"), Qt.MatchFlag.MatchExactly)
        dialog.choices.setCurrentItem(found[0])
        dialog.comment.setPlainText("Mangler kostnad for kryssingen.")
        dialog.ok_button.click()

    on_next_dialog(choose)
    page.change_state()  # Ola's list still shows «Mottatt»

    assert page.bar.isVisible()
    said = page.bar.label.text()
    assert "«Sykkelveg Lade allé»" in said and "endret av en annen" in said
    assert review.name("til_vurdering") in said  # what it is now
    assert "Kommentaren din er tatt vare på" in said
    assert siri.review_status(sheet.id).state == "til_vurdering"  # nothing overwritten
    assert "Mangler kostnad for kryssingen." not in [e.text for e in ola.history(sheet.id)]
    assert focused(page) is page.bar.reload_button  # Enter reloads
    shoot(page, shots, "saksstatus")

    press_enter(qtbot, page.bar.reload_button)

    assert not page.bar.isVisible()
    assert state_shown(page, sheet) == review.name("til_vurdering")  # Siri's move
    assert focused(page) is page.table  # the keyboard back in the list
    page.resize(1280, 720)
    shoot(page, shots, "saksstatus-lastet")

    # Trying again: the comment and the choice are there as Ola wrote them.
    seen = on_next_dialog(
        lambda dialog: (
            dialog.chosen_state(),
            dialog.comment_text(),
            dialog.ok_button.click(),
        )
    )
    page.select(sheet.id)
    page.change_state()
    assert seen and seen[0][:2] == ("returnert", "Mangler kostnad for kryssingen.")
    assert ola.review_status(sheet.id).state == "returnert"
    assert ola.history(sheet.id)[-1].text == "Mangler kostnad for kryssingen."
    assert not page.bar.isVisible()
    assert state_shown(page, sheet) == review.name("returnert")


def test_f5_reads_the_intake_list_again_with_another_users_change(qtbot, catalog, users):
    """On a shared database the list goes stale as colleagues work: F5 reads it again."""
    ola, siri = users
    review = catalog.profile(PROFILE).review
    sheet = delivered(ola, catalog, "Kollektivfelt Innherredsveien")
    page = intake_page(qtbot, catalog, ola)
    page.select(sheet.id)
    siri.change_review_state(
        sheet.id, "til_vurdering", review, expected_version=siri.review_status(sheet.id).version
    )
    assert state_shown(page, sheet) == review.name("mottatt")  # stale until asked
    with qtbot.waitActive(page):  # shortcuts reach the active window only
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert state_shown(page, sheet) == review.name("til_vurdering")
    assert page.selected_row() is not None and page.selected_row().sheet_id == sheet.id
    assert "F5" in page.findChild(QLabel, "intakeHint").text()


def test_a_sheet_withdrawn_meanwhile_is_said_and_offers_no_move_after_reload(qtbot, catalog, users):
    """Siri withdrew the sheet («Trukket»: nothing moves on from there); Ola's «Returnert»
    is refused, naming the state it is in now."""
    ola, siri = users
    review = catalog.profile(PROFILE).review
    sheet = delivered(ola, catalog, "Fortau Hommelvik")
    page = intake_page(qtbot, catalog, ola)
    page.select(sheet.id)
    siri.change_review_state(sheet.id, "trukket", review)
    row = page.selected_row()

    assert not page.apply_state(row, "returnert", "Se på fortauet.")

    said = page.bar.label.text()
    assert "endret av en annen" in said and review.name("trukket") in said
    assert "Kommentaren din er tatt vare på" in said
    page.bar.reload_button.click()
    assert state_shown(page, sheet) == review.name("trukket")
    page.select(sheet.id)
    page.change_state()  # no dialog: nothing is allowed from «Trukket»
    assert ola.review_status(sheet.id).state == "trukket"


# ---------------------------------------------------------------------------- scenarios


@pytest.fixture
def portfolio(users, catalog) -> dict[str, Sheet]:
    ola, _siri = users
    made = {
        "A": delivered(ola, catalog, "Sykkelveg Lade", [(2027, "bompenger", "10")]),
        "B": delivered(ola, catalog, "Fortau Hommelvik", [(2027, "bompenger", "7.5")]),
    }
    review = catalog.profile(PROFILE).review
    for sheet in made.values():
        ola.change_review_state(sheet.id, "til_vurdering", review)
    ola.set_frames(PROFILE, FRAMES, expected_version=0)
    return made


def portfolio_page(qtbot, catalog, store: Store) -> PortfolioPage:
    page = PortfolioPage(store, catalog)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    assert page.profile is not None and page.profile.id == PROFILE
    return page


def test_a_scenario_saved_first_by_another_user(
    qtbot, catalog, users, portfolio, shots, monkeypatch
):
    ola, siri = users
    a, b = portfolio["A"], portfolio["B"]
    page = portfolio_page(qtbot, catalog, ola)
    assert page.save_as("Felles")
    theirs = siri.find_scenario("Felles", PROFILE)
    siri.save_scenario(
        replace(
            theirs,
            entries=tuple(
                replace(e, included=False, reason="Siri tok den ut") if e.sheet_id == b.id else e
                for e in theirs.entries
            ),
        ),
        "Tok ut Hommelvik",
        expected_version=theirs.version,
    )

    page.table.setFocus()
    page.select(a.id)
    assert page.shift_selected(1)
    assert not page.save()

    said = page.bar.label.text()
    assert SIRI.name in said and "De er fortsatt her til du laster inn på nytt" in said
    assert page.keep_button.isVisible()
    assert focused(page) is page.reload_button
    assert page.model.scenario.entry(a.id).shift_years == 1 and page.is_dirty()  # kept
    shoot(page, shots, "scenario", sizes=((1280, 720),))  # the page needs 1181 pixels

    asked: list[str] = []

    def discard(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", discard)
    status: list[str] = []
    page.message.connect(status.append)
    press_enter(qtbot, page.reload_button)

    assert asked and "forkastet" in asked[0]  # dropping Ola's change is asked first
    assert not page.bar.isVisible() and not page.is_dirty()
    assert focused(page) is page.table
    assert page.model.scenario.version == 2
    assert not page.model.scenario.entry(b.id).included  # Siri's change shown
    assert page.model.scenario.entry(a.id).shift_years == 0
    assert "«Felles» er lest inn på nytt: versjon 2, lagret av Siri Sekretær." in status
    page.resize(1280, 720)
    shoot(page, shots, "scenario-lastet", sizes=((1280, 720),))

    page.table.setFocus()
    page.select(a.id)
    assert page.shift_selected(1)
    assert page.save()
    stored = ola.find_scenario("Felles", PROFILE)
    assert stored.version == 3
    assert stored.entry(a.id).shift_years == 1 and not stored.entry(b.id).included


def test_a_scenario_deleted_by_another_user_keeps_the_work_and_reloads(
    qtbot, catalog, users, portfolio, monkeypatch
):
    ola, siri = users
    a = portfolio["A"]
    page = portfolio_page(qtbot, catalog, ola)
    assert page.save_as("Felles")
    siri.delete_scenario(siri.find_scenario("Felles", PROFILE).id)
    page.table.setFocus()
    page.select(a.id)
    assert page.shift_selected(1)
    assert not page.save()
    assert "slettet av en annen" in page.bar.label.text()
    assert page.keep_button.isVisible()

    # Kept as a new scenario: nothing lost.
    assert page.save_as("Felles – Olas")
    assert ola.find_scenario("Felles – Olas", PROFILE).entry(a.id).shift_years == 1

    # Deleting a scenario someone else deleted first: said, and reload shows what is left.
    siri.delete_scenario(siri.find_scenario("Felles – Olas", PROFILE).id)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes
    )  # «Slette scenarioet …?»
    assert not page.delete_scenario()
    assert "slettet av en annen" in page.bar.label.text()
    assert focused(page) is page.reload_button
    assert page.reload_scenario()
    assert page.scenario_box.findText("Felles – Olas") < 0
    assert page.model.scenario.version == 0  # a new one from the portfolio: none stored


# ---------------------------------------------------------------------------- frames


def test_frames_saved_first_by_another_user(qtbot, catalog, users, portfolio, shots):
    ola, siri = users
    dialog = FramesDialog(ola, catalog.profile(PROFILE))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    siri.set_frames(
        PROFILE,
        [*FRAMES[:2], FrameLine(2028, "bompenger", "", D("25"))],
        expected_version=siri.frames_version(PROFILE),
    )
    amount = dialog.line_widgets(0)[3]
    amount.setText("99")

    assert not dialog.save()

    said = dialog.problems.toPlainText()
    assert SIRI.name in said and "står her fortsatt" in said
    assert dialog.reload_button.isVisible()
    assert dialog.focusWidget() is dialog.reload_button
    assert amount.text() == "99"  # kept until Ola reloads
    shoot(dialog, shots, "rammer", sizes=((720, 520), (1280, 720)))

    # Enter in an amount never reloads (nor saves): only the focused button does.
    amount.setFocus()
    press_enter(qtbot, amount)
    assert dialog.line_widgets(0)[3].text() == "99" and dialog.isVisible()

    dialog.reload_button.setFocus()
    press_enter(qtbot, dialog.reload_button)

    assert dialog.line_widgets(2)[3].text() == "25"  # Siri's frames
    assert dialog.line_widgets(0)[3].text() == "15"
    assert not dialog.problems.isVisible()
    assert dialog.mine_button.isVisible()  # Ola's numbers a click away
    assert "tatt vare på" in dialog.info_label.text()
    shoot(dialog, shots, "rammer-lastet", sizes=((720, 520), (1280, 720)))

    dialog.mine_button.click()
    assert dialog.line_widgets(0)[3].text() == "99"
    assert dialog.line_widgets(2)[3].text() == "20"
    assert dialog.save()  # based on Siri's version now: saved on purpose
    assert ola.frames(PROFILE)[0].amount_mnok == D("99")
    assert ola.frames_version(PROFILE) == 3


def test_frames_retried_after_reload_are_saved(qtbot, catalog, users, portfolio):
    ola, siri = users
    dialog = FramesDialog(ola, catalog.profile(PROFILE))
    qtbot.addWidget(dialog)
    siri.set_frames(PROFILE, FRAMES[:1], expected_version=siri.frames_version(PROFILE))
    dialog.line_widgets(1)[3].setText("12")
    assert not dialog.save()
    dialog.reload_button.click()
    assert dialog.table.rowCount() == 1
    dialog.add_line()
    dialog.line_widgets(1)[3].setText("12")
    assert dialog.save()
    assert [line.amount_mnok for line in ola.frames(PROFILE)] == [D("15"), D("12")]


# ---------------------------------------------------------------------------- remarks


def remarks_page(qtbot, catalog, store: Store, sheet: Sheet) -> EditorPage:
    page = EditorPage(catalog, None)
    page.set_case_store(store)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.set_sheet(store.load(sheet.id), read_only=True, reason="Levert.", role="secretariat")
    return page


def test_a_draft_remark_sent_by_another_user_cannot_be_deleted(qtbot, catalog, users, shots):
    ola, siri = users
    sheet = delivered(ola, catalog, "Kollektivfelt Åsane")
    draft = ola.add_remark(sheet.id, "Kostnaden mangler kilde.", field="")
    page = remarks_page(qtbot, catalog, ola, sheet)
    panel = page.remarks_panel
    assert [v.state for v in panel.views()] == ["utkast"]
    siri.mark_remarks_sent(sheet.id, [draft.id], "1 merknad")
    seen: list[str] = []

    def answer_reload(box: QMessageBox) -> None:
        # The panel under the form has no room for a bar: a message, right after the click.
        seen.append(box.text())
        assert box.defaultButton().text() == "Last inn på nytt"
        shoot(box, shots, "merknad-slettet-melding", sizes=None)
        shoot(page, shots, "merknad-slettet", sizes=((1280, 720),))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: reload

    def confirm(box: QMessageBox) -> None:
        on_next_dialog(answer_reload, name="reloadQuestion")
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_dialog(confirm)
    panel.select_remark(draft.id)
    panel.delete_current()

    assert seen, "no message"
    assert seen[0].startswith("Merknaden ble ikke slettet.")
    assert "sendt i mellomtiden" in seen[0]
    assert [r.id for r in ola.remarks(sheet.id)] == [draft.id]  # still there, sent
    assert [v.state for v in panel.views()] == ["sendt"]  # reloaded: Siri's sending shown
    panel.select_remark(draft.id)
    assert not panel.delete_button.isEnabled()  # a sent remark is never deleted
    page.resize(1280, 720)
    shoot(page, shots, "merknad-slettet-lastet", sizes=((1280, 720),))


def test_a_remark_the_store_refused_keeps_its_text_to_write_again(qtbot, catalog, users, shots):
    """Siri took the sheet out of the store while Ola wrote a remark on it; her import
    brings it back. Ola's text stays in the dialog, is kept when Ola gives up for now, and
    is written on the next try."""
    ola, siri = users
    sheet = delivered(ola, catalog, "Holdeplass Melhus")
    page = remarks_page(qtbot, catalog, ola, sheet)
    panel = page.remarks_panel
    stored = siri.load(sheet.id)
    siri.delete(sheet.id)
    siri.purge(sheet.id)
    text = "Vis kart over holdeplassen og gangvegene til den."
    seen: dict[str, object] = {}

    def refused_then_reload(dialog: RemarkDialog) -> None:
        dialog.text.setPlainText(text)
        dialog.ok_button.click()
        seen["open"] = dialog.isVisible()  # the dialog stays open
        seen["said"] = dialog.refusal.label.text()
        seen["focus"] = dialog.focusWidget() is dialog.refusal.reload_button
        seen["kept"] = dialog.remark()
        shoot(dialog, shots, "merknad-lagret", sizes=None)
        qtbot.keyClick(dialog.refusal.reload_button, Qt.Key.Key_Return)
        seen["reloaded"] = dialog.refusal.label.text()
        seen["focus after"] = dialog.focusWidget() is dialog.text
        shoot(dialog, shots, "merknad-lagret-lastet", sizes=None)
        dialog.reject()  # Ola leaves it for now

    said: list[str] = []
    panel.message.connect(said.append)
    on_next_dialog(refused_then_reload)
    panel.write_sheet_remark()

    assert seen["open"] and seen["kept"] == text
    assert str(seen["said"]).startswith("Merknaden ble ikke lagret.")
    assert "Teksten din står her fortsatt." in str(seen["said"])
    assert seen["focus"] and seen["focus after"]
    assert "lest inn på nytt" in str(seen["reloaded"])
    assert ola.remarks(sheet.id) == []
    assert panel.draft() is not None and panel.draft().text == text  # kept
    assert any("tatt vare på" in m for m in said)  # and said so

    siri.create(stored)  # imported again
    siri.save_version(stored, note="pakke", record=False)
    again = on_next_dialog(lambda dialog: (dialog.remark(), dialog.ok_button.click())[0])
    panel.write_sheet_remark()

    assert again == [text]  # offered as written
    assert [r.text for r in ola.remarks(sheet.id)] == [text]
    assert panel.draft() is None
    assert [v.state for v in panel.views()] == ["utkast"]
    shoot(page, shots, "merknad-lagret-etterpå", sizes=((1280, 720),))
