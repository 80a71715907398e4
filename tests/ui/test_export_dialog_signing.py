"""The export dialog says before the user tries why a sheet cannot be signed yet (status
must be Klar: no errors, every warning acknowledged), and still offers a draft PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.sheet import Acknowledgement
from prosjektark.store.repository import Store
from prosjektark.ui.signing import export_dialog
from prosjektark.ui.signing.export_dialog import ExportDialog, export_interactively

READY_DAY = date(2026, 3, 1)
LATE_DAY = date(2026, 11, 30)  # the examples have a warning (the deadline has passed)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as s:
        yield s


def shown_dialog(
    monkeypatch: pytest.MonkeyPatch, qtbot, store: Store, catalog: Catalog, sheet_id, today: date
) -> ExportDialog:
    """The dialog export_interactively opens, as it is when shown; the user cancels."""
    seen: list[ExportDialog] = []

    def cancel(dialog: ExportDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", cancel)
    report = export_interactively(
        None, store, catalog, sheet_id, identity_dir=Path("/nonexistent"),
        default_dir=Path("/tmp"), today=today,
    )  # fmt: skip
    assert report is None
    (dialog,) = seen
    return dialog


def test_an_open_warning_turns_the_package_off_and_says_why(
    qtbot, monkeypatch: pytest.MonkeyPatch, store: Store, catalog: Catalog
) -> None:
    sheet = example_sheets(catalog)[0]
    store.create(sheet)
    (warning,) = [f for f in check_sheet(sheet, catalog, today=LATE_DAY) if f.severity == "warning"]
    dialog = shown_dialog(monkeypatch, qtbot, store, catalog, sheet.id, LATE_DAY)

    assert not dialog.package.isChecked() and not dialog.package.isEnabled()
    assert not dialog.signing_problem.isHidden()
    text = dialog.signing_problem.text()
    assert "kvittert ut" in text and warning.message in text
    # A draft PDF is what can be made, and the button says it does not sign.
    assert dialog.formats() == {"pdf": True, "xlsx": False, "json": False, "package": False}
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Eksporter"


def test_an_acknowledged_warning_leaves_signing_open(
    qtbot, monkeypatch: pytest.MonkeyPatch, store: Store, catalog: Catalog
) -> None:
    sheet = example_sheets(catalog)[0]
    for f in check_sheet(sheet, catalog, today=LATE_DAY):
        if f.severity == "warning":
            sheet.acknowledgements.append(
                Acknowledgement(code=f.code, field=f.field, at=datetime(2026, 11, 2, tzinfo=UTC))
            )
    store.create(sheet)
    dialog = shown_dialog(monkeypatch, qtbot, store, catalog, sheet.id, LATE_DAY)

    assert dialog.package.isChecked() and dialog.package.isEnabled()
    assert dialog.signing_problem.isHidden()
    assert dialog.ok_button.text() == "Signer og eksporter"


def test_a_ready_sheet_is_offered_for_signing(
    qtbot, monkeypatch: pytest.MonkeyPatch, store: Store, catalog: Catalog
) -> None:
    sheet = example_sheets(catalog)[0]
    store.create(sheet)
    dialog = shown_dialog(monkeypatch, qtbot, store, catalog, sheet.id, READY_DAY)
    assert dialog.package.isEnabled() and dialog.signing_problem.isHidden()
