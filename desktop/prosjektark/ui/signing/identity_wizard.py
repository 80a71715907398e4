"""The first-use wizard for a signing identity, and the "Min identitet" dialog.

Create: name, e-mail, organisation and a passphrase typed twice (the policy of
signing.passphrase, judged as the user types, with why it matters beside the fields) ->
an EC key and a self-signed certificate in an encrypted PKCS#12. Or import the
organisation's PKCS#12, re-encrypted with a passphrase that meets the same policy. The
last page shows the certificate's SHA-256 fingerprint and exports the certificate (PEM)
for the secretariat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from prosjektark.domain.nb_format import format_date
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from cryptography import x509

    from prosjektark.signing.identity import Identity

PAGE_INTRO, PAGE_NEW, PAGE_IMPORT, PAGE_DONE = range(4)
# Style sheet templates for theme.set_style.
ERROR_STYLE = "color: $error_text;"
MUTED_STYLE = "color: $muted_text;"
OK_STYLE = "color: $ok_text;"
WHY_PASSPHRASE = QT_TRANSLATE_NOOP(
    "identity_wizard",
    "Passordet er det eneste som står mellom en kopi av identitetsfilen (fra en stjålet "
    "PC eller en sikkerhetskopi) og en signatur i ditt navn. Den som har filen, kan prøve "
    "millioner av passord uten at noen merker det. Bruk minst 12 tegn, helst fire eller "
    "flere vanlige ord som ikke hører sammen. Unngå kjente passord, navnet ditt og "
    "årstall. Glemmer du passordet, må du lage en ny identitet.",
)


def passphrase_strength(text: str, related: Sequence[str] = ()) -> tuple[bool, str]:
    """(acceptable, hint in the current language) under the passphrase policy; the hint starts with the
    verdict in words ("For kort", "For vanlig", "Godkjent", "Sterkt passord")."""
    from prosjektark.signing.passphrase import assess_passphrase

    verdict = assess_passphrase(text, related)
    return verdict.acceptable, verdict.hint


def fingerprint_text(fingerprint: str) -> str:
    """The 32 hex pairs over two lines, so the label never needs to be wider than a page."""
    pairs = fingerprint.split(":")
    half = (len(pairs) + 1) // 2
    return ":".join(pairs[:half]) + "\n" + ":".join(pairs[half:])


def _mono_label(text: str = "") -> QLabel:
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def export_certificate(
    parent: QWidget | None, cert: x509.Certificate, path: Path | None = None
) -> Path | None:
    """Write the certificate as PEM; asks where when `path` is None. Returns the file."""
    from prosjektark.signing.identity import certificate_pem

    if path is None:
        path = file_dialogs.save_file(
            parent,
            translate("identity_wizard", "Eksporter sertifikat"),
            "sertifikat.pem",
            translate("identity_wizard", "Sertifikat (*.pem)"),
            key="sertifikat",
        )
        if path is None:
            return None
    try:
        path.write_bytes(certificate_pem(cert))
    except OSError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            parent,
            translate("identity_wizard", "Kunne ikke eksportere"),
            translate("identity_wizard", "Kunne ikke skrive {path}: {error}").format(
                path=path, error=exc.strerror or exc
            ),
        )
        return None
    return path


class CertificateView(QWidget):
    """Name, e-mail, organisation, validity and fingerprint of a certificate, with the
    buttons to copy the fingerprint and export the certificate."""

    exported = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cert: x509.Certificate | None = None
        self.name = QLabel()
        self.email = QLabel()
        self.organisation = QLabel()
        self.validity = QLabel()
        for label in (self.name, self.email, self.organisation, self.validity):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint = _mono_label()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setAccessibleName(translate("identity_wizard", "SHA-256-fingeravtrykk"))
        form = QFormLayout()
        form.addRow(translate("identity_wizard", "Navn:"), self.name)
        form.addRow(translate("identity_wizard", "E-post:"), self.email)
        form.addRow(translate("identity_wizard", "Organisasjon:"), self.organisation)
        form.addRow(translate("identity_wizard", "Gyldig:"), self.validity)
        form.addRow("SHA-256:", self.fingerprint)
        self.copy_button = QPushButton(translate("identity_wizard", "Kopier fingeravtrykk"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.export_button = QPushButton(
            translate("identity_wizard", "Eksporter sertifikat (PEM) …")
        )
        self.export_button.setObjectName("exportPem")
        self.export_button.clicked.connect(lambda: self.export_pem())
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        enter_presses(self, None)  # Enter belongs to the wizard's or dialog's own button

    def set_certificate(self, cert: x509.Certificate) -> None:
        from cryptography import x509 as _x509
        from cryptography.x509.oid import NameOID

        from prosjektark.signing.identity import fingerprint_sha256

        def attr(oid: _x509.ObjectIdentifier) -> str:
            values = cert.subject.get_attributes_for_oid(oid)
            return str(values[0].value) if values else "–"

        try:
            san = cert.extensions.get_extension_for_class(_x509.SubjectAlternativeName)
            email = ", ".join(san.value.get_values_for_type(_x509.RFC822Name))
        except _x509.ExtensionNotFound:
            email = ""
        self._cert = cert
        self.name.setText(attr(NameOID.COMMON_NAME))
        self.email.setText(email or attr(NameOID.EMAIL_ADDRESS))
        self.organisation.setText(attr(NameOID.ORGANIZATION_NAME))
        start = format_date(cert.not_valid_before_utc.astimezone().date())
        end = format_date(cert.not_valid_after_utc.astimezone().date())
        self.validity.setText(f"{start} – {end}")
        self.fingerprint.setText(fingerprint_text(fingerprint_sha256(cert)))

    def fingerprint_value(self) -> str:
        return self.fingerprint.text().replace("\n", ":")

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint_value())

    def export_pem(self, path: Path | None = None) -> Path | None:
        if self._cert is None:
            return None
        written = export_certificate(self, self._cert, path)
        if written is not None:
            self.exported.emit(written)
        return written


# ------------------------------------------------------------------ wizard pages


class _IntroPage(QWizardPage):
    def __init__(self, existing: bool) -> None:
        super().__init__()
        self.setTitle(translate("identity_wizard", "Signeringsidentitet"))
        self.setSubTitle(
            translate(
                "identity_wizard",
                "For å signere prosjektark trenger du en personlig identitet: en nøkkel som bare "
                "du har, og et sertifikat som viser hvem du er.",
            )
        )
        self.create = QRadioButton(translate("identity_wizard", "Lag en ny identitet (anbefalt)"))
        self.create.setObjectName("choiceCreate")
        self.create.setChecked(True)
        self.importing = QRadioButton(
            translate(
                "identity_wizard", "Importer identitet fra organisasjonen (PKCS#12-fil, .p12/.pfx)"
            )
        )
        self.importing.setObjectName("choiceImport")
        info = QLabel(
            translate(
                "identity_wizard",
                "Identiteten lagres kryptert på denne maskinen og beskyttes av et passord du "
                "velger. Sekretariatet trenger sertifikatet ditt (ikke passordet) for å kunne "
                "stole på pakkene du sender.",
            )
        )
        info.setWordWrap(True)
        theme.set_style(info, MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.create)
        layout.addWidget(self.importing)
        layout.addSpacing(12)
        layout.addWidget(info)
        self.replace: QCheckBox | None = None
        if existing:
            warning = QLabel(
                translate(
                    "identity_wizard",
                    "Du har allerede en identitet. Lager eller importerer du en ny, erstattes den "
                    "gamle, og pakker signert med den må sekretariatet fortsatt godta med det "
                    "gamle sertifikatet.",
                )
            )
            warning.setWordWrap(True)
            theme.set_style(warning, ERROR_STYLE)
            self.replace = QCheckBox(
                translate("identity_wizard", "Ja, erstatt den eksisterende identiteten")
            )
            self.replace.setObjectName("replaceExisting")
            self.replace.toggled.connect(self.completeChanged)
            layout.addSpacing(8)
            layout.addWidget(warning)
            layout.addWidget(self.replace)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.replace is None or self.replace.isChecked()

    def nextId(self) -> int:
        return PAGE_IMPORT if self.importing.isChecked() else PAGE_NEW


class PassphraseFields:
    """A new passphrase typed twice, judged by the passphrase policy as the user types.

    The hint under the fields says the verdict in words (colour only repeats it) and is
    also the first field's accessible description. `related` gives what the passphrase
    must not be built on (name, e-mail, organisation); call `refresh()` when it changes.
    """

    def __init__(
        self,
        page: QWidget,
        form: QFormLayout,
        label: str | None = None,
        repeat_label: str | None = None,
        object_name: str = "passphrase",
        related: Callable[[], Sequence[str]] = tuple,
        changed: Callable[[], None] | None = None,
    ) -> None:
        label = label or translate("identity_wizard", "&Passord:")
        repeat_label = repeat_label or translate("identity_wizard", "&Gjenta passord:")
        self._related = related
        self._changed: Callable[[], None] | None = None
        self._verdict: tuple[tuple[str, tuple[str, ...]], tuple[bool, str]] | None = None
        self.first = QLineEdit()
        self.first.setObjectName(object_name)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.second = QLineEdit()
        self.second.setObjectName(f"{object_name}Repeat")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(repeat_label.replace("&", "").rstrip(":"))
        self.hint = QLabel()
        self.hint.setObjectName(
            f"{object_name}Hint" if object_name != "passphrase" else "strengthHint"
        )
        self.hint.setWordWrap(True)
        form.addRow(label, self.first)
        form.addRow(repeat_label, self.second)
        form.addRow("", self.hint)
        self.rows = (self.first, self.second, self.hint)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self.refresh)
        self.refresh()
        self._changed = changed  # not before: the owner is still being built

    def _judge(self) -> tuple[bool, str]:
        key = (self.first.text(), tuple(self._related()))
        if self._verdict is None or self._verdict[0] != key:
            self._verdict = (key, passphrase_strength(*key))
        return self._verdict[1]

    def refresh(self) -> None:
        ok, hint = self._judge()
        style = OK_STYLE if ok else ERROR_STYLE
        if not self.first.text():
            style = MUTED_STYLE  # nothing typed yet: advice, not an error
        elif ok and self.second.text() and self.second.text() != self.first.text():
            ok, hint, style = (
                False,
                translate("identity_wizard", "Passordene er ikke like."),
                ERROR_STYLE,
            )
        elif ok and not self.second.text():
            hint += " " + translate("identity_wizard", "Skriv det en gang til i feltet under.")
        self.hint.setText(hint)
        theme.set_style(self.hint, style)
        self.first.setAccessibleDescription(hint)
        if self._changed is not None:
            self._changed()

    def acceptable(self) -> bool:
        ok, _ = self._judge()
        return ok and self.first.text() == self.second.text()

    def value(self) -> str:
        return self.first.text()


class _NewPage(QWizardPage):
    def __init__(self, wizard: IdentityWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("identity_wizard", "Ny identitet"))
        self.setSubTitle(
            translate(
                "identity_wizard",
                "Navn, e-post og organisasjon står i sertifikatet og vises i signaturen på PDF-en.",
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(translate("identity_wizard", "Fornavn Etternavn"))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(translate("identity_wizard", "navn@kommune.no"))
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.organisation.setPlaceholderText(
            translate("identity_wizard", "For eksempel Trondheim kommune")
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("identity_wizard", "N&avn:"), self.name)
        form.addRow(translate("identity_wizard", "&E-post:"), self.email)
        form.addRow(translate("identity_wizard", "&Organisasjon:"), self.organisation)
        # Where a prefilled name and e-mail came from, so the user knows to check them.
        self.contact_note = QLabel()
        self.contact_note.setObjectName("contactNote")
        self.contact_note.setWordWrap(True)
        theme.set_style(self.contact_note, MUTED_STYLE)
        self.contact_note.hide()
        form.addRow("", self.contact_note)
        self.why = QLabel(translate("identity_wizard", WHY_PASSPHRASE))
        self.why.setObjectName("passphraseWhy")
        self.why.setWordWrap(True)
        theme.set_style(self.why, MUTED_STYLE)
        form.addRow(self.why)
        self.passphrase = PassphraseFields(
            self, form, related=self._related, changed=self.completeChanged.emit
        )
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_style(self.error, ERROR_STYLE)
        form.addRow("", self.error)
        for edit in (self.name, self.email, self.organisation):
            edit.textChanged.connect(self.passphrase.refresh)

    def offer_contact(self, name: str, email: str, title: str) -> None:
        """Fill in the sheet's contact person where the user has typed nothing yet."""
        filled = []
        for edit, value, what in ((self.name, name, "name"), (self.email, email, "email")):
            value = value.strip()
            if value and not edit.text().strip():
                edit.setText(value)
                filled.append(what)
        if not filled:
            return
        titled = bool(title.strip())
        if filled == ["name", "email"]:
            note = (
                translate(
                    "identity_wizard",
                    "Navn og e-post er hentet fra kontaktpersonen i arket «{title}». Rett dem "
                    "hvis sertifikatet skal stå på en annen.",
                )
                if titled
                else translate(
                    "identity_wizard",
                    "Navn og e-post er hentet fra kontaktpersonen i arket. Rett dem hvis "
                    "sertifikatet skal stå på en annen.",
                )
            )
        elif filled == ["name"]:
            note = (
                translate(
                    "identity_wizard",
                    "Navn er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis "
                    "sertifikatet skal stå på en annen.",
                )
                if titled
                else translate(
                    "identity_wizard",
                    "Navn er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet "
                    "skal stå på en annen.",
                )
            )
        else:
            note = (
                translate(
                    "identity_wizard",
                    "E-post er hentet fra kontaktpersonen i arket «{title}». Rett dem hvis "
                    "sertifikatet skal stå på en annen.",
                )
                if titled
                else translate(
                    "identity_wizard",
                    "E-post er hentet fra kontaktpersonen i arket. Rett dem hvis sertifikatet "
                    "skal stå på en annen.",
                )
            )
        self.contact_note.setText(note.format(title=title))
        self.contact_note.show()

    def _related(self) -> tuple[str, ...]:
        return (self.name.text(), self.email.text(), self.organisation.text())

    def isComplete(self) -> bool:
        return (
            bool(self.name.text().strip())
            and "@" in self.email.text()
            and self.passphrase.acceptable()
        )

    def validatePage(self) -> bool:
        from prosjektark.signing.identity import create_identity

        return _adopt(
            self._wizard,
            self.error,
            lambda: create_identity(
                self.name.text(),
                self.email.text(),
                self.organisation.text(),
                self.passphrase.value(),
                self._wizard.directory,
            ),
        )

    def nextId(self) -> int:
        return PAGE_DONE


def _adopt(
    wizard: IdentityWizard,
    error: QLabel,
    make: Callable[[], Identity],
    on_weak: Callable[[], None] | None = None,
) -> bool:
    """Create or import an identity under a wait cursor; on failure show why and stay."""
    from prosjektark.signing.identity import IdentityError, WeakPassphraseError

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        identity = make()
    except IdentityError as exc:
        error.setText(str(exc))
        if on_weak is not None and isinstance(exc, WeakPassphraseError):
            on_weak()
        return False
    finally:
        QApplication.restoreOverrideCursor()
    wizard.set_identity(identity)
    return True


class _ImportPage(QWizardPage):
    def __init__(self, wizard: IdentityWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("identity_wizard", "Importer identitet"))
        self.setSubTitle(
            translate(
                "identity_wizard",
                "Velg PKCS#12-filen (.p12 eller .pfx) du har fått fra organisasjonen, og skriv "
                "passordet til den. Du kan gi identiteten et nytt passord her.",
            )
        )
        self.file = QLineEdit()
        self.file.setObjectName("file")
        browse = QPushButton(translate("identity_wizard", "Velg fil …"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("importPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("identity_wizard", "Passord til filen"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        theme.set_style(self.error, ERROR_STYLE)
        file_label = QLabel(translate("identity_wizard", "&Fil:"))
        file_label.setBuddy(self.file)  # a row holding a layout gets no buddy by itself
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(file_label, row)
        form.addRow(translate("identity_wizard", "&Passord til filen:"), self.passphrase)
        # A file from the organisation often comes with a short passphrase that others
        # know too; the copy kept here must be protected by one that meets the policy.
        self.own = QCheckBox(
            translate("identity_wizard", "&Velg et nytt passord for identiteten på denne maskinen")
        )
        self.own.setObjectName("ownPassphrase")
        form.addRow("", self.own)
        self.why = QLabel(translate("identity_wizard", WHY_PASSPHRASE))
        self.why.setWordWrap(True)
        theme.set_style(self.why, MUTED_STYLE)
        form.addRow(self.why)
        self.new = PassphraseFields(
            self,
            form,
            label=translate("identity_wizard", "N&ytt passord:"),
            repeat_label=translate("identity_wizard", "&Gjenta nytt passord:"),
            object_name="newPassphrase",
            changed=self.completeChanged.emit,
        )
        self._form = form
        form.addRow("", self.error)
        self.own.toggled.connect(self._show_new)
        self.own.toggled.connect(self.completeChanged)
        self._show_new(False)
        self.file.textChanged.connect(self.completeChanged)
        self.passphrase.textChanged.connect(self.completeChanged)
        enter_presses(self, None)  # Enter is the wizard's Next, not "Velg fil"

    def _show_new(self, shown: bool) -> None:
        for widget in (self.why, *self.new.rows):
            self._form.setRowVisible(widget, shown)

    def _ask_for_new(self) -> None:
        self.own.setChecked(True)
        self.new.first.setFocus()

    def browse(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            translate("identity_wizard", "Velg PKCS#12-fil"),
            translate("identity_wizard", "PKCS#12 (*.p12 *.pfx);;Alle filer (*)"),
            key="pkcs12",
        )
        if chosen is not None:
            self.file.setText(str(chosen))

    def isComplete(self) -> bool:
        return (
            bool(self.file.text().strip())
            and bool(self.passphrase.text())
            and (not self.own.isChecked() or self.new.acceptable())
        )

    def validatePage(self) -> bool:
        from prosjektark.signing.identity import import_identity

        new = self.new.value() if self.own.isChecked() else None
        return _adopt(
            self._wizard,
            self.error,
            lambda: import_identity(
                Path(self.file.text().strip()),
                self.passphrase.text(),
                self._wizard.directory,
                new_passphrase=new,
            ),
            on_weak=self._ask_for_new,
        )

    def nextId(self) -> int:
        return PAGE_DONE


class _DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("identity_wizard", "Identiteten er klar"))
        self.setSubTitle(
            translate(
                "identity_wizard",
                "Send sertifikatet til sekretariatet, så kan de kontrollere at pakkene kommer "
                "fra deg. Sammenlign gjerne fingeravtrykket med dem på telefon.",
            )
        )
        self.view = CertificateView()
        self.saved_to = QLabel()
        self.saved_to.setWordWrap(True)
        theme.set_style(self.saved_to, MUTED_STYLE)
        self.view.exported.connect(
            lambda p: self.saved_to.setText(
                translate("identity_wizard", "Sertifikatet er lagret i {path}").format(path=p)
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.saved_to)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        # Focus on Ferdig, not on the first button of the certificate view.
        finish = self.wizard().button(QWizard.WizardButton.FinishButton)
        QTimer.singleShot(0, finish.setFocus)

    def nextId(self) -> int:
        return -1


def open_sheet_of(widget: QWidget | None) -> Sheet | None:
    """The sheet open in the editor of the window `widget` belongs to, if any (the main
    window's `current_sheet`), so every way to the wizard offers its contact person."""
    while widget is not None:
        current = getattr(widget, "current_sheet", None)
        if callable(current):
            sheet = current()
            return sheet if isinstance(sheet, Sheet) else None
        widget = widget.parentWidget()
    return None


class IdentityWizard(QWizard):
    """Creates or imports the user's identity in `directory` (paths.identity_dir()).

    `identity_ready(Identity)` is emitted as soon as the identity is stored; `identity`
    holds it afterwards (already unlocked, so signing can follow without a passphrase).
    """

    identity_ready = Signal(object)

    def __init__(
        self,
        directory: Path,
        parent: QWidget | None = None,
        *,
        sheet: Sheet | None = None,
    ) -> None:
        super().__init__(parent)
        from prosjektark.signing.identity import IDENTITY_FILENAME  # small, no crypto load

        self.directory = Path(directory)
        self.identity: Identity | None = None
        self.setWindowTitle(translate("identity_wizard", "Signeringsidentitet – Prosjektark"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(
            QWizard.WizardButton.NextButton, translate("identity_wizard", "&Neste >")
        )
        self.setButtonText(
            QWizard.WizardButton.BackButton, translate("identity_wizard", "< &Tilbake")
        )
        self.setButtonText(
            QWizard.WizardButton.CancelButton, translate("identity_wizard", "Avbryt")
        )
        self.setButtonText(
            QWizard.WizardButton.FinishButton, translate("identity_wizard", "&Ferdig")
        )
        existing = (self.directory / IDENTITY_FILENAME).exists()
        self.intro_page = _IntroPage(existing)
        self.new_page = _NewPage(self)
        self.import_page = _ImportPage(self)
        self.done_page = _DonePage()
        self.setPage(PAGE_INTRO, self.intro_page)
        self.setPage(PAGE_NEW, self.new_page)
        self.setPage(PAGE_IMPORT, self.import_page)
        self.setPage(PAGE_DONE, self.done_page)
        self.setStartId(PAGE_INTRO)
        self.resize(640, 480)
        # The contact person of the sheet open in the editor is most often the signer; set
        # before the user can type, so nothing typed is ever replaced.
        sheet = sheet if sheet is not None else open_sheet_of(parent)
        if sheet is not None:
            ident = sheet.identification
            self.new_page.offer_contact(ident.contact_name, ident.contact_email, ident.title)

    def set_identity(self, identity: Identity) -> None:
        self.identity = identity
        self.done_page.view.set_certificate(identity.certificate)
        self.identity_ready.emit(identity)


class MyIdentityDialog(QDialog):
    """ "Min identitet": the certificate and fingerprint, PEM export, and a way to make or
    replace the identity (which opens the wizard)."""

    identity_changed = Signal(object)

    def __init__(self, directory: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = Path(directory)
        self.setWindowTitle(translate("identity_wizard", "Min identitet – Prosjektark"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.view = CertificateView()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newIdentity")
        self.new_button.clicked.connect(self.run_wizard)
        self.change_button = QPushButton(translate("identity_wizard", "Bytt passord …"))
        self.change_button.setObjectName("changePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("identity_wizard", "Lukk")
        )
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.view)
        layout.addStretch(1)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        enter_presses(self, close)
        close.setFocus()  # not "Eksporter sertifikat", which Enter would then press
        self.reload()
        self.resize(600, 320)

    def reload(self) -> None:
        from prosjektark.signing.identity import IdentityError, load_certificate

        try:
            cert = load_certificate(self.directory)
        except IdentityError:
            self.heading.setText(
                translate(
                    "identity_wizard",
                    "Du har ingen signeringsidentitet ennå. Lag en for å kunne signere prosjektark.",
                )
            )
            self.view.hide()
            self.change_button.hide()
            self.new_button.setText(translate("identity_wizard", "Lag identitet …"))
            return
        self.heading.setText(
            translate(
                "identity_wizard",
                "Dette er sertifikatet pakkene dine signeres med. Send det til sekretariatet "
                "(«Eksporter sertifikat») og oppgi fingeravtrykket hvis de spør.",
            )
        )
        self.view.set_certificate(cert)
        self.view.show()
        self.change_button.show()
        self.new_button.setText(translate("identity_wizard", "Ny eller importert identitet …"))

    def change_passphrase(self) -> None:
        """Unlock with the current passphrase, then choose a new one under the policy."""
        from prosjektark.signing.identity import default_identity_path
        from prosjektark.ui.signing.passphrase_dialog import (
            ChangePassphraseDialog,
            PassphraseDialog,
        )

        unlock = PassphraseDialog(
            default_identity_path(self.directory),
            self,
            purpose=translate("identity_wizard", "Skriv passordet identiteten har nå."),
            action=translate("identity_wizard", "Lås opp"),
            title=translate("identity_wizard", "Bytt passord – Prosjektark"),
        )
        if unlock.exec() != QDialog.DialogCode.Accepted or unlock.identity is None:
            return
        ChangePassphraseDialog(unlock.identity, self).exec()

    def run_wizard(self) -> None:
        wizard = IdentityWizard(self.directory, self)
        wizard.identity_ready.connect(self.identity_changed)
        wizard.exec()
        self.reload()
