"""«Omregn fra annet kroneår»: converts an amount in another year's kroner to the
programme's price year with the profile's price index, and can use it as the expected cost.

Not a field of the form definition but an aid on the cost step; it writes
cost.expected_cost_mnok, cost.price_year and cost.original_amount (kept so the
conversion can be redone when the index changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.costmath import PriceIndexError, adjust_to_price_year
from prosjektark.domain.form import FormField
from prosjektark.domain.price_index import MAX_YEAR, MIN_YEAR
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import IndexedAmount, Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    EditorContext,
    FieldEditor,
    NoWheelComboBox,
    configure_input,
    show_error,
)
from prosjektark.ui.editor.step_page import FieldBlock, StepPage
from prosjektark.ui.editor.values import (
    ValueProblem,
    field_info,
    format_number,
    format_sum,
    parse_decimal,
    parse_int,
    validate,
)
from prosjektark.ui.qt_translations import translate

PATH = "cost.original_amount"
AFTER_PATH = "cost.price_year"  # shown below the price-year field
WRITES = ["cost.expected_cost_mnok", "cost.price_year", PATH]
TABLE_HINT = QT_TRANSLATE_NOOP(
    "index_adjustment", "Legg inn året under Verktøy → Prisindeks …, eller velg et annet år."
)
HELP = QT_TRANSLATE_NOOP(
    "index_adjustment",
    "Har du et beløp i et annet års kroner, regner du det om til programmets prisnivå med"
    " prisindeksen i avtaleprofilen: beløp × indeks(programmets år) / indeks(beløpets år)."
    " Tabellen kan du rette under Verktøy → Prisindeks …. «Bruk som forventet kostnad» setter"
    " forventet kostnad og prisnivå, og tar vare på det opprinnelige beløpet.",
)
LABEL = QT_TRANSLATE_NOOP("index_adjustment", "Omregn fra annet kroneår")


def index_field() -> FormField:
    """The converter as a field, in the UI's language. Built here, not read from the form:
    model_construct because the type is not a form type."""
    return FormField.model_construct(
        path=PATH,
        type="index_adjustment",
        label=translate("index_adjustment", LABEL),
        help=translate("index_adjustment", HELP),
    )


@dataclass(frozen=True)
class Conversion:
    amount: Decimal
    from_year: int
    to_year: int
    from_index: Decimal | None
    to_index: Decimal | None
    result: Decimal

    def formula(self) -> str:
        if self.from_year == self.to_year:
            return translate("index_adjustment", "Samme kroneår som programmet: ingen omregning.")
        return translate(
            "index_adjustment",
            "{amount} × {to_index} (indeks {to_year}) / {from_index} (indeks {from_year})"
            " = {result} MNOK",
        ).format(
            amount=format_sum(self.amount),
            to_index=format_number(self.to_index),
            to_year=self.to_year,
            from_index=format_number(self.from_index),
            from_year=self.from_year,
            result=format_sum(self.result),
        )


def convert(amount: Decimal, from_year: int, profile: Profile) -> Conversion:
    """Raises ValueProblem with a Norwegian message (a year missing from the index)."""
    to_year, index = profile.price_year, profile.price_index
    if to_year is None:
        raise ValueProblem(
            translate(
                "index_adjustment", "{programme} har ennå ikke fastsatt et prisnivå (kroneår)."
            ).format(programme=profile.name)
        )
    missing = [y for y in dict.fromkeys((from_year, to_year)) if y not in index]
    if from_year != to_year and missing:
        if len(missing) == 1:
            lacks = translate("index_adjustment", "Prisindeksen har ikke tall for {year}.").format(
                year=missing[0]
            )
        else:
            lacks = translate(
                "index_adjustment", "Prisindeksen har ikke tall for {first} og {second}."
            ).format(first=missing[0], second=missing[1])
        raise ValueProblem(f"{lacks} {translate('index_adjustment', TABLE_HINT)}")
    try:
        result = adjust_to_price_year(amount, from_year, to_year, index)
        result = validate(field_info(Sheet, "cost.expected_cost_mnok"), result)
    except PriceIndexError as exc:
        raise ValueProblem(str(exc)) from None
    return Conversion(amount, from_year, to_year, index.get(from_year), index.get(to_year), result)


class IndexAdjustmentEditor(FieldEditor):
    wrote = Signal(list)  # the paths written, before `edited`, so the editor can reload them

    def __init__(self, context: EditorContext, parent: QWidget | None = None):
        super().__init__(index_field(), context, parent)
        self._conversion: Conversion | None = None
        self._amount_info = field_info(IndexedAmount, "amount")

        frame = QFrame(self)
        frame.setObjectName("indexAdjustmentFrame")
        theme.set_style(
            frame,
            "#indexAdjustmentFrame { border: 1px solid $panel_border; border-radius: 4px;"
            " background: palette(alternate-base); }",
        )
        self.intro = QLabel(frame)
        self.intro.setObjectName("indexIntro")
        self.intro.setWordWrap(True)
        theme.set_style(self.intro, "color: $muted_text;")

        self.amount = QLineEdit(frame)
        self.amount.setPlaceholderText(translate("index_adjustment", "f.eks. 12,5"))
        self.amount.setFixedWidth(120)
        configure_input(
            self.amount,
            f"{PATH}.amount",
            translate("index_adjustment", "Beløp i annet kroneår"),
            self.field.help,
        )
        self.year = NoWheelComboBox(frame)
        self.year.setEditable(True)
        self.year.setInsertPolicy(NoWheelComboBox.InsertPolicy.NoInsert)
        self.year.lineEdit().setValidator(QIntValidator(MIN_YEAR, MAX_YEAR, self.year))
        self.year.setFixedWidth(90)
        configure_input(
            self.year,
            f"{PATH}.year",
            translate("index_adjustment", "Kroneår for beløpet"),
            self.field.help,
        )
        amount_label = QLabel(translate("index_adjustment", "&Beløp"), frame)
        amount_label.setBuddy(self.amount)
        year_label = QLabel(translate("index_adjustment", "i kr&oneår"), frame)
        year_label.setBuddy(self.year)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(amount_label)
        row.addWidget(self.amount)
        row.addWidget(QLabel("MNOK", frame))
        row.addSpacing(12)
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addStretch(1)

        self.result = QLabel(frame)
        self.result.setObjectName("indexResult")
        self.result.setWordWrap(True)
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.formula = QLabel(frame)
        self.formula.setObjectName("indexFormula")
        self.formula.setWordWrap(True)
        self.error = QLabel(frame)
        self.error.setObjectName("indexError")
        self.error.setWordWrap(True)
        theme.set_style(self.error, "color: $error_text;")
        self.stored = QLabel(frame)
        self.stored.setObjectName("indexStored")
        self.stored.setWordWrap(True)
        theme.set_style(self.stored, "color: $muted_text;")
        self.apply_button = QPushButton(
            translate("index_adjustment", "Bruk som forventet kostnad"), frame
        )
        self.apply_button.setObjectName("indexApplyButton")
        self.apply_button.setToolTip(
            translate(
                "index_adjustment",
                "Setter forventet kostnad til det omregnede beløpet og prisnivået til programmets"
                " kroneår. Det opprinnelige beløpet og året tas vare på.",
            )
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)

        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.setSpacing(6)
        inner.addWidget(self.intro)
        inner.addLayout(row)
        for label in (self.result, self.formula, self.error, self.stored):
            inner.addWidget(label)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.setFocusProxy(self.amount)

        self.amount.textEdited.connect(self._recompute)
        self.year.currentTextChanged.connect(self._recompute)
        self.apply_button.clicked.connect(self.apply)
        self._show(None, "")

    # ------------------------------------------------------------------ FieldEditor
    def _load(self) -> None:
        assert self.sheet is not None and self.profile is not None
        profile, cost = self.profile, self.sheet.cost
        self.intro.setText(
            translate(
                "index_adjustment",
                "Har du et beløp i et annet års kroner? Regn det om til programmets prisnivå"
                " ({year}-kroner) med prisindeksen i avtaleprofilen.",
            ).format(year=profile.price_year)
            if profile.price_year is not None
            else translate(
                "index_adjustment",
                "{programme} har ennå ikke fastsatt et prisnivå (kroneår), så beløp kan"
                " ikke regnes om ennå.",
            ).format(programme=profile.name)
        )
        years = [y for y in sorted(profile.price_index) if y != profile.price_year]
        original = cost.original_amount
        if original is not None and original.year not in years:
            years.append(original.year)
        self.year.clear()
        self.year.addItems([str(y) for y in years])
        if original is not None:
            chosen = original.year
        elif cost.price_year is not None and cost.price_year in years:
            chosen = cost.price_year
        else:
            target = profile.price_year
            chosen = max((y for y in years if target is None or y < target), default=None)
        self.year.setCurrentText(str(chosen) if chosen is not None else "")
        self.amount.setText(format_number(original.amount) if original is not None else "")
        self._recompute()
        self._show_stored()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.amount.setReadOnly(read_only)
        self.year.setEnabled(not read_only)
        self._update_button()

    # ------------------------------------------------------------------ behaviour
    def conversion(self) -> Conversion | None:
        return self._conversion

    def _recompute(self, *_args) -> None:
        if self.profile is None:
            return
        try:
            amount = parse_decimal(self.amount.text())
            if amount is None:
                self._show(None, "")
                return
            amount = validate(self._amount_info, amount)
        except ValueProblem as problem:
            show_error(self.amount, str(problem))
            self._show(None, str(problem))
            return
        show_error(self.amount, "")
        try:
            year = parse_int(self.year.currentText())
            if year is None:
                raise ValueProblem(
                    translate("index_adjustment", "Velg hvilket år beløpet er i kroner for.")
                )
            self._show(convert(amount, year, self.profile), "")
        except ValueProblem as problem:
            self._show(None, str(problem))

    def _show(self, conversion: Conversion | None, error: str) -> None:
        self._conversion = conversion
        if conversion is not None:
            self.result.setText(
                translate(
                    "index_adjustment",
                    "{amount} MNOK i {from_year}-kroner = {result} MNOK i {to_year}-kroner",
                ).format(
                    amount=format_sum(conversion.amount),
                    from_year=conversion.from_year,
                    result=format_sum(conversion.result),
                    to_year=conversion.to_year,
                )
            )
            self.formula.setText(conversion.formula())
        self.result.setVisible(conversion is not None)
        self.formula.setVisible(conversion is not None)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self._update_button()

    def _show_stored(self) -> None:
        original = self.sheet.cost.original_amount if self.sheet is not None else None
        self.stored.setVisible(original is not None)
        if original is not None:
            self.stored.setText(
                translate(
                    "index_adjustment",
                    "Lagret i arket: forventet kostnad er regnet om fra"
                    " {amount} MNOK i {year}-kroner.",
                ).format(amount=format_sum(original.amount), year=original.year)
            )

    def _update_button(self) -> None:
        self.apply_button.setEnabled(self._conversion is not None and not self.read_only)

    def apply(self) -> None:
        """Uses the converted amount as the expected cost in the programme's price year."""
        c = self._conversion
        if c is None or self.read_only or self.sheet is None:
            return
        cost = self.sheet.cost
        cost.expected_cost_mnok = c.result
        cost.price_year = c.to_year
        cost.original_amount = IndexedAmount(amount=c.amount, year=c.from_year)
        self._show_stored()
        self.wrote.emit(list(WRITES))
        self.notify()


def install_index_adjustment(
    page: StepPage | None, context: EditorContext
) -> IndexAdjustmentEditor | None:
    """Puts the converter on `page`, below the price-year field (or last)."""
    if page is None:
        return None
    editor = IndexAdjustmentEditor(context, page.content)
    block = FieldBlock(editor.field, editor, page.content)
    layout = page.content.layout()
    after = next((b for b in page.blocks if b.field.path == AFTER_PATH), None)
    position = layout.indexOf(after) + 1 if after is not None else layout.count()
    layout.insertWidget(position, block)
    page.blocks.insert(page.blocks.index(after) + 1 if after else len(page.blocks), block)
    return editor
