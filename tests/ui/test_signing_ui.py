"""pytest-qt: the identity wizard, "Min identitet", the passphrase dialog, the outbox with
batch export, and the verify dialog on a good and a tampered package."""

from __future__ import annotations

import logging
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.signing.identity import (
    IDENTITY_FILENAME,
    Identity,
    certificate_pem,
    create_identity,
    fingerprint_sha256,
    load_identity,
)
from prosjektark.store.repository import Store
from prosjektark.ui.signing.identity_wizard import (
    IdentityWizard,
    MyIdentityDialog,
    passphrase_strength,
)
from prosjektark.ui.signing.outbox_dialog import OutboxDialog, SheetPickerDialog
from prosjektark.ui.signing.passphrase_dialog import PassphraseDialog
from prosjektark.ui.signing.verify_dialog import VerifyDialog
from signing_helpers import tampered_copy

TODAY = date(2026, 3, 1)
PASS = "et langt passord"


@pytest.fixture(autouse=True)
def _quiet_pyhanko():
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kari Nordmann", "kari@example.no", "Bergen kommune", PASS, tmp_path_factory.mktemp("id")
    )


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


# ------------------------------------------------------------------ identity wizard


def test_the_wizard_creates_an_identity_typed_in_by_keyboard(qtbot, tmp_path: Path) -> None:
    wizard = IdentityWizard(tmp_path / "identitet")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.intro_page
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.new_page
    assert wizard.currentPage() is page
    assert not next_button(wizard).isEnabled()

    qtbot.keyClicks(page.name, "Åse Ødegård")
    qtbot.keyClicks(page.email, "ase@example.no")
    qtbot.keyClicks(page.organisation, "Trøndelag fylkeskommune")
    qtbot.keyClicks(page.passphrase.first, "kort")
    assert "For kort" in page.passphrase.hint.text()
    qtbot.keyClicks(page.passphrase.first, " men nå lang nok")
    qtbot.keyClicks(page.passphrase.second, "kort men nå lang")
    assert "ikke like" in page.passphrase.hint.text()
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(page.passphrase.second, " nok")
    assert next_button(wizard).isEnabled()

    with qtbot.waitSignal(wizard.identity_ready):
        qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.done_page

    p12 = tmp_path / "identitet" / IDENTITY_FILENAME
    assert p12.is_file()
    stored = load_identity(p12, "kort men nå lang nok")
    assert (stored.name, stored.email, stored.organisation) == (
        "Åse Ødegård",
        "ase@example.no",
        "Trøndelag fylkeskommune",
    )
    view = wizard.done_page.view
    assert view.fingerprint_value() == fingerprint_sha256(stored.certificate)
    assert view.name.text() == "Åse Ødegård"
    assert view.export_button.text() == "Eksporter sertifikat (PEM) …"

    pem = view.export_pem(tmp_path / "til-sekretariatet.pem")
    assert pem is not None and pem.read_bytes() == certificate_pem(stored.certificate)
    assert "til-sekretariatet.pem" in wizard.done_page.saved_to.text()


def test_the_wizard_imports_an_organisation_pkcs12(
    qtbot, tmp_path: Path, identity: Identity
) -> None:
    wizard = IdentityWizard(tmp_path / "identitet")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.intro_page.importing.setChecked(True)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.import_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.file, str(identity.path))
    qtbot.keyClicks(page.passphrase, "feil passord")
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert "Feil passord" in page.error.text()

    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASS)
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.done_page
    assert wizard.identity is not None
    assert wizard.identity.fingerprint == identity.fingerprint
    assert (tmp_path / "identitet" / IDENTITY_FILENAME).is_file()


def test_replacing_an_existing_identity_must_be_confirmed(
    qtbot, tmp_path: Path, identity: Identity
) -> None:
    wizard = IdentityWizard(identity.path.parent)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not next_button(wizard).isEnabled()
    wizard.intro_page.replace.setChecked(True)
    assert next_button(wizard).isEnabled()


def test_passphrase_strength_hints() -> None:
    assert passphrase_strength("12345678901") == (False, "For kort: 1 tegn til (minst 12).")
    assert passphrase_strength("abcdefghijkl")[0] is False
    assert passphrase_strength("et langt passord")[0] is True
    assert passphrase_strength("Tre ord med mellomrom")[1] == "Sterkt passord."


def test_my_identity_shows_the_fingerprint_and_exports_pem(
    qtbot, tmp_path: Path, identity: Identity
) -> None:
    dialog = MyIdentityDialog(identity.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.isVisible()
    assert dialog.view.fingerprint_value() == identity.fingerprint
    out = dialog.view.export_pem(tmp_path / "meg.pem")
    assert out.read_bytes() == certificate_pem(identity.certificate)


def test_my_identity_without_one_offers_to_make_it(qtbot, tmp_path: Path) -> None:
    dialog = MyIdentityDialog(tmp_path / "tom")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.view.isVisible()
    assert "ingen signeringsidentitet" in dialog.heading.text()
    assert dialog.new_button.text() == "Lag identitet …"


def test_a_wrong_passphrase_keeps_the_dialog_open(qtbot, identity: Identity) -> None:
    dialog = PassphraseDialog(identity.path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "feil")
    dialog.accept()
    assert dialog.isVisible() and dialog.identity is None
    assert dialog.error.text() == "Feil passord. Prøv igjen."
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASS)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.identity is not None and dialog.identity.fingerprint == identity.fingerprint


# ------------------------------------------------------------------ outbox


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg") as s:
        yield s


def test_the_outbox_lists_packages_and_marks_them_delivered(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "sykkelveg_r2.asice"
    package.write_bytes(b"PK")
    sheet_id = uuid.uuid4()
    store.add_outbox_entry(sheet_id, 2, "Sykkelveg på Lade", package)
    dialog = OutboxDialog(store, catalog, lambda: None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()

    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Sykkelveg på Lade"
    assert model.index(0, 1).data() == "2"
    assert model.index(0, 3).data() == "Klar til opplasting"
    # Opened on the first row (issue 13, defect 9): its buttons work at once.
    assert dialog.selected_entries()[0].title == "Sykkelveg på Lade"
    assert dialog.deliver_button.isEnabled()

    dialog.select_row(0)
    assert dialog.deliver_button.isEnabled()
    qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
    assert model.index(0, 3).data().startswith("Levert ")
    (entry,) = store.list_outbox()
    assert entry.state == "levert" and entry.delivered_at is not None

    opened: list[str] = []
    monkeypatch.setattr(
        "prosjektark.ui.signing.outbox_dialog.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    dialog.select_row(0)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(p) for p in opened] == [tmp_path]


def test_a_missing_package_file_is_shown(qtbot, store: Store, catalog: Catalog, tmp_path: Path):
    store.add_outbox_entry(uuid.uuid4(), 1, "Borte", tmp_path / "borte_r1.asice")
    dialog = OutboxDialog(store, catalog, lambda: None, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 4).data() == "borte_r1.asice (filen mangler)"


def test_batch_export_signs_the_good_sheets_and_names_the_skipped(
    qtbot, store: Store, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    good, bad = example_sheets(catalog)[:2]
    bad.profile = "finnes-ikke"
    store.create_many([good, bad])
    dialog = OutboxDialog(store, catalog, lambda: identity, tmp_path, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    exported: list[list] = []
    dialog.exported.connect(exported.append)

    report = dialog.export_several([good.id, bad.id], tmp_path / "ut")

    assert [title for title, _files in report.written] == [good.title]
    assert [title for title, _errors in report.skipped] == [bad.title]
    assert not report.cancelled and not report.failed
    (package,) = (tmp_path / "ut").glob("*.asice")
    assert dialog.model.rowCount() == 1
    assert dialog.model.entry(0).path == package.resolve()
    text = dialog.message.text()
    assert "1 ark er eksportert" in text
    assert bad.title in text and "feil" in text
    assert exported == [[good.id, bad.id]]
    assert store.revisions(good.id)[-1].signed is True
    assert store.revisions(bad.id) == []


def test_cancelling_a_batch_exports_nothing(
    qtbot, store: Store, catalog: Catalog, identity: Identity, tmp_path: Path, monkeypatch
) -> None:
    sheets = example_sheets(catalog)
    store.create_many(sheets)
    dialog = OutboxDialog(store, catalog, lambda: identity, tmp_path, today=TODAY)
    qtbot.addWidget(dialog)

    from prosjektark.ui.signing import batch_export

    original = batch_export.run_export_jobs

    def press_cancel(progress, _worker) -> None:
        (button,) = [b for b in progress.findChildren(QPushButton) if b.text() == "Avbryt"]
        button.click()

    def cancel_at_once(*args, **kwargs):
        kwargs["on_dialog"] = press_cancel
        return original(*args, **kwargs)

    monkeypatch.setattr("prosjektark.ui.signing.outbox_dialog.run_export_jobs", cancel_at_once)
    report = dialog.export_several([s.id for s in sheets], tmp_path / "ut")
    assert report.cancelled and report.written == []
    assert "avbrutt" in dialog.message.text()
    assert not (tmp_path / "ut").exists() or not list((tmp_path / "ut").iterdir())
    assert store.list_outbox() == []


def test_cancelling_midway_keeps_the_finished_sheets(
    qtbot, store: Store, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    from prosjektark.ui.signing.batch_export import STEPS, run_export_jobs

    sheets = example_sheets(catalog)
    store.create_many(sheets)

    def cancel_after_first_sheet(_progress, worker) -> None:
        # Runs in the worker thread, right after the first sheet is written.
        worker.progress.connect(
            lambda value, _label: value >= STEPS and worker.cancel(),
            Qt.ConnectionType.DirectConnection,
        )

    report = run_export_jobs(
        None, store, catalog, [s.id for s in sheets], tmp_path / "ut",
        identity=identity, today=TODAY, on_dialog=cancel_after_first_sheet,
    )  # fmt: skip
    assert report.cancelled
    assert [title for title, _files in report.written] == [sheets[0].title]
    assert len(list((tmp_path / "ut").glob("*.asice"))) == 1
    assert [e.sheet_id for e in store.list_outbox()] == [sheets[0].id]


def test_the_sheet_picker_returns_the_ticked_sheets(qtbot, store: Store, catalog: Catalog):
    sheets = example_sheets(catalog)
    store.create_many(sheets)
    picker = SheetPickerDialog(store.list_summaries())
    qtbot.addWidget(picker)
    assert not picker.ok_button.isEnabled()
    picker.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert picker.ok_button.isEnabled()
    assert picker.chosen_ids() == [store.list_summaries()[1].id]


# ------------------------------------------------------------------ verify


@pytest.fixture(scope="module")
def package(identity: Identity, catalog: Catalog, tmp_path_factory) -> Path:
    from prosjektark.exchange.export import export_sheet

    out = tmp_path_factory.mktemp("pakke")
    sheet = example_sheets(catalog)[0]
    return export_sheet(sheet, catalog, out, package=True, identity=identity, today=TODAY).package


@pytest.fixture(scope="module")
def trust_pem(identity: Identity, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("trust") / "kari.pem"
    path.write_bytes(certificate_pem(identity.certificate))
    return path


def test_verify_dialog_shows_a_good_package_as_valid(
    qtbot, package: Path, trust_pem: Path, identity: Identity
) -> None:
    dialog = VerifyDialog(package=package, trust=trust_pem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None and dialog.result.valid
    assert "gyldig" in dialog.headline.text() and "ikke" not in dialog.headline.text()
    assert "#e6f4ea" in dialog.banner.styleSheet()
    assert "Kari Nordmann" in dialog.signer.text()
    assert dialog.fingerprint.text().replace("\n", ":") == identity.fingerprint
    files = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert "prosjektark.pdf" in files


def test_verify_dialog_shows_a_tampered_package_in_red_with_reasons(
    qtbot, package: Path, trust_pem: Path, tmp_path: Path
) -> None:
    bad = tampered_copy(package, tmp_path / "endret.asice")
    dialog = VerifyDialog(package=bad, trust=trust_pem)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.verify()
    assert dialog.result is not None and not dialog.result.valid
    assert dialog.headline.text().endswith("Pakken er ikke gyldig")
    assert "#fdecea" in dialog.banner.styleSheet()
    assert "prosjektark.json" in dialog.reasons.text()


def test_verify_dialog_reports_an_unreadable_trust_list(
    qtbot, package: Path, tmp_path: Path
) -> None:
    dialog = VerifyDialog(package=package, trust=tmp_path / "finnes-ikke.pem")
    qtbot.addWidget(dialog)
    dialog.verify()
    assert dialog.result.unreadable
    assert "kan ikke leses" in dialog.headline.text()
    assert "tillitslisten" in dialog.reasons.text()


# ------------------------------------------------------------------ Enter does the dialog's job


def verify_dialog_watching_the_chooser(qtbot, package, trust_pem, monkeypatch):
    """The verify dialog, shown, and a list that records each time its file chooser opens."""
    chooser: list[str] = []
    monkeypatch.setattr(
        "prosjektark.ui.file_dialogs.open_file",
        lambda *a, **k: chooser.append("opened"),
    )
    dialog = VerifyDialog(package=package, trust=trust_pem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, chooser


def test_enter_in_the_package_field_verifies_without_opening_a_file_chooser(
    qtbot, package: Path, trust_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, chooser = verify_dialog_watching_the_chooser(qtbot, package, trust_pem, monkeypatch)
    dialog.package_edit.setFocus()
    qtbot.keyClick(dialog.package_edit, Qt.Key.Key_Return)
    assert chooser == []
    assert dialog.result is not None and dialog.result.valid


def outbox_with_one_package(qtbot, store: Store, catalog: Catalog, folder: Path) -> OutboxDialog:
    """The outbox showing one package, ready for upload and selected."""
    store.add_outbox_entry(uuid.uuid4(), 1, "Holdeplass Lade", folder / "a_r1.asice")
    dialog = OutboxDialog(store, catalog, lambda: None, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # keys and focus need an active window
    qtbot.waitActive(dialog)
    dialog.select_row(0)
    return dialog


def test_enter_in_the_outbox_closes_and_never_marks_delivered(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    dialog = outbox_with_one_package(qtbot, store, catalog, tmp_path)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert [e.state for e in store.list_outbox()] == ["klar"]
    assert not dialog.isVisible()


def test_marking_delivered_can_be_taken_back(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    dialog = outbox_with_one_package(qtbot, store, catalog, tmp_path)
    assert dialog.deliver_button.text() == "&Marker som levert"
    qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
    assert [e.state for e in store.list_outbox()] == ["levert"]
    assert dialog.deliver_button.text() == "&Marker som ikke levert"  # still selected
    qtbot.mouseClick(dialog.deliver_button, Qt.MouseButton.LeftButton)
    (entry,) = store.list_outbox()
    assert entry.state == "klar" and entry.delivered_at is None
    assert dialog.model.index(0, 3).data() == "Klar til opplasting"


def test_enter_in_my_identity_closes_instead_of_exporting(
    qtbot, identity: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[str] = []
    monkeypatch.setattr(
        "prosjektark.ui.file_dialogs.save_file",
        lambda *a, **k: saved.append("asked"),
    )
    dialog = MyIdentityDialog(identity.path.parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert saved == []
    assert not dialog.isVisible()


def test_passphrase_fields_have_keyboard_shortcuts(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    wizard = IdentityWizard(tmp_path)
    qtbot.addWidget(wizard)
    buddies = {
        label.text(): label.buddy().objectName()
        for label in wizard.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert buddies["&Passord:"] in ("passphrase", "importPassphrase")
    assert buddies["&Gjenta passord:"] == "passphraseRepeat"
    assert buddies["&Fil:"] == "file"


def test_enter_in_the_sheet_picker_exports_the_ticked_sheets_only(
    qtbot, store: Store, catalog: Catalog
) -> None:
    store.create_many(example_sheets(catalog))
    picker = SheetPickerDialog(store.list_summaries())
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.list.item(1).setCheckState(Qt.CheckState.Checked)
    picker.list.setFocus()
    with qtbot.waitSignal(picker.accepted, timeout=1000):
        qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert picker.chosen_ids() == [store.list_summaries()[1].id]


def test_tab_leaves_the_outbox_table_for_its_buttons(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    dialog = outbox_with_one_package(qtbot, store, catalog, tmp_path)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.deliver_button


def test_a_focused_button_takes_enter_itself(
    qtbot, package: Path, trust_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, chooser = verify_dialog_watching_the_chooser(qtbot, package, trust_pem, monkeypatch)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Velg pakke …")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert chooser == ["opened"]
    assert dialog.result is None  # Enter on the button did not run the check
