"""The findings panel: rule findings grouped by step and severity, below the editor.

Clicking a finding (or Enter on it) emits `finding_activated(field_path)`; a warning can
be acknowledged with a comment ("Kvitter ut advarsel…"), which emits
`acknowledge_requested(finding, comment)`. The panel holds no sheet; the page decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.findings import SEVERITY_ORDER, Finding
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.dialog_keys import CTRL_ENTER_TEXT, ctrl_enter_presses, enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

# The colour of each kind of finding (theme roles: readable as text in both schemes).
COLOURS = {
    "error": Role.ERROR_TEXT,
    "warning": Role.WARNING_TEXT,
    "info": Role.INFO_TEXT,
    "acknowledged": Role.MUTED_TEXT,
}
# A severity's group heading with its count (whole, so that "Feil", plural here, is not
# the same message as the singular in ONE_NAMES).
GROUP_LABELS = {
    "error": QT_TRANSLATE_NOOP("findings_panel", "Feil ({count})"),
    "warning": QT_TRANSLATE_NOOP("findings_panel", "Advarsler ({count})"),
    "info": QT_TRANSLATE_NOOP("findings_panel", "Info ({count})"),
}
ONE_NAMES = {
    "error": QT_TRANSLATE_NOOP("findings_panel", "Feil"),
    "warning": QT_TRANSLATE_NOOP("findings_panel", "Advarsel"),
    "info": QT_TRANSLATE_NOOP("findings_panel", "Info"),
}
ACKNOWLEDGE_KEYS = "Ctrl+Shift+K"
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2  # on a step's top-level item: the step id

Key = tuple[str, str]


def error_count(n: int) -> str:
    """«1 feil», «3 feil»: the number and the noun as the language says them."""
    if n == 1:
        return translate("findings_panel", "1 feil")
    return translate("findings_panel", "{count} feil").format(count=n)


def warning_count(n: int) -> str:
    if n == 1:
        return translate("findings_panel", "1 advarsel")
    return translate("findings_panel", "{count} advarsler").format(count=n)


def info_count(n: int) -> str:
    return translate("findings_panel", "{count} info").format(count=n)


def _name(names: dict[str, str], severity: str) -> str:
    return translate("findings_panel", names[severity]) if severity in names else severity


def severity_icon(kind: str, size: int = 16) -> QIcon:
    """A filled shape per severity, distinguishable without colour too:
    error = circle with "!", warning = triangle with "!", info = circle with "i",
    acknowledged = circle with a check mark."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(theme.brush(COLOURS[kind]))
    r = QRectF(1, 1, size - 2, size - 2)
    if kind == "warning":
        p.drawPolygon(
            QPolygonF([QPoint(size // 2, 1), QPoint(size - 1, size - 2), QPoint(1, size - 2)])
        )
    else:
        p.drawEllipse(r)
    p.setPen(theme.color(Role.SYMBOL_GLYPH))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    p.setFont(font)
    glyph = {"error": "!", "warning": "!", "info": "i", "acknowledged": "✓"}[kind]
    text_rect = r.adjusted(0, 2, 0, 0) if kind == "warning" else r
    p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, glyph)
    p.end()
    return QIcon(pm)


class AcknowledgeDialog(QDialog):
    """The comment an acknowledgement needs; OK stays off until there is one. Enter is a
    new line in the comment, Ctrl+Enter acknowledges."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("findings_panel", "Kvitter ut advarsel"))
        ask = translate("findings_panel", "Begrunn hvorfor advarselen kan kvitteres ut:")
        label = QLabel(f"{finding.message}\n\n{ask}")
        label.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("acknowledgeComment")
        self.comment.setAccessibleName(translate("findings_panel", "Begrunnelse"))
        self.comment.setAccessibleDescription(
            translate("findings_panel", "{keys} kvitterer ut advarselen.").format(
                keys=CTRL_ENTER_TEXT
            )
        )
        self.comment.setTabChangesFocus(True)
        label.setBuddy(self.comment)
        hint = QLabel(
            translate("findings_panel", "Enter gir ny linje, {keys} kvitterer ut.").format(
                keys=CTRL_ENTER_TEXT
            )
        )
        hint.setObjectName("acknowledgeHint")
        theme.set_style(hint, "color: $muted_text;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("findings_panel", "Kvitter ut"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("findings_panel", "Avbryt")
        )
        self.comment.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.comment.toPlainText().strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        enter_presses(self, None)  # Enter is a new line in the comment
        ctrl_enter_presses(self, self.ok_button)
        self.resize(480, 260)
        self.comment.setFocus()

    def text(self) -> str:
        return self.comment.toPlainText()


def _ask_comment(parent: QWidget, finding: Finding) -> str | None:
    """The comment for acknowledging `finding`, or None when cancelled."""
    dialog = AcknowledgeDialog(finding, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.text()
    dialog.deleteLater()
    return text if accepted else None


class _WrapDelegate(QStyledItemDelegate):
    """Row heights that fit the wrapped message at the tree's current width.

    The width and indentation are plain numbers pushed by the tree, so the delegate makes
    no call into a view that may be half destroyed."""

    def __init__(self, parent: QWidget, indentation: int) -> None:
        super().__init__(parent)
        self.indentation = indentation
        self.width = 400

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # indentation of the depth plus the root decoration, icon and item margins
        used = (depth + 1) * self.indentation + option.decorationSize.width() + 16
        width = max(80, self.width - used)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rect = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), rect.height() + 6))


class WrappingTree(QTreeWidget):
    """A tree whose rows wrap their text at its width (findings, remarks)."""

    def __init__(self) -> None:
        super().__init__()
        self.wrap_delegate = _WrapDelegate(self, self.indentation())
        self.setItemDelegate(self.wrap_delegate)

    def resizeEvent(self, event) -> None:  # re-wrap on width changes
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self.wrap_delegate.width:
            self.wrap_delegate.width = width
            self.scheduleDelayedItemsLayout()


class FindingsPanel(QWidget):
    finding_activated = Signal(str)
    acknowledge_requested = Signal(object, str)
    message = Signal(str)  # for the status bar: why a key did nothing

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        step_titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setAccessibleName(translate("findings_panel", "Funn fra regelsjekken"))
        self._step_titles: dict[str, str] = dict(step_titles or {})
        self._findings: list[Finding] = []
        self._acknowledged: set[Key] = set()
        self._collapsed: set[str] = set()
        self._current_step = ""
        # Replaceable in tests; returns the comment or None when cancelled.
        self.ask_comment: Callable[[Finding], str | None] = lambda f: _ask_comment(self, f)
        self._icons = {k: severity_icon(k) for k in COLOURS}

        self.summary_label = QLabel()
        self.summary_label.setObjectName("findingsSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.tree = WrappingTree()
        self.tree.setObjectName("findingsTree")
        self.tree.setAccessibleName(
            translate("findings_panel", "Funn gruppert etter steg og alvorlighet")
        )
        self.tree.setAccessibleDescription(
            translate(
                "findings_panel",
                "Enter eller klikk går til feltet. Kontekstmenyen kvitterer ut en advarsel."
                " F6 og Shift+F6 går til neste og forrige rute.",
            )
        )
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)  # Enter / double-click
        self.tree.currentItemChanged.connect(self._update_actions)
        self.tree.itemCollapsed.connect(self._remember_collapsed)
        self.tree.itemExpanded.connect(self._remember_expanded)

        self._read_only = False
        self.acknowledge_action = QAction(
            translate("findings_panel", "Kvitter ut advarsel …"), self
        )
        # Not Ctrl+K: a line edit takes that as delete-to-end-of-line, and the user is
        # usually in the finding's field (a click on the finding puts the cursor there).
        # Window-wide, so it acknowledges the selected warning from that field too.
        self.acknowledge_action.setShortcut(QKeySequence(ACKNOWLEDGE_KEYS))
        self.acknowledge_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.acknowledge_action.triggered.connect(self.acknowledge_current)
        self.addAction(self.acknowledge_action)

        self.acknowledge_button = QPushButton(translate("findings_panel", "Kvitter ut advarsel …"))
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.setAccessibleName(
            translate("findings_panel", "Kvitter ut valgt advarsel")
        )
        self.acknowledge_button.setToolTip(
            translate(
                "findings_panel",
                "Kvitter ut den valgte advarselen med en begrunnelse ({keys})."
                " Hvem og når lagres i arket.",
            ).format(keys=ACKNOWLEDGE_KEYS)
        )
        self.acknowledge_button.clicked.connect(self.acknowledge_current)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.acknowledge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.set_findings([], set())

    # ------------------------------------------------------------------ public
    def set_step_titles(self, titles: Mapping[str, str]) -> None:
        self._step_titles = dict(titles)
        self.set_findings(self._findings, self._acknowledged)

    def set_findings(self, findings: Iterable[Finding], acknowledged: set[Key]) -> None:
        """Show `findings` (already in step order); keeps selection and collapsed groups."""
        current = self.current_finding()
        keep: tuple[str, str, str] | None = (
            (current.code, current.field, current.step) if current else None
        )
        self._findings = list(findings)
        self._acknowledged = set(acknowledged)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        restore: QTreeWidgetItem | None = None
        steps: dict[str, list[Finding]] = {}
        for f in self._findings:
            steps.setdefault(f.step, []).append(f)
        for step, items in steps.items():
            step_item = QTreeWidgetItem([self._step_header(step, items)])
            step_item.setData(0, Qt.ItemDataRole.AccessibleTextRole, step_item.text(0))
            font = step_item.font(0)
            font.setBold(True)
            step_item.setFont(0, font)
            step_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            step_item.setData(0, STEP_ROLE, step)
            self.tree.addTopLevelItem(step_item)
            by_sev: dict[str, list[Finding]] = {}
            for f in sorted(items, key=lambda f: SEVERITY_ORDER.get(f.severity, 9)):
                by_sev.setdefault(f.severity, []).append(f)
            for sev, group in by_sev.items():
                open_count = sum(1 for f in group if not self._is_acked(f))
                if sev in GROUP_LABELS:
                    label = translate("findings_panel", GROUP_LABELS[sev]).format(count=len(group))
                else:
                    label = f"{sev} ({len(group)})"
                if sev == "warning" and open_count != len(group):
                    label = translate(
                        "findings_panel", "Advarsler ({count}, {acknowledged} kvittert ut)"
                    ).format(count=len(group), acknowledged=len(group) - open_count)
                sev_item = QTreeWidgetItem([label])
                sev_item.setIcon(0, self._icons.get(sev, self._icons["info"]))
                sev_item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
                step_item.addChild(sev_item)
                for f in group:
                    item = self._finding_item(f)
                    sev_item.addChild(item)
                    if keep and (f.code, f.field, f.step) == keep:
                        restore = item
                sev_item.setExpanded(True)
            step_item.setExpanded(step not in self._collapsed)
        self.summary_label.setText(self._summary_text())
        self._mark_current_step()
        self.tree.setUpdatesEnabled(True)
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self._update_actions()

    def show_step(self, step: str) -> None:
        """Brings the findings of `step` (the step the editor shows) to the top of the list
        and tints its heading, so what concerns the open step is seen first."""
        self._current_step = step
        self._mark_current_step()
        item = self._step_item(step)
        if item is not None:
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)

    def _step_item(self, step: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, STEP_ROLE) == step:
                return item
        return None

    def _mark_current_step(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            current = bool(self._current_step) and item.data(0, STEP_ROLE) == self._current_step
            item.setBackground(0, theme.brush(Role.CURRENT_BACKGROUND) if current else QBrush())
            item.setForeground(0, theme.brush(Role.TEXT) if current else QBrush())

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def focus_list(self) -> None:
        """The cursor into the list (F6), on a finding so that Enter goes to its field at
        once: the selected one, else the first of the step shown, else the first."""
        if self.tree.currentItem() is None:
            items = self._finding_items()
            here = [i for i in items if i.data(0, FINDING_ROLE).step == self._current_step]
            if here or items:
                self.tree.setCurrentItem((here or items)[0])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def select_finding(self, code: str, field: str) -> bool:
        for item in self._finding_items():
            f: Finding = item.data(0, FINDING_ROLE)
            if (f.code, f.field) == (code, field):
                self.tree.setCurrentItem(item)
                return True
        return False

    def acknowledge_current(self) -> None:
        f = self.current_finding()
        if f is None or f.severity != "warning" or self._is_acked(f):
            f = self._open_warning_in_focus()
            if f is None:
                self.message.emit(
                    translate(
                        "findings_panel",
                        "Ingen advarsel er valgt. Velg advarselen du vil kvittere ut i funnlisten"
                        " (eller stå i feltet den gjelder).",
                    )
                )
                return
            self.select_finding(f.code, f.field)
        comment = self.ask_comment(f)
        if comment is None or not comment.strip():
            return
        self.acknowledge_requested.emit(f, comment.strip())

    # ------------------------------------------------------------------ internals
    def _open_warning_in_focus(self) -> Finding | None:
        """The one open warning of the field the cursor is in, if there is exactly one."""
        from PySide6.QtWidgets import QApplication

        widget = QApplication.focusWidget()
        path = ""
        while widget is not None and not path:
            name = widget.objectName()
            path = name.removeprefix("field:") if name.startswith("field:") else ""
            widget = widget.parentWidget()
        open_warnings = [
            f
            for f in self._findings
            if path and f.field == path and f.severity == "warning" and not self._is_acked(f)
        ]
        return open_warnings[0] if len(open_warnings) == 1 else None

    def _is_acked(self, f: Finding) -> bool:
        return (f.code, f.field) in self._acknowledged

    def _finding_items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            step = self.tree.topLevelItem(i)
            for j in range(step.childCount()):
                sev = step.child(j)
                out.extend(sev.child(k) for k in range(sev.childCount()))
        return out

    def _finding_item(self, f: Finding) -> QTreeWidgetItem:
        acked = f.severity == "warning" and self._is_acked(f)
        text = f.message + ("  " + translate("findings_panel", "(kvittert ut)") if acked else "")
        item = QTreeWidgetItem([text])
        item.setData(0, FINDING_ROLE, f)
        kind = "acknowledged" if acked else f.severity
        item.setIcon(0, self._icons.get(kind, self._icons["info"]))
        if acked:
            item.setForeground(0, theme.brush(COLOURS["acknowledged"]))
            font = item.font(0)
            font.setItalic(True)
            item.setFont(0, font)
        sev_name = _name(ONE_NAMES, f.severity)
        if acked:
            sev_name = translate("findings_panel", "{severity}, kvittert ut").format(
                severity=sev_name
            )
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{sev_name}: {f.message}")
        tip = [f"<b>{sev_name}</b> · <code>{f.code}</code>"]
        if f.field:
            tip.append(
                translate("findings_panel", "Felt: {field}").format(field=f"<code>{f.field}</code>")
            )
        if f.source:
            tip.append(
                translate("findings_panel", "Kilde: «{source}»").format(source=_escape(f.source))
            )
        item.setToolTip(0, "<br>".join(tip))
        return item

    def _step_header(self, step: str, items: list[Finding]) -> str:
        title = self._step_titles.get(step) or (
            step.capitalize() if step else translate("findings_panel", "Arket")
        )
        errors = sum(1 for f in items if f.severity == "error")
        warnings = sum(1 for f in items if f.severity == "warning" and not self._is_acked(f))
        parts = []
        if errors:
            parts.append(error_count(errors))
        if warnings:
            parts.append(warning_count(warnings))
        infos = sum(1 for f in items if f.severity == "info")
        if infos:
            parts.append(info_count(infos))
        return f"{title} ({', '.join(parts)})" if parts else title

    def _summary_text(self) -> str:
        if not self._findings:
            return translate("findings_panel", "Ingen funn: arket oppfyller reglene.")
        errors = sum(1 for f in self._findings if f.severity == "error")
        warnings = [f for f in self._findings if f.severity == "warning"]
        acked = sum(1 for f in warnings if self._is_acked(f))
        infos = sum(1 for f in self._findings if f.severity == "info")
        n = len(warnings)
        text = f"{error_count(errors)}, {warning_count(n)}"
        if acked:
            text += " " + translate("findings_panel", "({count} kvittert ut)").format(count=acked)
        return f"{text}, {info_count(infos)}"

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        f = item.data(0, FINDING_ROLE)
        if f is not None:
            self.finding_activated.emit(f.field)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only sheet shows its findings but takes no acknowledgements."""
        self._read_only = read_only
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        f = self.current_finding()
        can = (
            f is not None
            and f.severity == "warning"
            and not self._is_acked(f)
            and not self._read_only
        )
        # The key stays live so that it can say why it did nothing, or find the warning
        # of the field the cursor is in; the button follows the selection.
        self.acknowledge_action.setEnabled(not self._read_only)
        self.acknowledge_button.setEnabled(can)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        if item is None or item.data(0, FINDING_ROLE) is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        go = menu.addAction(translate("findings_panel", "Gå til feltet"))
        go.triggered.connect(lambda: self._activate(item))
        menu.addAction(self.acknowledge_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _remember_collapsed(self, item: QTreeWidgetItem) -> None:
        step = self._step_of_top(item)
        if step is not None:
            self._collapsed.add(step)

    def _remember_expanded(self, item: QTreeWidgetItem) -> None:
        step = self._step_of_top(item)
        if step is not None:
            self._collapsed.discard(step)

    def _step_of_top(self, item: QTreeWidgetItem) -> str | None:
        if item.parent() is not None:
            return None
        return item.data(0, STEP_ROLE)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
