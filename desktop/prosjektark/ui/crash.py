"""Unexpected errors: logged, then shown in a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate

log = logging.getLogger("prosjektark.crash")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("crash", "Uventet feil"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        text = translate(
            "crash",
            "<b>Det oppstod en uventet feil i Prosjektark.</b><br>"
            "Arbeidet ditt er lagret automatisk, og du kan fortsette. "
            "Send gjerne detaljene under til brukerstøtte.",
        )
        if log_file:
            where = translate("crash", "Loggfil: {path}").format(path=log_file)
            text += f"<br><small>{where}</small>"
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("crash", "Feildetaljer"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("crash", "Kopier detaljer"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        enter_presses(self, buttons.button(QDialogButtonBox.StandardButton.Close))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook(
    log_file: str, before_dialog: Callable[[], None] | None = None, show_dialog: bool = True
) -> None:
    """Log every uncaught exception; save the work (before_dialog), then show the dialog."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Uventet feil:\n%s", details)
        if before_dialog is not None:
            try:
                before_dialog()
            except Exception:  # the dialog must still appear
                log.exception("Kunne ikke lagre etter feil")
        if show_dialog and QApplication.instance() is not None:
            CrashDialog(details, log_file).exec()
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
