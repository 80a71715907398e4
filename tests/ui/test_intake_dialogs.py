"""The intake dialogs: choosing packages and a trust list, importing with a progress
dialog that can be cancelled, the per-package result list, and the portfolio export."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from reportlab.pdfgen import canvas

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from prosjektark.store.repository import Store
from prosjektark.ui import file_dialogs, intake_dialogs
from prosjektark.ui.intake_dialogs import ImportPackagesDialog, export_portfolio

PASS = "importvindu for sekretariatet"


@pytest.fixture(autouse=True)
def _quiet_pyhanko():
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as s:
        yield s


@pytest.fixture
def files(tmp_path: Path, kare: Identity, catalog: Catalog) -> dict[str, Path]:
    """A good package, a broken one and the signer's certificate."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    sheet = example_sheets(catalog)[0]
    good = tmp_path / "sykkelveg_r3.asice"
    good.write_bytes(
        build_package(
            {
                "prosjektark.json": sheet_to_json(sheet).encode(),
                "prosjektark.pdf": buffer.getvalue(),
            },
            kare,
            revision=sheet.revision,
        )
    )
    bad = tmp_path / "ødelagt.asice"
    bad.write_bytes(b"ikke en pakke")
    cert = tmp_path / "kare.pem"
    cert.write_bytes(certificate_pem(kare.certificate))
    return {"good": good, "bad": bad, "cert": cert}


def choose(qtbot, dialog: ImportPackagesDialog, monkeypatch, files: dict[str, Path]) -> None:
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [files["good"], files["bad"]])
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: files["cert"])
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()  # no trust list yet
    qtbot.mouseClick(
        dialog.findChild(type(dialog.add_button), "trustFile"), Qt.MouseButton.LeftButton
    )
    assert dialog.trust_edit.text() == str(files["cert"])
    assert dialog.import_button.isEnabled()


def test_importing_lists_each_package_and_stores_only_the_good_one(
    qtbot, monkeypatch, store: Store, catalog: Catalog, files: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(store, catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog, monkeypatch, files)
    assert dialog.packages() == [files["good"], files["bad"]]
    reports = []
    dialog.imported.connect(reports.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    rows = dialog.result_rows()
    assert [r[0] for r in rows] == ["sykkelveg_r3.asice", "ødelagt.asice"]
    assert rows[0][1] == "✔ Importert" and "(rev. 3)" in rows[0][2]
    assert rows[1][1] == "✖ Kan ikke leses"
    assert "1 importert, 1 avvist" in dialog.summary.text()
    # The refusal is selected first, with its reason in full.
    assert "ikke leses" in dialog.details.toPlainText()
    assert len(reports) == 1 and reports[0].changed and reports[0].trust == files["cert"]
    assert [s.title for s in store.list_summaries()] == [rows[0][2].removesuffix(" (rev. 3)")]


def test_importing_again_says_unchanged(
    qtbot, store: Store, catalog: Catalog, files: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(store, catalog, packages=[files["good"]], trust=files["cert"])
    qtbot.addWidget(dialog)
    dialog.run_import()
    second = dialog.run_import()
    assert second is not None and not second.changed
    assert dialog.result_rows()[0][1] == "• Uendret"
    assert len(store.list_summaries()) == 1


def test_cancelling_the_progress_dialog_imports_nothing_more(
    qtbot, store: Store, catalog: Catalog, files: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(
        store, catalog, packages=[files["good"], files["bad"]], trust=files["cert"]
    )
    qtbot.addWidget(dialog)

    def press_cancel(progress, _worker) -> None:
        (button,) = [b for b in progress.findChildren(QPushButton) if b.text() == "Avbryt"]
        button.click()

    dialog.progress_hook = press_cancel

    report = dialog.run_import()

    assert report is not None and report.cancelled
    assert report.outcomes == [] and report.not_started == [files["good"], files["bad"]]
    assert [r[1] for r in dialog.result_rows()] == ["– Ikke behandlet"] * 2
    assert "avbrutt" in dialog.summary.text()
    assert store.list_summaries() == []


def test_cancelling_midway_keeps_what_was_imported(
    qtbot, store: Store, catalog: Catalog, files: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(
        store, catalog, packages=[files["good"], files["bad"]], trust=files["cert"]
    )
    qtbot.addWidget(dialog)

    def cancel_after_first(_progress, worker) -> None:
        # Runs in the worker thread, right after the first package is stored.
        worker.progress.connect(
            lambda done, _label: done >= 1 and worker.cancel(),
            Qt.ConnectionType.DirectConnection,
        )

    dialog.progress_hook = cancel_after_first
    report = dialog.run_import()

    assert report is not None and report.cancelled
    assert [o.status for o in report.outcomes] == ["importert"]
    assert report.not_started == [files["bad"]]
    assert [r[1] for r in dialog.result_rows()] == ["✔ Importert", "– Ikke behandlet"]
    assert len(store.list_summaries()) == 1


def test_an_unusable_trust_list_is_explained_and_nothing_runs(
    qtbot, store: Store, catalog: Catalog, files: dict[str, Path], tmp_path: Path
) -> None:
    dialog = ImportPackagesDialog(
        store, catalog, packages=[files["good"]], trust=tmp_path / "borte.pem"
    )
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.run_import() is None
    assert dialog.error_label.isVisible() and "Tillitslisten" in dialog.error_label.text()
    assert dialog.result_rows() == [] and store.list_summaries() == []


def test_removing_a_chosen_package(qtbot, store: Store, catalog: Catalog, files) -> None:
    dialog = ImportPackagesDialog(store, catalog, packages=[files["good"], files["bad"]])
    qtbot.addWidget(dialog)
    dialog.package_list.item(1).setSelected(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.packages() == [files["good"]]


def test_portfolio_export_writes_the_chosen_file(
    qtbot, monkeypatch, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    store.create_many(example_sheets(catalog))
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: tmp_path / "portefølje")

    result = export_portfolio(None, store, catalog, default_dir=tmp_path)

    assert result == (tmp_path / "portefølje.xlsx", 3)
    ws = load_workbook(tmp_path / "portefølje.xlsx")["Portefølje"]
    assert ws.max_row == 4


def test_portfolio_export_failure_is_shown_not_raised(
    qtbot, monkeypatch, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    target = tmp_path / "finnes-ikke" / "p.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: target)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append(text))

    assert export_portfolio(None, store, catalog) is None
    assert len(warnings) == 1 and "ble ikke skrevet" in warnings[0]


def test_portfolio_export_cancelled_writes_nothing(qtbot, monkeypatch, store, catalog) -> None:
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: None)
    assert intake_dialogs.export_portfolio(None, store, catalog) is None


# ------------------------------------------------------------------ one package at a time


def test_an_unexpected_error_refuses_only_that_package_and_names_the_log(
    qtbot, store: Store, catalog: Catalog, kare: Identity, files: dict[str, Path], tmp_path: Path
) -> None:
    import hashlib
    import shutil

    from prosjektark import paths
    from prosjektark.domain.sheet import Attachment
    from prosjektark.logs import LOG_NAME

    sheet = example_sheets(catalog)[1]
    sheet.attachments = [
        Attachment(
            id="n", filename="notat.txt", sha256=hashlib.sha256(b"notat").hexdigest(), size=5
        )
    ]
    with_file = tmp_path / "med-vedlegg.asice"
    with_file.write_bytes(
        build_package(
            {
                "prosjektark.json": sheet_to_json(sheet).encode(),
                "prosjektark.pdf": _pdf(),
                "vedlegg/notat.txt": b"notat",
            },
            kare,
            revision=sheet.revision,
        )
    )
    # The attachment folder vanishes under the running program (a network drive drops).
    shutil.rmtree(store.attachments_dir)
    dialog = ImportPackagesDialog(
        store, catalog, packages=[with_file, files["good"]], trust=files["cert"]
    )
    qtbot.addWidget(dialog)

    report = dialog.run_import()

    assert report is not None
    assert [r[1] for r in dialog.result_rows()] == ["✖ Avvist", "✔ Importert"]
    log_file = paths.log_dir() / LOG_NAME
    details = dialog.details.toPlainText()  # the refusal is selected
    assert "Uventet feil (FileNotFoundError" in details
    assert f"Detaljer er skrevet til loggfilen {log_file}." in details
    assert "Traceback (most recent call last)" in log_file.read_text(encoding="utf-8")
    assert len(store.list_summaries()) == 1


# ------------------------------------------------------------------ handing a sheet over


@pytest.fixture(scope="module")
def ola(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Ola Nordmann", "ola@example.no", "Statens vegvesen", PASS, tmp_path_factory.mktemp("o")
    )


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.fixture
def contested(
    tmp_path: Path, store: Store, catalog: Catalog, kare: Identity, ola: Identity
) -> dict[str, Path]:
    """Kåre's sheet already imported; Ola's newer package for it; both certificates."""
    from prosjektark.exchange.intake import import_package
    from prosjektark.signing.trust import TrustStore

    trust = tmp_path / "tillit"
    trust.mkdir()
    (trust / "kare.pem").write_bytes(certificate_pem(kare.certificate))
    (trust / "ola.pem").write_bytes(certificate_pem(ola.certificate))
    sheet = example_sheets(catalog)[0]
    first = tmp_path / "kare_r3.asice"
    first.write_bytes(
        build_package(
            {"prosjektark.json": sheet_to_json(sheet).encode(), "prosjektark.pdf": _pdf()},
            kare,
            revision=3,
        )
    )
    done = import_package(store, first, TrustStore.from_path(trust), catalog)
    assert done.status == "importert", done.reasons
    sheet.revision = 4
    sheet.identification.title = "Sykkelveg, Olas versjon"
    theirs = tmp_path / "ola_r4.asice"
    theirs.write_bytes(
        build_package(
            {"prosjektark.json": sheet_to_json(sheet).encode(), "prosjektark.pdf": _pdf()},
            ola,
            revision=4,
        )
    )
    return {"package": theirs, "trust": trust}


def _answer_confirmation(qtbot, reason: str | None, seen: list[str]) -> None:
    """Once the confirmation is open: note its text, then type a reason and press Enter,
    or press Escape when `reason` is None."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from prosjektark.ui.intake_dialogs import HandoverDialog

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HandoverDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(dialog.text.text())
        seen.append(dialog.confirm_button.text())
        if reason is None:
            qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
            return
        assert not dialog.confirm_button.isEnabled()  # a handover needs its reason
        qtbot.keyClicks(dialog.reason_edit, reason)
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, act)


def test_a_refused_sheet_can_be_handed_over_from_its_row_and_is_then_imported(
    qtbot, store: Store, catalog: Catalog, contested: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(
        store, catalog, packages=[contested["package"]], trust=contested["trust"]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    reports = []
    dialog.imported.connect(reports.append)
    dialog.run_import()
    assert dialog.result_rows()[0][1] == "✖ Avvist"
    assert "Kåre Øvrebø" in dialog.details.toPlainText()
    assert dialog.handover_button.isVisible()
    assert "Overfør arket" in dialog.summary.text()
    texts = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    texts += [lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.buddy() and lbl.isVisible()]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert "o" in letters and len(letters) == len(set(letters))

    seen: list[str] = []
    _answer_confirmation(qtbot, "Ny prosjektleder", seen)
    new = dialog.hand_over_current()

    assert "Kåre Øvrebø" in seen[0] and "Ola Nordmann" in seen[0]
    assert seen[1] == "&Overfør"
    assert new is not None and new.status == "oppdatert", new.reasons
    assert dialog.result_rows()[0][1] == "✔ Oppdatert"
    assert not dialog.handover_button.isVisible()
    (handover,) = store.handovers(new.sheet_id)
    assert (handover.to_name, handover.reason) == ("Ola Nordmann", "Ny prosjektleder")
    assert handover.by_name  # the secretariat user's login name (no identity here)
    assert store.sheet_owner(new.sheet_id).signer_name == "Ola Nordmann"
    assert store.load(new.sheet_id).identification.title == "Sykkelveg, Olas versjon"
    assert len(reports) == 1


def test_cancelling_the_handover_changes_nothing(
    qtbot, store: Store, catalog: Catalog, contested: dict[str, Path]
) -> None:
    dialog = ImportPackagesDialog(
        store, catalog, packages=[contested["package"]], trust=contested["trust"]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    report = dialog.run_import()
    sheet_id = report.outcomes[0].sheet_id

    seen: list[str] = []
    _answer_confirmation(qtbot, None, seen)
    assert dialog.hand_over_current() is None

    assert seen and store.handovers(sheet_id) == []
    assert store.sheet_owner(sheet_id).signer_name == "Kåre Øvrebø"
    assert dialog.result_rows()[0][1] == "✖ Avvist"
