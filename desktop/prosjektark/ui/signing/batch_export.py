"""Exporting one or several sheets in a worker thread behind a cancellable QProgressDialog.

`run_export_jobs` is the one helper: it calls exchange.export.export_stored_sheet per
sheet (so a package freezes and signs a revision and lands in the outbox), keeps the
window responsive, and returns an `ExportReport` saying what was written, what was
skipped because the sheet has errors, what failed, and whether the user cancelled.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QProgressDialog, QWidget

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import Sheet
from prosjektark.logs import report_unexpected
from prosjektark.store.repository import Store
from prosjektark.ui.background import BackgroundJob, progress_dialog, run_with_progress
from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from prosjektark.signing.identity import Identity
    from prosjektark.store.repository import WriteToken

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
        """A short account for the user, in the UI's language."""
        lines: list[str] = []
        if self.cancelled:
            lines.append(
                translate(
                    "batch_export",
                    "Eksporten ble avbrutt. Ark som var ferdige før det, er beholdt.",
                )
            )
        n = len(self.written)
        if n:
            lines.append(
                translate("batch_export", "1 ark er eksportert.")
                if n == 1
                else translate("batch_export", "{n} ark er eksportert.").format(n=n)
            )
        elif not self.cancelled:
            lines.append(translate("batch_export", "Ingen ark ble eksportert."))
        if self.skipped:
            lines.append(
                translate(
                    "batch_export",
                    "Hoppet over fordi arket ikke har status Klar (feil som må rettes eller"
                    " advarsler som ikke er kvittert ut):",
                )
            )
            for title, errors in self.skipped:
                first = errors[0] if errors else ""
                more = (
                    " " + translate("batch_export", "(og {n} til)").format(n=len(errors) - 1)
                    if len(errors) > 1
                    else ""
                )
                lines.append(f"  • {title}: {first}{more}")
        if self.failed:
            lines.append(translate("batch_export", "Kunne ikke eksporteres:"))
            lines += [f"  • {title}: {message}" for title, message in self.failed]
        return "\n".join(lines)


class ExportWorker(BackgroundJob):
    """Exports sheet after sheet; a cancel takes effect between export steps."""

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
        tokens: dict[uuid.UUID, WriteToken] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.sheet_ids = list(sheet_ids)
        self.out_dir = Path(out_dir)
        self.formats = dict(formats)
        self.identity = identity
        self.working_copies = dict(working_copies or {})
        # The editor's write tokens: freezing a revision must not overwrite another writer.
        self.tokens = dict(tokens or {})
        self.today = today

    def new_report(self) -> ExportReport:
        return ExportReport()

    def work(self, report: ExportReport) -> None:
        self._run(report)

    def _run(self, report: ExportReport) -> None:
        from prosjektark.exchange.export import ExportCancelled, ExportError, export_stored_sheet
        from prosjektark.store.errors import StoreError

        for index, sheet_id in enumerate(self.sheet_ids):
            if self.cancelled:
                report.cancelled = True
                return
            title = self._title(sheet_id)
            base = index * STEPS

            def on_progress(
                label: str, fraction: float, base: int = base, title: str = title
            ) -> bool:
                self.step(base + int(fraction * (STEPS - 1)), f"{title}\n{label} …")
                return not self.cancelled

            try:
                result = export_stored_sheet(
                    self.store,
                    sheet_id,
                    self.catalog,
                    self.out_dir,
                    **self.formats,
                    identity=self.identity,
                    working_copy=self.working_copies.get(sheet_id),
                    token=self.tokens.get(sheet_id),
                    progress=on_progress,
                    today=self.today,
                )
            except ExportCancelled:
                report.cancelled = True
                return
            except ExportError as exc:
                if exc.findings:
                    report.skipped.append(
                        # Exactly what keeps it from status Klar: errors, open warnings.
                        (title, [f.message for f in exc.findings])
                    )
                else:
                    report.failed.append((title, str(exc)))
                continue
            except StoreError as exc:
                report.failed.append((title, str(exc)))
                continue
            except Exception as exc:  # one broken sheet must not stop the batch
                report.failed.append((title, report_unexpected(exc, f"eksport av {title}")))
                continue
            report.written.append((title, result.paths))
            self.step(base + STEPS, title)

    def _title(self, sheet_id: uuid.UUID) -> str:
        sheet = self.working_copies.get(sheet_id)
        if sheet is None:
            try:
                sheet = self.store.load(sheet_id)
            except Exception:
                return str(sheet_id)
        return sheet.identification.title or translate("batch_export", "(uten navn)")


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
    on_dialog: Callable[[QProgressDialog, BackgroundJob], None] | None = None,
    tokens: dict[uuid.UUID, WriteToken] | None = None,
) -> ExportReport:
    """Export `sheet_ids` (default: signed package only) with a cancellable progress
    dialog; blocks (with a local event loop) until done. `on_dialog(dialog, worker)` is
    called once the dialog exists (tests use it to press Avbryt)."""
    formats = formats or {"package": True}
    dialog = progress_dialog(
        parent,
        translate("batch_export", "Eksporterer – Prosjektark"),
        translate("batch_export", "Forbereder eksport …"),
        len(sheet_ids) * STEPS,
    )
    worker = ExportWorker(
        store, catalog, sheet_ids, out_dir, formats, identity, working_copies, today, tokens
    )
    report = run_with_progress(
        dialog,
        worker,
        translate("batch_export", "Avbryter etter gjeldende steg …"),
        on_dialog,
    )
    return report or ExportReport(cancelled=True)
