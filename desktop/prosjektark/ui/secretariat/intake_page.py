"""The Sekretariat workspace: the intake list of delivered sheets, their review states and
the user's own order of them."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import ConflictError, StoreError, TransitionError
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.conflicts import ReloadBar, refusal_text
from prosjektark.ui.secretariat.intake_model import (
    COL_AREA,
    COL_COST,
    COL_DAYS,
    COL_MUNICIPALITY,
    COL_PHASE,
    COL_RECEIVED,
    COL_REMARKS,
    COL_REVISION,
    COL_SIGNED,
    COL_SIGNER,
    COL_STATE,
    COL_TITLE,
    COL_WORKING_GROUP,
    GROUPINGS,
    ID_ROLE,
    IntakeFilterProxy,
    IntakeModel,
)
from prosjektark.ui.secretariat.intake_rows import IntakeRow, load_intake_rows

if TYPE_CHECKING:
    from prosjektark.domain.profile import Review
    from prosjektark.store.repository import Store

log = logging.getLogger("prosjektark.ui")
ALL_STATES = QT_TRANSLATE_NOOP("intake_page", "Alle saksstatuser")
# Every column fits 1280 pixels with room for the title (which takes what is left).
_WIDTHS = {
    COL_WORKING_GROUP: 115,
    COL_MUNICIPALITY: 80,
    COL_AREA: 100,
    COL_PHASE: 44,
    COL_COST: 60,
    COL_SIGNER: 110,
    COL_SIGNED: 82,  # a date; the time is in the tooltip
    COL_RECEIVED: 82,
    COL_REVISION: 40,
    COL_STATE: 218,  # the programme's state names are long («Anbefalt til Prioriteringsrådet»)
    COL_DAYS: 50,
    COL_REMARKS: 80,
}


class ArrivalsStrip(QWidget):
    """Under the heading: what waits in the intake folder, importable in one action."""

    import_requested = Signal()
    folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsStrip")
        self.label = QLabel()
        self.label.setObjectName("arrivalsText")
        self.label.setWordWrap(True)
        self.import_button = QPushButton(translate("intake_page", "Importer &nye pakker"))
        self.import_button.setObjectName("importArrivals")
        self.import_button.clicked.connect(self.import_requested)
        self.folder_button = QPushButton(translate("intake_page", "Innkommende &mappe …"))
        self.folder_button.setObjectName("arrivalsFolder")
        self.folder_button.clicked.connect(self.folder_requested)
        for button in (self.import_button, self.folder_button):
            button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.import_button)
        row.addWidget(self.folder_button)
        self.show_arrivals(None, 0, "")

    def show_arrivals(self, folder: object, ready: int, problem: str) -> None:
        """`folder` None: no intake folder chosen yet."""
        if folder is None:
            text = translate(
                "intake_page",
                "Ingen innkommende mappe er valgt. Velg mappen arbeidsgruppene leverer til.",
            )
        elif problem:
            text = translate("intake_page", "Innkommende mappe «{folder}»: {problem}").format(
                folder=folder, problem=problem
            )
        elif ready == 1:
            text = translate("intake_page", "1 ny pakke i «{folder}», klar til import.").format(
                folder=folder
            )
        elif ready:
            text = translate("intake_page", "{n} nye pakker i «{folder}», klar til import.").format(
                n=ready, folder=folder
            )
        else:
            text = translate(
                "intake_page", "Ingen nye pakker i «{folder}». Mappen følges med."
            ).format(folder=folder)
        self.label.setText(text)
        self.import_button.setEnabled(bool(ready) and not problem)


class IntakePage(QWidget):
    open_requested = Signal(object)  # uuid.UUID
    message = Signal(str)  # for the status bar
    selection_changed = Signal()

    def __init__(
        self,
        store: Store,
        review_of: Callable[[str], Review | None],
        area_name: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.store = store
        self.read_only = read_only
        # Per sheet, the move (state, comment) the store refused, offered again next time.
        self._refused: dict[uuid.UUID, tuple[str, str]] = {}
        self.model = IntakeModel(review_of, area_name, parent=self)
        self.proxy = IntakeFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        # Another secretariat user got there first, or the move is no longer allowed.
        self.bar = ReloadBar("reviewBar", self.reload, reload_name="reviewReload")
        heading = QLabel(translate("intake_page", "Innkomne prosjektark"))
        heading.setObjectName("intakeHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.count_label = QLabel()
        self.count_label.setObjectName("intakeCount")
        self.arrivals = ArrivalsStrip()

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("intakeFilter")
        self.filter_box.setPlaceholderText(
            translate("intake_page", "Filtrer på tittel, arbeidsgruppe, kommune, signert av …")
        )
        self.filter_box.setAccessibleName(translate("intake_page", "Filtrer innkomne ark"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)
        filter_label = QLabel(translate("intake_page", "Fi&lter:"))
        filter_label.setBuddy(self.filter_box)
        self.state_box = QComboBox()
        self.state_box.setObjectName("intakeStateFilter")
        self.state_box.setAccessibleName(translate("intake_page", "Vis bare saksstatus"))
        self.state_box.currentIndexChanged.connect(self._on_state_filter)
        state_label = QLabel(translate("intake_page", "S&aksstatus:"))
        state_label.setBuddy(self.state_box)
        self.group_box = QComboBox()
        self.group_box.setObjectName("intakeGrouping")
        for key, name in GROUPINGS.items():
            self.group_box.addItem(translate("intake_model", name), key)
        self.group_box.currentIndexChanged.connect(self._on_grouping)
        group_label = QLabel(translate("intake_page", "&Gruppér:"))
        group_label.setBuddy(self.group_box)
        self.own_order_button = QPushButton(translate("intake_page", "Ege&n rekkefølge"))
        self.own_order_button.setObjectName("intakeOwnOrder")
        self.own_order_button.setToolTip(
            translate(
                "intake_page",
                "Vis arkene i din egen rekkefølge. Flytt et ark ved å dra det dit du vil ha "
                "det, eller med Alt+Pil opp / Alt+Pil ned.",
            )
        )
        self.own_order_button.clicked.connect(self.show_own_order)
        self.change_button = QPushButton(translate("intake_page", "&Endre saksstatus …"))
        self.change_button.setObjectName("intakeChangeState")
        self.change_button.clicked.connect(self.change_state)

        self.table = QTableView()
        self.table.setObjectName("intakeTable")
        self.table.setAccessibleName(translate("intake_page", "Innkomne prosjektark"))
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # Starts in the user's own order: no column is sorted until one is clicked.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(column, width)
        if not read_only:
            # Drag a row to its place in the own order; the model refuses the drag and
            # the drop while the list is sorted by a column or grouped.
            self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.table.setDragDropOverwriteMode(False)
            self.table.setDropIndicatorShown(True)
            self.model.own_order_dropped.connect(self._store_order)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.installEventFilter(self)
        self.bar.focus_after = self.table
        self.model.modelReset.connect(self._apply_spans)
        self.model.layoutChanged.connect(self._apply_spans)

        self.empty_hint = QLabel(self.table.viewport())
        self.empty_hint.setObjectName("intakeEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        theme.set_style(self.empty_hint, "color: $muted_text; font-size: 11pt; padding: 24px;")
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.table.viewport().installEventFilter(self)
        hint = QLabel(
            translate(
                "intake_page",
                "Enter eller dobbeltklikk åpner arket (skrivebeskyttet: det er signert av "
                "arbeidsgruppen).\nFlytt arket i din egen rekkefølge med Alt+Pil opp / Alt+Pil "
                "ned, eller dra det dit du vil ha det når listen verken er sortert eller gruppert.",
            )
        )
        hint.setText(
            hint.text()
            + "\n"
            + translate(
                "intake_page",
                "F5 leser listen inn på nytt, med det andre i sekretariatet har endret.",
            )
        )
        hint.setObjectName("intakeHint")
        # A shared database goes stale as colleagues work; the portfolio page has F5 too.
        self.reload_action = QAction(translate("intake_page", "Les inn på nytt"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload_action.triggered.connect(lambda _checked=False: self.reload())
        self.addAction(self.reload_action)
        hint.setWordWrap(True)
        theme.set_style(hint, "color: $muted_text;")

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        tools = QHBoxLayout()
        tools.addWidget(filter_label)
        tools.addWidget(self.filter_box, 1)
        tools.addWidget(state_label)
        tools.addWidget(self.state_box)
        tools.addWidget(group_label)
        tools.addWidget(self.group_box)
        tools.addWidget(self.own_order_button)
        tools.addWidget(self.change_button)
        column = QVBoxLayout()
        column.addLayout(top)
        column.addWidget(self.arrivals)
        column.addLayout(tools)
        column.addWidget(self.table, 1)
        column.addWidget(hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.bar)
        body = QWidget()
        body.setLayout(column)
        outer.addWidget(body, 1)
        self._update_buttons()

    # ------------------------------------------------------------------ contents
    def reload(self) -> None:
        """Read the rows again (after an import, a change elsewhere, «Last inn på nytt»)."""
        selected = self.selected_row()
        try:
            rows = load_intake_rows(self.store)
            order = self.store.intake_order()
        except StoreError as exc:
            log.warning("intake list: %s", exc)
            self.bar.say(
                translate("intake_page", "Kunne ikke lese de innkomne arkene: {error}").format(
                    error=exc
                )
            )
            return
        self.bar.hide()
        self.model.set_rows(rows, order)
        self._refresh_states()
        self._update_count()
        if selected is not None:
            self.select(selected.sheet_id)
        self._update_buttons()

    def _refresh_states(self) -> None:
        current = self.state_box.currentText()
        self.state_box.blockSignals(True)
        self.state_box.clear()
        self.state_box.addItem(translate("intake_page", ALL_STATES), "")
        for name in self.model.state_names():
            self.state_box.addItem(name, name)
        found = self.state_box.findText(current)
        self.state_box.setCurrentIndex(max(found, 0))
        self.state_box.blockSignals(False)
        self.proxy.set_state(self.state_box.currentData() or "")
        self._apply_spans()

    def _apply_spans(self) -> None:
        """A group's heading spans the whole row; spans belong to the view's rows, so they
        are set again whenever the rows shown move."""
        self.table.clearSpans()
        for source_row in self.model.heading_rows():
            row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
            if row >= 0:
                self.table.setSpan(row, 0, 1, self.model.columnCount())

    def _update_count(self) -> None:
        shown = (
            sum(
                1
                for r in range(self.proxy.rowCount())
                if self.proxy.data(self.proxy.index(r, 0), ID_ROLE) is not None
            )
            if self.model.grouping
            else self.proxy.rowCount()
        )
        total = self.model.data_count()
        if shown != total:
            count = translate("intake_page", "{shown} av {total} ark")
        elif total == 1:
            count = translate("intake_page", "1 ark")
        else:
            count = translate("intake_page", "{total} ark")
        self.count_label.setText(count.format(shown=shown, total=total))
        if total == 0:
            self.empty_hint.setText(
                translate(
                    "intake_page",
                    "Ingen leverte ark ennå.\nImporter pakkene fra arbeidsgruppene med "
                    "«Sekretariat → Importer pakker …».",
                )
            )
        else:
            self.empty_hint.setText(translate("intake_page", "Ingen ark passer filteret."))
        self.empty_hint.setGeometry(self.table.viewport().rect())
        self.empty_hint.setVisible(shown == 0)

    # ------------------------------------------------------------------ filter, order, groups
    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter(text)
        self._apply_spans()
        self._update_count()

    def _on_state_filter(self, _index: int) -> None:
        self.proxy.set_state(self.state_box.currentData() or "")
        self._apply_spans()
        self._update_count()

    def _on_grouping(self, _index: int) -> None:
        selected = self.selected_row()
        self.model.set_grouping(self.group_box.currentData() or "")
        self._update_count()
        if selected is not None:
            self.select(selected.sheet_id)

    def set_grouping(self, grouping: str) -> None:
        self.group_box.setCurrentIndex(max(self.group_box.findData(grouping), 0))

    def show_own_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def move_selected(self, step: int) -> bool:
        """Move the selected sheet one place up (-1) or down (+1) among the rows shown,
        within its group; the order is stored as the user's own."""
        row = self._selected_proxy_row()
        if row < 0:
            return False
        neighbour = row + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return False
        other = self.proxy.data(self.proxy.index(neighbour, 0), ID_ROLE)
        if other is None:  # a group's heading: a sheet stays in its group
            return False
        moved = uuid.UUID(self.proxy.data(self.proxy.index(row, 0), ID_ROLE))
        order = self.model.move(moved, uuid.UUID(other))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._store_order(order)
        self.select(moved)
        return True

    def _store_order(self, order: list[uuid.UUID]) -> None:
        """Keep the own order (after Alt+arrow or a drop) for the next time."""
        try:
            self.store.set_intake_order(order)
        except StoreError as exc:
            # Said in the bar (it stays until read again), without taking the focus: the
            # user may be moving the next row with Alt+arrows.
            self.bar.say(
                translate("intake_page", "Rekkefølgen kunne ikke lagres: {error}").format(error=exc)
            )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ selection
    def _selected_proxy_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_row(self) -> IntakeRow | None:
        row = self._selected_proxy_row()
        if row < 0:
            return None
        return self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())

    def select(self, sheet_id: uuid.UUID) -> None:
        source = self.model.table_row_of(sheet_id)
        if source < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        self.table.setFocus()
        if self.selected_row() is None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.data(self.proxy.index(row, 0), ID_ROLE) is not None:
                    self.table.selectRow(row)
                    break

    def _on_selection(self, *_args) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        self.change_button.setEnabled(not self.read_only and self.selected_row() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        sheet_id = self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE)
        if sheet_id is not None:
            self.open_requested.emit(uuid.UUID(sheet_id))

    # ------------------------------------------------------------------ review states
    def change_state(self) -> None:
        """«Endre saksstatus …» for the selected sheet, based on the version shown."""
        from prosjektark.ui.secretariat.review_dialog import ChangeStateDialog, allowed_states

        row = self.selected_row()
        if row is None or self.read_only:
            return
        review = self.model.review(row)
        if review is None:
            self.bar.say(
                translate(
                    "intake_page",
                    "«{title}» hører til et program uten saksstatuser i avtaleprofilen.",
                ).format(title=row.title)
            )
            return
        if not allowed_states(review, row.state):
            name = review.name(row.state or review.received)
            self.message.emit(
                translate("intake_page", "Fra «{state}» kan saksstatusen ikke endres.").format(
                    state=name
                )
            )
            return
        # A move refused earlier (another user got there first) is offered again as it was
        # written, once the list shows what the other user did.
        state, comment = self._refused.get(row.sheet_id, ("", ""))
        dialog = ChangeStateDialog(review, row.state, row.title, self, state=state, comment=comment)
        if dialog.exec() != ChangeStateDialog.DialogCode.Accepted:
            return
        self.apply_state(row, dialog.chosen_state(), dialog.comment_text())

    def apply_state(self, row: IntakeRow, state: str, comment: str = "") -> bool:
        """Move the sheet on from the version the list shows; a move someone else made
        meanwhile is never overwritten: the bar says so, and the comment is kept."""
        review = self.model.review(row)
        if review is None:
            return False
        try:
            self.store.change_review_state(
                row.sheet_id, state, review, comment=comment, expected_version=row.state_version
            )
        except (ConflictError, TransitionError) as exc:  # the store's words say who and what
            self._refuse(row, state, comment, f"«{row.title}»: {exc}")
            return False
        except StoreError as exc:
            text = translate(
                "intake_page", "Kunne ikke endre saksstatusen til «{title}»: {error}"
            ).format(title=row.title, error=exc)
            self._refuse(row, state, comment, text)
            return False
        self._refused.pop(row.sheet_id, None)
        self.reload()
        self.select(row.sheet_id)
        self.message.emit(
            translate("intake_page", "«{title}» har nå saksstatusen «{state}».").format(
                title=row.title, state=review.name(state)
            )
        )
        return True

    def _refuse(self, row: IntakeRow, state: str, comment: str, text: str) -> None:
        """The move was not made: said in the bar, «Last inn på nytt» ready; the comment
        waits in «Endre saksstatus …» for the next try."""
        self._refused[row.sheet_id] = (state, comment)
        kept = (
            translate(
                "intake_page",
                "Kommentaren din er tatt vare på og står ferdig når du velger «Endre "
                "saksstatus …» igjen.",
            )
            if comment
            else ""
        )
        self.bar.refused(refusal_text(text, kept=kept))
