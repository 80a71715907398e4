"""Debounced autosave of the working copy: at most `delay_ms` after the last edit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from prosjektark.domain.sheet import Sheet

log = logging.getLogger("prosjektark.autosave")
AUTOSAVE_DELAY_MS = 500


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the save
    failed = Signal(str)  # Norwegian message; the edits stay in memory and are retried

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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def track(self, sheet: Sheet | None) -> None:
        """Save what is pending for the previous sheet, then follow `sheet`."""
        self.flush()
        self._sheet = sheet
        self._dirty = False

    def changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is pending. Returns False when saving failed."""
        self._timer.stop()
        if not self._dirty or self._sheet is None:
            return True
        try:
            when = self._save(self._sheet)
        except Exception as exc:  # disk full, locked file…: keep the edits, say so, retry later
            log.exception("Autolagring feilet")
            self.failed.emit(f"Kunne ikke lagre: {exc}")
            return False
        self._dirty = False
        self.saved.emit(when)
        return True
