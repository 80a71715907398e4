"""Unlocking the identity for signing: the passphrase dialog, and `obtain_identity`, which
runs the identity wizard first when the user has no identity yet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from prosjektark.signing.identity import Identity


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the PKCS#12 at `identity_path` and unlocks it; a wrong
    passphrase is said in the dialog, which stays open for another try."""

    def __init__(
        self,
        identity_path: Path,
        parent: QWidget | None = None,
        purpose: str = "Skriv passordet til signeringsidentiteten din for å signere.",
    ) -> None:
        super().__init__(parent)
        self.identity_path = Path(identity_path)
        self.identity: Identity | None = None
        self.setWindowTitle("Signer – Prosjektark")
        intro = QLabel(purpose)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passord")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow("&Passord:", self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lås opp og signer")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Avbryt")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        from prosjektark.signing.identity import IdentityError, load_identity

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.identity = load_identity(self.identity_path, self.passphrase.text())
        except IdentityError as exc:
            message = str(exc)
            if message.startswith("Feil passord"):
                message = "Feil passord. Prøv igjen."
            self.error.setText(message)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.passphrase.clear()
        super().accept()


def obtain_identity(parent: QWidget | None, directory: Path) -> Identity | None:
    """The unlocked identity in `directory`: the wizard when there is none yet, else the
    passphrase dialog. None when the user cancels."""
    from prosjektark.signing.identity import default_identity_path

    path = default_identity_path(directory)
    if not path.exists():
        from prosjektark.ui.signing.identity_wizard import IdentityWizard

        wizard = IdentityWizard(directory, parent)
        wizard.exec()
        return wizard.identity
    dialog = PassphraseDialog(path, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.identity
    return None
