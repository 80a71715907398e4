"""When a secretariat user's write is refused: another user changed the same thing first (a
ConflictError from the store: a review state, a scenario, the frames, a remark sent or
deleted meanwhile), or the store could not be written. One way to say it, and one
«Last inn på nytt», for every page, panel and dialog of the case flow.

A bar (`ReloadBar`), not a message box: nothing waits for an answer. It says what happened
(the store's words name who changed what) and what of the user's own work is kept; its
«Last inn på nytt» reads the stored version again. When a write the user just asked for
is refused, that button takes the focus, so Enter or Space reloads; a notice shown while
the user works on leaves the focus where it is. Only where a bar has no room (the remarks
panel under the form) the refusal is a message (`ask_reload`) with «Last inn på nytt» as
its default button, right after the user's own click, never while they type.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import StoreError
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

RELOAD = QT_TRANSLATE_NOOP("conflicts", "Last inn på nytt")


def refusal_text(error: StoreError | str, *, heading: str = "", kept: str = "") -> str:
    """What the user reads when a write was refused: `heading` (what was not written),
    the store's words (who changed what, and that «Last inn på nytt» shows it), then what
    of the user's own work is kept (`kept`)."""
    return " ".join(part for part in (heading, str(error).strip(), kept) if part)


class _EnterClicks(QObject):
    """Enter and Return press the button that has the focus, also outside a dialog (a
    page's button is not an auto-default one, so Qt would leave the key unused)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QPushButton)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            if watched.isEnabled():
                watched.click()
            return True
        return False


def make_reload_button(button: QPushButton) -> QPushButton:
    """A «Last inn på nytt» button: Enter presses it when it has the focus (never when the
    focus is elsewhere: Enter in a field must not throw away what is in it)."""
    watcher = _EnterClicks(button)
    button.installEventFilter(watcher)
    return button


def offer_reload(button: QPushButton) -> None:
    """A write the user just asked for was refused: `button` («Last inn på nytt») is shown
    and takes the focus, so the next Enter or Space reloads."""
    button.show()
    button.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_reload(parent: QWidget, title: str, text: str) -> bool:
    """Where there is no room for a bar (a narrow panel under the form): the refusal in a
    message right after the user's own action, «Last inn på nytt» its default button and
    «Lukk» its Escape. True when the user chose to reload."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName("reloadQuestion")
    reload = box.addButton(translate("conflicts", RELOAD), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(translate("conflicts", "Lukk"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.setEscapeButton(close)
    box.exec()
    chosen = box.clickedButton() is reload
    box.deleteLater()
    return chosen


class NoticeBar(QWidget):
    """A bar above a page or panel for what the user must know and decide: a conflict, a
    failed load. A bar, not a dialog, so the next key is never taken as its answer."""

    def __init__(
        self, name: str, background: Role = Role.NOTICE_BACKGROUND, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        theme.set_style(
            self,
            f"#{name} {{ background: ${background.value};"
            " border-bottom: 1px solid $notice_border; }"
            f" #{name} QLabel {{ color: $notice_text; }}",
        )
        self.label = QLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 6, 10, 6)
        self._row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        # Never squeezed below its text: what is under it gives way.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.hide()

    def add_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self._row.addWidget(button)
        self.buttons.append(button)
        return button

    def say(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._fit_text()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        """A wrapped label's minimum height is one line to Qt's layouts (and a splitter
        keeps a panel at its minimum), so the bar asks for every line the text needs at
        the width it has."""
        width = self.label.width()
        needed = self.label.heightForWidth(width) if width > 0 else -1
        if needed > 0 and needed != self.label.minimumHeight():
            self.label.setMinimumHeight(needed)


class ReloadBar(NoticeBar):
    """A NoticeBar whose first button is «Last inn på nytt» (`reload`). Buttons added with
    `add_refusal_button` (keep my changes, write it again) show only with a refused write."""

    def __init__(
        self,
        name: str,
        reload: Callable[[], object],
        *,
        reload_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent=parent)
        self._reload = reload
        self.reload_button = make_reload_button(
            self.add_button(translate("conflicts", RELOAD), reload_name, self._on_reload)
        )
        self._refusal_buttons: list[QPushButton] = []
        # Where the keyboard goes once «Last inn på nytt», pressed with it, is gone (the
        # page's list), instead of to whatever Qt finds next.
        self.focus_after: QWidget | None = None

    def _on_reload(self) -> None:
        had_focus = self.reload_button.window().focusWidget() is self.reload_button
        self._reload()
        if had_focus and self.focus_after is not None and not self.isVisible():
            self.focus_after.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_refusal_button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        """A button shown only when offered (`say`/`refused` name it): keep my changes,
        write it again."""
        button = self.add_button(text, name, slot)
        button.hide()
        self._refusal_buttons.append(button)
        return button

    def say(self, text: str, *offer: QPushButton) -> None:
        """A notice (a failed read, frames changed elsewhere), with the refusal buttons in
        `offer`: the focus stays where it is."""
        for button in self._refusal_buttons:
            button.setVisible(button in offer)
        super().say(text)

    def refused(self, text: str, *offer: QPushButton) -> None:
        """A write the user asked for was refused (`refusal_text`): said, with the refusal
        buttons in `offer`, and «Last inn på nytt» ready for Enter."""
        self.say(text, *offer)
        offer_reload(self.reload_button)
