"""Exporting the open or selected sheet: choose formats and folder, unlock the identity
when signing, run with a cancellable progress dialog, and say what happened."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store, WriteToken
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.signing.batch_export import ExportReport, run_export_jobs


class ExportDialog(QDialog):
    """Formats (PDF, Excel, JSON, signed package) and the folder to write to.

    `signing_problem` (exchange.export.signing_refusal) says why the sheet cannot be
    signed yet: the package is then off and cannot be chosen, the reason is shown, and a
    draft PDF is offered instead."""

    def __init__(
        self,
        title: str,
        default_dir: Path,
        parent: QWidget | None = None,
        *,
        signing_problem: str | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(
            translate("export_dialog", "Eksporter «{title}»").format(
                title=title or translate("export_dialog", "(uten navn)")
            )
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.package = QCheckBox(
            translate("export_dialog", "&Signert pakke til sekretariatet (.asice)")
        )
        self.package.setObjectName("package")
        self.package.setChecked(True)
        package_note = QLabel(
            translate(
                "export_dialog",
                "Pakken låser versjonen: endrer du arket etterpå, blir det en ny versjon. "
                "Bare ark med status Klar (ingen feil, alle advarsler kvittert ut) kan signeres.",
            )
        )
        package_note.setWordWrap(True)
        theme.set_style(package_note, "color: $muted_text; margin-left: 22px;")
        loose = QLabel(translate("export_dialog", "Også som egne filer:"))
        loose.setStyleSheet("margin-top: 6px;")
        self.pdf = QCheckBox(translate("export_dialog", "&PDF"))
        self.pdf.setObjectName("pdf")
        self.xlsx = QCheckBox(translate("export_dialog", "&Excel (.xlsx)"))
        self.xlsx.setObjectName("xlsx")
        self.json = QCheckBox(translate("export_dialog", "&JSON (prosjektark-format)"))
        self.json.setObjectName("json")
        # Why «Signer og eksporter» cannot be chosen, before the user tries it.
        self.signing_problem = QLabel(self)
        self.signing_problem.setObjectName("signing_problem")
        self.signing_problem.setWordWrap(True)
        self.signing_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_style(self.signing_problem, "color: $error_text; margin-left: 22px;")
        self.signing_problem.setVisible(False)
        if signing_problem:
            self.package.setChecked(False)
            self.package.setEnabled(False)
            self.package.setToolTip(
                translate("export_dialog", "Arket må ha status Klar før det kan signeres.")
            )
            self.signing_problem.setText(
                signing_problem
                + "\n\n"
                + translate(
                    "export_dialog",
                    "Du kan fortsatt lage en PDF; den merkes UTKAST og er ikke signert.",
                )
            )
            self.signing_problem.setAccessibleName(
                translate("export_dialog", "Hvorfor arket ikke kan signeres")
            )
            self.signing_problem.setVisible(True)
            self.pdf.setChecked(True)
        self.folder = QLineEdit(str(default_dir))
        self.folder.setObjectName("folder")
        browse = QPushButton(translate("export_dialog", "&Velg mappe …"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        folder_label = QLabel(translate("export_dialog", "&Mappe:"))
        folder_label.setBuddy(self.folder)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("export_dialog", "Avbryt")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.package)
        layout.addWidget(package_note)
        layout.addWidget(self.signing_problem)
        layout.addWidget(loose)
        for box in (self.pdf, self.xlsx, self.json):
            layout.addWidget(box)
            box.toggled.connect(self._update)
        self.package.toggled.connect(self._update)
        self.folder.textChanged.connect(self._update)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        enter_presses(self, self.ok_button)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(any(self.formats().values()) and bool(self.folder.text().strip()))
        # Same words as the menu item when the package (a signature) is part of it.
        signing = self.package.isChecked()
        if signing:
            self.ok_button.setText(translate("export_dialog", "Signer og eksporter"))
            self.setWindowTitle(translate("export_dialog", "Signer og eksporter – Prosjektark"))
        else:
            self.ok_button.setText(translate("export_dialog", "Eksporter"))
            self.setWindowTitle(translate("export_dialog", "Eksporter – Prosjektark"))

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, translate("export_dialog", "Velg mappe"), self.folder.text()
        )
        if chosen is not None:
            self.folder.setText(str(chosen))

    def formats(self) -> dict[str, bool]:
        return {
            "pdf": self.pdf.isChecked(),
            "xlsx": self.xlsx.isChecked(),
            "json": self.json.isChecked(),
            "package": self.package.isChecked(),
        }

    def out_dir(self) -> Path:
        return Path(self.folder.text().strip())


def export_interactively(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    sheet_id: uuid.UUID,
    *,
    identity_dir: Path,
    default_dir: Path,
    working_copy: Sheet | None = None,
    token: WriteToken | None = None,
    today: date | None = None,
) -> ExportReport | None:
    """The whole "Eksporter…" flow for one sheet; None when the user cancels a dialog.

    Pass the editor's sheet as `working_copy` (after flushing autosave) so a freshly
    frozen revision number reaches the editor too."""
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange.export import signing_refusal

    sheet = working_copy if working_copy is not None else store.load(sheet_id)
    title = sheet.identification.title
    # The same rule the export applies (status Klar), asked before the dialog opens so
    # the choice that cannot succeed is not offered.
    problem = signing_refusal(sheet, check_sheet(sheet, catalog, today=today))
    dialog = ExportDialog(title, default_dir, parent, signing_problem=problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    formats = dialog.formats()
    identity = None
    if formats["package"]:
        from prosjektark.ui.signing.passphrase_dialog import obtain_identity

        identity = obtain_identity(parent, identity_dir)
        if identity is None:
            return None
    report = run_export_jobs(
        parent,
        store,
        catalog,
        [sheet_id],
        dialog.out_dir(),
        formats=formats,
        identity=identity,
        working_copies={sheet_id: working_copy} if working_copy is not None else None,
        tokens={sheet_id: token} if token is not None else None,
        today=today,
    )
    text = report.summary()
    if report.written:
        files = "\n".join(f"  {p.name}" for _t, paths in report.written for p in paths)
        text += "\n\n" + translate("export_dialog", "Skrevet til {folder}:").format(
            folder=dialog.out_dir()
        )
        text += f"\n{files}"
        if report.packages:
            text += "\n\n" + translate(
                "export_dialog", "Pakken ligger i utboksen til du markerer den som levert."
            )
        show_written(parent, text, dialog.out_dir())
    elif not report.cancelled:
        QMessageBox.warning(parent, translate("export_dialog", "Ikke eksportert"), text)
    return report


def show_written(parent: QWidget | None, text: str, folder: Path) -> None:
    """The «Eksportert» message, with a button that opens the folder the files are in
    (the next thing a user does is attach them to an e-mail or upload them)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, translate("export_dialog", "Eksportert"), text, parent=parent
    )
    open_folder = box.addButton(
        translate("export_dialog", "&Åpne mappe"), QMessageBox.ButtonRole.ActionRole
    )
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()
    if box.clickedButton() is open_folder and not QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(folder))
    ):
        QMessageBox.warning(
            parent,
            translate("export_dialog", "Kunne ikke åpne mappen"),
            translate("export_dialog", "Filene ligger i {folder}.").format(folder=folder),
        )
