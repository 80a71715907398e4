"""The secretariat's intake folder, watched: new complete packages, and importing them.

`IntakeWatcher` looks at the intake folder when the file system says something changed
there (QFileSystemWatcher) and, because network shares and synced Teams/SharePoint
folders often never say so, also every `poll_interval_ms`. Whether a package is complete
is decided by exchange/intake_folder.py (same size on two looks, a readable zip
directory, openable), never by a timer: the timers only decide when to look again. A
file that is still changing is looked at again after `settle_ms`.

`packages_ready(list[Path])` is emitted whenever the list of complete packages not
imported before changes (also to an empty list after an import). The intake list
connects to it; `import_ready_packages` imports them with the ordinary import
(exchange/intake.py behind the cancellable progress dialog of intake_dialogs) and
remembers the accepted ones, so they are not listed again. A refused package stays
listed until the secretariat has dealt with it (trusted the sender, handed the sheet
over) or removed the file.

The folder is the user setting INTAKE_FOLDER_KEY ("intake/folder"); the trust list is the
import dialog's "intake/trust". A machine-wide default is issue 15.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from prosjektark.domain.catalog import Catalog
    from prosjektark.exchange.intake_folder import IntakeScanner, KnownPackages
    from prosjektark.signing.trust import TrustStore
    from prosjektark.store.repository import Store
    from prosjektark.ui.intake_dialogs import ImportReport, ImportWorker

# exchange.intake_folder.INTAKE_FOLDER_KEY (exchange/ is not imported at start-up)
INTAKE_FOLDER_KEY = "intake/folder"
POLL_INTERVAL_MS = 10_000
SETTLE_MS = 1_000


class IntakeWatcher(QObject):
    """Watches one folder (None: none yet). `ready` and `pending` are the last look's
    complete new packages and the files not complete yet; `problem` says why the folder
    cannot be read (Norwegian), else None; `looks` counts looks taken."""

    packages_ready = Signal(list)  # list[Path]
    problem_changed = Signal(str)  # "" when the folder can be read again
    looked = Signal()

    def __init__(
        self,
        folder: Path | None = None,
        known: KnownPackages | None = None,
        parent: QObject | None = None,
        *,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        settle_ms: int = SETTLE_MS,
        use_file_watcher: bool = True,
    ) -> None:
        super().__init__(parent)
        from prosjektark.exchange.intake_folder import KnownPackages

        self.known = known if known is not None else KnownPackages.for_user()
        self.ready: list[Path] = []
        self.pending: list[Path] = []
        self.problem: str | None = None
        self.looks = 0
        self._folder: Path | None = None
        self._scanner: IntakeScanner | None = None
        self._running = False
        self._use_file_watcher = use_file_watcher
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(lambda _path: self._soon())
        self._fs.fileChanged.connect(lambda _path: self._soon())
        self._poll = QTimer(self)
        self._poll.setInterval(poll_interval_ms)
        self._poll.timeout.connect(self.scan_now)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self.scan_now)
        self.set_folder(folder)

    @classmethod
    def from_settings(
        cls, settings: QSettings, known: KnownPackages | None = None, parent: QObject | None = None
    ) -> IntakeWatcher:
        saved = settings.value(INTAKE_FOLDER_KEY)
        return cls(Path(str(saved)) if saved else None, known, parent)

    # ------------------------------------------------------------------ folder
    @property
    def folder(self) -> Path | None:
        return self._folder

    def set_folder(self, folder: Path | None) -> None:
        """Watch another folder (what was ready in the old one is forgotten)."""
        from prosjektark.exchange.intake_folder import IntakeScanner

        self._folder = None if folder is None else Path(folder)
        self._scanner = None if folder is None else IntakeScanner(Path(folder), self.known)
        self._unwatch()
        if self.ready:
            self.ready = []
            self.packages_ready.emit([])
        self.pending = []
        if self._running:
            self.scan_now()

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        self._running = True
        self._poll.start()
        self.scan_now()

    def stop(self) -> None:
        self._running = False
        self._poll.stop()
        self._settle.stop()
        self._unwatch()

    def is_running(self) -> bool:
        return self._running

    def scan_now(self) -> list[Path]:
        """Look at the folder once; emits packages_ready when the list changed."""
        if self._scanner is None:
            return []
        ready = self._scanner.scan()
        self.looks += 1
        self.pending = list(self._scanner.pending)
        if self._scanner.problem != self.problem:
            self.problem = self._scanner.problem
            self.problem_changed.emit(self.problem or "")
        if self._running:
            self._watch(self._scanner.pending)
            if self._scanner.changing:
                self._settle.start()  # look again soon: is it still changing?
        if ready != self.ready:
            self.ready = ready
            self.packages_ready.emit(list(ready))
        self.looked.emit()
        return ready

    def _soon(self) -> None:
        if self._running and not self._settle.isActive():
            self._settle.start()

    def _watch(self, files: list[Path]) -> None:
        """The folder, and the files still arriving in it (a file growing in place is not a
        change of the folder on every platform)."""
        if not self._use_file_watcher or self._folder is None or self.problem is not None:
            self._unwatch()
            return
        wanted = {str(self._folder), *map(str, files)}
        watched = set(self._fs.directories()) | set(self._fs.files())
        if gone := watched - wanted:
            self._fs.removePaths(sorted(gone))
        if new := wanted - watched:
            self._fs.addPaths(sorted(new))  # a path it cannot watch is left to the polling

    def _unwatch(self) -> None:
        paths = self._fs.directories() + self._fs.files()
        if paths:
            self._fs.removePaths(paths)

    # ------------------------------------------------------------------ import
    def import_ready(
        self,
        parent: QWidget | None,
        store: Store,
        catalog: Catalog,
        trust: TrustStore | Path,
        *,
        today: date | None = None,
    ) -> ImportReport:
        """Import what is ready now (see import_ready_packages), then look again."""
        report = import_ready_packages(
            parent, store, catalog, list(self.ready), trust, known=self.known, today=today
        )
        self.scan_now()
        return report


def set_intake_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(INTAKE_FOLDER_KEY, str(folder))


def import_ready_packages(
    parent: QWidget | None,
    store: Store,
    catalog: Catalog,
    packages: Sequence[Path],
    trust: TrustStore | Path,
    *,
    known: KnownPackages | None = None,
    today: date | None = None,
    on_dialog: Callable[[QProgressDialog, ImportWorker], None] | None = None,
) -> ImportReport:
    """Import `packages`, each on its own, behind the cancellable progress dialog, and
    remember the ones imported, updated or unchanged so the watcher does not list them
    again. `trust` may be a path (a certificate, fingerprints or a folder); a trust list
    that cannot be read raises TrustError (its message is Norwegian). The report's
    outcomes say per package what happened (ImportReport.summary for one line)."""
    from prosjektark.exchange.intake_folder import KnownPackages
    from prosjektark.signing.trust import TrustStore
    from prosjektark.ui.intake_dialogs import run_import_jobs

    trust_path: Path | None = None
    if not isinstance(trust, TrustStore):
        trust_path = Path(trust)
        trust = TrustStore.from_path(trust_path)
    report = run_import_jobs(
        parent, store, catalog, list(packages), trust, today=today, on_dialog=on_dialog
    )
    report.trust = trust_path
    accepted = [o.path for o in report.outcomes if o.accepted]
    if accepted:
        try:
            (known if known is not None else KnownPackages.for_user()).remember(accepted)
        except OSError:  # only means they are listed once more; importing again is harmless
            import logging

            logging.getLogger(__name__).warning("Kunne ikke huske importerte pakker", exc_info=True)
    return report
