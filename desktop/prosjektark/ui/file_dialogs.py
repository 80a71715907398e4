"""One way to ask for files and folders: open one or several, save, choose a folder.

The platform's own dialog is used where it has one (Windows, macOS, the desktop portal
and GTK on Linux), since it follows the system language and the user knows it. Elsewhere
Qt draws its own dialog, in bokmål through qt_translations. In that dialog a path typed
or pasted in the name field works as the user meant it: absolute, relative to the folder
shown, with ~, in quotes (Windows' «Kopier som bane») or as a file:// address.

Each purpose (`key`) remembers the last folder used, across sessions; a caller that
passes `start` decides for itself. Without either, the dialog opens in the home folder
rather than the program's working folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QWidget

from prosjektark import paths
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui.qt_translations import translate

ALL_FILES = QT_TRANSLATE_NOOP("file_dialogs", "Alle filer (*)")
_SETTINGS_GROUP = "file_dialogs"


def open_file(
    parent: QWidget | None,
    title: str,
    filters: str = ALL_FILES,
    start: str | Path = "",
    key: str | None = None,
) -> Path | None:
    """One existing file, or None when the user cancelled."""
    chosen = _run(parent, title, filters, start, key, QFileDialog.FileMode.ExistingFile)
    return chosen[0] if chosen else None


def open_files(
    parent: QWidget | None,
    title: str,
    filters: str = ALL_FILES,
    start: str | Path = "",
    key: str | None = None,
) -> list[Path]:
    """Existing files (one or more); empty when the user cancelled."""
    return _run(parent, title, filters, start, key, QFileDialog.FileMode.ExistingFiles)


def save_file(
    parent: QWidget | None,
    title: str,
    suggested: str | Path = "",
    filters: str = ALL_FILES,
    key: str | None = None,
) -> Path | None:
    """Where to write a file, or None when cancelled. `suggested` is a file name or a full
    path; a bare name is put in the remembered folder. Replacing a file is confirmed."""
    chosen = _run(
        parent,
        title,
        filters,
        suggested,
        key,
        QFileDialog.FileMode.AnyFile,
        accept_mode=QFileDialog.AcceptMode.AcceptSave,
    )
    return chosen[0] if chosen else None


def choose_folder(
    parent: QWidget | None, title: str, start: str | Path = "", key: str | None = None
) -> Path | None:
    """An existing folder, or None when cancelled."""
    chosen = _run(parent, title, "", start, key, QFileDialog.FileMode.Directory)
    return chosen[0] if chosen else None


def remembered_folder(key: str) -> Path | None:
    """The folder last used for `key`, while it still exists."""
    value = _settings().value(f"{_SETTINGS_GROUP}/{key}")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    return None


def remember_folder(key: str, folder: Path) -> None:
    settings = _settings()
    settings.setValue(f"{_SETTINGS_GROUP}/{key}", str(folder))
    settings.sync()


def tidy_typed_path(text: str) -> str:
    """What a user typed or pasted as one path, as a path: surrounding blanks and one pair
    of quotes removed, a file:// address made local, ~ expanded. Several quoted names
    ("a" "b", the dialog's own way of listing a multiple choice) are left as they are."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()
    if '"' in text:
        return text
    if text.lower().startswith("file:"):
        local = QUrl(text).toLocalFile()
        if local:
            text = local
    if text.startswith("~"):
        text = os.path.expanduser(text)
    return text


class FileDialog(QFileDialog):
    """Qt's file dialog with typed paths tidied, and a message that names the missing part
    when a typed path leads nowhere (Qt's own names only the last part)."""

    def accept(self) -> None:
        edit = self.findChild(QLineEdit, "fileNameEdit")  # Qt's name for the name field
        if edit is None or not edit.isVisible():  # the platform's dialog: nothing to tidy
            super().accept()
            return
        text = tidy_typed_path(edit.text())
        if text != edit.text():
            edit.setText(text)  # Qt selects the file the text names
        if text and '"' not in text and self.fileMode() in _MUST_EXIST:
            missing = _first_missing(Path(self.directory().absolutePath()) / text)
            if missing is not None:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    translate(
                        "file_dialogs",
                        "Finner ikke «{path}».\n\nKontroller at stien er skrevet riktig.",
                    ).format(path=missing),
                )
                return
        super().accept()


_MUST_EXIST = (
    QFileDialog.FileMode.ExistingFile,
    QFileDialog.FileMode.ExistingFiles,
    QFileDialog.FileMode.Directory,
)


def _first_missing(path: Path) -> Path | None:
    """The shortest leading part of `path` that does not exist; None when it all does."""
    if path.exists():
        return None
    for part in reversed(path.parents):
        if not part.exists():
            return part
    return path


def _run(
    parent: QWidget | None,
    title: str,
    filters: str,
    start: str | Path,
    key: str | None,
    mode: QFileDialog.FileMode,
    accept_mode: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> list[Path]:
    dialog = FileDialog(parent, title)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept_mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    elif filters:
        if filters == ALL_FILES:
            filters = translate("file_dialogs", ALL_FILES)
        dialog.setNameFilters(filters.split(";;"))
    folder, name = _start(start, key)
    dialog.setDirectory(str(folder))
    if name:
        dialog.selectFile(name)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        chosen = [Path(f) for f in dialog.selectedFiles() if f]
    finally:
        dialog.deleteLater()
    if chosen and key:
        first = chosen[0]
        remember_folder(key, first if mode == QFileDialog.FileMode.Directory else first.parent)
    return chosen


def _start(start: str | Path, key: str | None) -> tuple[Path, str]:
    """(folder to show, file name to suggest) from the caller's start and the memory."""
    given = Path(start) if str(start) else None
    if given is not None and given.is_dir():
        return given, ""
    name = given.name if given is not None else ""
    if given is not None and given.parent != Path(".") and given.parent.is_dir():
        return given.parent, name
    remembered = remembered_folder(key) if key else None
    return remembered or Path.home(), name


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
