"""The whole case flow through the window (issue 10, «How it is checked»): two main windows
in two user folders with two real identities, a working group and a secretariat, driven by
their own actions, buttons and fields. Only the modal dialogs are answered from here (and
the file choosers, which are the desktop's, are monkeypatched as in the other UI tests).

Working group: sheet from an example, signed, sent from the outbox to a shared delivery
folder. Secretariat: the intake watcher sees it, one action imports it, the review state
is changed, a remark is written at a field and sent signed. Working group: imports the
remarks, sees the remark at its field, answers it, saves revision 2 with the fix, signs
and delivers it. Secretariat: imports revision 2, sees «ny revisjon», «Endret siden
forrige levering» names the changed field by its label, and both timelines tell the story
with the right names.

Both windows live in one process, and the signing identity is found through the user
folder (PROSJEKTARK_HOME, as `paths` reads it), so each step first says whose desk it is
at (`at_desk`), as two people at two machines would be.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QWidget,
)

from prosjektark import paths
from prosjektark.actor import current_actor
from prosjektark.domain.catalog import Catalog, LazyCatalog
from prosjektark.domain.rules import acknowledged_keys, check_sheet
from prosjektark.signing.identity import create_identity
from prosjektark.store.repository import Store
from prosjektark.ui import file_dialogs
from prosjektark.ui.findings_panel import AcknowledgeDialog
from prosjektark.ui.history_view import COLUMNS as HISTORY_COLUMNS
from prosjektark.ui.history_view import HistoryDialog
from prosjektark.ui.intake_dialogs import ImportPackagesDialog
from prosjektark.ui.main_window import EDITOR_PAGE, MainWindow
from prosjektark.ui.remarks_panel import AnswerDialog, RemarkDialog
from prosjektark.ui.secretariat.intake_model import HEADERS as INTAKE_HEADERS
from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog
from prosjektark.ui.settings_dialog import SettingsDialog
from prosjektark.ui.signing.export_dialog import ExportDialog
from prosjektark.ui.signing.identity_wizard import MyIdentityDialog
from prosjektark.ui.signing.outbox_dialog import COL_STATE as OUTBOX_STATE
from prosjektark.ui.signing.outbox_dialog import COL_TITLE as OUTBOX_TITLE
from prosjektark.ui.signing.outbox_dialog import OutboxDialog
from prosjektark.ui.signing.passphrase_dialog import PassphraseDialog
from prosjektark.ui.versions_dialog import CompareDialog

PASSPHRASE = "hele saksflyten fram og tilbake i vinduet"
GROUP_NAME, SECRETARIAT_NAME = "Kåre Øvrebø", "Siri Sekretær"
TITLE = "Kollektivfelt og signalprioritering, Åsane sentrum"
FIXED_TITLE = f"{TITLE} – Åsane terminal"
REMARK = "Tittelen bør si hvor på strekningen tiltaket ligger."
ANSWER = "Stedet står nå i tittelen."
WAIT_MS = 30_000  # only how long to wait for the watcher at most; nothing asserts a time


# ------------------------------------------------------------------ typing and dialogs


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Types like a keyboard would; QTest only knows ASCII, so æøå and dashes go as key
    events of their own (as tests/ui/qt_helpers.py does)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def ctrl_enter(qtbot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def dialog_text(dialog: QWidget) -> str:
    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()} {dialog.informativeText()}".strip()
    return " | ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())


@dataclass
class _Expected:
    kind: type
    act: Callable[[QDialog], object]
    title: str = ""


@dataclass
class Modals:
    """Answers the modal dialogs one user step opens, in the order given, as the user would;
    any other dialog (an error box, say) is closed and reported, so nothing ever waits for
    an answer that does not come. `run` returns what each answer returned."""

    expected: list[_Expected] = field(default_factory=list)
    results: list[object] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _handled: list[QWidget] = field(default_factory=list)

    def expect(self, kind: type, act: Callable[[QDialog], object], title: str = "") -> Modals:
        self.expected.append(_Expected(kind, act, title))
        return self

    def run(self, step: Callable[[], object]) -> list[object]:
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(self._look)
        timer.start()
        try:
            step()
        finally:
            timer.stop()
        assert not self.problems, self.problems
        assert not self.expected, [f"{e.kind.__name__} «{e.title}»" for e in self.expected]
        return self.results

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            return
        if any(dialog is seen for seen in self._handled):
            return  # answered already: its answer may still be running (a nested loop)
        self._handled.append(dialog)
        wanted = self.expected[0] if self.expected else None
        if (
            wanted is None
            or not isinstance(dialog, wanted.kind)
            or wanted.title not in dialog.windowTitle()
        ):
            self.problems.append(
                f"uventet dialog {type(dialog).__name__} «{dialog.windowTitle()}»:"
                f" {dialog_text(dialog)}"
            )
            dialog.reject()
            return
        self.expected.pop(0)
        try:
            self.results.append(wanted.act(dialog))
        except Exception as exc:  # reported by run(); the dialog must not stay open
            self.problems.append(f"{type(dialog).__name__}: {exc!r}")
        if dialog.isVisible():
            self.problems.append(f"{type(dialog).__name__} ble stående åpen")
            dialog.reject()


def ok_button(dialog: QDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def unlock(qtbot) -> Callable[[PassphraseDialog], None]:
    def answer(dialog: PassphraseDialog) -> None:
        type_text(qtbot, dialog.passphrase, PASSPHRASE)
        ok_button(dialog).click()

    return answer


def read_message(box: QMessageBox) -> str:
    text = dialog_text(box)
    box.button(QMessageBox.StandardButton.Ok).click()
    return text


# ------------------------------------------------------------------ the two desks


@dataclass
class Desk:
    """One user's machine: a user folder with an identity, a store and a main window."""

    name: str
    home: Path
    window: MainWindow

    @property
    def store(self) -> Store:
        return self.window.store


@pytest.fixture
def desks(
    qtbot, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Desk, Desk]]:
    opened: list[Desk] = []

    def desk(folder: str, name: str, organisation: str) -> Desk:
        home = tmp_path / folder
        monkeypatch.setenv(paths.HOME_ENV, str(home))
        create_identity(name, "post@example.no", organisation, PASSPHRASE, paths.identity_dir())
        store = Store.open(paths.database_path(), paths.attachments_dir())
        store.actor = current_actor  # as the app does: the identity of the user folder
        settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
        window = MainWindow(LazyCatalog.of(catalog), store, settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        opened.append(Desk(name, home, window))
        return opened[-1]

    group = desk("arbeidsgruppe", GROUP_NAME, "Bergen kommune")
    secretariat = desk("sekretariat", SECRETARIAT_NAME, "Miljøløftet")
    yield group, secretariat
    for each in opened:
        monkeypatch.setenv(paths.HOME_ENV, str(each.home))
        each.window.close()
        each.store.close()


@pytest.fixture
def file_choosers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The desktop's file dialogs, answered by their titles from this table (what the user
    would pick); a title not in the table fails the test with the question asked."""
    answers: dict[str, Path] = {}

    def pick(caption: str) -> Path:
        assert caption in answers, f"uventet filvalg «{caption}»"
        return answers[caption]

    for name in ("choose_folder", "open_file", "save_file"):
        monkeypatch.setattr(file_dialogs, name, lambda _p, c, *_a, **_k: pick(c))
    return answers


@pytest.fixture
def at_desk(monkeypatch: pytest.MonkeyPatch) -> Callable[[Desk], MainWindow]:
    """Sit down at a desk: its user folder is the one `paths` reads (the identity, the case
    history's «who»), and its window is the active one."""

    def sit(desk: Desk) -> MainWindow:
        monkeypatch.setenv(paths.HOME_ENV, str(desk.home))
        desk.window.activateWindow()
        return desk.window

    return sit


# ------------------------------------------------------------------ what a user sees


def action_in_menu(window: MainWindow, menu_title: str, text: str) -> QAction:
    """The action as the menu bar offers it (visible and enabled), by its words."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title and top.isVisible():
            menu: QMenu = top.menu()
            for action in menu.actions():
                if action.text().replace("&", "") == text:
                    assert action.isVisible(), f"«{text}» er skjult"
                    assert action.isEnabled(), f"«{text}» er ikke tilgjengelig"
                    return action
    raise AssertionError(f"ingen «{text}» i menyen «{menu_title}»")


def table_rows(view: QTableView, headers: tuple[str, ...]) -> list[dict[str, str]]:
    model = view.model()
    return [
        {h: str(model.index(r, c).data() or "") for c, h in enumerate(headers)}
        for r in range(model.rowCount())
    ]


def click_row(qtbot, view: QTableView, row: int) -> None:
    index = view.model().index(row, 1)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def history_rows(dialog: HistoryDialog) -> list[dict[str, str]]:
    table = dialog.view.table
    return [
        {h: table.item(r, c).text() for c, h in enumerate(HISTORY_COLUMNS)}
        for r in range(table.rowCount())
    ]


def read_history(dialog: HistoryDialog) -> tuple[str, list[dict[str, str]]]:
    seen = dialog.windowTitle(), history_rows(dialog)
    dialog.close_button.click()
    return seen


def title_field(window: MainWindow) -> QLineEdit:
    found = window.editor_page.findChild(QLineEdit, "field:identification.title")
    assert found is not None
    return found


def marker(window: MainWindow, path: str) -> QLabel | None:
    return window.editor_page.findChild(QLabel, f"remarkMarker:{path}")


def put_cursor_in(qtbot, window: MainWindow, widget: QWidget) -> None:
    """A click in the field; the window must be the active one for the cursor to go there
    (a closed dialog may have left the other window active)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)


# ------------------------------------------------------------------ the flow


def acknowledge_open_warnings(qtbot, window: MainWindow) -> None:
    """Every open warning of the sheet in the editor, acknowledged through the findings
    panel: the warning selected, «Kvitter ut advarsel …», a comment, Ctrl+Enter."""
    panel = window.editor_page.findings_panel

    def open_warnings() -> list:
        sheet = window.current_sheet()
        done = acknowledged_keys(sheet)
        return [
            f
            for f in check_sheet(sheet, window.catalog)
            if f.severity == "warning" and (f.code, f.field) not in done
        ]

    def comment(dialog: AcknowledgeDialog) -> None:
        type_text(qtbot, dialog.comment, "Kjent, avklart med sekretariatet.")
        qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    for _ in range(10):
        waiting = open_warnings()
        if not waiting:
            return
        assert panel.select_finding(waiting[0].code, waiting[0].field)
        Modals().expect(AcknowledgeDialog, comment).run(panel.acknowledge_action.trigger)
    assert not open_warnings()


def test_the_case_flow_through_two_windows(
    qtbot, desks, at_desk, file_choosers, tmp_path: Path
) -> None:
    group, secretariat = desks
    shared = tmp_path / "levering"  # the synced folder both sides see
    shared.mkdir()
    certificates = tmp_path / "sertifikater"  # what the two sides e-mailed each other
    certificates.mkdir()
    group_pem, secretariat_pem = certificates / "kare.pem", certificates / "siri.pem"

    # -- Both export their certificate from «Min identitet …» for the other side.
    for desk, pem in ((group, group_pem), (secretariat, secretariat_pem)):
        window = at_desk(desk)
        file_choosers["Eksporter sertifikat"] = pem

        def export_pem(dialog: MyIdentityDialog) -> str:
            dialog.view.export_button.click()
            name = dialog.view.name.text()
            dialog.reject()
            return name

        seen = (
            Modals()
            .expect(MyIdentityDialog, export_pem)
            .run(action_in_menu(window, "Signering", "Min identitet …").trigger)
        )
        assert seen == [desk.name] and pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE")

    # -- The secretariat switches its role on and chooses the folder it watches.
    sec = at_desk(secretariat)
    assert not sec.workspace_bar.isVisible()

    def choose_secretariat(dialog: SettingsDialog) -> None:
        dialog.secretariat.setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    Modals().expect(SettingsDialog, choose_secretariat).run(
        action_in_menu(sec, "Verktøy", "Innstillinger …").trigger
    )
    assert sec.workspace_bar.isVisible()
    action_in_menu(sec, "Sekretariat", "Innkomne ark").trigger()
    page = sec.intake_page
    assert sec.stack.currentWidget() is page
    file_choosers["Velg innkommende mappe"] = shared
    qtbot.mouseClick(page.arrivals.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ingen nye pakker" in page.arrivals.label.text(), timeout=WAIT_MS)
    assert str(shared) in page.arrivals.label.text()
    assert not page.arrivals.import_button.isEnabled()
    # «Send merknader …» writes to the export folder without asking; the secretariat never
    # exported here, so it is set as a user would have it (not the real ~/Documents).
    sec.settings.setValue("export/dir", str(secretariat.home / "Dokumenter"))

    # -- The working group starts from the Bergen example, renames it, signs and sends it.
    wg = at_desk(group)
    action_in_menu(wg, "Hjelp", "Legg inn eksempelark").trigger()
    wg.act_filter.trigger()
    type_text(qtbot, wg.list_page.filter_box, "Åsane")
    assert wg.list_page.proxy.rowCount() == 1
    click_row(qtbot, wg.list_page.table, 0)
    action_in_menu(wg, "Fil", "Dupliser").trigger()
    assert wg.stack.currentIndex() == EDITOR_PAGE
    title = title_field(wg)
    assert title.text().endswith("(kopi)")
    put_cursor_in(qtbot, wg, title)
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, title, TITLE)
    sheet_id = wg.current_sheet().id
    assert title.text() == TITLE
    qtbot.waitUntil(lambda: wg.editor_page.title_label.text() == TITLE, timeout=WAIT_MS)

    # Signing needs status Klar: the working group acknowledges each open warning in the
    # findings panel (the deadline warning comes with today's date), as a user does.
    acknowledge_open_warnings(qtbot, wg)

    group_out = group.home / "Utboks"

    def choose_folder_and_sign(dialog: ExportDialog) -> None:
        assert dialog.package.isChecked()
        dialog.folder.clear()
        qtbot.keyClicks(dialog.folder, str(group_out))
        dialog.ok_button.click()

    [_, _, exported] = (
        Modals()
        .expect(ExportDialog, choose_folder_and_sign)
        .expect(PassphraseDialog, unlock(qtbot))
        .expect(QMessageBox, read_message, "Eksportert")
        .run(action_in_menu(wg, "Signering", "Signer og eksporter …").trigger)
    )
    assert "1 ark er eksportert." in exported and "utboksen" in exported
    assert "Signert" in wg.editor_page.meta_label.text()

    file_choosers["Velg sekretariatets leveringsmappe"] = shared

    def send(dialog: OutboxDialog) -> tuple[str, list[tuple[str, str]]]:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        model = dialog.model
        states = [
            (model.index(r, OUTBOX_TITLE).data(), model.index(r, OUTBOX_STATE).data())
            for r in range(model.rowCount())
        ]
        text = dialog.message.text()
        dialog.reject()
        return text, states

    [(sent_text, states)] = (
        Modals().expect(OutboxDialog, send).run(action_in_menu(wg, "Signering", "Utboks …").trigger)
    )
    assert sent_text.startswith(f"1 av 1 pakke er sendt til {shared}."), sent_text
    [(sent_title, sent_state)] = states
    assert sent_title == TITLE
    assert sent_state.startswith("Levert ") and sent_state.endswith(" til levering")
    assert [p.suffix for p in shared.iterdir()] == [".asice"]

    # -- The secretariat's intake sees the arrival; importing is the one action. The first
    # time it asks which certificate to trust, with the package already listed.
    sec = at_desk(secretariat)
    strip = page.arrivals
    qtbot.waitUntil(strip.import_button.isEnabled, timeout=WAIT_MS)
    assert strip.label.text().startswith("1 ny pakke i ")
    file_choosers["Velg sertifikat"] = group_pem

    def trust_and_import(dialog: ImportPackagesDialog) -> list[str]:
        assert [p.parent for p in dialog.packages()] == [shared]
        qtbot.mouseClick(dialog.findChild(QWidget, "trustFile"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        item = dialog.results.topLevelItem(0)
        seen = [item.text(c) for c in range(3)]
        dialog.close_button.click()
        return seen

    [result] = (
        Modals()
        .expect(ImportPackagesDialog, trust_and_import)
        .run(lambda: qtbot.mouseClick(strip.import_button, Qt.MouseButton.LeftButton))
    )
    assert result[1].startswith("✔") and result[2] == f"{TITLE} (rev. 1)", result
    # The user is still in the intake, and the package, imported, is no longer «new».
    assert sec.stack.currentWidget() is page, "the import left the Sekretariat workspace"
    qtbot.waitUntil(lambda: "Ingen nye pakker" in strip.label.text(), timeout=WAIT_MS)
    assert sec.settings.value("intake/trust") == str(group_pem)  # trusted from now on
    assert not strip.import_button.isEnabled()
    [row] = table_rows(page.table, INTAKE_HEADERS)
    assert (row["Tittel"], row["Signert av"], row["Rev."], row["Saksstatus"]) == (
        TITLE,
        GROUP_NAME,
        "1",
        "Mottatt",
    )

    # -- Review: «Til samordning» from the intake page's own button.
    def move_to(state: str, comment: str) -> Callable[[ChangeStateDialog], list[str]]:
        def answer(dialog: ChangeStateDialog) -> list[str]:
            offered = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
            [item] = dialog.choices.findItems(state, Qt.MatchFlag.MatchExactly)
            dialog.choices.setCurrentItem(item)
            type_text(qtbot, dialog.comment, comment)
            ctrl_enter(qtbot, dialog.comment)
            return offered

        return answer

    click_row(qtbot, page.table, 0)
    [offered] = (
        Modals()
        .expect(ChangeStateDialog, move_to("Til samordning", "Ser på geografien."))
        .run(lambda: qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton))
    )
    assert offered == ["Til samordning", "Returnert med merknader", "Trukket"]
    assert table_rows(page.table, INTAKE_HEADERS)[0]["Saksstatus"] == "Til samordning"

    # -- A remark at the title field, written in the read-only sheet, then sent signed.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert sec.stack.currentIndex() == EDITOR_PAGE
    assert f"signert av {GROUP_NAME}" in sec.editor_page.editor.read_only_banner.text()
    put_cursor_in(qtbot, sec, title_field(sec))

    def write_remark(dialog: RemarkDialog) -> str:
        heading = dialog.findChild(QLabel, "remarkWhere").text()
        type_text(qtbot, dialog.text, REMARK)
        ctrl_enter(qtbot, dialog.text)
        return heading

    [heading] = (
        Modals()
        .expect(RemarkDialog, write_remark)
        .run(action_in_menu(sec, "Sekretariat", "Skriv merknad til feltet …").trigger)
    )
    assert heading == "Merknad til feltet «Prosjektnavn»"
    assert marker(sec, "identification.title").isVisible()
    assert REMARK in marker(sec, "identification.title").text()
    assert sec.editor_page.remarks_panel.summary_label.text() == (
        "Merknader: 1, 1 ikke sendt, 0 besvart"
    )

    Modals().expect(PassphraseDialog, unlock(qtbot)).run(
        action_in_menu(sec, "Sekretariat", "Send merknader …").trigger
    )
    said = sec.statusBar().currentMessage()
    assert said.startswith(f"1 merknad til «{TITLE}» er signert og lagret i "), said
    remarks_file = Path(said.split(" er signert og lagret i ", 1)[1].split(". Send filen")[0])
    assert remarks_file.is_file() and remarks_file.suffix == ".asice"
    assert sec.editor_page.remarks_panel.summary_label.text() == (
        "Merknader: 1, 0 ikke sendt, 0 besvart"
    )
    qtbot.mouseClick(sec.editor_page.back_button, Qt.MouseButton.LeftButton)
    assert sec.stack.currentWidget() is page
    [offered] = (
        Modals()
        .expect(ChangeStateDialog, move_to("Returnert med merknader", "Merknader sendt"))
        .run(lambda: qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton))
    )
    [row] = table_rows(page.table, INTAKE_HEADERS)
    assert (row["Saksstatus"], row["Merknader"]) == ("Returnert med merknader", "1")

    # -- The working group imports the remarks (trusting the secretariat's certificate)
    # and finds the remark at its field.
    wg = at_desk(group)
    assert wg.current_sheet().id == sheet_id
    file_choosers["Importer merknader"] = remarks_file
    file_choosers["Sekretariatets sertifikat (som du stoler på)"] = secretariat_pem
    Modals().run(action_in_menu(wg, "Signering", "Importer merknader …").trigger)
    assert wg.settings.value("remarks/trust") == str(secretariat_pem)
    editor = wg.editor_page
    panel = editor.remarks_panel
    assert panel.isVisible()
    assert panel.summary_label.text() == "Merknader fra sekretariatet: 1, 1 ubesvart"
    assert "1 ubesvart merknad" in editor.meta_label.text()
    on_title = marker(wg, "identification.title")
    assert on_title is not None and on_title.isVisible()
    assert on_title.text() == f"✎ Merknad fra sekretariatet (ubesvart): {REMARK}"

    # It answers: fixed in the next revision, which is what the dialog proposes.
    item = panel.tree.topLevelItem(0)
    assert item.text(0).startswith("Ubesvart · Prosjektnavn")
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(
        panel.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.tree.visualItemRect(item).center(),
    )

    def fixed(dialog: AnswerDialog) -> int:
        dialog.kind_buttons["fixed"].click()
        type_text(qtbot, dialog.text, ANSWER)
        ctrl_enter(qtbot, dialog.text)
        return dialog.revision.value()

    [fixed_in] = (
        Modals()
        .expect(AnswerDialog, fixed)
        .run(lambda: qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton))
    )
    assert fixed_in == 2
    assert on_title.text() == (
        f"✎ Merknad fra sekretariatet (besvart): {REMARK} ↳ Rettet i revisjon 2: {ANSWER}"
    )
    assert panel.summary_label.text() == "Merknader fra sekretariatet: 1, 0 ubesvart"

    # The fix, saved as revision 2, signed and delivered (the folders are remembered).
    title = title_field(wg)
    put_cursor_in(qtbot, wg, title)
    qtbot.keyClick(title, Qt.Key.Key_End)
    type_text(qtbot, title, FIXED_TITLE.removeprefix(TITLE))

    def note(dialog: QInputDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit), "Rettet etter merknaden")
        ok_button(dialog).click()

    Modals().expect(QInputDialog, note, "Lagre versjon").run(
        action_in_menu(wg, "Fil", "Lagre versjon").trigger
    )
    assert wg.statusBar().currentMessage() == "Versjon 2 er lagret."

    def sign_again(dialog: ExportDialog) -> None:
        assert dialog.out_dir() == group_out
        dialog.ok_button.click()

    Modals().expect(ExportDialog, sign_again).expect(PassphraseDialog, unlock(qtbot)).expect(
        QMessageBox, read_message, "Eksportert"
    ).run(action_in_menu(wg, "Signering", "Signer og eksporter …").trigger)
    [(sent_text, states)] = (
        Modals().expect(OutboxDialog, send).run(action_in_menu(wg, "Signering", "Utboks …").trigger)
    )
    assert sent_text.startswith(f"1 av 1 pakke er sendt til {shared}."), sent_text
    assert sorted(t for t, s in states if s.startswith("Levert ")) == [TITLE, FIXED_TITLE]

    # -- The secretariat imports revision 2 with the one action (the trust is remembered):
    # back in «Mottatt», marked as a new revision, the remark answered.
    sec = at_desk(secretariat)
    qtbot.waitUntil(strip.import_button.isEnabled, timeout=WAIT_MS)
    assert strip.label.text().startswith("1 ny pakke i "), strip.label.text()
    Modals().run(lambda: qtbot.mouseClick(strip.import_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: not strip.import_button.isEnabled(), timeout=WAIT_MS)
    assert sec.stack.currentWidget() is page
    [row] = table_rows(page.table, INTAKE_HEADERS)
    assert (row["Tittel"], row["Rev."], row["Saksstatus"], row["Merknader"]) == (
        FIXED_TITLE,
        "2",
        "Mottatt (ny revisjon)",
        "",  # no open remarks
    )

    click_row(qtbot, page.table, 0)

    def changes(dialog: CompareDialog) -> tuple[str, str, list[list[str]]]:
        table = dialog.table
        rows = [
            [table.item(r, c).text() if table.item(r, c) else "" for c in range(3)]
            for r in range(table.rowCount())
        ]
        seen = dialog.windowTitle(), dialog.summary.text(), rows
        dialog.close_button.click()
        return seen

    [(compare_title, summary, rows)] = (
        Modals()
        .expect(CompareDialog, changes)
        .run(action_in_menu(sec, "Sekretariat", "Endret siden forrige levering …").trigger)
    )
    assert compare_title == "Endret siden forrige levering"
    assert "mellom versjon 1 og versjon 2" in summary
    assert ["Prosjektnavn", TITLE, FIXED_TITLE] in rows

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    seen_by_sec = marker(sec, "identification.title")
    assert seen_by_sec.isVisible()
    assert seen_by_sec.text() == (
        f"✎ Merknad fra sekretariatet (besvart): {REMARK} ↳ Rettet i revisjon 2: {ANSWER}"
    )

    # -- Both timelines tell the story, newest first, with who did what.
    [(sec_title, theirs)] = (
        Modals()
        .expect(HistoryDialog, read_history)
        .run(action_in_menu(sec, "Vis", "Sakshistorikk …").trigger)
    )
    wg = at_desk(group)
    [(wg_title, ours)] = (
        Modals()
        .expect(HistoryDialog, read_history)
        .run(action_in_menu(wg, "Vis", "Sakshistorikk …").trigger)
    )
    assert sec_title == f"Sakshistorikk – {FIXED_TITLE}" and wg_title == sec_title

    def story(rows: list[dict[str, str]]) -> list[tuple[str, str, str, str]]:
        """Oldest first: (what, review state, who without the fingerprint, text)."""
        return [
            (r["Hendelse"], r["Saksstatus"], r["Utført av"].split(" [")[0], r["Tekst"])
            for r in reversed(rows)
        ]

    def revisions(rows: list[dict[str, str]], what: str) -> list[str]:
        return [r["Revisjon"] for r in reversed(rows) if r["Hendelse"] == what]

    kare, siri = GROUP_NAME, SECRETARIAT_NAME
    # The secretariat's side: each delivery received from Kåre (and put in «Mottatt» by
    # Siri's program), her review, her remark and its sending, and Kåre's answer.
    assert [s[:3] for s in story(theirs)] == [
        ("Mottatt", "", kare),
        ("Ny saksstatus", "Mottatt", siri),
        ("Ny saksstatus", "Til samordning", siri),
        ("Merknad", "", siri),
        ("Merknader sendt", "", siri),
        ("Ny saksstatus", "Returnert med merknader", siri),
        ("Mottatt", "", kare),
        ("Ny saksstatus", "Mottatt", siri),
        ("Svar levert", "", kare),
    ], story(theirs)
    assert revisions(theirs, "Mottatt") == ["1", "2"]
    comments = {s[1]: s[3] for s in story(theirs) if s[0] == "Ny saksstatus"}
    assert comments["Til samordning"] == "Ser på geografien."
    assert comments["Returnert med merknader"] == "Merknader sendt"
    assert any(REMARK in s[3] for s in story(theirs) if s[0] == "Merknad"), story(theirs)

    # The working group's side: its own work, the remarks from Siri, its answer.
    assert [s[:3] for s in story(ours)] == [
        ("Opprettet", "", kare),
        ("Versjon lagret", "", kare),
        ("Signert", "", kare),
        ("Eksportert", "", kare),
        ("Sendt til sekretariatet", "", kare),
        ("Merknader mottatt", "", siri),
        ("Svar på merknad", "", kare),
        ("Versjon lagret", "", kare),
        ("Signert", "", kare),
        ("Eksportert", "", kare),
        ("Sendt til sekretariatet", "", kare),
    ], story(ours)
    for what in ("Versjon lagret", "Signert", "Sendt til sekretariatet"):
        assert revisions(ours, what) == ["1", "2"], what
    # Who is the certificate, not a login name: one fingerprint per person on both sides.
    for name in (kare, siri):
        shown = {r["Utført av"] for r in ours + theirs if r["Utført av"].startswith(name)}
        assert len(shown) == 1 and "[SHA-256 " in shown.pop(), shown
