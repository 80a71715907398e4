"""Unlocking the identity for signing: the passphrase dialog, and `obtain_identity`, which
runs the identity wizard first when the user has no identity yet. An identity whose
passphrase predates the passphrase policy still opens; the user is then offered to change
it (`ChangePassphraseDialog`)."""

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
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from prosjektark.signing.identity import Identity

# signing.identity's message for a wrong passphrase (its catalogue context and text), so
# the dialog knows that case in every language; named here, not extracted again.
_WRONG_PASSPHRASE = ("identity", "Feil passord, eller filen er ikke en gyldig PKCS#12-fil: {path}")


class PassphraseDialog(QDialog):
    """Asks for the passphrase of the PKCS#12 at `identity_path` and unlocks it; a wrong
    passphrase is said in the dialog, which stays open for another try.

    `weak` tells afterwards whether the passphrase that opened it falls short of the
    policy for new passphrases (an identity made before the policy)."""

    def __init__(
        self,
        identity_path: Path,
        parent: QWidget | None = None,
        purpose: str | None = None,
        action: str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.identity_path = Path(identity_path)
        self.identity: Identity | None = None
        self.weak = False
        self.setWindowTitle(title or translate("passphrase_dialog", "Signer – Prosjektark"))
        intro = QLabel(
            purpose
            or translate(
                "passphrase_dialog", "Skriv passordet til signeringsidentiteten din for å signere."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("passphrase_dialog", "Passord"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_style(self.error, "color: $error_text;")
        form = QFormLayout()
        form.addRow(translate("passphrase_dialog", "&Passord:"), self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            action or translate("passphrase_dialog", "Lås opp og signer")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("passphrase_dialog", "Avbryt")
        )
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
            wrong = translate(*_WRONG_PASSPHRASE).split("{path}")[0]
            if message.startswith(wrong):
                message = translate("passphrase_dialog", "Feil passord. Prøv igjen.")
            self.error.setText(message)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
        from prosjektark.signing.passphrase import assess_passphrase

        identity = self.identity
        self.weak = not assess_passphrase(
            self.passphrase.text(), (identity.name, identity.email, identity.organisation)
        ).acceptable
        self.passphrase.clear()
        super().accept()


class ChangePassphraseDialog(QDialog):
    """Stores an unlocked identity again under a new passphrase, judged by the policy as
    the user types; the button stays disabled until the passphrase is good enough."""

    def __init__(self, identity: Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from prosjektark.ui.signing.identity_wizard import (
            MUTED_STYLE,
            WHY_PASSPHRASE,
            PassphraseFields,
        )

        self.identity = identity
        self.changed: Identity | None = None
        self.setWindowTitle(translate("passphrase_dialog", "Bytt passord – Prosjektark"))
        why = QLabel(translate("identity_wizard", WHY_PASSPHRASE))
        why.setObjectName("passphraseWhy")
        why.setWordWrap(True)
        theme.set_style(why, MUTED_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("passphrase_dialog", "Bytt passord"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("passphrase_dialog", "Avbryt")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase = PassphraseFields(
            self,
            form,
            label=translate("passphrase_dialog", "&Nytt passord:"),
            repeat_label=translate("passphrase_dialog", "&Gjenta nytt passord:"),
            related=lambda: (identity.name, identity.email, identity.organisation),
            changed=self._update_button,
        )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_style(self.error, "color: $error_text;")
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update_button()

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.passphrase.acceptable())

    def accept(self) -> None:
        if not self.passphrase.acceptable():  # Enter in a field must not bypass the policy
            return
        from prosjektark.signing.identity import IdentityError, change_passphrase

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.changed = change_passphrase(self.identity, self.passphrase.value())
        except IdentityError as exc:
            self.error.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.passphrase.first.clear()
        self.passphrase.second.clear()
        super().accept()


def offer_stronger_passphrase(parent: QWidget | None, identity: Identity) -> Identity:
    """Ask whether to change a passphrase that predates the policy; the identity,
    unchanged or stored again, either way."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("passphrase_dialog", "Svakt passord – Prosjektark"))
    box.setText(
        translate(
            "passphrase_dialog",
            "Passordet til identiteten din er svakere enn det Prosjektark nå krever: minst 12 "
            "tegn og ikke et vanlig passord. Den som får tak i identitetsfilen, kan gjette et "
            "svakt passord raskt og signere i ditt navn.",
        )
    )
    box.setInformativeText(
        translate("passphrase_dialog", "Vil du bytte til et sterkere passord nå?")
    )
    change = box.addButton(
        translate("passphrase_dialog", "&Bytt passord …"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("passphrase_dialog", "&Ikke nå"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(change)
    box.exec()
    if box.clickedButton() is not change:
        return identity
    dialog = ChangePassphraseDialog(identity, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed is not None:
        return dialog.changed
    return identity


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
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.identity is None:
        return None
    if dialog.weak:
        return offer_stronger_passphrase(parent, dialog.identity)
    return dialog.identity
