"""Autosave of the working copy: every edit is stored at most `delay_ms` after it was made.

The timer starts at the first unsaved edit and is not restarted by the edits after it, so
a user who never pauses is still saved twice a second (a debounce that restarts on every
keystroke saved nothing until the typing stopped). A failed save is retried on a timer
as well as on the next edit. A conflict (another writer changed the sheet) stops
autosaving until the owner resolves it: retrying could never succeed, and must never
overwrite the other writer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from prosjektark.store.errors import ConflictError
from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from prosjektark.domain.sheet import Sheet

log = logging.getLogger("prosjektark.autosave")
AUTOSAVE_DELAY_MS = 500
RETRY_DELAY_MS = 5000


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)  # Norwegian message; the edits stay in memory and are retried
    conflicted = Signal(object)  # the ConflictError; edits stay in memory, saving stops

    def __init__(
        self,
        save: Callable[[Sheet], datetime],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._sheet: Sheet | None = None
        self._dirty = False
        self._conflict: ConflictError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def conflict(self) -> ConflictError | None:
        """The unresolved conflict that stopped autosaving, if any."""
        return self._conflict

    def track(self, sheet: Sheet | None) -> None:
        """Save what is pending for the previous sheet, then follow `sheet`."""
        self.flush()
        self._sheet = sheet
        self._dirty = False
        self._conflict = None

    def discard(self) -> None:
        """Forget the pending edits and any conflict (the owner reloaded or copied them)."""
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        self._conflict = None
        self._sheet = None

    def hold_conflict(self, error: ConflictError) -> None:
        """Another write of this sheet (e.g. "Lagre versjon") met a conflict: stop saving
        and keep the sheet as unsaved until the owner resolves it."""
        self._timer.stop()
        self._retry.stop()
        self._dirty = True
        self._conflict = error

    def changed(self) -> None:
        self._dirty = True
        if self._conflict is None and not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is pending. Returns False when saving failed."""
        self._timer.stop()
        self._retry.stop()
        if not self._dirty or self._sheet is None:
            return True
        if self._conflict is not None:
            return False
        try:
            when = self._save(self._sheet)
        except ConflictError as exc:
            log.warning("Autolagring stoppet: %s", exc)
            self._conflict = exc
            self.conflicted.emit(exc)
            return False
        except Exception as exc:  # disk full, locked file…: keep the edits, say so, retry later
            log.exception("Autolagring feilet")
            self.failed.emit(translate("autosave", "Kunne ikke lagre: {error}").format(error=exc))
            self._retry.start()
            return False
        self._dirty = False
        self.saved.emit(when)
        return True
