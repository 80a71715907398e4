"""Exporting one or several sheets in a worker thread behind a cancellable QProgressDialog.

`run_export_jobs` is the one helper: it calls exchange.export.export_stored_sheet per
sheet (so a package freezes and signs a revision and lands in the outbox), keeps the
window responsive, and returns an `ExportReport` saying what was written, what was
skipped because the sheet has errors, what failed, and whether the user cancelled.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.background import collector_paused

if TYPE_CHECKING:
    from prosjektark.signing.identity import Identity

STEPS = 100  # progress units per sheet


@dataclass
class ExportReport:
    written: list[tuple[str, list[Path]]] = field(default_factory=list)  # (title, files)
    skipped: list[tuple[str, list[str]]] = field(default_factory=list)  # (title, error messages)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (title, message)
    cancelled: bool = False

    @property
    def packages(self) -> list[Path]:
        return [p for _t, files in self.written for p in files if p.suffix == ".asice"]

    def summary(self) -> str:
        """A short Norwegian account for the user."""
        lines: list[str] = []
        if self.cancelled:
            lines.append("Eksporten ble avbrutt. Ark som var ferdige før det, er beholdt.")
        n = len(self.written)
        if n:
            lines.append("1 ark er eksportert." if n == 1 else f"{n} ark er eksportert.")
        elif not self.cancelled:
            lines.append("Ingen ark ble eksportert.")
        if self.skipped:
            lines.append("Hoppet over fordi arket har feil som må rettes før signering:")
            for title, errors in self.skipped:
                first = errors[0] if errors else ""
                more = f" (og {len(errors) - 1} feil til)" if len(errors) > 1 else ""
                lines.append(f"  • {title}: {first}{more}")
        if self.failed:
            lines.append("Kunne ikke eksporteres:")
            lines += [f"  • {title}: {message}" for title, message in self.failed]
        return "\n".join(lines)


class ExportWorker(QObject):
    """Runs in a QThread; `cancel()` may be called from the UI thread at any time."""

    progress = Signal(int, str)  # units done (of len(sheet_ids) * STEPS), label
    finished = Signal(object)  # ExportReport

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        sheet_ids: list[uuid.UUID],
        out_dir: Path,
        formats: dict[str, bool],
        identity: Identity | None,
        working_copies: dict[uuid.UUID, Sheet] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.sheet_ids = list(sheet_ids)
        self.out_dir = Path(out_dir)
        self.formats = dict(formats)
        self.identity = identity
        self.working_copies = dict(working_copies or {})
        self.today = today
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        report = ExportReport()
        try:
            self._run(report)
        finally:
            self.finished.emit(report)

    def _run(self, report: ExportReport) -> None:
        from prosjektark.exchange.export import ExportCancelled, ExportError, export_stored_sheet
        from prosjektark.store.errors import StoreError

        for index, sheet_id in enumerate(self.sheet_ids):
            if self._cancel.is_set():
                report.cancelled = True
                return
            title = self._title(sheet_id)
            base = index * STEPS

            def on_progress(
                label: str, fraction: float, base: int = base, title: str = title
            ) -> bool:
                self.progress.emit(base + int(fraction * (STEPS - 1)), f"{title}\n{label} …")
                return not self._cancel.is_set()

            try:
                result = export_stored_sheet(
                    self.store,
                    sheet_id,
                    self.catalog,
                    self.out_dir,
                    **self.formats,
                    identity=self.identity,
                    working_copy=self.working_copies.get(sheet_id),
                    progress=on_progress,
                    today=self.today,
                )
            except ExportCancelled:
                report.cancelled = True
                return
            except ExportError as exc:
                if exc.findings:
                    report.skipped.append(
                        (title, [f.message for f in exc.findings if f.severity == "error"])
                    )
                else:
                    report.failed.append((title, str(exc)))
                continue
            except StoreError as exc:
                report.failed.append((title, str(exc)))
                continue
            except Exception as exc:  # one broken sheet must not stop the batch
                report.failed.append((title, f"Uventet feil: {exc}"))
                continue
            report.written.append((title, result.paths))
            self.progress.emit(base + STEPS, title)

    def _title(self, sheet_id: uuid.UUID) -> str:
        sheet = self.working_copies.get(sheet_id)
        if sheet is None:
            try:
                sheet = self.store.load(sheet_id)
            except Exception:
                return str(sheet_id)
        return sheet.identification.title or "(uten navn)"


def run_export_jobs(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    sheet_ids: list[uuid.UUID],
    out_dir: Path,
    *,
    formats: dict[str, bool] | None = None,
    identity: Identity | None = None,
    working_copies: dict[uuid.UUID, Sheet] | None = None,
    today: date | None = None,
    on_dialog: object = None,
) -> ExportReport:
    """Export `sheet_ids` (default: signed package only) with a cancellable progress
    dialog; blocks (with a local event loop) until done. `on_dialog(dialog, worker)` is
    called once the dialog exists (tests use it to press Avbryt)."""
    formats = formats or {"package": True}
    total = max(len(sheet_ids), 1) * STEPS
    dialog = QProgressDialog("Forbereder eksport …", "Avbryt", 0, total, parent)
    dialog.setWindowTitle("Eksporterer – Prosjektark")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(460)
    dialog.setValue(0)

    worker = ExportWorker(
        store, catalog, sheet_ids, out_dir, formats, identity, working_copies, today
    )
    thread = QThread()
    worker.moveToThread(thread)
    relay = _Relay(dialog, total, thread)  # lives in this thread: its slots run here
    loop = QEventLoop()
    worker.progress.connect(relay.on_progress)
    worker.finished.connect(relay.on_finished)
    thread.finished.connect(loop.quit)
    thread.started.connect(worker.run)

    def cancel() -> None:
        worker.cancel()
        dialog.setLabelText("Avbryter etter gjeldende steg …")

    dialog.canceled.connect(cancel)
    dialog.show()
    if callable(on_dialog):
        on_dialog(dialog, worker)
    with collector_paused():  # no garbage collection inside the worker (ui/background.py)
        thread.start()
        loop.exec()  # quit by thread.finished, which follows the relay's on_finished
        thread.wait()
    dialog.close()
    dialog.deleteLater()
    return relay.report or ExportReport(cancelled=True)


class _Relay(QObject):
    """Receives the worker's signals in the UI thread (queued), where widgets may be touched."""

    def __init__(self, dialog: QProgressDialog, total: int, thread: QThread) -> None:
        super().__init__()
        self.dialog = dialog
        self.total = total
        self.thread = thread
        self.report: ExportReport | None = None

    @Slot(int, str)
    def on_progress(self, value: int, label: str) -> None:
        if not self.dialog.wasCanceled():
            self.dialog.setValue(min(value, self.total))
            self.dialog.setLabelText(label)

    @Slot(object)
    def on_finished(self, report: ExportReport) -> None:
        self.report = report
        self.thread.quit()
