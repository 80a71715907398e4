"""The list of steps on the left: number, title, completeness and rule marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

STEP_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # "3 mangler", "✓ utfylt", "valgfritt" or ""
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # "error" | "warning" | ""
REMARKS_ROLE = Qt.ItemDataRole.UserRole + 4  # the secretariat's remarks on the step
REMARKS_WAITING_ROLE = Qt.ItemDataRole.UserRole + 5  # True: they wait for an answer

MARK_TEXT = {"error": "● feil", "warning": "▲ advarsel"}
MARK_NAMES = {"error": "har feil", "warning": "har advarsler"}
COLORS = {
    "error": QColor("#b3261e"),
    "warning": QColor("#8a5300"),
    "complete": QColor("#1e6b2e"),
    "missing": QColor("#5f5f5f"),
    "remarks": QColor("#8a5300"),
}
PAD = 5
OPTIONAL = "valgfritt"  # status of a step without required fields in the phase


def remarks_text(count: int, waiting: bool = True) -> str:
    """The step's line for remarks: «✎ 1 ubesvart merknad» (waiting for the user's answer)
    or «✎ 2 merknader» (the secretariat's own)."""
    if count <= 0:
        return ""
    if not waiting:
        return f"✎ {count} merknad" if count == 1 else f"✎ {count} merknader"
    return f"✎ {count} ubesvart merknad" if count == 1 else f"✎ {count} ubesvarte merknader"


def _title_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class StepDelegate(QStyledItemDelegate):
    """Two or more lines per step: the title (wrapped, never elided) and the status line."""

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else 0
        width = width or option.rect.width() or 180
        return max(60, width - 2 * PAD - 2)

    def _title_height(self, option: QStyleOptionViewItem, text: str) -> int:
        metrics = QFontMetrics(_title_font(option.font))
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(
            QRect(0, 0, self._text_width(option), 10000), flags, text
        ).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        title = self._title_height(option, index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = 2 if index.data(REMARKS_ROLE) else 1  # a line for the remarks, when any
        return QSize(180, title + lines * line + 2 * PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(role)
        rect = opt.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        line = opt.fontMetrics.lineSpacing()
        remarks = remarks_text(
            index.data(REMARKS_ROLE) or 0, index.data(REMARKS_WAITING_ROLE) is not False
        )
        if remarks:  # the remarks line goes under the status line
            rect = rect.adjusted(0, 0, 0, -line)

        painter.save()
        painter.setFont(_title_font(opt.font))
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), rect.height() - line - 2)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            text,
        )

        small = QFont(opt.font)
        small.setPointSizeF(max(opt.font.pointSizeF() - 1, 7))
        painter.setFont(small)
        status_rect = QRect(rect.left(), rect.bottom() - line + 1, rect.width(), line)
        status = index.data(STATUS_ROLE) or ""
        complete = bool(index.data(COMPLETE_ROLE))
        if status:
            color = COLORS["complete" if complete and status != OPTIONAL else "missing"]
            painter.setPen(text_color if selected else color)
            painter.drawText(
                status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, status
            )
        mark = index.data(MARK_ROLE) or ""
        if mark in MARK_TEXT:
            painter.setPen(text_color if selected else COLORS[mark])
            painter.drawText(
                status_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                MARK_TEXT[mark],
            )
        if remarks:
            painter.setPen(text_color if selected else COLORS["remarks"])
            painter.drawText(
                QRect(rect.left(), rect.bottom() + 1, rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                remarks,
            )
        painter.restore()


class StepNavigator(QListWidget):
    """Keyboard: arrows move between steps; the editor reacts to currentRowChanged."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setAccessibleName("Steg i prosjektarket")
        self.setAccessibleDescription(
            "Piltastene velger steg. Ctrl+Page Down går til neste steg. F6 går videre til"
            " skjemaet, funnene og hjelpen."
        )
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)  # a long title wraps to a second line
        self.setSpacing(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override): re-wrap titles
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def set_steps(self, steps: list[tuple[str, str]]) -> None:
        self.clear()
        for number, (step_id, title) in enumerate(steps, start=1):
            item = QListWidgetItem(f"{number}. {title}", self)
            item.setData(STEP_ID_ROLE, step_id)
            item.setData(Qt.ItemDataRole.ToolTipRole, title)
            self._describe(item)

    def row_of(self, step_id: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(STEP_ID_ROLE) == step_id:
                return row
        return -1

    def step_at(self, row: int) -> str:
        item = self.item(row)
        return item.data(STEP_ID_ROLE) if item else ""

    def set_status(self, step_id: str, status: str, complete: bool) -> None:
        item = self.item(self.row_of(step_id))
        if item is None:
            return
        item.setData(STATUS_ROLE, status)
        item.setData(COMPLETE_ROLE, complete)
        self._describe(item)

    def set_mark(self, step_id: str, mark: str) -> None:
        item = self.item(self.row_of(step_id))
        if item is None:
            return
        item.setData(MARK_ROLE, mark if mark in MARK_TEXT else "")
        self._describe(item)

    def set_remarks(self, step_id: str, count: int, waiting: bool = True) -> None:
        """How many of the secretariat's remarks are on the step; `waiting`: they are
        remarks the user must answer (the working group), else the user's own."""
        item = self.item(self.row_of(step_id))
        if item is None:
            return
        item.setData(REMARKS_WAITING_ROLE, waiting)
        if (item.data(REMARKS_ROLE) or 0) == count:
            self._describe(item)
            return
        item.setData(REMARKS_ROLE, count)
        self._describe(item)
        self.scheduleDelayedItemsLayout()  # the row grows or shrinks by a line

    def remarks(self, step_id: str) -> int:
        item = self.item(self.row_of(step_id))
        return (item.data(REMARKS_ROLE) or 0) if item else 0

    def status(self, step_id: str) -> str:
        item = self.item(self.row_of(step_id))
        return item.data(STATUS_ROLE) or "" if item else ""

    def mark(self, step_id: str) -> str:
        item = self.item(self.row_of(step_id))
        return item.data(MARK_ROLE) or "" if item else ""

    def _describe(self, item: QListWidgetItem) -> None:
        parts = [item.text()]
        if item.data(STATUS_ROLE):
            parts.append(item.data(STATUS_ROLE).replace("✓ ", ""))
        if item.data(MARK_ROLE):
            parts.append(MARK_NAMES[item.data(MARK_ROLE)])
        if item.data(REMARKS_ROLE):
            text = remarks_text(
                item.data(REMARKS_ROLE), item.data(REMARKS_WAITING_ROLE) is not False
            )
            parts.append(text.removeprefix("✎ "))
        text = ", ".join(parts)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setData(Qt.ItemDataRole.ToolTipRole, text)
