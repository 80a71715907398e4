"""The home page: every sheet in a sortable, filterable table, and under the filter the
texts inside the sheets that hold what was typed (issue 13, item 12)."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.sheet_list_model import (
    COL_MODIFIED,
    COL_TITLE,
    ID_ROLE,
    SheetFilterProxy,
    SheetListModel,
)

if TYPE_CHECKING:  # the store's search module loads SQLAlchemy; the page only reads hits
    from prosjektark.store.search import ContentHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # (sheet id, field path) of a content hit
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the hit as the delegate draws it
RESULT_ROWS = 5  # content hits shown without scrolling
MIN_WORD = 3  # the content search needs a word this long (store/search.py)

ContentSearch = Callable[[str], "Sequence[ContentHit]"]


class SheetListPage(QWidget):
    open_requested = Signal(object)  # uuid.UUID
    # A content hit was chosen: open the sheet at the field that holds the text
    # ("" for a remark on the whole sheet).
    open_at_field = Signal(object, str)  # uuid.UUID, field path
    selection_changed = Signal()

    def __init__(self, model: SheetListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SheetFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.heading = QLabel()
        self.heading.setObjectName("listHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filterBox")
        self.filter_box.setPlaceholderText(
            translate("list_page", "Filtrer på tittel, kommune, tiltaksområde, fase …")
        )
        self.filter_box.setAccessibleName(translate("list_page", "Filtrer prosjektark"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)
        filter_label = QLabel(translate("list_page", "&Filter:"))
        filter_label.setBuddy(self.filter_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        # The content search: hits inside the sheets' texts, remarks and answers.
        self._search: ContentSearch | None = None
        self._searched = ""
        self.content_heading = QLabel()
        self.content_heading.setObjectName("contentHeading")
        self.content_heading.hide()
        self.content_results = QListWidget()
        self.content_results.setObjectName("contentResults")
        self.content_results.setAccessibleName(translate("list_page", "Treff i innholdet"))
        self.content_results.setItemDelegate(_HitDelegate(self.content_results))
        self.content_results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.content_results.itemActivated.connect(self._open_hit)  # a double-click
        self.content_results.hide()
        self.content_heading.setBuddy(self.content_results)
        # The search runs when the events of this keystroke are handled: the list has
        # been filtered and painted, and keys typed meanwhile are searched once.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._run_search)

        self.table = QTableView()
        self.table.setObjectName("sheetTable")
        self.table.setAccessibleName(translate("list_page", "Prosjektark"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MODIFIED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # One fixed row height, from the font (28 px at the usual size): a filter keystroke
        # over 10,000 rows then measures no sections.
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(max(28, self.table.fontMetrics().height() + 12))
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((0, 150, 170, 60, 190, 90, 140)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        # Said in the empty table itself: no sheets yet, an empty bin, or no match.
        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        theme.set_style(self.empty_hint, "color: $muted_text; font-size: 11pt; padding: 24px;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        self.open_hint = QLabel(
            translate("list_page", "Dobbeltklikk eller trykk Enter for å åpne et ark.")
        )
        self.open_hint.setObjectName("openHint")
        theme.set_style(self.open_hint, "color: $muted_text;")

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.content_heading)
        layout.addWidget(self.content_results)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_hint)
        self.set_heading(translate("list_page", "Prosjektark"))
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        # Other sheets in the list (the bin shown, a sheet deleted): search again.
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._search_again)
        # Installed last: the filter reads widgets made above.
        self.filter_box.installEventFilter(self)
        self.content_results.installEventFilter(self)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self._update_count()

    def set_content_search(self, search: ContentSearch | None) -> None:
        """`search(text)` gives the content hits for the filter's text (e.g.
        Store.search_content); None turns the content search off."""
        self._search = search
        self._searched = ""
        self._schedule_search()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect())
        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if watched is self.filter_box and self._filter_key(event.key()):
                return True
            if watched is self.content_results and self._results_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _filter_key(self, key: int) -> bool:
        """Down from the filter: into the content hits when there are any, else the list."""
        if key != Qt.Key.Key_Down:
            return False
        self._run_search()  # a search still queued for the last keystroke
        if self.content_results.isVisible() and self.content_results.count():
            self.content_results.setFocus(Qt.FocusReason.TabFocusReason)
            self.content_results.setCurrentRow(0)
        else:
            self.focus_table()
        return True

    def _results_key(self, key: int) -> bool:
        results = self.content_results
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_hit(results.currentItem())
            return True
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and results.currentRow() <= 0):
            self.filter_box.setFocus(Qt.FocusReason.OtherFocusReason)  # keeps the cursor
            return True
        return False

    def _open_hit(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            sheet_id, field = item.data(HIT_ROLE)
            self.open_at_field.emit(sheet_id, field)

    def _search_again(self, *_args) -> None:
        self._searched = ""
        self._schedule_search()

    def _schedule_search(self) -> None:
        if self._search is not None or self.content_results.count():
            self._search_timer.start()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.filter_box.text().strip()
        if text == self._searched and self._search is not None:
            return
        self._searched = text
        results = self.content_results
        results.clear()
        hits: Sequence[ContentHit] = []
        message = ""
        words = text.split()
        if self._search is None or not words:
            pass
        elif not any(len(w) >= MIN_WORD for w in words):
            message = translate("list_page", "Skriv minst tre tegn for å søke i teksten i arkene.")
        else:
            from prosjektark.store.errors import StoreError

            try:
                hits = self._search(text)
            except StoreError as exc:
                message = translate(
                    "list_page", "Kunne ikke søke i teksten i arkene: {error}"
                ).format(error=exc)
        for hit in hits:
            row = self.model.row_of(hit.sheet_id)
            if row < 0:
                continue  # not in this list (the bin, or the other way round)
            title = self.model.data(self.model.index(row, COL_TITLE))
            results.addItem(_hit_item(hit, title))
        shown = results.count()
        if shown:
            if shown >= 50:
                message = translate(
                    "list_page",
                    "Treff i teksten i arkene ({count} eller flere): Pil ned for å velge, Enter"
                    " åpner arket der teksten står.",
                )
            else:
                message = translate(
                    "list_page",
                    "Treff i teksten i arkene ({count}): Pil ned for å velge, Enter åpner arket"
                    " der teksten står.",
                )
            message = message.format(count=shown)
        elif words and not message and self._search is not None:
            message = translate("list_page", "Ingen treff i teksten i arkene for «{text}».").format(
                text=text
            )
        self.content_heading.setText(message)
        self.content_heading.setVisible(bool(message))
        results.setVisible(bool(shown))
        if shown:
            height = results.sizeHintForRow(0) * min(shown, RESULT_ROWS)
            results.setFixedHeight(height + 2 * results.frameWidth())

    def _empty_text(self, total: int) -> str:
        if total and self.filter_box.text().strip():
            return translate("list_page", "Ingen ark passer filteret «{filter}».").format(
                filter=self.filter_box.text().strip()
            )
        if self._in_bin():
            return translate("list_page", "Papirkurven er tom.")
        return translate(
            "list_page", "Ingen prosjektark ennå.\nVelg «Nytt ark» (Ctrl+N) for å begynne."
        )

    def _in_bin(self) -> bool:
        # The window names the bin in its heading (main_window.reload_list).
        return self.heading.text() == translate("main_window", "Papirkurv")

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [uuid.UUID(self.proxy.data(i, ID_ROLE)) for i in rows]

    def select(self, sheet_id: uuid.UUID) -> None:
        row = self.model.row_of(sheet_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            # Current and selected both: the arrow keys go on from this row, not another.
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(uuid.UUID(self.proxy.data(index, ID_ROLE)))

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter(text)
        self._update_count()
        self._schedule_search()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            translate("list_page", "{shown} av {total} ark").format(shown=shown, total=total)
            if shown != total
            else translate("list_page", "{total} ark").format(total=total)
        )
        self.empty_hint.setText(self._empty_text(total))
        self.empty_hint.setGeometry(self.table.viewport().rect())
        self.empty_hint.setVisible(shown == 0)
        self.open_hint.setText(
            translate("list_page", "Velg et ark og «Gjenopprett» for å redigere det igjen.")
            if self._in_bin()
            else translate("list_page", "Dobbeltklikk eller trykk Enter for å åpne et ark.")
        )
        self.open_hint.setVisible(shown > 0)


def _hit_item(hit: ContentHit, title: str) -> QListWidgetItem:
    where = " › ".join(part for part in (hit.step_title, hit.label) if part)
    item = QListWidgetItem(f"{title} – {where}: {hit.snippet}")  # what a screen reader says
    item.setData(HIT_ROLE, (hit.sheet_id, hit.field))
    snippet, at = [], 0
    for start, end in hit.spans:
        snippet += [
            html.escape(hit.snippet[at:start]),
            f"<b>{html.escape(hit.snippet[start:end])}</b>",
        ]
        at = end
    snippet.append(html.escape(hit.snippet[at:]))
    item.setData(
        HTML_ROLE,
        f"<b>{html.escape(title)}</b> · {html.escape(where)}<br>{''.join(snippet)}",
    )
    item.setToolTip(f"{title}\n{where}")
    return item


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit on two lines: the sheet and where in it, then the text with the
    words found in bold. Colours are the palette's, selected or not."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(3)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 2 * line + 10)
