"""Editors for list-shaped fields: cost items, funding grid, goal scores, risks, milestones,
treatments. Each cell is a real widget so it can be reached, named and undone like any field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.costmath import TripleEstimate, TripleEstimateError, triple_estimate
from prosjektark.domain.form import FormField, get_path
from prosjektark.domain.labels import body_label, funding_source_label, transition_label
from prosjektark.domain.nb_format import format_mnok, format_percent
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import (
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Treatment,
    drop_row_inputs,
    funding_cell_path,
)
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    PROBLEM_STYLE,
    EditorContext,
    FieldEditor,
    NoWheelComboBox,
    configure_input,
    set_help,
    show_error,
)
from prosjektark.ui.editor.field_widgets import PLACEHOLDER_CHOICE, unknown_value
from prosjektark.ui.editor.values import (
    ValueProblem,
    empty_value,
    field_info,
    format_date,
    format_number,
    format_sum,
    parse_date,
    parse_decimal,
    stored_text,
    validate,
)
from prosjektark.ui.qt_translations import translate

SCORE_NAMES = {
    0: QT_TRANSLATE_NOOP("table_widgets", "0 – ingen"),
    1: QT_TRANSLATE_NOOP("table_widgets", "1 – lite"),
    2: QT_TRANSLATE_NOOP("table_widgets", "2 – middels"),
    3: QT_TRANSLATE_NOOP("table_widgets", "3 – stort"),
}


# Shown under the column heading "Faseovergang", so "Ingen" is enough (and fits).
def _transitions(profile: Profile | None) -> list[tuple[str, str]]:
    if profile is None:
        return [("", translate("table_widgets", "Ingen"))]
    return [("", translate("table_widgets", "Ingen"))] + [
        (t.id, transition_label(profile, t.id)) for t in profile.transitions
    ]


def _header(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _problems_label(path: str, parent: QWidget) -> QLabel:
    """The visible list of a table's cells whose text is not a valid value."""
    label = QLabel(parent)
    label.setObjectName(f"problems:{path}")
    theme.set_style(label, PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def _clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # leaves the focus chain at once
            widget.deleteLater()
        elif item.layout() is not None:
            _clear_layout(item.layout())


@dataclass(frozen=True)
class Column:
    attr: str
    title: str
    kind: Literal["text", "decimal", "level", "date", "bool", "choice"]
    stretch: int = 0
    width: int = 0
    choices: Callable[[Profile | None], list[tuple[str, str]]] | None = None
    own_line: bool = False  # on its own line below the others, full width

    def label(self) -> str:
        """The column's title in the UI's language (titles are marked where defined)."""
        return translate("table_widgets", self.title)


def cell_name(column: Column, r: int) -> str:
    """A cell as the user calls it: «Dato, rad 2»."""
    return translate("table_widgets", "{column}, rad {row}").format(
        column=column.label(), row=r + 1
    )


class RowListEditor(FieldEditor):
    """A list of model rows with one widget per cell, "Legg til …" and "Fjern" per row."""

    heading_label = True
    item_class: type[BaseModel] = BaseModel
    columns: tuple[Column, ...] = ()
    add_text = QT_TRANSLATE_NOOP("table_widgets", "Legg til rad")
    empty_text = QT_TRANSLATE_NOOP("table_widgets", "Ingen rader ennå.")

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.empty = QLabel(translate("table_widgets", self.empty_text), self)
        theme.set_style(self.empty, "color: $muted_text;")
        add_text = translate("table_widgets", self.add_text)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"add:{field.path}")
        self.add_button.setAccessibleName(f"{add_text} ({field.label})")
        self.add_button.clicked.connect(self.add_row)
        set_help(self.add_button, field.label, field.help, field.source)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.grid_host)
        self.problems = _problems_label(field.path, self)
        layout.addWidget(self.problems)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.extra_layout = layout  # subclasses add summary lines below
        self.cells: list[dict[str, QWidget]] = []
        self.setFocusProxy(self.add_button)

    # -- model access
    def rows(self) -> list[Any]:
        return get_path(self.sheet, self.field.path) if self.sheet is not None else []

    def new_row(self) -> BaseModel:
        return self.item_class()

    # -- building
    def _load(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        _clear_layout(self.grid)
        self.cells = []
        rows = self.rows()
        self.empty.setVisible(not rows)
        self.grid_host.setVisible(bool(rows))
        inline = [c for c in self.columns if not c.own_line]
        below = [c for c in self.columns if c.own_line]
        per_record = 1 + len(below) + (1 if below else 0)  # a separator line under each record
        span = len(inline) + (0 if below else 1)  # "Fjern" gets a column only without `below`
        for c, column in enumerate(inline):
            head = _header(column.label(), self.grid_host)
            if column.kind in ("decimal", "level"):
                head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            else:
                head.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            if column.width and column.kind != "choice":
                # Long titles wrap at word boundaries instead of widening the column.
                longest = max(
                    head.fontMetrics().horizontalAdvance(w) for w in column.label().split()
                )
                head.setMaximumWidth(max(column.width + 16, longest + 6))
            self.grid.addWidget(head, 0, c)
            self.grid.setColumnStretch(c, column.stretch)
        self.grid.setColumnStretch(len(inline), 0)
        with self.loading():
            for r, row in enumerate(rows):
                top = 1 + r * per_record
                cells: dict[str, QWidget] = {}
                for c, column in enumerate(inline):
                    widget = self._cell(r, row, column)
                    cells[column.attr] = widget
                    self.grid.addWidget(widget, top, c)
                remove = QPushButton(translate("table_widgets", "Fjern"), self.grid_host)
                remove.setObjectName(f"remove:{self.field.path}[{r}]")
                remove.setAccessibleName(
                    translate("table_widgets", "Fjern rad {row}").format(row=r + 1)
                )
                remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                remove.setEnabled(not self.read_only)
                remove.setVisible(not self.read_only)
                remove.clicked.connect(lambda _=False, i=r: self.remove_row(i))
                for offset, column in enumerate(below, start=1):
                    widget = self._cell(r, row, column)
                    cells[column.attr] = widget
                    line = QHBoxLayout()
                    line.setContentsMargins(0, 0, 0, 0)
                    line.setSpacing(6)
                    caption = QLabel(f"{column.label()}:", self.grid_host)
                    caption.setBuddy(widget)
                    line.addWidget(caption)
                    line.addWidget(widget, 1)
                    if offset == 1:
                        # "Fjern" ends the record's first full-width line, so the columns
                        # above keep their room in a narrow window.
                        line.addSpacing(2)
                        line.addWidget(remove)
                    self.grid.addLayout(line, top + offset, 0, 1, span)
                if below and r < len(rows) - 1:
                    rule = QFrame(self.grid_host)
                    rule.setFrameShape(QFrame.Shape.HLine)
                    rule.setFrameShadow(QFrame.Shadow.Sunken)
                    self.grid.addWidget(rule, top + per_record - 1, 0, 1, span)
                if not below:
                    self.grid.addWidget(remove, top, len(inline))
                self.cells.append(cells)
        self.grid.setVerticalSpacing(10 if below else 6)
        # A jump to the table lands in its first cell (or on "Legg til" when empty).
        self.setFocusProxy(next(iter(self.cells[0].values())) if self.cells else self.add_button)
        self.show_problems()
        self.update_extra()

    def cell_path(self, r: int, attr: str) -> str:
        return f"{self.field.path}[{r}].{attr}"

    def amount_text(self, value: Decimal | None) -> str:
        """An amount in a cell: as the user edits it (every decimal, no grouping), or, in
        a read-only sheet, as every other amount is shown (set_read_only rebuilds)."""
        return format_sum(value) if self.read_only else format_number(value)

    def show_problems(self) -> None:
        """Lists the cells kept as typed, with the findings' messages, under the rows."""
        lines = []
        for r, _row in enumerate(self.rows()):
            for column in self.columns:
                path = self.cell_path(r, column.attr)
                typed = self.typed_text(path)
                if typed is not None:
                    lines.append(f"{cell_name(column, r)}: {self.problem_message(path, typed)}")
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _cell(self, r: int, row: Any, column: Column) -> QWidget:
        path = self.cell_path(r, column.attr)
        name = cell_name(column, r)
        value = getattr(row, column.attr)
        parent = self.grid_host
        widget: QWidget
        if column.kind == "bool":
            widget = QCheckBox(parent)
            widget.setChecked(bool(value))
            widget.toggled.connect(lambda v, i=r, c=column: self._set(i, c, v))
            widget.setEnabled(not self.read_only)
        elif column.kind == "level":
            widget = QSpinBox(parent)
            widget.setRange(1, 5)
            widget.setValue(int(value))
            widget.setFixedWidth(64)
            widget.valueChanged.connect(lambda v, i=r, c=column: self._set(i, c, v))
            widget.setReadOnly(self.read_only)
        elif column.kind == "choice":
            widget = NoWheelComboBox(parent)
            options = column.choices(self.profile) if column.choices else []
            if not any(v == "" for v, _ in options):
                widget.addItem(translate("field_widgets", PLACEHOLDER_CHOICE), "")
            for v, label in options:
                widget.addItem(label, v)
            if value and widget.findData(value) < 0:
                widget.addItem(unknown_value(value), value)
            widget.setCurrentIndex(max(widget.findData(value or ""), 0))
            widget.currentIndexChanged.connect(
                lambda _i, w=widget, i=r, c=column: self._set(i, c, w.currentData() or "")
            )
            widget.setReadOnly(self.read_only)
        else:
            widget = QLineEdit(parent)
            typed = self.typed_text(path)
            if column.kind == "decimal":
                widget.setText(self.amount_text(value))
                widget.setAlignment(Qt.AlignmentFlag.AlignRight)
            elif column.kind == "date":
                widget.setText(format_date(value))
                widget.setPlaceholderText(translate("field_widgets", "dd.mm.åååå"))
            else:
                widget.setText(value or "")
            if typed is not None and column.kind in ("decimal", "date"):
                widget.setText(typed)
                show_error(widget, self.problem_message(path, typed))
            if column.width:
                widget.setFixedWidth(column.width)
            else:
                widget.setMinimumWidth(80)
            widget.setCursorPosition(0)
            widget.textEdited.connect(lambda t, w=widget, i=r, c=column: self._parse(w, i, c, t))
            widget.setReadOnly(self.read_only)
        configure_input(widget, path, name, self.field.help, self.field.source)
        if column.width and column.kind == "choice":
            widget.setMinimumWidth(column.width)
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return widget

    # -- editing
    def _parse(self, widget: QLineEdit, r: int, column: Column, text: str) -> None:
        if column.kind == "text":
            self._set(r, column, stored_text(text))
            return
        if self._loading or self.sheet is None:
            return
        info = field_info(self.item_class, column.attr)
        path = self.cell_path(r, column.attr)
        try:
            value = parse_decimal(text) if column.kind == "decimal" else parse_date(text)
            value = empty_value(info) if value is None else validate(info, value)
        except ValueProblem as problem:
            if not self.keeps_typed_text(path, text):
                show_error(widget, str(problem))
                return
            show_error(widget, self.keep_typed_text(path, text))
            self.show_problems()
            self.notify()
            return
        show_error(widget, "")
        had_text = self.typed_text(path) is not None
        self.forget_typed_text(path)
        if had_text:
            self.show_problems()
        self._set(r, column, value)

    def _set(self, r: int, column: Column, value: Any) -> None:
        if self._loading or self.sheet is None:
            return
        setattr(self.rows()[r], column.attr, value)
        self.after_set(r, column)
        self.update_extra()
        self.notify()

    def after_set(self, r: int, column: Column) -> None:
        """Hook for dependent cells."""

    def add_row(self) -> None:
        if self.sheet is None or self.read_only:
            return
        self.rows().append(self.new_row())
        self._rebuild()
        self.notify()
        if self.cells:
            first = next(iter(self.cells[-1].values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self, r: int) -> None:
        if self.sheet is None or self.read_only:
            return
        del self.rows()[r]
        drop_row_inputs(self.sheet, self.field.path, r)  # later rows' text moves up with them
        self._rebuild()
        self.notify()
        target = self.cells[min(r, len(self.cells) - 1)] if self.cells else None
        (next(iter(target.values())) if target else self.add_button).setFocus()

    def update_extra(self) -> None:
        """Hook for summary lines under the rows."""

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.add_button.setEnabled(not read_only)
        self.add_button.setVisible(not read_only)
        if self.sheet is not None:
            with self.loading():
                self._rebuild()


class CostItemsEditor(RowListEditor):
    item_class = CostItem
    columns = (
        Column("name", QT_TRANSLATE_NOOP("table_widgets", "Kostnadspost"), "text", stretch=3),
        Column("low", QT_TRANSLATE_NOOP("table_widgets", "Lav (P10)"), "decimal", width=84),
        Column(
            "most_likely",
            QT_TRANSLATE_NOOP("table_widgets", "Mest sannsynlig"),
            "decimal",
            width=84,
        ),
        Column("high", QT_TRANSLATE_NOOP("table_widgets", "Høy (P90)"), "decimal", width=84),
    )
    add_text = QT_TRANSLATE_NOOP("table_widgets", "Legg til kostnadspost")
    empty_text = QT_TRANSLATE_NOOP("table_widgets", "Ingen kostnadsposter. Postene er valgfrie.")

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.result = QLabel(self)
        self.result.setObjectName(f"result:{field.path}")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.use_button = QPushButton(
            translate("table_widgets", "Bruk som forventet kostnad og usikkerhet"), self
        )
        self.use_button.setObjectName(f"use:{field.path}")
        self.use_button.clicked.connect(self.use_result)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.result, 1)
        self.extra_layout.addLayout(row)
        use_row = QHBoxLayout()
        use_row.setContentsMargins(0, 0, 0, 0)
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        self.extra_layout.addLayout(use_row)
        self.working_button = QPushButton(translate("table_widgets", "Vis utregning"), self)
        self.working_button.setObjectName(f"working:{field.path}")
        self.working_button.setCheckable(True)
        self.working_button.toggled.connect(self._show_working)
        use_row.insertWidget(1, self.working_button)
        self.working = QLabel(self)
        self.working.setObjectName(f"workings:{field.path}")
        self.working.setWordWrap(True)
        self.working.setTextFormat(Qt.TextFormat.PlainText)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_style(
            self.working, "color: $panel_text; background: $panel_background; padding: 6px;"
        )
        self.working.hide()
        self.extra_layout.addWidget(self.working)
        self._estimate: TripleEstimate | None = None
        self.use_button.setVisible(False)
        self.working_button.setVisible(False)

    def update_extra(self) -> None:
        self._estimate = None
        items = self.rows() if self.sheet is not None else []
        if not items:
            self._show_result("")
            return
        try:
            self._estimate = triple_estimate(list(items))
        except TripleEstimateError as exc:
            self._show_result(str(exc))
            return
        e = self._estimate
        self._show_result(
            translate(
                "table_widgets",
                "Beregnet forventet kostnad: <b>{expected}</b>, standardavvik {std_dev}"
                " ({percent}).<br>P50: {p50} · P85: {p85}.",
            ).format(
                expected=format_mnok(e.expected_mnok),
                std_dev=format_mnok(e.std_dev_mnok),
                percent=format_percent(e.std_dev_percent),
                p50=format_mnok(e.p50_mnok),
                p85=format_mnok(e.p85_mnok),
            )
        )
        self.working.setText(e.explain())

    def _show_result(self, text: str) -> None:
        self.result.setText(text)
        ready = self._estimate is not None
        self.use_button.setVisible(ready and not self.read_only)
        self.working_button.setVisible(ready)
        self.working.setVisible(ready and self.working_button.isChecked())

    def _show_working(self, shown: bool) -> None:
        self.working_button.setText(
            translate("table_widgets", "Skjul utregning")
            if shown
            else translate("table_widgets", "Vis utregning")
        )
        self.working.setVisible(shown and self._estimate is not None)

    def use_result(self) -> None:
        if self.sheet is None or self._estimate is None or self.read_only:
            return
        self.sheet.cost.expected_cost_mnok = self._estimate.expected_mnok
        self.edited.emit("cost.expected_cost_mnok")
        self.sheet.cost.std_dev_percent = self._estimate.std_dev_percent
        self.edited.emit("cost.std_dev_percent")


class RisksEditor(RowListEditor):
    item_class = Risk
    columns = (
        Column("description", QT_TRANSLATE_NOOP("table_widgets", "Risiko"), "text", stretch=3),
        Column(
            "probability",
            QT_TRANSLATE_NOOP("table_widgets", "Sannsynlighet (1–5)"),
            "level",
            width=64,
        ),
        Column(
            "consequence", QT_TRANSLATE_NOOP("table_widgets", "Konsekvens (1–5)"), "level", width=64
        ),
        Column("mitigation", QT_TRANSLATE_NOOP("table_widgets", "Tiltak"), "text", own_line=True),
    )
    add_text = QT_TRANSLATE_NOOP("table_widgets", "Legg til risiko")
    empty_text = QT_TRANSLATE_NOOP("table_widgets", "Ingen risikoer registrert.")


class MilestonesEditor(RowListEditor):
    item_class = Milestone
    columns = (
        Column("name", QT_TRANSLATE_NOOP("table_widgets", "Milepæl"), "text", stretch=3),
        Column("date", QT_TRANSLATE_NOOP("table_widgets", "Dato"), "date", width=100),
        Column("done", QT_TRANSLATE_NOOP("table_widgets", "Nådd"), "bool"),
    )
    add_text = QT_TRANSLATE_NOOP("table_widgets", "Legg til milepæl")
    empty_text = QT_TRANSLATE_NOOP("table_widgets", "Ingen milepæler registrert.")


def _bodies(profile: Profile | None) -> list[tuple[str, str]]:
    return [(b.id, body_label(profile, b.id)) for b in profile.decision_bodies] if profile else []


class TreatmentsEditor(RowListEditor):
    item_class = Treatment
    columns = (
        Column(
            "body",
            QT_TRANSLATE_NOOP("table_widgets", "Organ"),
            "choice",
            stretch=2,
            width=150,
            choices=_bodies,
        ),
        Column("date", QT_TRANSLATE_NOOP("table_widgets", "Dato"), "date", width=100),
        Column(
            "transition",
            QT_TRANSLATE_NOOP("table_widgets", "Faseovergang"),
            "choice",
            width=120,
            choices=_transitions,
        ),
        Column("political", QT_TRANSLATE_NOOP("table_widgets", "Politisk"), "bool"),
        Column("decision", QT_TRANSLATE_NOOP("table_widgets", "Vedtak"), "text", own_line=True),
    )
    add_text = QT_TRANSLATE_NOOP("table_widgets", "Legg til behandling")
    empty_text = QT_TRANSLATE_NOOP("table_widgets", "Ingen behandling registrert.")

    def after_set(self, r: int, column: Column) -> None:
        if column.attr != "body" or self.profile is None:
            return
        body = self.profile.body(self.rows()[r].body)
        if body is not None:
            self.rows()[r].political = body.political
            check = self.cells[r]["political"]
            with self.loading():
                check.setChecked(body.political)  # type: ignore[attr-defined]


class FundingGridEditor(FieldEditor):
    """Sources × years of the programme period, with sums; writes `funding.lines`."""

    heading_label = True

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.host = QWidget(self)
        self.grid = QGridLayout(self.host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        theme.set_style(self.note, "color: $muted_text;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)
        self.problems = _problems_label(field.path, self)
        layout.addWidget(self.problems)
        layout.addWidget(self.note)
        self.years: list[int] = []
        self.sources: list[str] = []
        self.inputs: dict[tuple[int, str], QLineEdit] = {}
        self.row_sums: dict[str, QLabel] = {}
        self.year_sums: dict[int, QLabel] = {}
        self.total = QLabel()
        self._info = field_info(FundingLine, "amount_mnok")

    def cell_path(self, year: int, source: str) -> str:
        # Typed text is kept per cell: the lines are re-sorted on every edit.
        return funding_cell_path(year, source)

    def show_problems(self) -> None:
        lines = []
        for year, source in self.inputs:
            path = self.cell_path(year, source)
            typed = self.typed_text(path)
            if typed is not None:
                message = self.problem_message(path, typed)
                lines.append(f"{self.source_name(source)} {year}: {message}")
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _amounts(self) -> dict[tuple[int, str], Decimal]:
        return self.sheet.funding.amounts() if self.sheet else {}

    def source_name(self, source: str) -> str:
        return funding_source_label(self.profile, source) if self.profile else source

    def _grid_years(self) -> list[int]:
        """The programme period; when the programme has not set one, the sheet's own years
        and this year and the next three, so that amounts can still be entered."""
        if self.profile is None:
            return []
        if self.profile.years:
            return self.profile.years
        this = date.today().year
        return sorted({y for y, _ in self._amounts()} | set(range(this, this + 4)))

    def _load(self) -> None:
        years = self._grid_years()
        sources = [s.id for s in self.profile.funding_sources] if self.profile else []
        if years != self.years or sources != self.sources or not self.inputs:
            self._build(years, sources)
        self._fill_cells()
        self.show_problems()
        outside = sorted({y for y, _ in self._amounts() if y not in self.years})
        if self.profile is not None and not self.profile.years:
            note = translate(
                "table_widgets",
                "{programme} har ennå ikke fastsatt en programperiode. Årene er"
                " dette og de tre neste, og årene arket har beløp for.",
            ).format(programme=self.profile.name)
        elif outside:
            note = translate(
                "table_widgets", "Arket har også beløp for {years} (utenfor programperioden)."
            ).format(years=", ".join(map(str, outside)))
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._update_sums()

    def _fill_cells(self) -> None:
        """Each cell's amount: as the user edits it, or, read-only, as amounts are shown."""
        amounts = self._amounts()
        for (year, source), edit in self.inputs.items():
            path = self.cell_path(year, source)
            typed = self.typed_text(path)
            if typed is None:
                value = amounts.get((year, source))
                edit.setText(format_sum(value) if self.read_only else format_number(value))
                show_error(edit, "")
            else:
                edit.setText(typed)
                show_error(edit, self.problem_message(path, typed))

    def _build(self, years: list[int], sources: list[str]) -> None:
        _clear_layout(self.grid)
        self.years, self.sources = years, sources
        self.inputs, self.row_sums, self.year_sums = {}, {}, {}
        host = self.host
        self.grid.addWidget(_header(translate("table_widgets", "Kilde (MNOK)"), host), 0, 0)
        for c, year in enumerate(years, start=1):
            head = _header(str(year), host)
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(head, 0, c)
        sum_col = len(years) + 1
        head = _header(translate("table_widgets", "Sum"), host)
        head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(head, 0, sum_col)
        for r, source in enumerate(sources, start=1):
            label = QLabel(self.source_name(source), host)
            self.grid.addWidget(label, r, 0)
            for c, year in enumerate(years, start=1):
                edit = QLineEdit(host)
                edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                edit.setMinimumWidth(64)
                edit.setMaximumWidth(110)
                edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                configure_input(
                    edit,
                    self.cell_path(year, source),
                    f"{self.source_name(source)} {year}",
                    self.field.help,
                    self.field.source,
                )
                edit.setReadOnly(self.read_only)
                edit.textEdited.connect(
                    lambda t, w=edit, y=year, s=source: self._edited(w, y, s, t)
                )
                self.grid.addWidget(edit, r, c)
                self.inputs[(year, source)] = edit
            total = QLabel(host)
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total.setObjectName(f"sum:{self.field.path}.{source}")
            self.grid.addWidget(total, r, sum_col)
            self.row_sums[source] = total
        sum_row = len(sources) + 1
        self.grid.addWidget(_header(translate("table_widgets", "Sum per år"), host), sum_row, 0)
        for c, year in enumerate(years, start=1):
            total = _header("", host)
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total.setObjectName(f"sum:{self.field.path}.{year}")
            self.grid.addWidget(total, sum_row, c)
            self.year_sums[year] = total
        self.total = _header("", host)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total.setObjectName(f"sum:{self.field.path}")
        self.grid.addWidget(self.total, sum_row, sum_col)
        self.grid.setColumnStretch(0, 2)
        for c in range(1, sum_col + 1):
            self.grid.setColumnStretch(c, 1)
        if self.inputs:
            self.setFocusProxy(next(iter(self.inputs.values())))

    def _edited(self, edit: QLineEdit, year: int, source: str, text: str) -> None:
        if self._loading or self.sheet is None:
            return
        try:
            value = parse_decimal(text)
            if value is not None:
                value = validate(self._info, value)
        except ValueProblem as problem:
            path = self.cell_path(year, source)
            if not self.keeps_typed_text(path, text):
                show_error(edit, str(problem))
                return
            show_error(edit, self.keep_typed_text(path, text))
            self.show_problems()
            self.notify()
            return
        show_error(edit, "")
        self.forget_typed_text(self.cell_path(year, source))
        self.show_problems()
        lines = [
            line for line in self.sheet.funding.lines if (line.year, line.source) != (year, source)
        ]
        if value is not None and value != 0:
            lines.append(FundingLine(year=year, source=source, amount_mnok=value))
        order = {s: i for i, s in enumerate(self.sources)}
        lines.sort(key=lambda line: (line.year, order.get(line.source, len(order)), line.source))
        self.sheet.funding.lines = lines
        self._update_sums()
        self.notify()

    def _update_sums(self) -> None:
        amounts = self._amounts()
        zero = Decimal(0)
        for source, label in self.row_sums.items():
            label.setText(
                format_sum(sum((amounts.get((y, source), zero) for y in self.years), zero))
            )
        for year, label in self.year_sums.items():
            label.setText(
                format_sum(sum((amounts.get((year, s), zero) for s in self.sources), zero))
            )
        in_period = sum((v for (y, _), v in amounts.items() if y in self.years), zero)
        self.total.setText(format_sum(in_period))

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for edit in self.inputs.values():
            edit.setReadOnly(read_only)
        if self.sheet is not None:
            with self.loading():
                self._fill_cells()


class GoalScoresEditor(FieldEditor):
    """One row per goal of the profile: a score 0–3 and a justification."""

    heading_label = True

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.host = QWidget(self)
        self.grid = QGridLayout(self.host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host)
        self.goal_ids: list[str] = []
        self.scores: dict[str, NoWheelComboBox] = {}
        self.texts: dict[str, QLineEdit] = {}

    def _load(self) -> None:
        goals = self.profile.goals if self.profile else []
        ids = [g.id for g in goals]
        if ids != self.goal_ids:
            self._build()
        by_goal = {g.goal: g for g in self.sheet.goals} if self.sheet else {}
        for goal_id in self.goal_ids:
            entry = by_goal.get(goal_id)
            combo = self.scores[goal_id]
            combo.setCurrentIndex(max(combo.findData(entry.score if entry else -1), 0))
            self.texts[goal_id].setText(entry.justification if entry else "")
            self.texts[goal_id].setCursorPosition(0)
        self._enable()

    def _build(self) -> None:
        _clear_layout(self.grid)
        self.scores, self.texts = {}, {}
        goals = self.profile.goals if self.profile else []
        self.goal_ids = [g.id for g in goals]
        host = self.host
        self.grid.addWidget(_header(translate("table_widgets", "Mål"), host), 0, 0)
        self.grid.addWidget(_header(translate("table_widgets", "Poeng"), host), 0, 1)
        self.grid.addWidget(_header(translate("table_widgets", "Begrunnelse"), host), 0, 2)
        for r, goal in enumerate(goals, start=1):
            name = QLabel(goal.name, host)
            name.setWordWrap(True)
            name.setToolTip(goal.description)
            name.setMinimumWidth(150)
            combo = NoWheelComboBox(host)
            combo.addItem(translate("table_widgets", "— ikke vurdert"), -1)
            for score, label in SCORE_NAMES.items():
                combo.addItem(translate("table_widgets", label), score)
            text = QLineEdit(host)
            text.setPlaceholderText(translate("table_widgets", "Hvorfor dette poenget?"))
            base = f"{self.field.path}.{goal.id}"
            help_text = f"{goal.description} {self.field.help}".strip()
            configure_input(
                combo,
                f"{base}.score",
                translate("table_widgets", "Poeng: {goal}").format(goal=goal.name),
                help_text,
                self.field.source,
            )
            configure_input(
                text,
                f"{base}.justification",
                translate("table_widgets", "Begrunnelse: {goal}").format(goal=goal.name),
                help_text,
                self.field.source,
            )
            name.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, g=goal.id: self._store(g))
            text.textEdited.connect(lambda _t, g=goal.id: self._store(g))
            self.grid.addWidget(name, r, 0)
            self.grid.addWidget(combo, r, 1)
            self.grid.addWidget(text, r, 2)
            self.scores[goal.id] = combo
            self.texts[goal.id] = text
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)
        if self.scores:
            self.setFocusProxy(next(iter(self.scores.values())))
        self.set_read_only(self.read_only)

    def input_for(self, path: str) -> QWidget | None:
        """A goal's path goes to its justification while its score has none (the finding
        «… poeng uten begrunnelse»), else to its score."""
        goal_id = path.removeprefix(f"{self.field.path}.") if path.startswith("goals.") else ""
        if goal_id not in self.scores:
            return None
        text = self.texts[goal_id]
        scored = (self.scores[goal_id].currentData() or 0) > 0
        return text if scored and not text.text().strip() else self.scores[goal_id]

    def _enable(self) -> None:
        for goal_id, combo in self.scores.items():
            self.texts[goal_id].setEnabled(combo.currentData() != -1)

    def _store(self, goal_id: str) -> None:
        if self._loading or self.sheet is None:
            return
        score = self.scores[goal_id].currentData()
        justification = stored_text(self.texts[goal_id].text())
        goals = [g for g in self.sheet.goals if g.goal != goal_id]
        if score != -1:
            goals.append(GoalScore(goal=goal_id, score=score, justification=justification))
            order = {g: i for i, g in enumerate(self.goal_ids)}
            goals.sort(key=lambda g: order.get(g.goal, len(order)))
        self.sheet.goals = goals
        self._enable()
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for combo in self.scores.values():
            combo.setReadOnly(read_only)
        for text in self.texts.values():
            text.setReadOnly(read_only)
