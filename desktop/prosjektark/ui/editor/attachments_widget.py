"""Attachments: a list of files copied into the store, with add, open, remove and a description."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.form import FormField
from prosjektark.domain.nb_format import format_number
from prosjektark.domain.sheet import Attachment
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.editor.base import EditorContext, FieldEditor, configure_input, set_help
from prosjektark.ui.qt_translations import translate


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return format_number(size / (1024 * 1024), min_decimals=1, max_decimals=1) + " MB"


def content_problem(path: Path) -> str | None:
    """Why the file cannot be attached because its content is not what its name says
    (Norwegian), None when it can. The receiver opens an attachment by its name."""
    from prosjektark.domain.filetypes import file_mismatch

    try:
        problem = file_mismatch(path)
    except OSError:
        return None  # a file that cannot be read: the handler says so in its own words
    if problem is None:
        return None
    return f"{problem}\n\n" + translate(
        "attachments_widget",
        "Vedlegget er ikke lagt til. Kontroller at det er riktig fil, eller gi "
        "den en filendelse som passer innholdet.",
    )


class AttachmentsEditor(FieldEditor):
    heading_label = True

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.list = QListWidget(self)
        self.list.setMinimumHeight(140)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        configure_input(self.list, field.path, field.label, field.help, field.source)
        self.empty = QLabel(translate("attachments_widget", "Ingen vedlegg ennå."), self)
        theme.set_style(self.empty, "color: $muted_text;")

        self.add_button = QPushButton(translate("attachments_widget", "Legg til vedlegg …"), self)
        self.add_button.setObjectName("attachments:add")
        self.open_button = QPushButton(translate("attachments_widget", "Åpne"), self)
        self.open_button.setObjectName("attachments:open")
        self.remove_button = QPushButton(translate("attachments_widget", "Fjern"), self)
        self.remove_button.setObjectName("attachments:remove")
        self.remove_button.setAccessibleName(translate("attachments_widget", "Fjern valgt vedlegg"))
        for button in (self.add_button, self.open_button, self.remove_button):
            set_help(button, field.label, field.help, field.source)
        if context.attachments is None:
            tip = translate("attachments_widget", "Vedlegg kan ikke legges til eller åpnes her.")
            self.add_button.setToolTip(tip)
            self.open_button.setToolTip(tip)

        self.description_label = QLabel(
            translate("attachments_widget", "Beskrivelse av valgt vedlegg"), self
        )
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(
            translate("attachments_widget", "For eksempel «Situasjonsplan, skisse 1:500»")
        )
        configure_input(
            self.description,
            f"{field.path}.description",
            translate("attachments_widget", "Beskrivelse av valgt vedlegg"),
            translate("attachments_widget", "Hva vedlegget viser; teksten følger med i eksporten."),
            field.source,
        )
        self.description_label.setBuddy(self.description)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.description_label)
        layout.addWidget(self.description)
        self.setFocusProxy(self.add_button)

        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.description.textEdited.connect(self._on_description)

    def attachments(self) -> list[Attachment]:
        return self.sheet.attachments if self.sheet is not None else []

    def _label(self, attachment: Attachment) -> str:
        text = f"{attachment.filename}  ({human_size(attachment.size)})"
        return f"{text} — {attachment.description}" if attachment.description else text

    def _load(self) -> None:
        self.list.clear()
        for attachment in self.attachments():
            item = QListWidgetItem(self._label(attachment), self.list)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_row(self.list.currentRow())

    def _on_row(self, row: int) -> None:
        has = 0 <= row < len(self.attachments())
        with self.loading():
            self.description.setText(self.attachments()[row].description if has else "")
        self.empty.setVisible(not self.attachments())
        self.list.setVisible(bool(self.attachments()))
        self._enable(has)

    def _enable(self, has_current: bool) -> None:
        editable = not self.read_only
        handler = self.context.attachments is not None
        self.add_button.setEnabled(editable and handler)
        self.open_button.setEnabled(has_current and handler)
        self.remove_button.setEnabled(has_current and editable)
        self.description.setEnabled(has_current)
        self.description.setReadOnly(not editable)
        self.description_label.setEnabled(has_current)

    def choose_files(self) -> list[Path]:
        return file_dialogs.open_files(
            self,
            translate("attachments_widget", "Legg til vedlegg"),
            translate(
                "attachments_widget",
                "Alle filer (*);;PDF (*.pdf);;Bilder (*.png *.jpg *.jpeg);;Kart og tegninger (*.pdf *.dwg *.svg)",
            ),
            key="vedlegg",
        )

    def add_files(self) -> None:
        handler = self.context.attachments
        if handler is None or self.sheet is None or self.read_only:
            return
        added = False
        for path in self.choose_files():
            problem = content_problem(path)
            if problem:
                QMessageBox.warning(
                    self, translate("attachments_widget", "Kunne ikke legge til vedlegg"), problem
                )
                continue
            try:
                attachment = handler.add(path)
            except Exception as exc:  # the handler's message is Norwegian and user-facing
                QMessageBox.warning(
                    self,
                    translate("attachments_widget", "Kunne ikke legge til vedlegg"),
                    f"«{path.name}»: {exc}",
                )
                continue
            self.sheet.attachments.append(attachment)
            added = True
        if added:
            self.notify()
            with self.loading():
                self._load()
            self.list.setCurrentRow(self.list.count() - 1)
            self.list.setFocus()

    def current(self) -> Attachment | None:
        row = self.list.currentRow()
        items = self.attachments()
        return items[row] if 0 <= row < len(items) else None

    def open_current(self) -> None:
        attachment = self.current()
        handler = self.context.attachments
        if attachment is None or handler is None:
            return
        try:
            handler.open(attachment)
        except Exception as exc:  # shown, never swallowed
            QMessageBox.warning(
                self, translate("attachments_widget", "Kunne ikke åpne vedlegget"), str(exc)
            )

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self.current() is None or self.read_only:
            return
        del self.sheet.attachments[row]
        self.notify()
        with self.loading():
            self._load()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self.list.setFocus()
        else:
            self.add_button.setFocus()

    def _on_description(self, text: str) -> None:
        attachment = self.current()
        if attachment is None or self._loading or self.read_only:
            return
        attachment.description = text
        self.list.currentItem().setText(self._label(attachment))
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._enable(self.current() is not None)
