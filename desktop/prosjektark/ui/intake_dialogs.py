"""The secretariat's intake view: "Importer pakker …" and "Portefølje til Excel …".

`import_packages` opens a dialog to choose signed packages (.asice) and the trust list
(a certificate, a file of pinned fingerprints, or a folder of them), runs the import in
a worker thread behind a cancellable progress dialog (exchange.intake does the work, as
for `prosjektark import`), and lists the result per package. A package refused because
its sheet belongs to another signer offers "Overfør arket …": a confirmation naming both
signers and asking why, then the handover is recorded and that package imported again.
`export_portfolio` asks for a file name and writes the portfolio workbook
(exchange.portfolio).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.logs import report_unexpected
from prosjektark.store.repository import Store
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.background import BackgroundJob, progress_dialog, run_with_progress
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from prosjektark.exchange.intake import ImportOutcome
    from prosjektark.signing.trust import TrustStore

PACKAGE_FILTER = QT_TRANSLATE_NOOP("intake_dialogs", "Signerte pakker (*.asice);;Alle filer (*)")
TRUST_FILTER = QT_TRANSLATE_NOOP(
    "intake_dialogs",
    "Sertifikater og fingeravtrykk (*.pem *.crt *.cer *.sha256 *.txt);;Alle filer (*)",
)
# Status -> (mark, text colour) in the result list.
_MARKS = {
    "importert": ("✔", Role.OK_TEXT),
    "oppdatert": ("✔", Role.OK_TEXT),
    "uendret": ("•", Role.MUTED_TEXT),
    "avvist": ("✖", Role.ERROR_TEXT),
}
# How many packages had each status, for the summary line.
_COUNTED = {
    "importert": QT_TRANSLATE_NOOP("intake_dialogs", "{n} importert"),
    "oppdatert": QT_TRANSLATE_NOOP("intake_dialogs", "{n} oppdatert"),
    "uendret": QT_TRANSLATE_NOOP("intake_dialogs", "{n} uendret"),
    "avvist": QT_TRANSLATE_NOOP("intake_dialogs", "{n} avvist"),
}


@dataclass
class ImportReport:
    """What an import run did: one outcome per package handled, in order."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    not_started: list[Path] = field(default_factory=list)  # left when the user cancelled
    cancelled: bool = False
    trust: Path | None = None

    @property
    def changed(self) -> bool:
        """Whether any sheet was added or updated (the list needs reloading)."""
        return any(o.status in ("importert", "oppdatert") for o in self.outcomes)

    def summary(self) -> str:
        counts = {s: sum(1 for o in self.outcomes if o.status == s) for s in _MARKS}
        parts = [
            translate("intake_dialogs", _COUNTED[s]).format(n=counts[s])
            for s in _MARKS
            if counts[s]
        ]
        text = ", ".join(parts) if parts else translate("intake_dialogs", "ingen pakker behandlet")
        line = translate("intake_dialogs", "Resultat: {result}.").format(result=text)
        if self.cancelled:
            left = len(self.not_started)
            line += " " + (
                translate(
                    "intake_dialogs",
                    "Importen ble avbrutt; 1 pakke ble ikke behandlet. Det som var importert "
                    "før det, er beholdt.",
                )
                if left == 1
                else translate(
                    "intake_dialogs",
                    "Importen ble avbrutt; {n} pakker ble ikke behandlet. Det som var importert "
                    "før det, er beholdt.",
                ).format(n=left)
            )
        if counts["avvist"]:
            line += " " + translate(
                "intake_dialogs", "Avviste pakker er ikke lagret; velg en rad for å se hvorfor."
            )
        if any(o.owned_by_another for o in self.outcomes):
            line += " " + translate(
                "intake_dialogs",
                "Et ark som tilhører en annen avsender, kan du overføre med "
                "«Overfør arket …» når raden er valgt.",
            )
        return line


# ------------------------------------------------------------------ worker


class ImportWorker(BackgroundJob):
    """Imports packages one by one; a cancel takes effect before the next package (a
    package is never half imported)."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        packages: Sequence[Path],
        trust: TrustStore,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.packages = [Path(p) for p in packages]
        self.trust = trust
        self.today = today

    def new_report(self) -> ImportReport:
        return ImportReport()

    def work(self, report: ImportReport) -> None:
        self._run(report)

    def _run(self, report: ImportReport) -> None:
        from prosjektark.exchange.intake import ImportOutcome, import_package

        for index, path in enumerate(self.packages):
            if self.cancelled:
                report.cancelled = True
                report.not_started = self.packages[index:]
                return
            self.step(
                index,
                translate("intake_dialogs", "Kontrollerer og importerer {file} …").format(
                    file=path.name
                ),
            )
            try:
                outcome = import_package(
                    self.store, path, self.trust, self.catalog, today=self.today
                )
            except Exception as exc:  # import_package never raises; a batch never stops
                outcome = ImportOutcome(
                    path,
                    "avvist",
                    translate(
                        "intake_dialogs",
                        "Pakken kunne ikke behandles på grunn av en programfeil og er ikke "
                        "importert.",
                    ),
                    reasons=[report_unexpected(exc, f"import av {path}")],
                )
            report.outcomes.append(outcome)
            self.step(index + 1, path.name)


def run_import_jobs(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    packages: Sequence[Path],
    trust: TrustStore,
    *,
    today: date | None = None,
    on_dialog: Callable[[QProgressDialog, ImportWorker], None] | None = None,
) -> ImportReport:
    """Import `packages` with a cancellable progress dialog; blocks (with a local event
    loop, so the window stays responsive) until done. `on_dialog(dialog, worker)` is
    called once the dialog exists (tests use it to press Avbryt)."""
    dialog = progress_dialog(
        parent,
        translate("intake_dialogs", "Importerer pakker – Prosjektark"),
        translate("intake_dialogs", "Forbereder import …"),
        len(packages),
    )
    worker = ImportWorker(store, catalog, packages, trust, today)
    report = run_with_progress(
        dialog,
        worker,
        translate("intake_dialogs", "Avbryter etter pakken som importeres nå …"),
        on_dialog,
    )
    return report or ImportReport(cancelled=True, not_started=list(packages))


# ------------------------------------------------------------------ import dialog


class ImportPackagesDialog(QDialog):
    """Choose packages and a trust list, import, and see the result per package.

    `progress_hook` is passed to run_import_jobs as `on_dialog` (tests press Avbryt)."""

    imported = Signal(object)  # ImportReport, after a run that added or updated sheets

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        packages: Sequence[Path] = (),
        trust: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.today = today
        self.report: ImportReport | None = None
        self._trust: TrustStore | None = None  # the trust list of the last run
        self.progress_hook: Callable[[QProgressDialog, ImportWorker], None] | None = None
        self.setWindowTitle(translate("intake_dialogs", "Importer pakker – Prosjektark"))

        self.intro = intro = QLabel(
            translate(
                "intake_dialogs",
                "Velg signerte pakker (.asice) fra arbeidsgruppene og sertifikatene til "
                "avsenderne du stoler på. Hver pakke kontrolleres før noe lagres: en pakke som "
                "ikke består kontrollen, blir ikke lagt inn. En eldre eller lik revisjon "
                "overskriver aldri det du har.",
            )
        )
        intro.setWordWrap(True)

        self.package_list = QListWidget()
        self.package_list.setObjectName("packages")
        self.package_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        line = self.fontMetrics().lineSpacing()
        # A few rows: the result list below gets the space that is left.
        self.package_list.setMinimumSize(420, 5 * line)
        self.package_list.setMaximumHeight(9 * line)
        self.add_button = QPushButton(translate("intake_dialogs", "Legg til pakker …"))
        self.add_button.setObjectName("addPackages")
        self.add_button.clicked.connect(self.choose_packages)
        self.remove_button = QPushButton(translate("intake_dialogs", "Fjern"))
        self.remove_button.setObjectName("removePackages")
        self.remove_button.clicked.connect(self.remove_selected)
        package_buttons = QVBoxLayout()
        package_buttons.addWidget(self.add_button)
        package_buttons.addWidget(self.remove_button)
        package_buttons.addStretch(1)

        self.trust_edit = QLineEdit(str(trust) if trust else "")
        self.trust_edit.setObjectName("trust")
        self.trust_edit.setPlaceholderText(
            translate("intake_dialogs", "Sertifikat (.pem), fingeravtrykk (.sha256) eller mappe")
        )
        trust_file = QPushButton(translate("intake_dialogs", "Fil …"))
        trust_file.setObjectName("trustFile")
        trust_file.clicked.connect(self.choose_trust_file)
        trust_dir = QPushButton(translate("intake_dialogs", "Mappe …"))
        trust_dir.setObjectName("trustDir")
        trust_dir.clicked.connect(self.choose_trust_dir)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_edit, 1)
        trust_row.addWidget(trust_file)
        trust_row.addWidget(trust_dir)

        packages_label = QLabel(translate("intake_dialogs", "&Pakker:"))
        packages_label.setBuddy(self.package_list)
        trust_label = QLabel(translate("intake_dialogs", "&Stol på:"))
        trust_label.setBuddy(self.trust_edit)
        grid = QGridLayout()
        grid.addWidget(packages_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.package_list, 0, 1)
        grid.addLayout(package_buttons, 0, 2)
        grid.addWidget(trust_label, 1, 0)
        grid.addLayout(trust_row, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        from prosjektark.ui.signing.verify_dialog import machine_trust_note

        self.machine_trust, self.machine_trust_note = machine_trust_note()
        grid.addWidget(self.machine_trust_note, 2, 1, 1, 2)

        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        theme.set_style(self.error_label, "color: $error_text;")
        self.error_label.hide()

        # Results: one row per package; the selected row's full text below.
        self.results = QTreeWidget()
        self.results.setObjectName("results")
        self.results.setHeaderLabels(
            [
                translate("intake_dialogs", "Pakke"),
                translate("intake_dialogs", "Resultat"),
                translate("intake_dialogs", "Prosjektark"),
            ]
        )
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformRowHeights(True)
        header = self.results.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.currentItemChanged.connect(self._show_details)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        # A text box rather than a wrapping label: long reasons scroll instead of pushing
        # the list into it, and the text can be copied.
        self.details = QPlainTextEdit()
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setFixedHeight(line * 6)
        # Shown for a row refused because the sheet belongs to another signer.
        self.handover_button = QPushButton(translate("intake_dialogs", "&Overfør arket …"))
        self.handover_button.setObjectName("handover")
        self.handover_button.setToolTip(
            translate(
                "intake_dialogs",
                "Gi arket til avsenderen av den valgte pakken, og importer pakken på nytt",
            )
        )
        self.handover_button.clicked.connect(self.hand_over_current)
        self.handover_button.hide()
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_button)
        handover_row.addStretch(1)
        self.result_box = QWidget()
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(self.results, 1)
        result_layout.addWidget(self.details)
        result_layout.addLayout(handover_row)
        self.result_box.hide()

        self.import_button = QPushButton(translate("intake_dialogs", "Importer"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("intake_dialogs", "Lukk"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_box, 1)
        layout.addWidget(buttons)
        enter_presses(self, self.import_button)

        self.package_list.itemSelectionChanged.connect(self._update)
        self.trust_edit.textChanged.connect(self._update)
        self.add_packages(packages)
        # No explicit minimum size: the layout's own minimum then applies, so the dialog
        # cannot be shrunk until widgets overlap.
        self._pin_wrapped_heights()
        self.resize(720, self.sizeHint().height())
        self._update()

    # -- choosing -----------------------------------------------------------------

    def packages(self) -> list[Path]:
        return [Path(self.package_list.item(i).text()) for i in range(self.package_list.count())]

    def add_packages(self, paths: Sequence[Path | str]) -> None:
        known = {str(p) for p in self.packages()}
        for path in paths:
            text = str(Path(path))
            if text not in known:
                self.package_list.addItem(text)
                known.add(text)
        self._update()

    def choose_packages(self) -> None:
        start = str(self.packages()[-1].parent) if self.packages() else ""
        names = file_dialogs.open_files(
            self,
            translate("intake_dialogs", "Velg pakker"),
            translate("intake_dialogs", PACKAGE_FILTER),
            start,
            key="pakker",
        )
        if names:
            self.add_packages([str(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.package_list.selectedItems():
            self.package_list.takeItem(self.package_list.row(item))
        self._update()

    def choose_trust_file(self) -> None:
        chosen = file_dialogs.open_file(
            self,
            translate("intake_dialogs", "Velg sertifikat"),
            translate("intake_dialogs", TRUST_FILTER),
            self.trust_edit.text(),
            key="sertifikat",
        )
        if chosen is not None:
            self.trust_edit.setText(str(chosen))

    def choose_trust_dir(self) -> None:
        chosen = file_dialogs.choose_folder(
            self,
            translate("intake_dialogs", "Velg mappe med sertifikater"),
            self.trust_edit.text(),
            key="sertifikat",
        )
        if chosen is not None:
            self.trust_edit.setText(str(chosen))

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.package_list.selectedItems()))
        self.import_button.setEnabled(
            self.package_list.count() > 0
            and (bool(self.trust_edit.text().strip()) or self.machine_trust)
        )

    # -- importing ----------------------------------------------------------------

    def run_import(self) -> ImportReport | None:
        """Import the chosen packages; None when the trust list cannot be read."""
        from prosjektark.signing.trust import TrustError, load_trust

        typed = self.trust_edit.text().strip()
        trust_path = Path(typed) if typed else None
        try:
            trust = load_trust(trust_path)
        except TrustError as exc:
            self.error_label.setText(
                translate("intake_dialogs", "Tillitslisten kan ikke brukes: {error}").format(
                    error=exc
                )
            )
            self.error_label.show()
            self._pin_wrapped_heights()
            self.result_box.hide()  # an earlier result would read as this one's
            self.report = None
            return None
        self.error_label.hide()
        self._trust = trust
        report = run_import_jobs(
            self,
            self.store,
            self.catalog,
            self.packages(),
            trust,
            today=self.today,
            on_dialog=self.progress_hook,
        )
        report.trust = trust_path
        self.show_report(report)
        if report.changed:
            self.imported.emit(report)
        return report

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.results.clear()
        for outcome in report.outcomes:
            mark, colour = _MARKS[outcome.status]
            title = outcome.title or (
                "–" if outcome.sheet_id is None else translate("intake_dialogs", "(uten navn)")
            )
            if outcome.revision is not None and outcome.sheet_id is not None:
                title = translate("intake_dialogs", "{title} (rev. {revision})").format(
                    title=title, revision=outcome.revision
                )
            item = QTreeWidgetItem([outcome.path.name, f"{mark} {_label(outcome)}", title])
            item.setForeground(1, theme.brush(colour))
            item.setToolTip(0, str(outcome.path))
            item.setToolTip(2, _details_text(outcome))
            item.setData(0, Qt.ItemDataRole.UserRole, _details_text(outcome))
            self.results.addTopLevelItem(item)
        for path in report.not_started:
            item = QTreeWidgetItem(
                [
                    path.name,
                    translate("intake_dialogs", "– Ikke behandlet"),
                    translate("intake_dialogs", "Importen ble avbrutt."),
                ]
            )
            item.setData(
                0,
                Qt.ItemDataRole.UserRole,
                translate("intake_dialogs", "Importen ble avbrutt før denne pakken."),
            )
            self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        self.results.setColumnWidth(0, min(self.results.columnWidth(0), 260))
        self.summary.setText(report.summary())
        self.result_box.show()
        self._pin_wrapped_heights()
        rows = min(max(self.results.topLevelItemCount(), 2), 5)
        row_height = self.results.sizeHintForRow(0) if self.results.topLevelItemCount() else 22
        header_height = self.results.header().sizeHint().height()
        self.results.setMinimumHeight(rows * row_height + header_height + 6)
        # Enter now closes; importing the same packages again is rarely wanted.
        enter_presses(self, self.close_button)
        # Show the first refusal (what needs action), else the first row.
        first = next(
            (i for i, o in enumerate(report.outcomes) if o.status == "avvist"),
            0,
        )
        if self.results.topLevelItemCount():
            self.results.setCurrentItem(self.results.topLevelItem(first))
        self.resize(max(self.width(), 760), max(self.height(), self.sizeHint().height()))

    def _pin_wrapped_heights(self) -> None:
        """Reserve the height wrapped labels need at the dialog's narrowest, so that
        shrinking the dialog never pushes the lists under them (a layout's minimum does
        not account for text that wraps onto more lines)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = layout.minimumSize().width() - margins.left() - margins.right()
        for label in (self.intro, self.error_label, self.summary):
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def _show_details(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        text = "" if current is None else current.data(0, Qt.ItemDataRole.UserRole) or ""
        self.details.setPlainText(text)
        outcome = self.current_outcome()
        self.handover_button.setVisible(outcome is not None and outcome.owned_by_another)

    def current_outcome(self) -> ImportOutcome | None:
        """The outcome of the selected row (None: no row, or a package not handled)."""
        if self.report is None or self.results.currentItem() is None:
            return None
        row = self.results.indexOfTopLevelItem(self.results.currentItem())
        return self.report.outcomes[row] if 0 <= row < len(self.report.outcomes) else None

    # -- handing a sheet over -------------------------------------------------------

    def hand_over_current(self) -> ImportOutcome | None:
        """Offer to give the selected row's sheet to the package's signer; when the user
        confirms, record the handover and import that package again. Returns the new
        outcome (None: nothing done)."""
        from prosjektark.exchange.intake import hand_over_sheet
        from prosjektark.store.errors import StoreError

        outcome = self.current_outcome()
        if outcome is None or not outcome.owned_by_another or self._trust is None:
            return None
        assert self.report is not None and outcome.sheet_id is not None
        row = self.results.indexOfTopLevelItem(self.results.currentItem())
        confirm = HandoverDialog(outcome, self)
        try:
            if confirm.exec() != QDialog.DialogCode.Accepted:
                return None
            reason = confirm.reason()
        finally:
            confirm.deleteLater()
        try:
            hand_over_sheet(
                self.store,
                outcome.sheet_id,
                outcome.fingerprint or "",
                outcome.signer or "",
                reason,
            )
        except StoreError as exc:
            QMessageBox.warning(
                self,
                translate("intake_dialogs", "Overfør arket"),
                translate("intake_dialogs", "Arket ble ikke overført.") + f"\n\n{exc}",
            )
            return None
        again = run_import_jobs(
            self,
            self.store,
            self.catalog,
            [outcome.path],
            self._trust,
            today=self.today,
            on_dialog=self.progress_hook,
        )
        if not again.outcomes:  # cancelled before it started: the handover still stands
            return None
        (new,) = again.outcomes
        self.report.outcomes[row] = new
        self.show_report(self.report)
        self.results.setCurrentItem(self.results.topLevelItem(row))
        if new.status in ("importert", "oppdatert"):
            self.imported.emit(self.report)
        return new

    def result_rows(self) -> list[tuple[str, str, str]]:
        """(package, result, sheet) per row, as shown."""
        rows = []
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            rows.append((item.text(0), item.text(1), item.text(2)))
        return rows


class HandoverDialog(QDialog):
    """Confirm giving a sheet to the signer of a refused package, with a reason."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        from prosjektark.exchange.intake import display_fingerprint

        super().__init__(parent)
        assert outcome.owner is not None
        self.setWindowTitle(translate("intake_dialogs", "Overfør arket – Prosjektark"))
        unnamed = translate("intake_dialogs", "(uten navn)")
        owner = outcome.owner.signer_name or unnamed
        sender = outcome.signer or unnamed
        title = outcome.title or unnamed
        text = QLabel(
            translate(
                "intake_dialogs",
                "«{title}» tilhører <b>{owner}</b> (SHA-256 {owner_fingerprint}).<br>"
                "Pakken {package} er signert av <b>{sender}</b> (SHA-256 {sender_fingerprint})."
                "<br><br>Vil du overføre arket til {sender}? Overføringen registreres med ditt "
                "navn, tidspunktet og begrunnelsen, og kan ikke endres eller slettes. Etterpå "
                "tas pakker fra {sender} imot, pakker fra {owner} avvises, og denne pakken "
                "importeres på nytt.",
            ).format(
                title=title,
                owner=_html(owner),
                owner_fingerprint=display_fingerprint(outcome.owner.fingerprint),
                package=_html(outcome.path.name),
                sender=_html(sender),
                sender_fingerprint=display_fingerprint(outcome.fingerprint or ""),
            )
        )
        text.setObjectName("text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = text
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(
            translate("intake_dialogs", "F.eks. ny prosjektleder hos Statens vegvesen")
        )
        reason_label = QLabel(translate("intake_dialogs", "&Begrunnelse:"))
        reason_label.setBuddy(self.reason_edit)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(translate("intake_dialogs", "&Overfør"))
        self.confirm_button.setObjectName("confirm")
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("intake_dialogs", "Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(reason_row)
        layout.addWidget(buttons)
        enter_presses(self, self.confirm_button)
        # A handover is a record: it needs its reason.
        self.reason_edit.textChanged.connect(
            lambda value: self.confirm_button.setEnabled(bool(value.strip()))
        )
        self.confirm_button.setEnabled(False)
        self.reason_edit.setFocus()
        self.resize(560, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.text().strip()


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def _label(outcome: ImportOutcome) -> str:
    from prosjektark.exchange.intake import STATUS_LABELS

    if outcome.unreadable:
        return translate("intake_dialogs", "Kan ikke leses")
    # exchange.intake names the statuses (QT_TRANSLATE_NOOP, context "intake").
    return translate("intake", STATUS_LABELS[outcome.status])


def _details_text(outcome: ImportOutcome) -> str:
    lines = [f"{outcome.path.name}: {outcome.message}"]
    lines += [f"•  {reason}" for reason in outcome.reasons]
    said = " ".join(outcome.reasons)
    if outcome.status == "avvist" and outcome.fingerprint and outcome.fingerprint not in said:
        lines.append(
            translate("intake_dialogs", "Signert av: {signer}").format(signer=outcome.signer or "–")
        )
        lines.append(f"SHA-256: {outcome.fingerprint}")
    return "\n".join(lines)


def import_packages(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    *,
    trust: Path | None = None,
    today: date | None = None,
    packages: Sequence[Path] = (),
) -> ImportReport | None:
    """The "Importer pakker …" dialog; returns the last run's report (None: nothing run).
    `report.trust` is the trust list used, for the caller to remember. `packages` are
    listed already (those waiting in the intake folder)."""
    dialog = ImportPackagesDialog(store, catalog, parent, trust=trust, today=today)
    if packages:
        dialog.add_packages(packages)
    try:
        dialog.exec()
        return dialog.report
    finally:
        dialog.deleteLater()


# ------------------------------------------------------------------ portfolio


def export_portfolio(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    *,
    default_dir: Path | None = None,
    profile: str | None = None,
    today: date | None = None,
) -> tuple[Path, int] | None:
    """Ask for a file and write the portfolio workbook; returns (file, sheet count), or
    None when the user cancelled or the file could not be written (a message says why)."""
    today = today or date.today()
    name = translate("intake_dialogs", "Portefølje {date}.xlsx").format(date=today.isoformat())
    suggestion = (default_dir or Path.home()) / name
    target = file_dialogs.save_file(
        parent,
        translate("intake_dialogs", "Portefølje til Excel"),
        suggestion,
        translate("intake_dialogs", "Excel-arbeidsbok (*.xlsx)"),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")

    from prosjektark.exchange.export import ExportError
    from prosjektark.exchange.portfolio import write_portfolio
    from prosjektark.store.errors import StoreError

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = write_portfolio(store, catalog, target, profile=profile, today=today)
    except (ExportError, StoreError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("intake_dialogs", "Portefølje til Excel"),
            translate("intake_dialogs", "Porteføljen ble ikke skrevet.") + f"\n\n{exc}",
        )
        return None
    except Exception as exc:  # the dialog reports, never crashes
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("intake_dialogs", "Portefølje til Excel"),
            translate("intake_dialogs", "Porteføljen ble ikke skrevet.")
            + "\n\n"
            + report_unexpected(exc, "portefølje til Excel"),
        )
        return None
    QApplication.restoreOverrideCursor()
    return target, count
