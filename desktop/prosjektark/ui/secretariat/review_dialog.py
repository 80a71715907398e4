"""«Endre saksstatus …»: the moves the programme allows from where a sheet stands, in the
programme's own words, with a comment for the case history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui import theme
from prosjektark.ui.dialog_keys import CTRL_ENTER_TEXT, ctrl_enter_presses, enter_presses
from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from prosjektark.domain.profile import Review

STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def allowed_states(review: Review, current: str) -> list[str]:
    """The states a sheet in `current` ("" = not given one yet, i.e. just received) may go to."""
    return list(review.transitions.get(current or review.received, []))


class ChangeStateDialog(QDialog):
    """`state` and `comment`: a move tried before (and refused because someone else moved
    the sheet first), chosen and written again when the state is still offered."""

    def __init__(
        self,
        review: Review,
        current: str,
        title: str,
        parent: QWidget | None = None,
        *,
        state: str = "",
        comment: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("review_dialog", "Endre saksstatus"))
        self.review = review
        here = review.name(current or review.received)
        intro = QLabel(
            translate(
                "review_dialog", "«{title}» har saksstatusen «{state}». Ny saksstatus:"
            ).format(title=title or translate("review_dialog", "(uten tittel)"), state=here)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.choices = QListWidget()
        self.choices.setObjectName("stateChoices")
        self.choices.setAccessibleName(translate("review_dialog", "Ny saksstatus"))
        for state_id in allowed_states(review, current):
            state = review.state(state_id)
            item = QListWidgetItem(state.name if state else state_id)
            item.setData(STATE_ROLE, state_id)
            if state and state.description:
                item.setToolTip(state.description)
            self.choices.addItem(item)
        intro.setBuddy(self.choices)
        self.description = QLabel()
        self.description.setObjectName("stateDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_style(self.description, "color: $muted_text;")
        comment_label = QLabel(
            translate("review_dialog", "&Kommentar til sakshistorikken (valgfritt):")
        )
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("stateComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.comment.setPlainText(comment)
        comment_label.setBuddy(self.comment)
        hint = QLabel(
            translate(
                "review_dialog", "Enter gir ny linje i kommentaren, {keys} endrer saksstatusen."
            ).format(keys=CTRL_ENTER_TEXT)
        )
        theme.set_style(hint, "color: $muted_text;")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            translate("review_dialog", "Endre saksstatus"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("review_dialog", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.description)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        enter_presses(self, self.ok_button)
        # Ctrl+Enter accepts from anywhere, also from the comment, where Enter is a new line.
        ctrl_enter_presses(self, self.ok_button)

        self.choices.currentItemChanged.connect(self._on_choice)
        if self.choices.count():
            offered = [self.choices.item(i).data(STATE_ROLE) for i in range(self.choices.count())]
            self.choices.setCurrentRow(offered.index(state) if state in offered else 0)
        self.choices.setFocus()
        self.resize(480, 380)

    def _on_choice(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.ok_button.setEnabled(item is not None)
        state = self.review.state(item.data(STATE_ROLE)) if item is not None else None
        self.description.setText(state.description if state else "")

    def accept(self) -> None:
        if self.choices.currentItem() is None:
            return
        super().accept()

    def chosen_state(self) -> str:
        item = self.choices.currentItem()
        return item.data(STATE_ROLE) if item is not None else ""

    def comment_text(self) -> str:
        return self.comment.toPlainText().strip()
