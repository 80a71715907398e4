"""pytest-qt: the passphrase policy as the user meets it. The wizard says why the
passphrase matters, judges it while it is typed (in words, not colour alone) and keeps
Next disabled until it is good enough; an organisation's file with a weak passphrase gets
a new one; an identity from before the policy still opens and can change its passphrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from prosjektark.signing.identity import IDENTITY_FILENAME, IdentityError, load_identity
from prosjektark.ui.signing.identity_wizard import IdentityWizard, MyIdentityDialog
from prosjektark.ui.signing.passphrase_dialog import ChangePassphraseDialog, PassphraseDialog

STRONG = "kaffe sykkel fjord lampe"


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _old_style_p12(path: Path, passphrase: str) -> x509.Certificate:
    """An identity file as cryptography writes it, under a passphrase from before the
    policy (the wizard used to take 10 characters, the command line one)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Ola Normann"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bergen kommune"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(600_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode())
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"ola", key, cert, None, encryption))
    return cert


def test_the_wizard_explains_and_refuses_weak_passphrases(qtbot, tmp_path: Path) -> None:
    wizard = IdentityWizard(tmp_path / "identitet")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.new_page
    fields = page.passphrase
    assert page.why.isVisible()
    why = page.why.text()
    assert "eneste som står mellom" in why and "signatur i ditt navn" in why
    assert "minst 12 tegn" in why and "fire eller flere" in why
    qtbot.keyClicks(page.name, "Åse Ødegård")
    qtbot.keyClicks(page.email, "ase@example.no")
    qtbot.keyClicks(page.organisation, "Trøndelag fylkeskommune")

    for typed, says in [
        ("hemmelig", "For kort: 4 tegn til (minst 12)."),
        ("passord12345", "For vanlig: det bygger på et mye brukt passord."),
        ("sommersommer", "For lett å gjette: det gjentar det samme flere ganger."),
        ("Åse Ødegård 1987", "navnet, e-posten eller organisasjonen din"),
    ]:
        _type(qtbot, fields.first, typed)
        _type(qtbot, fields.second, typed)
        assert says in fields.hint.text(), typed
        assert fields.first.accessibleDescription() == fields.hint.text()
        assert not next_button(wizard).isEnabled(), typed

    fields.second.clear()
    _type(qtbot, fields.first, STRONG)
    assert fields.hint.text().startswith("Sterkt passord.")
    assert "en gang til" in fields.hint.text()
    assert not next_button(wizard).isEnabled()  # not repeated yet
    _type(qtbot, fields.second, STRONG)
    assert fields.hint.text() == "Sterkt passord."
    assert next_button(wizard).isEnabled()

    with qtbot.waitSignal(wizard.identity_ready):
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert load_identity(tmp_path / "identitet" / IDENTITY_FILENAME, STRONG).name == "Åse Ødegård"


def test_typing_ones_name_after_the_passphrase_is_caught(qtbot, tmp_path: Path) -> None:
    wizard = IdentityWizard(tmp_path / "identitet")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.new_page
    qtbot.keyClicks(page.passphrase.first, "Åse Ødegård 1987")
    qtbot.keyClicks(page.passphrase.second, "Åse Ødegård 1987")
    qtbot.keyClicks(page.email, "ase@example.no")
    assert page.passphrase.acceptable()
    qtbot.keyClicks(page.name, "Åse Ødegård")
    assert "navnet" in page.passphrase.hint.text()
    assert not next_button(wizard).isEnabled()


def test_an_organisation_file_with_a_weak_passphrase_gets_a_new_one(qtbot, tmp_path: Path) -> None:
    source = tmp_path / "kommunen.p12"
    cert = _old_style_p12(source, "Abc12345")
    wizard = IdentityWizard(tmp_path / "identitet")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro_page.importing.setChecked(True)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.import_page
    assert not page.own.isChecked() and not page.new.first.isVisible()
    qtbot.keyClicks(page.file, str(source))
    qtbot.keyClicks(page.passphrase, "Abc12345")

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is page
    assert page.error.text().startswith("Passordet til filen er ikke godt nok")
    assert page.own.isChecked() and page.new.first.isVisible() and page.why.isVisible()
    assert not next_button(wizard).isEnabled()
    assert not (tmp_path / "identitet" / IDENTITY_FILENAME).exists()
    qtbot.keyClicks(page.new.first, "passord12345")
    qtbot.keyClicks(page.new.second, "passord12345")
    assert "For vanlig" in page.new.hint.text()
    assert not next_button(wizard).isEnabled()
    _type(qtbot, page.new.first, STRONG)
    _type(qtbot, page.new.second, STRONG)
    assert next_button(wizard).isEnabled()

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)

    assert wizard.currentPage() is wizard.done_page
    stored = tmp_path / "identitet" / IDENTITY_FILENAME
    assert load_identity(stored, STRONG).certificate == cert


def test_an_old_short_passphrase_opens_and_can_be_changed(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "identitet" / IDENTITY_FILENAME
    cert = _old_style_p12(path, "kort")
    unlock = PassphraseDialog(path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase, "kort")
    with qtbot.waitSignal(unlock.accepted):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert unlock.identity is not None and unlock.identity.certificate == cert
    assert unlock.weak

    change = ChangePassphraseDialog(unlock.identity)
    qtbot.addWidget(change)
    change.show()
    assert not change.ok_button.isEnabled()
    qtbot.keyClicks(change.passphrase.first, "Bergen kommune!")
    qtbot.keyClicks(change.passphrase.second, "Bergen kommune!")
    assert "organisasjonen din" in change.passphrase.hint.text()
    assert not change.ok_button.isEnabled()
    qtbot.keyClick(change.passphrase.second, Qt.Key.Key_Return)  # Enter cannot bypass it
    assert change.isVisible()
    assert load_identity(path, "kort").certificate == cert
    _type(qtbot, change.passphrase.first, STRONG)
    _type(qtbot, change.passphrase.second, STRONG)
    assert change.ok_button.isEnabled()

    with qtbot.waitSignal(change.accepted):
        qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)

    assert change.changed is not None and change.changed.path == path
    assert load_identity(path, STRONG).certificate == cert
    try:
        load_identity(path, "kort")
    except IdentityError as exc:
        assert str(exc).startswith("Feil passord")
    else:
        raise AssertionError("the old passphrase still opens the identity")


def test_a_strong_passphrase_is_not_called_weak(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "identitet" / IDENTITY_FILENAME
    _old_style_p12(path, STRONG)
    unlock = PassphraseDialog(path)
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, STRONG)
    unlock.accept()
    assert unlock.identity is not None and not unlock.weak


def test_my_identity_offers_to_change_the_passphrase(qtbot, tmp_path: Path) -> None:
    empty = MyIdentityDialog(tmp_path / "tom")
    qtbot.addWidget(empty)
    empty.show()
    assert not empty.change_button.isVisible()
    path = tmp_path / "identitet" / IDENTITY_FILENAME
    _old_style_p12(path, "kort")
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.signing.identity import load_identity as load

    (path.parent / "sertifikat.pem").write_bytes(certificate_pem(load(path, "kort").certificate))
    dialog = MyIdentityDialog(path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.change_button.isVisible()
    assert dialog.change_button.text() == "Bytt passord …"


def test_signing_with_an_old_weak_passphrase_offers_a_change(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from prosjektark.ui.signing.passphrase_dialog import offer_stronger_passphrase

    path = tmp_path / "identitet" / IDENTITY_FILENAME
    _old_style_p12(path, "kort")
    identity = load_identity(path, "kort")
    seen: list[str] = []

    def answer_not_now() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Ikke nå").click()

    QTimer.singleShot(0, answer_not_now)
    assert offer_stronger_passphrase(None, identity) is identity
    assert "minst 12 tegn" in seen[0] and "signere i ditt navn" in seen[0]
    assert load_identity(path, "kort").certificate == identity.certificate
