"""File dialogs in bokmål, and paths typed into them work (issue 13, item 6).

Offscreen, Qt draws its own file dialog (no platform dialog exists), which is the one a
Linux laptop without a desktop portal shows. Keys go through the dialog's window, as the
keyboard's would, so the name field's completer popup is in the way as it is for a user.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from qt_helpers import find

from prosjektark.paths import resource
from prosjektark.ui import file_dialogs
from prosjektark.ui.qt_translations import (
    install_qt_translations,
    qt_catalogue,
    remove_translations,
)

# The filters «Legg til vedlegg» offers (attachments_widget.choose_files).
ATTACHMENT_FILTERS = "Alle filer (*);;PDF (*.pdf);;Bilder (*.png *.jpg *.jpeg);;Kart og tegninger (*.pdf *.dwg *.svg)"


@pytest.fixture
def bokmal(qapp):
    translators = install_qt_translations(qapp)
    assert translators
    yield translators
    remove_translations(qapp)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A file with spaces and æøå in its folder and its name, away from where dialogs open."""
    folder = tmp_path / "Prosjekter 2026" / "Tråkkvegen – æøå ÆØÅ"
    folder.mkdir(parents=True)
    target = folder / "Situasjonsplan rev 2 æøå.pdf"
    target.write_bytes(b"%PDF-1.4\n%%EOF\n")
    (folder / "Situasjonsplan rev 1.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return target


@pytest.fixture
def start_dir(tmp_path: Path) -> Path:
    start = tmp_path / "start"
    start.mkdir()
    (start / "annet.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    return start


def type_into_window(widget: QWidget, text: str) -> None:
    """Key events through the window, as a keyboard sends them: the completer popup, once
    it shows, gets them first (QTest.keyClicks on the line edit would skip it)."""
    window = widget.window().windowHandle()
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            window,
            Qt.Key(ord(char.upper())),
            char,
            Qt.KeyboardModifier.NoModifier,
        )


def press_enter(widget: QWidget) -> None:
    QTest.keyClick(widget.window().windowHandle(), Qt.Key.Key_Return)


def when_shown(kind: type, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Runs `act` on the next modal dialog of `kind` once the event loop shows it."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        ready = isinstance(dialog, kind) and focus is not None and focus.window() is dialog
        if not ready or dialog in seen:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            # A failed check must not leave a modal dialog waiting for a user.
            while (modal := QApplication.activeModalWidget()) is not None:
                modal.reject()
            raise

    QTimer.singleShot(0, poll)
    return seen


STRAY_MESSAGES: list[str] = []


def close_stray_messages(dialog: QWidget) -> None:
    """While `dialog` is open, a message box it raises (Qt's «File not found») is noted in
    STRAY_MESSAGES and both are closed, so that a failing test fails instead of waiting."""

    def poll() -> None:
        if not dialog.isVisible():
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            STRAY_MESSAGES.append(box.text())
            box.reject()
            QTimer.singleShot(0, dialog.reject)
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


@pytest.fixture(autouse=True)
def _no_stray_messages():
    STRAY_MESSAGES.clear()
    yield
    assert STRAY_MESSAGES == []


def type_path_and_enter(text: str, expect_message: bool = False) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit.hasFocus()
        type_into_window(edit, text)
        assert edit.text() == text
        if not expect_message:
            close_stray_messages(dialog)
        press_enter(edit)

    return act


def texts(dialog: QWidget) -> set[str]:
    found = {label.text() for label in dialog.findChildren(QLabel)}
    found |= {button.text() for button in dialog.findChildren(QPushButton)}
    found |= {w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()}
    return found


# ------------------------------------------------------------------ typed paths


def test_a_typed_absolute_path_with_spaces_and_aeoeaa_adds_that_file(
    qtbot, bokmal, elsewhere: Path, start_dir: Path
) -> None:
    shown = when_shown(QFileDialog, type_path_and_enter(str(elsewhere)))

    chosen = file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir)

    assert shown and chosen == [elsewhere]


def test_a_typed_path_is_taken_whichever_filter_is_chosen(
    qtbot, bokmal, tmp_path: Path, start_dir: Path
) -> None:
    drawing = tmp_path / "kart og tegninger" / "Kryss Ålesundsvegen.dwg"
    drawing.parent.mkdir()
    drawing.write_bytes(b"AC1032")

    def choose_pictures_then_type(dialog: QFileDialog) -> None:
        dialog.selectNameFilter("Bilder (*.png *.jpg *.jpeg)")
        type_path_and_enter(str(drawing))(dialog)

    when_shown(QFileDialog, choose_pictures_then_type)

    assert file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir) == [
        drawing
    ]


def test_home_relative_and_relative_paths_work(
    qtbot, bokmal, monkeypatch, tmp_path: Path, elsewhere: Path, start_dir: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    from_home = "~/" + elsewhere.relative_to(tmp_path).as_posix()
    when_shown(QFileDialog, type_path_and_enter(from_home))
    assert file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir) == [
        elsewhere
    ]

    relative = "../" + elsewhere.relative_to(tmp_path).as_posix()
    when_shown(QFileDialog, type_path_and_enter(relative))
    chosen = file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir)
    assert [p.resolve() for p in chosen] == [elsewhere]


@pytest.mark.parametrize(
    "pasted",
    [
        '"{path}"',  # Windows' «Kopier som bane»
        "  {path} ",  # blanks picked up with the selection
        "{url}",  # a file manager's address
    ],
)
def test_a_pasted_path_in_quotes_with_blanks_or_as_an_address_works(
    qtbot, bokmal, elsewhere: Path, start_dir: Path, pasted: str
) -> None:
    text = pasted.format(path=elsewhere, url=elsewhere.as_uri())

    def paste_and_enter(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        QApplication.clipboard().setText(text)
        QTest.keyClick(
            edit.window().windowHandle(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
        )
        assert edit.text() == text
        close_stray_messages(dialog)
        press_enter(edit)

    when_shown(QFileDialog, paste_and_enter)

    assert file_dialogs.open_file(None, "Importer prosjektark", ATTACHMENT_FILTERS, start_dir) == (
        elsewhere
    )


def test_a_typed_path_that_leads_nowhere_names_the_missing_folder(
    qtbot, bokmal, elsewhere: Path, start_dir: Path
) -> None:
    # What a keyboard that drops «å» produces: the folder is wrong, the file name is right.
    wrong_folder = Path(str(elsewhere.parent).replace("Tråkkvegen", "Trkkvegen"))
    warnings: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        warnings.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
        QTimer.singleShot(0, lambda: dialogs[0].reject())

    def type_then_expect_warning(dialog: QFileDialog) -> None:
        when_shown(QMessageBox, read_and_close)
        type_path_and_enter(str(wrong_folder / elsewhere.name), expect_message=True)(dialog)

    dialogs = when_shown(QFileDialog, type_then_expect_warning)

    assert file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir) == []
    assert warnings == [f"Finner ikke «{wrong_folder}».\n\nKontroller at stien er skrevet riktig."]


def test_legg_til_vedlegg_in_the_editor_takes_a_typed_path(
    qtbot, bokmal, catalog, tmp_path: Path, elsewhere: Path
) -> None:
    """Through the real button: the sheet gets the file typed into «Legg til vedlegg»."""
    from prosjektark.domain.sheet import Identification, Sheet
    from prosjektark.store.repository import Store
    from prosjektark.ui.editor import SheetEditor
    from prosjektark.ui.main_window import StoreAttachments

    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        sheet = Sheet(profile="miljopakken", identification=Identification(phase="PU"))
        store.create(sheet)
        editor = SheetEditor(catalog, StoreAttachments(store, lambda: sheet))
        qtbot.addWidget(editor)
        editor.set_sheet(sheet)
        editor.show_step("vedlegg")
        labels: list[set[str]] = []

        def look_then_type(dialog: QFileDialog) -> None:
            labels.append(texts(dialog))
            type_path_and_enter(str(elsewhere))(dialog)

        when_shown(QFileDialog, look_then_type)
        qtbot.mouseClick(find(editor, "attachments:add", QPushButton), Qt.MouseButton.LeftButton)

        assert [a.filename for a in editor.sheet().attachments] == [elsewhere.name]
        assert {"&Søk i:", "Fil&navn:", "Fil&type:"} <= labels[0]


# ------------------------------------------------------------------ bokmål


def test_qts_file_dialog_speaks_bokmal(qtbot, bokmal, start_dir: Path) -> None:
    seen: list[set[str]] = []

    def look_and_cancel(dialog: QFileDialog) -> None:
        seen.append(texts(dialog))
        headers = dialog.findChild(QWidget, "treeView").model()
        seen.append({headers.headerData(i, Qt.Orientation.Horizontal) for i in range(4)})
        dialog.reject()

    when_shown(QFileDialog, look_and_cancel)
    assert file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir) == []

    shown, headers = seen
    assert {"&Søk i:", "Fil&navn:", "Fil&type:", "&Åpne", "Avbryt"} <= shown
    assert {"Tilbake", "Frem", "Opp ett nivå", "Opprett ny mappe"} <= shown
    assert {"Listevisning", "Detaljvisning"} <= shown
    assert headers == {"Navn", "Størrelse", "Type", "Endret dato"}
    assert not {"&Look in:", "File &name:", "Files of &type:", "&Open", "Cancel"} & shown


def test_the_save_and_folder_dialogs_speak_bokmal(qtbot, bokmal, start_dir: Path) -> None:
    seen: list[set[str]] = []

    def look_and_cancel(dialog: QFileDialog) -> None:
        seen.append(texts(dialog))
        dialog.reject()

    when_shown(QFileDialog, look_and_cancel)
    assert file_dialogs.save_file(None, "Lagre saksmappe", start_dir / "saksmappe.pdf") is None
    when_shown(QFileDialog, look_and_cancel)
    assert file_dialogs.choose_folder(None, "Velg mappe", start_dir) is None

    save, folder = seen
    assert {"&Lagre", "Avbryt", "Fil&navn:"} <= save
    assert {"&Velg", "Avbryt", "Mappe:"} <= folder


def test_replacing_a_file_asks_in_bokmal(qtbot, bokmal, start_dir: Path) -> None:
    existing = start_dir / "annet.pdf"
    questions: list[str] = []

    def answer_yes(box: QMessageBox) -> None:
        questions.append(box.text())
        questions.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Yes).click()

    def enter(dialog: QFileDialog) -> None:
        when_shown(QMessageBox, answer_yes)
        press_enter(dialog.findChild(QLineEdit, "fileNameEdit"))

    when_shown(QFileDialog, enter)

    assert file_dialogs.save_file(None, "Lagre", existing, "PDF (*.pdf)") == existing
    assert questions[0] == "annet.pdf finnes allerede.\nVil du erstatte den?"
    assert set(questions[1:]) == {"&Ja", "&Nei"}


def test_a_question_box_says_ja_and_nei(qtbot, bokmal) -> None:
    answers: list[set[str]] = []

    def read_and_answer(box: QMessageBox) -> None:
        answers.append({b.text() for b in box.buttons()})
        box.button(QMessageBox.StandardButton.No).click()

    when_shown(QMessageBox, read_and_answer)
    answer = QMessageBox.question(None, "Velkommen til Prosjektark", "Vil du legge inn eksempler?")

    assert answer == QMessageBox.StandardButton.No
    assert answers == [{"&Ja", "&Nei"}]


def test_standard_buttons_and_edit_menus_speak_bokmal(qtbot, bokmal) -> None:
    """Everything the hand-written dictionary in app.py covered, in the contexts Qt asks."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Help
    )
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {
        "OK",
        "Avbryt",
        "Lukk",
        "Lagre",
        "Åpne",
        "Bruk",
        "Forkast",
        "Hjelp",
    }
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    shown = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert shown[:7] == [
        "&Angre",
        "&Gjør om",
        "Klipp &ut",
        "&Kopier",
        "&Lim inn",
        "Slett",
        "Merk alt",
    ]
    # The GNOME theme asks its own context, for buttons with mnemonics.
    assert [
        bokmal[0].translate("QGnomeTheme", s) for s in ("&OK", "&Cancel", "&Close", "&Save")
    ] == [
        "&OK",
        "&Avbryt",
        "&Lukk",
        "&Lagre",
    ]


# ------------------------------------------------------------------ the catalogue


def test_the_committed_catalogue_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    """resources/translations/qtbase_nb.qm is what `make translations` makes of the .ts."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip(f"pyside6-lrelease is not installed beside {sys.executable}")
    compiled = tmp_path / "qtbase_nb.qm"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(resource("translations", "qtbase_nb.ts")),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert compiled.read_bytes() == qt_catalogue("nb").read_bytes(), (
        "resources/translations/qtbase_nb.qm is out of date: run `make translations`"
    )


def test_every_text_the_file_dialog_asks_for_is_translated(qtbot, start_dir: Path) -> None:
    """A translator that records what Qt asks for while the dialog is shown: every one of
    them must be in our catalogue (Qt's nynorsk lacks «&Look in:» and «Files of &type:»)."""
    ours = QTranslator()
    assert ours.load(str(qt_catalogue("nb")))
    asked: set[tuple[str, str, str]] = set()

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
            asked.add((context, source, disambiguation or ""))
            return None

    recorder = Recorder()
    QApplication.instance().installTranslator(recorder)
    try:

        def look_everywhere(dialog: QFileDialog) -> None:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.reject()

        when_shown(QFileDialog, look_everywhere)
        file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, start_dir)
    finally:
        QApplication.instance().removeTranslator(recorder)

    dialog_contexts = {"QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider"}
    wanted = {a for a in asked if a[0] in dialog_contexts | {"QPlatformTheme"}}
    missing = {a for a in wanted if not ours.translate(a[0], a[1], a[2] or None)}
    # Key sequences Qt parses back, not words: they stay as they are.
    missing = {a for a in missing if not a[1].startswith("Alt+")}
    assert wanted and not missing


def test_nynorsk_comes_from_qts_own_catalogue_and_english_needs_none(qapp) -> None:
    nynorsk = qt_catalogue("nn")
    assert nynorsk.parent == Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert nynorsk.is_file()
    assert qt_catalogue("en") is None
    try:
        assert install_qt_translations(qapp, "nn")
        assert QApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
        assert QApplication.translate("QFileDialog", "File &name:") == "Fil&namn:"
        install_qt_translations(qapp, "en")
        assert QApplication.translate("QFileDialog", "File &name:") == "File &name:"
    finally:
        remove_translations(qapp)
    with pytest.raises(ValueError):
        qt_catalogue("sv")


# ------------------------------------------------------------------ memory


def test_the_folder_used_last_is_where_the_next_dialog_opens(
    qtbot, bokmal, elsewhere: Path, start_dir: Path
) -> None:
    when_shown(QFileDialog, type_path_and_enter(str(elsewhere)))
    assert file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, key="vedlegg")

    opened_in: list[str] = []

    def note_and_cancel(dialog: QFileDialog) -> None:
        opened_in.append(dialog.directory().absolutePath())
        dialog.reject()

    when_shown(QFileDialog, note_and_cancel)
    file_dialogs.open_files(None, "Legg til vedlegg", ATTACHMENT_FILTERS, key="vedlegg")
    when_shown(QFileDialog, note_and_cancel)
    file_dialogs.open_files(None, "Importer rammer", ATTACHMENT_FILTERS, key="rammer")

    assert opened_in == [str(elsewhere.parent), str(Path.home())]
