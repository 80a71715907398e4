"""The sheet as an Excel workbook (openpyxl): one workbook per sheet.

Worksheets: "Oversikt" (key/value), "Kostnad" (cost items with sums, then the
estimate), "Finansiering" (years × sources with sums), "Måloppnåelse" (each scored goal
by the programme's name, its points and justification), "Risiko", "Milepæler",
"Sjekkliste" and "Funn" (in bokmål; every name and label is written in the current
language, the sheet's when exchange.export writes it): what the PDF holds, with its
headings and words. Numbers are
stored as numbers with number formats Excel and LibreOffice show with the user's locale,
i.e. Norwegian separators on a Norwegian machine; dates are dates. Sums are formulas, so
they follow edits, each saved with its result: pandas, Power Query and file previewers
read the saved result and never calculate, and a signed workbook could not get it later
without breaking its signature. Header rows are frozen and printed on every page, under a page header with the
project's title and above a footer with the worksheet, revision and page.

A cell shows the digits the rest of the program shows (domain.nb_format): money is
stored rounded as `format_mnok` rounds it (half up to whole thousand kroner, so the
spreadsheet's own rounding of a binary float never decides) under MNOK_FORMAT, which
shows one to three decimals like `format_mnok`; a percent gets the format of exactly
the decimals `format_percent` shows.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from prosjektark.domain import labels, nb_format
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.findings import Finding
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import decision_advice
from prosjektark.domain.rules.decision import says_how_treated
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange import formatting as fmt
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["SHEET_NAMES", "percent_format", "render_xlsx", "sheet_names"]

# The worksheets' names in bokmål; a workbook names them in its language (sheet_names).
SHEET_NAMES = (
    QT_TRANSLATE_NOOP("xlsx", "Oversikt"),
    QT_TRANSLATE_NOOP("xlsx", "Kostnad"),
    QT_TRANSLATE_NOOP("xlsx", "Finansiering"),
    QT_TRANSLATE_NOOP("xlsx", "Måloppnåelse"),
    QT_TRANSLATE_NOOP("xlsx", "Risiko"),
    QT_TRANSLATE_NOOP("xlsx", "Milepæler"),
    QT_TRANSLATE_NOOP("xlsx", "Sjekkliste"),
    QT_TRANSLATE_NOOP("xlsx", "Funn"),
)


def sheet_names() -> tuple[str, ...]:
    """The worksheets' names in the current language, in SHEET_NAMES' order."""
    return tuple(translate("xlsx", name) for name in SHEET_NAMES)


def _with_minus(positive: str) -> str:
    """A format with a negative section that shows nb_format's minus sign ("−1,5")."""
    return f'{positive};"{nb_format.MINUS}"{positive}'


# 12.5 → "12,5", 12 → "12,0", 12.001 → "12,001" in a Norwegian locale, as format_mnok.
MNOK_FORMAT = _with_minus(
    "#,##0." + "0" * nb_format.MNOK_MIN_DECIMALS
    + "#" * (nb_format.MNOK_DECIMALS - nb_format.MNOK_MIN_DECIMALS)
)  # fmt: skip
# The widest percent format; a cell gets `percent_format(value)`, the digits it shows.
PERCENT_FORMAT = _with_minus("#,##0." + "#" * nb_format.PERCENT_DECIMALS)
INTEGER_FORMAT = "0"  # years, revisions, points: no thousands separator
COUNT_FORMAT = "#,##0"
DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"

# The scales as the PDF explains them under its tables (the form's own scales, not a
# programme's: every programme scores 0-3 and rates risks 1-5).
GOAL_SCALE_NOTE = QT_TRANSLATE_NOOP(
    "xlsx", "Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet."
)
RISK_SCALE_NOTE = QT_TRANSLATE_NOOP(
    "xlsx", "S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy)."
)

HEADING_MAX = 120  # characters of the title in the page header

MAX_WIDTH = 60
LINE_HEIGHT = 15  # points per line of 11 pt text
MIN_WIDTH = 8

_HEADER_FONT = Font(bold=True, color="1B2A33")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6EA")
_HEADER_BORDER = Border(bottom=Side(style="medium", color="1F4E5F"))
_TOTAL_BORDER = Border(top=Side(style="thin", color="1F4E5F"))
_HEADER_ALIGNMENT = Alignment(vertical="bottom", wrap_text=True)
_ERROR_FONT = Font(bold=True, color="B3261E")
_BOLD = Font(bold=True)
_SECTION_FONT = Font(bold=True, size=12, color="1F4E5F")
_NOTE_FONT = Font(italic=True, color="5F6B73")
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_LEFT = Alignment(vertical="top", horizontal="left")
_LEFT_WRAP = Alignment(vertical="top", horizontal="left", wrap_text=True)
# Scores and levels (0-3, 1-5) centred: right-aligned they run into the text beside them.
_CENTER = Alignment(vertical="top", horizontal="center")
_HEADER_CENTER = Alignment(vertical="bottom", horizontal="center", wrap_text=True)


def percent_format(value: Decimal | float | int) -> str:
    """The number format that shows a percent number (35 means 35 %) with the decimals
    `format_percent` shows: a percent is a value, never a formula, so the cell can be
    exact ("35", "12,5", "12,25"), where one format would show "35," or "35,0"."""
    decimals = nb_format.decimals_shown(value, 0, nb_format.PERCENT_DECIMALS)
    return _with_minus("#,##0" + ("." + "0" * decimals if decimals else ""))


def _is_percent(number_format: str | None) -> bool:
    return number_format == PERCENT_FORMAT


def _set(
    ws: Worksheet,
    row: int,
    col: int,
    value: Any,
    number_format: str | None = None,
    alignment: Alignment = _TOP,
) -> Cell:
    """Write one cell: text stays text (a leading '=' does not become a formula), money
    becomes a float, dates become dates. Callers pass the alignment rather than
    overwrite it: every style assignment costs openpyxl a hash of the style object."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, Decimal) and _is_percent(number_format):
        shown = nb_format.rounded(value, nb_format.PERCENT_DECIMALS)
        cell.value = float(shown)
        cell.number_format = percent_format(shown)
    elif isinstance(value, Decimal):
        cell.value = float(nb_format.round_mnok(value))  # type: ignore[arg-type]
        cell.number_format = number_format or MNOK_FORMAT
    elif isinstance(value, bool):
        cell.value = labels.yes_no(value)
    elif isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        cell.value = local.replace(tzinfo=None, microsecond=0)
        cell.number_format = number_format or DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = number_format or DATE_FORMAT
    elif isinstance(value, int | float):
        cell.value = value
        if number_format:
            cell.number_format = number_format
    elif isinstance(value, _Formula):
        cell.value = value.text
        cell.number_format = number_format or MNOK_FORMAT
        if isinstance(ws.parent, _Workbook) and value.result is not None:
            ws.parent.formula_results[(ws.title, cell.coordinate)] = value.result
    elif value is None:
        cell.value = None
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", fmt.clean_text(str(value)))
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever the user typed
    cell.alignment = alignment
    return cell


class _Formula:
    """A formula and its result, worked out here from the same rounded cell values the
    formula adds up (None: no result to save, e.g. an amount that is not a number)."""

    def __init__(self, text: str, result: Decimal | None) -> None:
        self.text = text
        self.result = result if result is None or result.is_finite() else None


class _Workbook(Workbook):
    """A workbook that saves each formula with its result (see `_save`)."""

    def __init__(self) -> None:
        super().__init__()
        self.formula_results: dict[tuple[str, str], Decimal] = {}


def _amount(value: Decimal | None) -> Decimal:
    """An amount as its cell holds it; an empty cell counts 0 in a SUM."""
    shown = nb_format.round_mnok(value)
    return Decimal(0) if shown is None else shown


def _save(wb: _Workbook) -> bytes:
    """The .xlsx bytes, each formula with its saved result. openpyxl writes a formula
    with an empty result (<f>SUM(..)</f><v></v>), which every reader that does not
    calculate shows as an empty cell; the result goes into that <v>."""
    buffer = io.BytesIO()
    wb.save(buffer)  # also numbers the worksheets, which names their parts (ws.path)
    if not wb.formula_results:
        return buffer.getvalue()
    parts: dict[str, dict[str, Decimal]] = {}
    for ws in wb.worksheets:
        for (title, coordinate), result in wb.formula_results.items():
            if title == ws.title:
                parts.setdefault(ws.path.lstrip("/"), {})[coordinate] = result
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename in parts:
                data = _with_results(data.decode("utf-8"), parts[info.filename]).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


def _with_results(xml: str, results: dict[str, Decimal]) -> str:
    for coordinate, result in results.items():
        pattern = re.compile(rf'(<c r="{coordinate}"[^>]*><f>[^<]*</f>)<v(?:></v>|\s*/>)')
        xml, found = pattern.subn(rf"\g<1><v>{result:f}</v>", xml)
        if found != 1:  # openpyxl changed how it writes a formula: fail loudly
            raise RuntimeError(f"formula cell {coordinate} not found once in the worksheet")
    return xml


def _header(ws: Worksheet, titles: Sequence[str], row: int = 1) -> None:
    for col, title in enumerate(titles, start=1):
        cell = _set(ws, row, col, title, alignment=_HEADER_ALIGNMENT)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER


def _total_row(ws: Worksheet, row: int, columns: int) -> None:
    for col in range(1, columns + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = _BOLD
        cell.border = _TOTAL_BORDER


def _fit_columns(ws: Worksheet, wrap: Sequence[int] = (), *, rows: bool = True) -> None:
    """Column widths from content length, capped; long or multi-line text wraps.
    `rows`: fit the row heights to them; False when `_widths` follows, which sets the
    final widths and fits the rows afresh."""
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            if isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type == "f":
                length = 12
            elif isinstance(cell.value, float | int) and not isinstance(cell.value, bool):
                length = len(f"{cell.value:,.3f}".rstrip("0").rstrip(".")) + 2
            elif isinstance(cell.value, dt.datetime):
                length = 16
            elif isinstance(cell.value, dt.date):
                length = 10
            else:
                text = str(cell.value)
                length = max((len(line) for line in text.split("\n")), default=0)
                if cell.row == 1 and cell.font and cell.font.bold:
                    # Headers wrap (bottom-aligned, as _header set them) rather than widen.
                    length = min(length, 24)
                elif length > MAX_WIDTH or "\n" in text or cell.column in wrap:
                    cell.alignment = _WRAP
            widths[cell.column] = max(widths.get(cell.column, 0), length)
    for col, length in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = max(
            MIN_WIDTH, min(MAX_WIDTH, length + 2)
        )
    if rows:
        _fit_rows(ws)


def _fit_rows(ws: Worksheet) -> None:
    """Explicit heights for rows with wrapped text (LibreOffice does not grow them)."""
    merged = _merged_widths(ws)
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if not (isinstance(cell.value, str) and cell.alignment and cell.alignment.wrap_text):
                continue
            if cell.data_type == "f":
                continue
            width = merged.get((cell.row, cell.column)) or _column_width(ws, cell.column)
            per_line = max(1, int(width * 1.1) - 1)
            count = sum(max(1, math.ceil(len(part) / per_line)) for part in cell.value.split("\n"))
            lines = max(lines, count)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 3


def _column_width(ws: Worksheet, col: int) -> float:
    return ws.column_dimensions[get_column_letter(col)].width or 8.43


def _merged_widths(ws: Worksheet) -> dict[tuple[int, int], float]:
    """The width in characters of each merged cell's range, by (row, column), worked out
    once per sheet instead of searching the ranges for every wrapped cell."""
    widths: dict[tuple[int, int], float] = {}
    for merged in ws.merged_cells.ranges:
        width = sum(_column_width(ws, c) for c in range(merged.min_col, merged.max_col + 1))
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                widths.setdefault((r, c), width)  # the first range wins, as a search would
    return widths


def _key_values(ws: Worksheet, start: int, rows: Sequence[tuple[str, Any, str | None]]) -> int:
    """Label/value rows from `start`; returns the next free row."""
    row = start
    for label, value, number_format in rows:
        _set(ws, row, 1, label).font = _BOLD
        _set(ws, row, 2, value, number_format, _LEFT)
        row += 1
    return row


# ------------------------------------------------------------------ worksheets


def _overview(
    ws: Worksheet, sheet: Sheet, catalog: Catalog, findings: list[Finding], status: str
) -> None:
    profile = fmt.profile_of(sheet, catalog)
    form = catalog.form
    ident = sheet.identification
    cost = sheet.cost
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    funding_total = sum((line.amount_mnok for line in sheet.funding.lines), Decimal(0))
    _header(ws, [translate("xlsx", "Felt"), translate("xlsx", "Verdi")])
    rows: list[tuple[str, Any, str | None]] = [
        (translate("xlsx", "Prosjektnavn"), ident.title, None),
        (
            translate("xlsx", "Avtaleprofil"),
            translate("xlsx", "{profile} ({programme})").format(
                profile=profile.name, programme=profile.programme
            ),
            None,
        ),
        (translate("xlsx", "Fase"), labels.phase_label(form, ident.phase), None),
        (
            translate("xlsx", "Finansieringsform"),
            fmt.choice_label(form, "identification.funding_type", ident.funding_type, profile),
            None,
        ),
        (translate("xlsx", "Kommune(r)"), ", ".join(ident.municipalities), None),
        (translate("xlsx", "Part som foreslår tiltaket"), ident.responsible_party, None),
        (translate("xlsx", "Ansvarlig etat"), ident.responsible_agency, None),
        (
            translate("xlsx", "Tiltaksområde"),
            fmt.choice_label(form, "identification.action_area", ident.action_area, profile)
            if ident.action_area
            else "",
            None,
        ),
        (translate("xlsx", "Arbeidsgruppe"), ident.working_group, None),
        (translate("xlsx", "Kontaktperson"), ident.contact_name, None),
        (translate("xlsx", "E-post"), ident.contact_email, None),
        (translate("xlsx", "Telefon"), ident.contact_phone, None),
        (translate("xlsx", "Kort beskrivelse"), ident.summary, None),
        (translate("xlsx", "Forventet kostnad (MNOK)"), cost.expected_cost_mnok, MNOK_FORMAT),
        (translate("xlsx", "Usikkerhet, standardavvik (%)"), cost.std_dev_percent, PERCENT_FORMAT),
        (translate("xlsx", "Prisnivå (kroneår)"), cost.price_year, INTEGER_FORMAT),
        (
            translate("xlsx", "Sum finansiering (MNOK)"),
            funding_total if sheet.funding.lines else None,
            MNOK_FORMAT,
        ),
        (
            translate("xlsx", "Sum målpoeng"),
            sum(g.score for g in sheet.goals) if sheet.goals else None,
            INTEGER_FORMAT,
        ),
        *_next_decision(sheet, profile, form),
        (translate("xlsx", "Status"), status, None),
        (translate("xlsx", "Feil"), counts["error"], COUNT_FORMAT),
        (translate("xlsx", "Advarsler"), counts["warning"], COUNT_FORMAT),
        (translate("xlsx", "Prosjektark-ID"), str(sheet.id), None),
        (translate("xlsx", "Revisjon"), sheet.revision, INTEGER_FORMAT),
        (translate("xlsx", "Opprettet"), sheet.created, DATETIME_FORMAT),
        (translate("xlsx", "Sist endret"), sheet.modified, DATETIME_FORMAT),
        (translate("xlsx", "Skjemaversjon"), sheet.form_version, None),
    ]
    _key_values(ws, 2, rows)
    ws.freeze_panes = "A2"
    _fit_columns(ws)


def _next_decision(
    sheet: Sheet, profile: Profile, form: FormDefinition
) -> list[tuple[str, Any, str | None]]:
    """Who decides the next phase transition, as the PDF's summary says it."""
    advice = decision_advice(sheet, profile)
    if advice is None:
        return [
            (
                translate("xlsx", "Neste faseovergang"),
                translate("xlsx", "Ingen: utbygging er den siste fasen."),
                None,
            )
        ]
    transition = profile.transition(advice.transition)
    steps = ""
    if transition is not None:
        start = labels.phase_name(form, transition.from_phase)
        steps = translate("xlsx", " ({start} til {end})").format(
            start=start, end=labels.phase_name(form, transition.to_phase).lower()
        )
    if advice.body_id:
        body = advice.body_name
        # A body the programme names as political says so itself.
        if not says_how_treated(body, political=True):
            body = (
                translate("xlsx", "{body} (politisk behandling)")
                if advice.political
                else translate("xlsx", "{body} (administrativ)")
            ).format(body=body)
    else:
        body = advice.reason
    return [
        (translate("xlsx", "Neste faseovergang"), f"{advice.transition_name}{steps}", None),
        (translate("xlsx", "Behandles av"), body, None),
    ]


def _cost(ws: Worksheet, sheet: Sheet, catalog: Catalog) -> None:
    profile = fmt.profile_of(sheet, catalog)
    form = catalog.form
    cost = sheet.cost
    _header(
        ws,
        [
            translate("xlsx", "Kostnadspost"),
            translate("xlsx", "Lav (MNOK)"),
            translate("xlsx", "Mest sannsynlig (MNOK)"),
            translate("xlsx", "Høy (MNOK)"),
        ],
    )
    row = 2
    for item in cost.items:
        _set(ws, row, 1, item.name)
        for col, value in enumerate((item.low, item.most_likely, item.high), start=2):
            _set(ws, row, col, value, MNOK_FORMAT)
        row += 1
    if cost.items:
        _set(ws, row, 1, translate("xlsx", "Sum"))
        for col, attr in zip((2, 3, 4), ("low", "most_likely", "high"), strict=True):
            letter = get_column_letter(col)
            total = sum((_amount(getattr(item, attr)) for item in cost.items), Decimal(0))
            _set(ws, row, col, _Formula(f"=SUM({letter}2:{letter}{row - 1})", total))
        _total_row(ws, row, 4)
    else:
        _set(ws, row, 1, translate("xlsx", "Ingen kostnadsposter er lagt inn.")).font = _NOTE_FONT
    row += 2
    _set(ws, row, 1, translate("xlsx", "Kostnadsanslag")).font = _SECTION_FONT
    row += 1
    expected_row = row
    band = profile.band(cost.estimate_kind) if cost.estimate_kind else None
    rows: list[tuple[str, Any, str | None]] = [
        (translate("xlsx", "Forventet kostnad (MNOK)"), cost.expected_cost_mnok, MNOK_FORMAT),
        (translate("xlsx", "Usikkerhet, standardavvik (%)"), cost.std_dev_percent, PERCENT_FORMAT),
        (
            translate("xlsx", "Standardavvik (MNOK)"),
            _Formula(
                f"=B{expected_row}*B{expected_row + 1}/100",
                _amount(cost.expected_cost_mnok)
                * nb_format.rounded(cost.std_dev_percent, nb_format.PERCENT_DECIMALS)
                / 100,
            )
            if cost.expected_cost_mnok is not None and cost.std_dev_percent is not None
            else None,
            MNOK_FORMAT,
        ),
        (
            translate("xlsx", "Type estimat"),
            fmt.choice_label(form, "cost.estimate_kind", cost.estimate_kind, profile)
            if cost.estimate_kind
            else "",
            None,
        ),
        (
            translate("xlsx", "Krav til usikkerhet (%)"),
            f"{fmt.format_percent(band.low_percent, unit=False)}–"  # a range of numbers
            f"{fmt.format_percent(band.high_percent, unit=False)}"
            if band
            else "",
            None,
        ),
        (
            translate("xlsx", "Anslagsmetode"),
            fmt.choice_label(form, "cost.estimate_method", cost.estimate_method, profile)
            if cost.estimate_method
            else "",
            None,
        ),
        (translate("xlsx", "Prisnivå (kroneår)"), cost.price_year, INTEGER_FORMAT),
        (translate("xlsx", "Styringsmål (MNOK)"), cost.styringsmal_mnok, MNOK_FORMAT),
        (translate("xlsx", "Styringsramme (MNOK)"), cost.styringsramme_mnok, MNOK_FORMAT),
    ]
    if cost.original_amount is not None:
        rows += [
            (
                translate("xlsx", "Opprinnelig beløp (MNOK)"),
                cost.original_amount.amount,
                MNOK_FORMAT,
            ),
            (translate("xlsx", "Opprinnelig kroneår"), cost.original_amount.year, INTEGER_FORMAT),
        ]
    rows.append((translate("xlsx", "Merknader"), cost.notes, None))
    _fit_columns(ws)  # widths from the items table; the estimate block below adapts
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 30)
    end = _key_values(ws, row, rows)
    for r in range(row, end):
        value = ws.cell(row=r, column=2)
        if isinstance(value.value, str):
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            value.alignment = _LEFT_WRAP
    _fit_rows(ws)
    ws.freeze_panes = "A2"


def _funding(ws: Worksheet, sheet: Sheet, catalog: Catalog) -> None:
    profile = fmt.profile_of(sheet, catalog)
    years, sources, cells = fmt.funding_grid(sheet, profile)
    last_col = len(sources) + 2
    sum_letter = get_column_letter(last_col)
    _header(
        ws,
        [
            translate("xlsx", "År"),
            *(labels.funding_source_label(profile, s) for s in sources),
            translate("xlsx", "Sum"),
        ],
    )
    row = 2
    for year in years:
        _set(ws, row, 1, year, INTEGER_FORMAT)
        for col, source in enumerate(sources, start=2):
            value = cells.get((year, source))
            _set(ws, row, col, value, MNOK_FORMAT)
            if value is None:
                ws.cell(row=row, column=col).number_format = MNOK_FORMAT
        year_total = sum((_amount(cells.get((year, s))) for s in sources), Decimal(0))
        last = get_column_letter(last_col - 1)
        _set(ws, row, last_col, _Formula(f"=SUM(B{row}:{last}{row})", year_total))
        row += 1
    _set(ws, row, 1, translate("xlsx", "Sum"))
    for col in range(2, last_col + 1):
        letter = get_column_letter(col)
        chosen = sources[col - 2 : col - 1] if col < last_col else sources
        total = sum((_amount(cells.get((y, s))) for y in years for s in chosen), Decimal(0))
        _set(ws, row, col, _Formula(f"=SUM({letter}2:{letter}{row - 1})", total))
    _total_row(ws, row, last_col)
    price_year = sheet.cost.price_year or profile.price_year
    _set(
        ws, row + 2, 1, translate("xlsx", "Beløp i MNOK, {year}-kroner.").format(year=price_year)
    ).font = _NOTE_FONT
    ws.freeze_panes = "B2"
    _fit_columns(ws)
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions[sum_letter].width = max(ws.column_dimensions[sum_letter].width or 0, 12)


def _goals(ws: Worksheet, sheet: Sheet, catalog: Catalog) -> None:
    """Each scored goal by the programme's name, in the programme's order, as the PDF."""
    profile = fmt.profile_of(sheet, catalog)
    _header(
        ws, [translate("xlsx", "Mål"), translate("xlsx", "Poeng"), translate("xlsx", "Begrunnelse")]
    )
    ws["B1"].alignment = _HEADER_CENTER
    order = {g.id: i for i, g in enumerate(profile.goals)}
    goals = sorted(sheet.goals, key=lambda g: order.get(g.goal, len(order)))
    row = 2
    for goal in goals:
        _set(ws, row, 1, labels.goal_label(profile, goal.goal))
        _set(ws, row, 2, goal.score, INTEGER_FORMAT, _CENTER)
        _set(ws, row, 3, goal.justification)
        row += 1
    if goals:
        _set(ws, row, 1, translate("xlsx", "Sum poeng"))
        total = Decimal(sum(g.score for g in goals))
        _set(ws, row, 2, _Formula(f"=SUM(B2:B{row - 1})", total), INTEGER_FORMAT, _CENTER)
        _total_row(ws, row, 3)
    ws.freeze_panes = "A2"
    _fit_columns(ws, wrap=(3,), rows=False)
    _widths(ws, {"A": 24}, {"B": 9, "C": 60})
    # Notes after fitting: they run on over the empty cells beside them, neither
    # widening the first column nor wrapping in it.
    if goals:
        _set(ws, row + 2, 1, translate("xlsx", GOAL_SCALE_NOTE)).font = _NOTE_FONT
    else:
        _set(ws, row, 1, translate("xlsx", "Ingen mål er scoret.")).font = _NOTE_FONT


def _risks(ws: Worksheet, sheet: Sheet) -> None:
    _header(
        ws,
        [
            translate("xlsx", "Nr."),
            translate("xlsx", "Risiko"),
            translate("xlsx", "Sannsynlighet (S)"),
            translate("xlsx", "Konsekvens (K)"),
            translate("xlsx", "S × K"),
            translate("xlsx", "Tiltak"),
        ],
    )
    for letter in "ACDE":
        ws[f"{letter}1"].alignment = _HEADER_CENTER
    row = 2
    for number, risk in enumerate(sheet.risks, start=1):
        _set(ws, row, 1, number, INTEGER_FORMAT, _CENTER)
        _set(ws, row, 2, risk.description)
        _set(ws, row, 3, risk.probability, INTEGER_FORMAT, _CENTER)
        _set(ws, row, 4, risk.consequence, INTEGER_FORMAT, _CENTER)
        product = Decimal(risk.probability * risk.consequence)
        _set(ws, row, 5, _Formula(f"=C{row}*D{row}", product), INTEGER_FORMAT, _CENTER)
        _set(ws, row, 6, risk.mitigation)
        row += 1
    ws.freeze_panes = "A2"
    _fit_columns(ws, wrap=(2, 6), rows=False)
    # About 120 characters across: the six columns print on landscape A4 at nearly full
    # size, the two texts wrapping, instead of shrunk to fit a wider table.
    _widths(ws, {}, {"A": 8, "B": 38, "C": 14, "D": 12, "E": 8, "F": 38})
    if sheet.risks:
        _set(ws, row + 1, 1, translate("xlsx", RISK_SCALE_NOTE)).font = _NOTE_FONT
    else:
        _set(ws, row, 1, translate("xlsx", "Ingen risikoer er registrert.")).font = _NOTE_FONT


def _milestones(ws: Worksheet, sheet: Sheet) -> None:
    _header(
        ws, [translate("xlsx", "Milepæl"), translate("xlsx", "Dato"), translate("xlsx", "Status")]
    )
    planned = translate("xlsx", "Planlagt")
    row = 2
    for milestone in sheet.progress.milestones:
        _set(ws, row, 1, milestone.name)
        _set(ws, row, 2, milestone.date, DATE_FORMAT, _LEFT)
        _set(ws, row, 3, translate("xlsx", "Fullført") if milestone.done else planned)
        row += 1
    ws.freeze_panes = "A2"
    _fit_columns(ws, wrap=(1,), rows=False)
    _widths(ws, {"A": 40, "B": 12, "C": 12})
    if row == 2:
        _set(ws, row, 1, translate("xlsx", "Ingen milepæler er registrert.")).font = _NOTE_FONT


def _widths(
    ws: Worksheet, at_least: dict[str, float], exactly: dict[str, float] | None = None
) -> None:
    """Set column widths after `_fit_columns` and fit the rows again: a wrapping text
    column gets room even when this sheet's texts are short, and a number column under a
    long header stays narrow while its header wraps."""
    for letter, width in at_least.items():
        dimension = ws.column_dimensions[letter]
        dimension.width = max(dimension.width or 0, width)
    for letter, width in (exactly or {}).items():
        ws.column_dimensions[letter].width = width
    for dimension in ws.row_dimensions.values():
        dimension.height = None  # heights from the old widths would stay otherwise
    _fit_rows(ws)


def _checklist(ws: Worksheet, sheet: Sheet, catalog: Catalog) -> None:
    _header(
        ws,
        [
            translate("xlsx", "Tema"),
            translate("xlsx", "Spørsmål"),
            translate("xlsx", "Svar"),
            translate("xlsx", "Begrunnelse"),
        ],
    )
    row = 2
    for item in fmt.checklist_rows(sheet, catalog):
        for col, value in enumerate(
            (item.theme, item.question, item.answer, item.justification), start=1
        ):
            _set(ws, row, col, value)
        if not item.answered:
            ws.cell(row=row, column=3).font = _NOTE_FONT
        row += 1
    ws.freeze_panes = "A2"
    _fit_columns(ws, wrap=(2, 3, 4), rows=False)
    # Capped below MAX_WIDTH so the four columns print at nearly full size (see _risks).
    caps = {2: 40, 3: 22, 4: 40}
    _widths(
        ws, {}, {get_column_letter(c): min(_column_width(ws, c), cap) for c, cap in caps.items()}
    )


def _findings(ws: Worksheet, sheet: Sheet, catalog: Catalog, findings: list[Finding]) -> None:
    form = catalog.form
    _header(
        ws,
        [
            translate("xlsx", "Alvorlighet"),
            translate("xlsx", "Steg"),
            translate("xlsx", "Melding"),
            translate("xlsx", "Kode"),
            translate("xlsx", "Felt"),
            translate("xlsx", "Kvittering"),
        ],
    )
    row = 2
    for finding in fmt.sorted_findings(findings, form):
        values = (
            labels.severity_label(finding.severity),
            fmt.step_title(form, finding.step) if finding.step else "",
            finding.message,
            finding.code,
            finding.field,
            fmt.acknowledgement_text(sheet, finding),
        )
        for col, value in enumerate(values, start=1):
            _set(ws, row, col, value)
        if finding.severity == "error":
            ws.cell(row=row, column=1).font = _ERROR_FONT
        row += 1
    if row == 2:
        _set(ws, 2, 1, translate("xlsx", "Ingen funn")).font = _NOTE_FONT
    ws.freeze_panes = "A2"
    _fit_columns(ws, wrap=(3, 6))


def _page_heading(title: str) -> str:
    """The title as a page header: '&' starts a header code, so it is doubled; Excel
    refuses a header over 255 characters, so a very long title is cut."""
    text = ILLEGAL_CHARACTERS_RE.sub("", fmt.clean_text(title)).replace("\n", " ")
    if len(text) > HEADING_MAX:
        text = text[: HEADING_MAX - 1].rstrip() + "…"
    return text.replace("&", "&&")


def render_xlsx(
    sheet: Sheet,
    catalog: Catalog,
    findings: list[Finding],
    *,
    status: str | None = None,
) -> bytes:
    """The sheet as an .xlsx workbook. `status` is the text shown as status (default:
    "Utkast" when a finding is an error, else "Klar")."""
    findings = list(findings)
    if status is None:
        draft = any(f.severity == "error" for f in findings)
        status = translate("xlsx", "Utkast") if draft else translate("xlsx", "Klar")
    names = sheet_names()
    wb = _Workbook()
    overview = wb.active
    overview.title = names[0]
    _overview(overview, sheet, catalog, findings, status)
    _cost(wb.create_sheet(names[1]), sheet, catalog)
    _funding(wb.create_sheet(names[2]), sheet, catalog)
    _goals(wb.create_sheet(names[3]), sheet, catalog)
    _risks(wb.create_sheet(names[4]), sheet)
    _milestones(wb.create_sheet(names[5]), sheet)
    _checklist(wb.create_sheet(names[6]), sheet, catalog)
    _findings(wb.create_sheet(names[7]), sheet, catalog, findings)
    heading = _page_heading(sheet.identification.title or translate("xlsx", "Prosjektark"))
    footer = translate("xlsx", "{worksheet} · revisjon {revision}")
    # «&P» and «&N» are the page and the page count: Excel's codes, kept in every language.
    pages = translate("xlsx", "Side &P av &N")
    for ws in wb.worksheets:
        ws.sheet_view.zoomScale = 100
        ws.print_options.gridLines = False
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(
            left=0.4, right=0.4, top=0.6, bottom=0.6, header=0.25, footer=0.25
        )
        ws.print_title_rows = "1:1"
        # On paper as the proposal's workbook: which project, which table, which page.
        ws.oddHeader.center.text = heading
        ws.oddFooter.left.text = footer.format(worksheet=ws.title, revision=sheet.revision)
        ws.oddFooter.right.text = pages
    props = wb.properties
    props.title = ILLEGAL_CHARACTERS_RE.sub(
        "", sheet.identification.title or translate("xlsx", "Prosjektark")
    )
    props.creator = "Prosjektark"  # the program's name
    props.subject = translate("xlsx", "Prosjektark revisjon {revision}").format(
        revision=sheet.revision
    )
    props.identifier = str(sheet.id)
    props.keywords = str(sheet.id)
    return _save(wb)
