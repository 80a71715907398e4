"""Verify a package (.asice) against a trust list, as `prosjektark verify` does: the
user's own, with the signers the machine-wide configuration trusts always added.

Shows a green "gyldig" or a red "ikke gyldig" banner with the reasons, the
signer and fingerprint, and the files in the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.signing.identity_wizard import fingerprint_text

if TYPE_CHECKING:
    from prosjektark.exchange.package_reader import VerificationResult

# Style sheet templates for theme.set_style.
VALID_STYLE = (
    "QFrame#banner { background: $ok_box_background; border: 1px solid $ok_box_border;"
    " border-radius: 4px; } QLabel { color: $ok_box_text; }"
)
INVALID_STYLE = (
    "QFrame#banner { background: $error_box_background; border: 1px solid $error_box_border;"
    " border-radius: 4px; } QLabel { color: $error_box_text; }"
)


def signer_text(result: VerificationResult) -> str:
    """ "Navn, Organisasjon <e-post>" from the signer's certificate, or "–"."""
    cert = result.signer
    if cert is None:
        return "–"
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    def attr(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        email = next(iter(san.value.get_values_for_type(x509.RFC822Name)), "")
    except x509.ExtensionNotFound:
        email = attr(NameOID.EMAIL_ADDRESS)
    text = ", ".join(p for p in (attr(NameOID.COMMON_NAME), attr(NameOID.ORGANIZATION_NAME)) if p)
    if email:
        text = f"{text} <{email}>" if text else email
    return text or (result.signer_subject or "–")


def machine_trust_note() -> tuple[bool, QLabel]:
    """Whether the machine trusts signers for every user, and the note that says so (shown
    only then) under a trust field: those signers count whatever is chosen there
    (signing/trust.py). The verify and import dialogs both show it."""
    from prosjektark.signing.trust import has_machine_trust

    trusted = has_machine_trust()
    note = QLabel(
        translate(
            "verify_dialog",
            "I tillegg gjelder sertifikatene IT-avdelingen har lagt inn for denne maskinen.",
        )
    )
    note.setObjectName("machineTrust")
    note.setWordWrap(True)
    theme.set_style(note, "color: $muted_text;")
    note.setVisible(trusted)
    return trusted, note


class VerifyDialog(QDialog):
    """`package` and `trust` prefill the fields (trust: a PEM/DER file, a .sha256 file of
    pinned fingerprints, or a folder of them); `verify()` runs the check."""

    def __init__(
        self,
        parent: QWidget | None = None,
        package: Path | None = None,
        trust: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.result: VerificationResult | None = None
        self.setWindowTitle(translate("verify_dialog", "Verifiser pakke – Prosjektark"))

        self.package_edit = QLineEdit(str(package) if package else "")
        self.package_edit.setObjectName("package")
        self.package_edit.setPlaceholderText(
            translate("verify_dialog", "Pakken som skal kontrolleres (.asice)")
        )
        package_button = QPushButton(translate("verify_dialog", "Velg pakke …"))
        package_button.clicked.connect(self.choose_package)
        self.trust_edit = QLineEdit(str(trust) if trust else "")
        self.trust_edit.setObjectName("trust")
        self.trust_edit.setPlaceholderText(
            translate("verify_dialog", "Sertifikat (.pem) eller mappe med sertifikater")
        )
        trust_file = QPushButton(translate("verify_dialog", "Fil …"))
        trust_file.clicked.connect(self.choose_trust_file)
        trust_dir = QPushButton(translate("verify_dialog", "Mappe …"))
        trust_dir.clicked.connect(self.choose_trust_dir)
        package_row = QHBoxLayout()
        package_row.addWidget(self.package_edit, 1)
        package_row.addWidget(package_button)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_edit, 1)
        trust_row.addWidget(trust_file)
        trust_row.addWidget(trust_dir)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        package_label = QLabel(translate("verify_dialog", "&Pakke:"))
        package_label.setBuddy(self.package_edit)
        trust_label = QLabel(translate("verify_dialog", "&Stol på:"))
        trust_label.setBuddy(self.trust_edit)
        form.addRow(package_label, package_row)
        form.addRow(trust_label, trust_row)
        self.machine_trust, self.machine_trust_note = machine_trust_note()
        form.addRow("", self.machine_trust_note)
        self.verify_button = QPushButton(translate("verify_dialog", "Kontroller"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify)
        self.package_edit.textChanged.connect(self._update)
        self.trust_edit.textChanged.connect(self._update)

        # Result: a coloured banner with the verdict and reasons, then signer and files.
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.reasons)
        self.signer = QLabel()
        self.signer.setObjectName("signer")
        self.signer.setWordWrap(True)
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QListWidget()
        self.files.setObjectName("files")
        self.files.setAlternatingRowColors(True)
        details = QFormLayout()
        details.addRow(translate("verify_dialog", "Signert av:"), self.signer)
        details.addRow("SHA-256:", self.fingerprint)
        details.addRow(translate("verify_dialog", "Filer:"), self.files)
        self.details = QWidget()
        self.details.setLayout(details)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("verify_dialog", "Lukk")
        )
        close.rejected.connect(self.reject)
        close.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(close)
        self.banner.hide()
        self.details.hide()
        self.setMinimumWidth(560)
        self.resize(680, 300)
        enter_presses(self, self.verify_button)
        self._update()

    def _update(self) -> None:
        self.verify_button.setEnabled(
            bool(self.package_edit.text().strip())
            and (bool(self.trust_edit.text().strip()) or self.machine_trust)
        )

    def choose_package(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            translate("verify_dialog", "Velg pakke"),
            translate("verify_dialog", "Signert pakke (*.asice);;Alle filer (*)"),
            self.package_edit.text(),
            key="pakker",
        )
        if chosen is not None:
            self.package_edit.setText(str(chosen))

    def choose_trust_file(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            translate("verify_dialog", "Velg sertifikat"),
            translate(
                "verify_dialog",
                "Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)",
            ),
            self.trust_edit.text(),
            key="sertifikat",
        )
        if chosen is not None:
            self.trust_edit.setText(str(chosen))

    def choose_trust_dir(self) -> None:
        chosen = file_dialogs.choose_folder(
            self, translate("verify_dialog", "Velg mappe med sertifikater"), key="sertifikat"
        )
        if chosen is not None:
            self.trust_edit.setText(str(chosen))

    def verify(self) -> VerificationResult | None:
        from prosjektark.exchange.package_reader import VerificationResult, verify_package
        from prosjektark.signing.trust import TrustError, load_trust

        package = Path(self.package_edit.text().strip())
        typed = self.trust_edit.text().strip()
        trust_failed = False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                trust = load_trust(Path(typed) if typed else None)
            except TrustError as exc:
                result = VerificationResult(valid=False, unreadable=True, reasons=[str(exc)])
                trust_failed = True
            else:
                if not package.is_file():
                    result = VerificationResult(
                        valid=False,
                        unreadable=True,
                        reasons=[
                            translate("verify_dialog", "Fant ikke pakken {path}.").format(
                                path=package
                            )
                        ],
                    )
                else:
                    result = verify_package(package, trust)
        except Exception as exc:  # the dialog reports, never crashes
            result = VerificationResult(
                valid=False,
                unreadable=True,
                reasons=[
                    translate("verify_dialog", "Uventet feil under verifisering: {error}").format(
                        error=exc
                    )
                ],
            )
        finally:
            QApplication.restoreOverrideCursor()
        self.show_result(result)
        if trust_failed:  # the package itself was never opened
            self.headline.setText(translate("verify_dialog", "✖  Tillitslisten kan ikke leses"))
        return result

    def show_result(self, result: VerificationResult) -> None:
        self.result = result
        if result.valid:
            theme.set_style(self.banner, VALID_STYLE)
            self.headline.setText(translate("verify_dialog", "✔  Pakken er gyldig"))
            self.reasons.setText(
                translate(
                    "verify_dialog",
                    "Signaturen stemmer, signereren er på tillitslisten, og ingen filer er endret.",
                )
            )
        else:
            theme.set_style(self.banner, INVALID_STYLE)
            self.headline.setText(
                translate("verify_dialog", "✖  Pakken kan ikke leses")
                if result.unreadable
                else translate("verify_dialog", "✖  Pakken er ikke gyldig")
            )
            self.reasons.setText("\n".join(f"•  {r}" for r in result.reasons))
        self.signer.setText(signer_text(result))
        self.fingerprint.setText(
            fingerprint_text(result.fingerprint) if result.fingerprint else "–"
        )
        self.files.clear()
        self.files.addItems(result.files)
        rows = min(max(self.files.count(), 1), 8)
        frame = 2 * self.files.frameWidth()
        self.files.setFixedHeight(rows * self.files.sizeHintForRow(0) + frame + 2)
        self.banner.show()
        self.details.setVisible(result.signer is not None or bool(result.files))
        self.resize(max(self.width(), 680), max(self.height(), self.sizeHint().height()))
