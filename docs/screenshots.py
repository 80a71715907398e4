"""Screenshots of the signing UI: the identity wizard, the outbox and package verification.

Everything is built from scratch in a temporary PROSJEKTARK_HOME: a new identity made
through the wizard, the example sheets really signed and exported as packages into a
store, and a copy of one package with one byte of prosjektark.json changed. Writes to
OUT_DIR (default: docs/screenshots beside this script):

    identitetsveiviser-ny.png       the wizard's "Ny identitet" page, filled in
    identitetsveiviser-ferdig.png   the wizard's last page, with the SHA-256 fingerprint
    min-identitet.png               "Min identitet" for that identity
    utboks.png                      the outbox with three packages, one marked Levert
    verifisering-feilet.png         "Verifiser pakke" on the tampered package
    verifisering-ok.png             "Verifiser pakke" on an untampered package

Run from the repository root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

PASSPHRASE = "Fire ord med mellomrom"


def snap(widget, out_dir: Path, name: str) -> None:
    """Show `widget` at the size the app opens it with and save it."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    QApplication.processEvents()
    path = out_dir / name
    widget.grab().save(str(path))
    print(path)


def tampered_copy(package: Path, target: Path) -> Path:
    """`package` with one byte of prosjektark.json changed; same entries, order and methods."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "prosjektark.json":
                data = data.replace(b"Lade", b"Lode", 1)
            dst.writestr(info, data)  # the ZipInfo keeps mimetype first and stored
    return target


def main(out_dir: Path, home: Path) -> None:
    os.environ["PROSJEKTARK_HOME"] = str(home)  # before anything reads prosjektark.paths
    for name in ("pyhanko", "pyhanko_certvalidator"):  # the tampered package logs at ERROR
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)

    from PySide6.QtWidgets import QApplication

    from prosjektark import paths
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.domain.examples import example_sheets
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.store.repository import Store
    from prosjektark.ui.app import install_bokmal_qt_texts
    from prosjektark.ui.signing.identity_wizard import IdentityWizard, MyIdentityDialog
    from prosjektark.ui.signing.outbox_dialog import OutboxDialog
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prosjektark")
    install_bokmal_qt_texts(app)
    out_dir.mkdir(parents=True, exist_ok=True)

    # 1-2. The wizard: "Lag en ny identitet" is preselected, so Neste leads to the form.
    wizard = IdentityWizard(paths.identity_dir())
    wizard.show()
    wizard.next()
    page = wizard.new_page
    page.name.setText("Kåre Ødegård")
    page.email.setText("kare.odegard@trondheim.kommune.no")
    page.organisation.setText("Trondheim kommune")
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    snap(wizard, out_dir, "identitetsveiviser-ny.png")
    wizard.next()  # validatePage creates the identity
    identity = wizard.identity
    assert identity is not None and wizard.currentPage() is wizard.done_page
    snap(wizard, out_dir, "identitetsveiviser-ferdig.png")

    # 3. Min identitet.
    snap(MyIdentityDialog(paths.identity_dir()), out_dir, "min-identitet.png")

    # 4. The outbox, with every (error-free) example sheet signed and exported.
    catalog = load_catalog(paths.resource_dir())
    package_dir = home / "Pakker"
    store = Store.open(paths.database_path(), paths.attachments_dir())
    sheets = [s for s in example_sheets(catalog) if not any(
        f.severity == "error" for f in check_sheet(s, catalog)
    )]  # fmt: skip
    assert len(sheets) >= 2, "need at least two error-free example sheets"
    store.create_many(sheets)
    packages = [
        export_stored_sheet(
            store, s.id, catalog, package_dir, package=True, identity=identity
        ).package
        for s in sheets
    ]
    store.mark_delivered(store.list_outbox(sheets[-1].id)[0].id)
    snap(OutboxDialog(store, catalog, lambda: identity, package_dir), out_dir, "utboks.png")

    # 5-6. Verification against the identity's certificate, tampered and untampered.
    trust = home / "kare-odegard.pem"
    trust.write_bytes(certificate_pem(identity.certificate))
    bad = tampered_copy(packages[0], package_dir / "endret.asice")
    for package, name in ((bad, "verifisering-feilet.png"), (packages[0], "verifisering-ok.png")):
        dialog = VerifyDialog(package=package, trust=trust)
        dialog.show()
        result = dialog.verify()
        assert result is not None and result.valid == (package != bad), result
        snap(dialog, out_dir, name)
    store.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "screenshots"
    # A fixed folder, so the paths shown in the dialogs are the same on every run.
    work = Path(tempfile.gettempdir()) / "prosjektark-skjermbilder"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    try:
        main(target.resolve(), work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
