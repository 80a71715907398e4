"""First signing from the editor: the identity wizard, then a signed export (subprocess)."""

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from prosjektark import paths
from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.sheet import Acknowledgement
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import MainWindow
from prosjektark.ui.signing import export_dialog
from prosjektark.ui.signing.identity_wizard import IdentityWizard

app = QApplication([])

window = MainWindow(
    LazyCatalog(paths.resource_dir()),
    Store.open(paths.database_path(), paths.attachments_dir()),
    QSettings(str(paths.config_dir() / "t.ini"), QSettings.Format.IniFormat),
)
window.settings.setValue("export/dir", str(Path(os.environ["PROSJEKTARK_HOME"]) / "ut"))
window.show()
window.add_examples()
target = next(s for s in window.store.list_summaries() if "Sykkelveg" in s.title)
# Signing needs status «klar»: the user has acknowledged what the rules warn about today.
ready = window.store.load(target.id)
for finding in check_sheet(ready, window.catalog):
    if finding.severity == "warning":
        ready.acknowledgements.append(
            Acknowledgement(code=finding.code, field=finding.field, by="Kari", at=datetime.now(UTC))
        )
window.store.save_working_copy(ready)
window.open_sheet(target.id)


def fill_wizard(wizard: IdentityWizard) -> int:
    wizard.show()
    wizard.next()
    page = wizard.new_page
    page.name.setText("Kari Nordmann")
    page.email.setText("kari@example.no")
    page.organisation.setText("Trondheim kommune")
    page.passphrase.first.setText("lange hemmelige ord 2026")
    page.passphrase.second.setText("lange hemmelige ord 2026")
    wizard.next()
    app.processEvents()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return QDialog.DialogCode.Accepted


IdentityWizard.exec = fill_wizard
export_dialog.ExportDialog.exec = lambda self: QDialog.DialogCode.Accepted
QMessageBox.information = staticmethod(lambda *a, **k: None)
export_dialog.show_written = lambda *a, **k: None  # the «Eksportert» box with «Åpne mappe»
QMessageBox.warning = staticmethod(lambda *a, **k: print("WARN", a[2]))
window.export_signed()
print("pakker i utboksen:", len(window.store.list_outbox()))
