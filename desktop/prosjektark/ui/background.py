"""Work in background threads: one way to run it, and never with Python's cyclic
collector running in a worker.

When a collection in a worker thread frees a Qt wrapper, Shiboken defers the C++
deletion to the main thread, and with PySide6 6.11 that deferred deletion can crash
(seen: SIGSEGV in BindingManager::runDeletionInMainThread while exporting right after
the identity wizard had left garbage cycles). So the main thread collects first, the
collector stays off while any worker runs, and the main thread turns it back on.
Reference counting still frees everything that is not in a cycle meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from prosjektark.ui.qt_translations import translate

_pauses = 0  # nesting count; touched from the main thread only


def pause_collector(*, collect_first: bool = True) -> None:
    """`collect_first=False` for short work repeated often (the intake folder's poll): a
    full collection takes a tenth of a second with the window's objects, a stall of its
    own on every poll. The collection is only postponed: the counts go on rising, and
    the first allocation after the resume (with no worker left) collects."""
    global _pauses
    if _pauses == 0:
        if collect_first:
            gc.collect()
        gc.disable()
    _pauses += 1


def resume_collector() -> None:
    global _pauses
    _pauses -= 1
    if _pauses == 0:
        gc.enable()


@contextmanager
def collector_paused() -> Iterator[None]:
    """For a worker the main thread waits for (a QThread with a local event loop)."""
    pause_collector()
    try:
        yield
    finally:
        resume_collector()


def start_daemon(
    target: Callable[[], None], name: str, parent: QObject, *, collect_first: bool = True
) -> threading.Thread:
    """Run `target` in a daemon thread; the main thread resumes the collector after it.
    `parent` must outlive the thread (its timer resumes the collector); see
    pause_collector for `collect_first`."""
    pause_collector(collect_first=collect_first)
    thread = threading.Thread(target=target, name=name, daemon=True)
    thread.start()
    timer = QTimer(parent)
    timer.setInterval(50)

    def check() -> None:
        if not thread.is_alive():
            timer.stop()
            timer.deleteLater()
            resume_collector()

    timer.timeout.connect(check)
    timer.start()
    return thread


class BackgroundJob(QObject):
    """Work for `run_with_progress`: subclasses implement `new_report()` and
    `work(report)`, call `self.step(done, label)` as they go and check `self.cancelled`
    between units (a unit is never left half done)."""

    progress = Signal(int, str)  # units done, label
    finished = Signal(object)  # the report

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:  # from the UI thread, at any time
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, label: str) -> None:
        self.progress.emit(done, label)

    def new_report(self) -> object:
        raise NotImplementedError

    def work(self, report: object) -> None:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        report = self.new_report()
        try:
            self.work(report)
        finally:
            self.finished.emit(report)


class _Relay(QObject):
    """Receives the job's signals in the UI thread (queued), where widgets may be touched."""

    def __init__(self, dialog: QProgressDialog, thread: QThread) -> None:
        super().__init__()
        self.dialog = dialog
        self.thread = thread
        self.report: object | None = None

    @Slot(int, str)
    def on_progress(self, done: int, label: str) -> None:
        if not self.dialog.wasCanceled():
            self.dialog.setValue(min(done, self.dialog.maximum()))
            self.dialog.setLabelText(label)

    @Slot(object)
    def on_finished(self, report: object) -> None:
        self.report = report
        self.thread.quit()


def progress_dialog(
    parent: QWidget | None, title: str, label: str, maximum: int
) -> QProgressDialog:
    dialog = QProgressDialog(label, translate("background", "Avbryt"), 0, max(maximum, 1), parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(460)
    dialog.setValue(0)
    return dialog


def run_with_progress(
    dialog: QProgressDialog,
    job: BackgroundJob,
    cancelling_text: str,
    on_dialog: Callable[[QProgressDialog, BackgroundJob], None] | None = None,
) -> object | None:
    """Run `job` in a QThread behind `dialog` (Avbryt cancels it) and return its report.

    Blocks with a local event loop, so the window stays responsive; the collector is
    paused meanwhile. `on_dialog(dialog, job)` runs once the dialog is shown (tests)."""
    thread = QThread()
    job.moveToThread(thread)
    relay = _Relay(dialog, thread)
    loop = QEventLoop()
    job.progress.connect(relay.on_progress)
    job.finished.connect(relay.on_finished)
    thread.finished.connect(loop.quit)
    thread.started.connect(job.run)

    def cancel() -> None:
        job.cancel()
        dialog.setLabelText(cancelling_text)

    dialog.canceled.connect(cancel)
    dialog.show()
    if on_dialog is not None:
        on_dialog(dialog, job)
    with collector_paused():
        thread.start()
        loop.exec()
        thread.wait()
    dialog.close()
    dialog.deleteLater()
    return relay.report
