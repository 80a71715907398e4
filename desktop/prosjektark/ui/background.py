"""Work in background threads without Python's cyclic collector running in them.

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

from PySide6.QtCore import QObject, QTimer

_pauses = 0  # nesting count; touched from the main thread only


def pause_collector() -> None:
    global _pauses
    if _pauses == 0:
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


def start_daemon(target: Callable[[], None], name: str, parent: QObject) -> threading.Thread:
    """Run `target` in a daemon thread; the main thread resumes the collector after it."""
    pause_collector()
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
