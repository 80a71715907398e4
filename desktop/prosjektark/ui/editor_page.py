"""The page around the guided editor: header, live rule check, findings panel."""

from __future__ import annotations

import getpass
import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog, CatalogError
from prosjektark.domain.findings import Finding
from prosjektark.domain.rules import check_sheet, decision_advice, score_summary, sheet_status
from prosjektark.domain.sheet import PHASE_NAMES, Acknowledgement, Sheet
from prosjektark.domain.summary import STATUS_NAMES, Status
from prosjektark.ui.editor import AttachmentHandler, SheetEditor
from prosjektark.ui.findings_panel import FindingsPanel

CHECK_DELAY_MS = 120


class EditorPage(QWidget):
    back_requested = Signal()
    save_version_requested = Signal()
    sheet_changed = Signal()  # an edit the autosaver must store
    status_changed = Signal(str)

    def __init__(
        self, catalog: Catalog, attachments: AttachmentHandler | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.findings: list[Finding] = []
        self.status: Status = "utkast"

        self.back_button = QPushButton("← Alle ark")
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip("Tilbake til listen (Alt+Venstre)")
        self.back_button.setShortcut("Alt+Left")
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = QLabel()
        self.title_label.setObjectName("sheetTitle")
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("sheetMeta")
        self.save_version_button = QPushButton("Lagre versjon")
        self.save_version_button.setObjectName("saveVersionButton")
        self.save_version_button.setToolTip(
            "Lagrer en fast, uforanderlig versjon av arket (Ctrl+S). "
            "Arbeidskopien lagres automatisk uansett."
        )
        self.save_version_button.clicked.connect(self.save_version_requested)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        header.addWidget(self.save_version_button)

        self.editor = SheetEditor(catalog, attachments)
        self.findings_panel = FindingsPanel(
            step_titles={step.id: step.title for step in catalog.form.steps}
        )
        self.findings_panel.finding_activated.connect(self.editor.focus_field)
        self.findings_panel.acknowledge_requested.connect(self._acknowledge)
        self.summary_extra = QLabel()
        self.summary_extra.setObjectName("summaryExtra")
        self.summary_extra.setWordWrap(True)
        self.summary_extra.setTextFormat(Qt.TextFormat.RichText)
        self.editor.set_summary_content(self.summary_extra)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.editor)
        splitter.addWidget(self.findings_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 170])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.recheck)
        self.editor.sheet_changed.connect(self._on_edit)

    def sheet(self) -> Sheet | None:
        return self.editor.sheet()

    def set_sheet(self, sheet: Sheet, read_only: bool = False) -> None:
        self.editor.set_sheet(sheet)
        self.editor.set_read_only(read_only)
        self.save_version_button.setEnabled(not read_only)
        self.recheck()

    def _on_edit(self) -> None:
        self.sheet_changed.emit()
        self._check_timer.start()

    def recheck(self) -> None:
        """Run every rule on the sheet and show the result everywhere it is shown."""
        self._check_timer.stop()
        sheet = self.editor.sheet()
        if sheet is None:
            return
        self.findings = check_sheet(sheet, self.catalog)
        acknowledged = {(a.code, a.field) for a in sheet.acknowledgements}
        self.findings_panel.set_findings(self.findings, acknowledged)
        marks: dict[str, str] = {}
        for f in self.findings:
            if f.severity == "error" or (
                f.severity == "warning" and (f.code, f.field) not in acknowledged
            ):
                if marks.get(f.step) != "error":
                    marks[f.step] = f.severity
        self.editor.set_step_marks(marks)
        status = sheet_status(sheet, self.findings)
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)
        self.status = status
        self._update_header(sheet)
        self._update_summary(sheet)

    def _update_header(self, sheet: Sheet) -> None:
        self.title_label.setText(sheet.identification.title or "(uten tittel)")
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = sum(1 for f in self.findings if f.severity == "warning")
        parts = [
            PHASE_NAMES.get(sheet.identification.phase, sheet.identification.phase),
            f"revisjon {sheet.revision}" if sheet.revision else "ingen lagrede versjoner",
            STATUS_NAMES[self.status],
            f"{errors} feil, {warnings} advarsler",
        ]
        if sheet.is_example:
            parts.insert(0, "EKSEMPEL")
        self.meta_label.setText(" · ".join(parts))

    def _update_summary(self, sheet: Sheet) -> None:
        try:
            profile = self.catalog.profile(sheet.profile)
        except CatalogError:
            profile = self.catalog.default_profile
        rows = [f"<h3>Status: {STATUS_NAMES[self.status]}</h3>"]
        advice = decision_advice(sheet, profile)
        if advice is not None:
            rows.append(
                f"<p><b>Neste faseovergang ({html.escape(advice.transition)}):</b> "
                f"{html.escape(advice.body_name)}"
                f"{' (politisk behandling)' if advice.political else ''}.<br>"
                f"<small>{html.escape(advice.reason)}</small></p>"
            )
        scores = score_summary(sheet, profile)
        rows.append(
            f"<p><b>Måloppnåelse:</b> {scores.total} av {scores.maximum} poeng "
            f"({scores.goals_scored} mål scoret).</p>"
        )
        self.summary_extra.setText("".join(rows))

    def _acknowledge(self, finding: Finding, comment: str) -> None:
        sheet = self.editor.sheet()
        if sheet is None or not comment.strip():
            return
        sheet.acknowledgements = [
            a for a in sheet.acknowledgements if (a.code, a.field) != (finding.code, finding.field)
        ]
        sheet.acknowledgements.append(
            Acknowledgement(
                code=finding.code,
                field=finding.field,
                comment=comment.strip(),
                by=_user_name(),
                at=datetime.now(UTC).replace(microsecond=0),
            )
        )
        self.sheet_changed.emit()
        self.recheck()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return ""
