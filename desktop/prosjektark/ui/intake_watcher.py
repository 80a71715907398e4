"""The secretariat's intake folder, watched: new complete packages, and importing them.

`IntakeWatcher` looks at the intake folder when the file system says something changed
there (QFileSystemWatcher) and, because network shares and synced Teams/SharePoint
folders often never say so, also every `poll_interval_ms`. Whether a package is complete
is decided by exchange/intake_folder.py (same size on two looks, a readable zip
directory, openable), never by a timer: the timers only decide when to look again. A
file that is still changing is looked at again after `settle_ms`.

A look lists the folder, stats the files, opens the zips and hashes them, which on a slow
network share takes seconds, so it runs in a background thread (ui/background.py, with
Python's cyclic collector off meanwhile) and its result comes back to the UI thread by a
queued signal. One look runs at a time: asking while one runs asks for exactly one more
after it. The signal is a long-lived relay's, never the watcher's: a window closed during
a look deletes the watcher, and the look's result then simply has no receiver.

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

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, Qt, QTimer, Signal, Slot

from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from prosjektark.domain.catalog import Catalog
    from prosjektark.exchange.intake_folder import IntakeScanner, KnownPackages
    from prosjektark.signing.trust import TrustStore
    from prosjektark.store.repository import Store
    from prosjektark.ui.intake_dialogs import ImportReport, ImportWorker

log = logging.getLogger(__name__)

# exchange.intake_folder.INTAKE_FOLDER_KEY (exchange/ is not imported at start-up)
INTAKE_FOLDER_KEY = "intake/folder"
POLL_INTERVAL_MS = 10_000
SETTLE_MS = 1_000


@dataclass(frozen=True)
class Look:
    """What one look found, handed to the UI thread (the scanner stays the worker's)."""

    ready: list[Path] = field(default_factory=list)
    pending: list[Path] = field(default_factory=list)
    changing: list[Path] = field(default_factory=list)
    problem: str | None = None


class _Relay(QObject):
    """Carries finished looks from the workers to the UI thread. One for the process and
    never deleted, because a worker may still be looking when its watcher is gone; it
    also parents the timers that turn the collector back on after each worker."""

    looked = Signal(object, object)  # (watcher number, epoch), Look


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()  # in the UI thread, where the first watcher is made
    return _relay


def _look_in_background(scanner: IntakeScanner, key: tuple[int, int]) -> None:
    """The worker: one look, its result emitted (queued to the UI thread). It holds no Qt
    object of its own, so nothing Qt is freed in this thread."""
    try:
        ready = scanner.scan()
        look = Look(ready, list(scanner.pending), list(scanner.changing), scanner.problem)
    except Exception as exc:  # a look that never reports would stop the watcher for good
        log.exception("Inntaksmappen kunne ikke gjennomgås")
        problem = translate(
            "intake_watcher", "Inntaksmappen {folder} kunne ikke gjennomgås: {error}"
        )
        look = Look(problem=problem.format(folder=scanner.folder, error=exc))
    relay = _relay
    assert relay is not None  # made before any worker starts
    relay.looked.emit(key, look)


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
        self._number = next(_numbers)
        self._looking = False  # a look runs in a worker now
        self._again = False  # and another was asked for meanwhile
        # Moves on when the look running now is no longer wanted (stopped, another
        # folder, an import since it began); its result is then dropped.
        self._epoch = 0
        _the_relay().looked.connect(self._on_looked, Qt.ConnectionType.QueuedConnection)
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
        self._epoch += 1  # a look at the old folder still running is of no use now
        self._unwatch()
        if self.ready:
            self.ready = []
            self.packages_ready.emit([])
        self.pending = []
        if self.problem is not None:  # the old folder's; the first look tells the new one's
            self.problem = None
            self.problem_changed.emit("")
        if self._running:
            self._watch([])
            self.scan_now()

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        self._running = True
        self._poll.start()
        # Watched before the first look begins: a package arriving while the look runs
        # in the background is then a notification, not a wait for the next poll.
        self._watch(self.pending)
        self.scan_now()

    def stop(self) -> None:
        """No more looks, and the result of one running now is dropped (the worker itself
        cannot be interrupted in a file system call; it ends on its own)."""
        self._running = False
        self._again = False
        self._epoch += 1
        self._poll.stop()
        self._settle.stop()
        self._unwatch()

    def is_running(self) -> bool:
        return self._running

    def is_busy(self) -> bool:
        """Whether a look runs now or one is due shortly (asked for meanwhile, or a file
        was still changing)."""
        return self._looking or self._again or self._settle.isActive()

    def scan_now(self) -> bool:
        """Ask for a look at the folder, taken in a background thread: `looked` follows
        it in the UI thread, and packages_ready when the list changed. Asked while a look
        runs, exactly one more is taken after it. False: there is no folder to look at."""
        if self._scanner is None:
            return False
        if self._looking:
            self._again = True
            return True
        from prosjektark.ui.background import start_daemon

        self._looking = True
        start_daemon(
            partial(_look_in_background, self._scanner, (self._number, self._epoch)),
            "intake-scan",
            _the_relay(),  # outlives the watcher: the collector is turned on again
            collect_first=False,  # a full collection on every poll would stall the window
        )
        return True

    @Slot(object, object)
    def _on_looked(self, key: tuple[int, int], look: Look) -> None:
        number, epoch = key
        if number != self._number:
            return  # another watcher's look
        self._looking = False
        if epoch == self._epoch:
            self._take(look)
        if self._again:
            self._again = False
            # After a pause, not at once: back-to-back looks on a slow share would keep
            # the collector off for as long as they go on.
            self._settle.start()

    def _take(self, look: Look) -> None:
        self.looks += 1
        self.pending = list(look.pending)
        if look.problem != self.problem:
            self.problem = look.problem
            self.problem_changed.emit(self.problem or "")
        if self._running:
            self._watch(look.pending)
            if look.changing:
                self._settle.start()  # look again soon: is it still changing?
        if look.ready != self.ready:
            self.ready = list(look.ready)
            self.packages_ready.emit(list(look.ready))
        self.looked.emit()

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
        """Import what is ready now (see import_ready_packages), then look again. The
        packages imported leave `ready` at once; a look begun before the import may
        still list them, so its result is dropped for the next one's."""
        report = import_ready_packages(
            parent, store, catalog, list(self.ready), trust, known=self.known, today=today
        )
        accepted = {o.path for o in report.outcomes if o.accepted}
        if accepted:
            self._epoch += 1
            self.ready = [p for p in self.ready if p not in accepted]
            self.packages_ready.emit(list(self.ready))
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
    from prosjektark.signing.trust import TrustStore, load_trust
    from prosjektark.ui.intake_dialogs import run_import_jobs

    trust_path: Path | None = None
    if not isinstance(trust, TrustStore):
        trust_path = Path(trust)
        trust = load_trust(trust_path)  # with the signers the machine trusts
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
