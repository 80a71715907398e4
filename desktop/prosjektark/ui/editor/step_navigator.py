"""The list of steps on the left: number, title, completeness and rule marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

STEP_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # "3 mangler", "✓ utfylt", "valgfritt" or ""
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_ROLE = Qt.ItemDataRole.UserRole + 3  # "error" | "warning" | ""
REMARKS_ROLE = Qt.ItemDataRole.UserRole + 4  # the secretariat's remarks on the step
REMARKS_WAITING_ROLE = Qt.ItemDataRole.UserRole + 5  # True: they wait for an answer

MARK_TEXT = {
    "error": QT_TRANSLATE_NOOP("step_navigator", "● feil"),
    "warning": QT_TRANSLATE_NOOP("step_navigator", "▲ advarsel"),
}
MARK_NAMES = {
    "error": QT_TRANSLATE_NOOP("step_navigator", "har feil"),
    "warning": QT_TRANSLATE_NOOP("step_navigator", "har advarsler"),
}
# Looked up when painting, so a change of the system's scheme reaches the next repaint.
COLOR_ROLES = {
    "error": Role.ERROR_TEXT,
    "warning": Role.WARNING_TEXT,
    "complete": Role.OK_TEXT,
    "missing": Role.MUTED_TEXT,
    "remarks": Role.WARNING_TEXT,
}
PAD = 4
# The status of a step without required fields in the phase (completeness.status_text's
# source text; compared translated).
OPTIONAL = "valgfritt"


def widest_lines() -> tuple[str, str]:
    """The longest lines a row can have, for the width the list needs: a status with a
    mark beside it, and the remarks line."""
    status = translate("completeness", "{count} mangler").format(count=99)
    return f"{status}  {translate('step_navigator', MARK_TEXT['warning'])}", remarks_text(99)


def remarks_text(count: int, waiting: bool = True) -> str:
    """The step's line for remarks: «✎ 1 ubesvart merknad» (waiting for the user's answer)
    or «✎ 2 merknader» (the secretariat's own)."""
    if count <= 0:
        return ""
    if not waiting:
        if count == 1:
            return translate("step_navigator", "✎ 1 merknad")
        return translate("step_navigator", "✎ {count} merknader").format(count=count)
    if count == 1:
        return translate("step_navigator", "✎ 1 ubesvart merknad")
    return translate("step_navigator", "✎ {count} ubesvarte merknader").format(count=count)


def _title_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _small_font(font: QFont) -> QFont:
    """The status and remarks lines: a point smaller than the list's text."""
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return small


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
        return QSize(self._text_width(option), title + lines * line + 2 * PAD + 2)

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

        painter.setFont(_small_font(opt.font))
        status_rect = QRect(rect.left(), rect.bottom() - line + 1, rect.width(), line)
        status = index.data(STATUS_ROLE) or ""
        complete = bool(index.data(COMPLETE_ROLE))
        if status:
            color = theme.color(
                COLOR_ROLES[
                    "complete"
                    if complete and status != translate("completeness", OPTIONAL)
                    else "missing"
                ]
            )
            painter.setPen(text_color if selected else color)
            painter.drawText(
                status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, status
            )
        mark = index.data(MARK_ROLE) or ""
        if mark in MARK_TEXT:
            painter.setPen(text_color if selected else theme.color(COLOR_ROLES[mark]))
            painter.drawText(
                status_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                translate("step_navigator", MARK_TEXT[mark]),
            )
        if remarks:
            painter.setPen(text_color if selected else theme.color(COLOR_ROLES["remarks"]))
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
        self.setAccessibleName(translate("step_navigator", "Steg i prosjektarket"))
        self.setAccessibleDescription(
            translate(
                "step_navigator",
                "Piltastene velger steg. Ctrl+Page Down går til neste steg. F6 går videre til"
                " skjemaet, funnene og hjelpen.",
            )
        )
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)  # a long title wraps to a second line
        self.setSpacing(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override): re-wrap titles
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def _width_for(self, text_width: int) -> int:
        """The list's outer width for rows `text_width` wide: the delegate's padding, the
        frame, and room kept for a scroll bar (large fonts, or many remarks lines)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return text_width + 2 * PAD + 2 + 2 * self.frameWidth() + bar + 2

    def _status_width(self) -> int:
        small = QFontMetrics(_small_font(self.font()))
        return max(small.horizontalAdvance(line) for line in widest_lines())

    def fitting_width(self) -> int:
        """The width at which every title is on one line, in bold, from the font: it
        grows with a larger font instead of cutting the titles off."""
        bold = QFontMetrics(_title_font(self.font()))
        titles = [bold.horizontalAdvance(self.item(r).text()) for r in range(self.count())]
        return self._width_for(max([self._status_width(), *titles]))

    def smallest_width(self) -> int:
        """The narrowest the list may be made: titles wrap, but no word and no status
        line is cut off."""
        bold = QFontMetrics(_title_font(self.font()))
        words = [w for r in range(self.count()) for w in self.item(r).text().split()]
        return self._width_for(max([self._status_width(), *map(bold.horizontalAdvance, words)]))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fitting_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.smallest_width(), super().minimumSizeHint().height())

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
            parts.append(translate("step_navigator", MARK_NAMES[item.data(MARK_ROLE)]))
        if item.data(REMARKS_ROLE):
            text = remarks_text(
                item.data(REMARKS_ROLE), item.data(REMARKS_WAITING_ROLE) is not False
            )
            parts.append(text.removeprefix("✎ "))
        text = ", ".join(parts)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setData(Qt.ItemDataRole.ToolTipRole, text)
