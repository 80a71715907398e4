"""The home page: every sheet in a sortable, filterable table."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prosjektark.ui.sheet_list_model import (
    COL_MODIFIED,
    COL_TITLE,
    ID_ROLE,
    SheetFilterProxy,
    SheetListModel,
)


class SheetListPage(QWidget):
    open_requested = Signal(object)  # uuid.UUID
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
        self.filter_box.setPlaceholderText("Filtrer på tittel, kommune, tiltaksområde, fase …")
        self.filter_box.setAccessibleName("Filtrer prosjektark")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)
        filter_label = QLabel("&Filter:")
        filter_label.setBuddy(self.filter_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.table = QTableView()
        self.table.setObjectName("sheetTable")
        self.table.setAccessibleName("Prosjektark")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MODIFIED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
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
        self.empty_hint.setStyleSheet("color: #5f5f5f; font-size: 11pt; padding: 24px;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.hide()
        self.table.viewport().installEventFilter(self)
        self.open_hint = QLabel("Dobbeltklikk eller trykk Enter for å åpne et ark.")
        self.open_hint.setObjectName("openHint")
        self.open_hint.setStyleSheet("color: #5f5f5f;")

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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_hint)
        self.set_heading("Prosjektark")
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self._update_count()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _empty_text(self, total: int) -> str:
        if total and self.filter_box.text().strip():
            return f"Ingen ark passer filteret «{self.filter_box.text().strip()}»."
        if self.heading.text() == "Papirkurv":
            return "Papirkurven er tom."
        return "Ingen prosjektark ennå.\nVelg «Nytt ark» (Ctrl+N) for å begynne."

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

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} av {total} ark" if shown != total else f"{total} ark")
        self.empty_hint.setText(self._empty_text(total))
        self.empty_hint.setGeometry(self.table.viewport().rect())
        self.empty_hint.setVisible(shown == 0)
        in_bin = self.heading.text() == "Papirkurv"
        self.open_hint.setText(
            "Velg et ark og «Gjenopprett» for å redigere det igjen."
            if in_bin
            else "Dobbeltklikk eller trykk Enter for å åpne et ark."
        )
        self.open_hint.setVisible(shown > 0)
