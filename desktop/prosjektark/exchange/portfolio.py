"""The portfolio: every sheet in the store (not in the bin) as one Excel workbook.

"Portefølje" has one row per sheet, sorted by action area and then title, with an
autofilter on the header row and the header (and the title columns) frozen, so the
secretariat can filter and sort it like a Prosjektportalen portfolio view. Funding has
one numeric column per year of the programme period. "Per tiltaksområde" sums expected
cost and funding per action area as plain values (not formulas), so other tools that
read the file without calculating see the numbers.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from prosjektark.domain import labels
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet, decision_advice, score_summary, sheet_status
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange import formatting as fmt
from prosjektark.exchange.xlsx import (
    _NOTE_FONT,
    COUNT_FORMAT,
    DATETIME_FORMAT,
    INTEGER_FORMAT,
    MNOK_FORMAT,
    PERCENT_FORMAT,
    _fit_columns,
    _header,
    _set,
    _total_row,
)
from prosjektark.store.repository import Store

__all__ = [
    "AREA_SHEET",
    "PORTFOLIO_SHEET",
    "PortfolioEntry",
    "load_portfolio",
    "render_portfolio",
    "write_portfolio",
]

PORTFOLIO_SHEET = "Portefølje"
AREA_SHEET = "Per tiltaksområde"
NO_AREA = "(uten tiltaksområde)"
OTHER_YEARS = "Andre år (MNOK)"
FUNDING_TOTAL = "Sum finansiering (MNOK)"

_COLUMNS = (
    "Program",
    "Prosjektnavn",
    "Kommune(r)",
    "Ansvarlig etat",
    "Tiltaksområde",
    "Fase",
    "Finansieringsform",
    "Forventet kostnad (MNOK)",
    "Standardavvik (%)",
    "Type estimat",
    "Status",
    "Feil",
    "Advarsler",
    "Målpoeng",
    "Maks poeng",
    "Neste beslutning",
)
_TRAILING = ("Sist endret", "Revisjon", "Prosjektark-ID")


@dataclass(frozen=True)
class PortfolioEntry:
    """A sheet and its stored status ("signert" is only known to the store)."""

    sheet: Sheet
    status: str = ""


def load_portfolio(store: Store, *, profile: str | None = None) -> list[PortfolioEntry]:
    """Every sheet not in the bin (only those of `profile` when given)."""
    entries: list[PortfolioEntry] = []
    for summary in store.list_summaries():
        sheet = store.load(summary.id)
        if profile and sheet.profile != profile:
            continue
        entries.append(PortfolioEntry(sheet, summary.status))
    return entries


def write_portfolio(
    store: Store,
    catalog: Catalog,
    target: Path,
    *,
    profile: str | None = None,
    today: date | None = None,
) -> int:
    """Write the portfolio workbook to `target` (atomically); returns the number of sheets.
    Raises ExportError (Norwegian) when the file cannot be written."""
    from prosjektark.exchange.export import write_atomic

    entries = load_portfolio(store, profile=profile)
    data = render_portfolio(entries, catalog, today=today, profile=profile)
    write_atomic(Path(target), data)
    return len(entries)


@dataclass
class _Row:
    sheet: Sheet
    profile: Profile
    area: str
    status: str
    errors: int
    warnings: int
    funding: dict[int, Decimal]


def render_portfolio(
    entries: Iterable[Sheet | PortfolioEntry],
    catalog: Catalog,
    *,
    today: date | None = None,
    profile: str | None = None,
) -> bytes:
    """The portfolio workbook (.xlsx bytes). `profile` only names the filter in the note;
    the caller chooses the entries."""
    today = today or date.today()
    rows = [_row(e if isinstance(e, PortfolioEntry) else PortfolioEntry(e), catalog, today)
            for e in entries]  # fmt: skip
    rows.sort(key=lambda r: (r.area == NO_AREA, r.area.casefold(), _title(r.sheet).casefold()))
    years = _years(rows, catalog, profile)
    other_years = any(y not in years for r in rows for y in r.funding)

    wb = Workbook()
    ws = wb.active
    ws.title = PORTFOLIO_SHEET
    _portfolio(ws, rows, years, other_years, catalog.form)
    _per_area(wb.create_sheet(AREA_SHEET), rows, years, other_years, today, catalog, profile)
    wb.properties.title = "Portefølje – Prosjektark"
    wb.properties.creator = "Prosjektark"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _title(sheet: Sheet) -> str:
    return sheet.identification.title or "(uten navn)"


def _row(entry: PortfolioEntry, catalog: Catalog, today: date) -> _Row:
    sheet = entry.sheet
    profile = fmt.profile_of(sheet, catalog)
    findings = check_sheet(sheet, catalog, today=today, profile=profile)
    area_id = sheet.identification.action_area
    status = entry.status if entry.status == "signert" else sheet_status(sheet, findings)
    funding: dict[int, Decimal] = {}
    for line in sheet.funding.lines:
        funding[line.year] = funding.get(line.year, Decimal(0)) + line.amount_mnok
    return _Row(
        sheet=sheet,
        profile=profile,
        area=profile.action_area_name(area_id) if area_id else NO_AREA,
        status=status,
        errors=sum(1 for f in findings if f.severity == "error"),
        warnings=sum(1 for f in findings if f.severity == "warning"),
        funding=funding,
    )


def _years(rows: list[_Row], catalog: Catalog, profile: str | None) -> list[int]:
    """The programme period of the profiles in the portfolio (of the filter's profile, or
    the default profile, when the portfolio is empty)."""
    profiles = {r.profile.id: r.profile for r in rows}
    if not profiles:
        chosen = catalog.profiles.get(profile or "") or catalog.default_profile
        profiles = {chosen.id: chosen}
    return sorted({y for p in profiles.values() for y in p.years})


def _decision_text(sheet: Sheet, profile: Profile) -> str:
    advice = decision_advice(sheet, profile)
    if advice is None:
        return fmt.DASH  # in construction: no transition left
    transition = advice.transition_name
    if not advice.body_id:
        if advice.cost_invalid:
            return f"{transition}: uavklart (kostnaden må rettes)"
        if advice.basis_mnok is None:
            return f"{transition}: uavklart (forventet kostnad mangler)"
        return f"{transition}: uavklart (ingen regel passer)"
    kind = "politisk" if advice.political else "administrativ"
    suffix = "" if kind in advice.body_name.casefold() else f" ({kind})"
    return f"{transition}: {advice.body_name}{suffix}"


def _portfolio(
    ws: Worksheet, rows: list[_Row], years: list[int], other_years: bool, form: FormDefinition
) -> None:
    year_titles = [f"{y} (MNOK)" for y in years] + ([OTHER_YEARS] if other_years else [])
    titles = [*_COLUMNS, *year_titles, FUNDING_TOTAL, *_TRAILING]
    _header(ws, titles)
    first_year_col = len(_COLUMNS) + 1
    for r, row in enumerate(rows, start=2):
        sheet, profile = row.sheet, row.profile
        ident, cost = sheet.identification, sheet.cost
        points = score_summary(sheet, profile)
        values = [
            (profile.name, None),
            (_title(sheet), None),
            (", ".join(ident.municipalities), None),
            (ident.responsible_agency, None),
            (row.area, None),
            (labels.phase_label(form, ident.phase), None),
            (
                labels.choice_label(
                    form, "identification.funding_type", ident.funding_type, profile
                ),
                None,
            ),
            (cost.expected_cost_mnok, MNOK_FORMAT),
            (cost.std_dev_percent, PERCENT_FORMAT),
            (
                labels.choice_label(form, "cost.estimate_kind", cost.estimate_kind, profile)
                if cost.estimate_kind
                else "",
                None,
            ),
            (labels.status_label(row.status), None),
            (row.errors, COUNT_FORMAT),
            (row.warnings, COUNT_FORMAT),
            (points.total, INTEGER_FORMAT),
            (points.maximum, INTEGER_FORMAT),
            (_decision_text(sheet, profile), None),
        ]
        for col, (value, number_format) in enumerate(values, start=1):
            _set(ws, r, col, value, number_format)
        col = first_year_col
        for year in years:
            _money(ws, r, col, row.funding.get(year))
            col += 1
        if other_years:
            other = [v for y, v in row.funding.items() if y not in years]
            _money(ws, r, col, sum(other, Decimal(0)) if other else None)
            col += 1
        _money(ws, r, col, sum(row.funding.values(), Decimal(0)) if row.funding else None)
        _set(ws, r, col + 1, sheet.modified, DATETIME_FORMAT)
        _set(ws, r, col + 2, sheet.revision, INTEGER_FORMAT)
        _set(ws, r, col + 3, str(sheet.id))
    last_row = max(len(rows) + 1, 2)  # a filter on an empty list still needs a range
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last_row}"
    ws.freeze_panes = "C2"  # the header row and programme + title stay in view
    _print_wide(ws)
    _fit_columns(ws)
    _narrow_numbers(ws, titles)
    ws.column_dimensions[get_column_letter(len(titles))].width = 38  # a UUID, whole


_NUMERIC_TITLES = {
    "Forventet kostnad (MNOK)",
    "Standardavvik (%)",
    "Feil",
    "Advarsler",
    "Målpoeng",
    "Maks poeng",
    "Antall ark",
    OTHER_YEARS,
    FUNDING_TOTAL,
    "Revisjon",
}


def _narrow_numbers(ws: Worksheet, titles: list[str]) -> None:
    """Number columns as wide as their numbers; their headers wrap onto three lines."""
    for col, title in enumerate(titles, start=1):
        if title in _NUMERIC_TITLES or title.endswith(" (MNOK)"):
            ws.column_dimensions[get_column_letter(col)].width = 13
    ws.row_dimensions[1].height = 3 * 15 + 3


def _print_wide(ws: Worksheet) -> None:
    """Landscape, all columns on one page width, the header repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"


def _money(ws: Worksheet, row: int, col: int, value: Decimal | None) -> None:
    _set(ws, row, col, value, MNOK_FORMAT)
    ws.cell(row=row, column=col).number_format = MNOK_FORMAT  # also when empty


def _per_area(
    ws: Worksheet,
    rows: list[_Row],
    years: list[int],
    other_years: bool,
    today: date,
    catalog: Catalog,
    profile: str | None,
) -> None:
    year_titles = [f"{y} (MNOK)" for y in years] + ([OTHER_YEARS] if other_years else [])
    titles = ["Program", "Tiltaksområde", "Antall ark", "Forventet kostnad (MNOK)"]
    titles += [*year_titles, FUNDING_TOTAL]
    _header(ws, titles)
    groups: dict[tuple[str, str], list[_Row]] = {}
    for row in rows:  # already in action-area order
        groups.setdefault((row.profile.name, row.area), []).append(row)
    ordered = sorted(
        groups.items(), key=lambda g: (g[0][1] == NO_AREA, g[0][1].casefold(), g[0][0])
    )

    def sums(members: list[_Row]) -> list[Decimal | None]:
        costs = [m.sheet.cost.expected_cost_mnok for m in members]
        known = [c for c in costs if c is not None]
        out: list[Decimal | None] = [sum(known, Decimal(0)) if known else None]
        for year in years:
            out.append(sum((m.funding.get(year, Decimal(0)) for m in members), Decimal(0)))
        if other_years:
            out.append(
                sum(
                    (v for m in members for y, v in m.funding.items() if y not in years),
                    Decimal(0),
                )
            )
        out.append(sum((v for m in members for v in m.funding.values()), Decimal(0)))
        return out

    r = 2
    for (programme, area), members in ordered:
        _set(ws, r, 1, programme)
        _set(ws, r, 2, area)
        _set(ws, r, 3, len(members), COUNT_FORMAT)
        for col, value in enumerate(sums(members), start=4):
            _money(ws, r, col, value)
        r += 1
    _set(ws, r, 1, "Sum")
    _set(ws, r, 3, len(rows), COUNT_FORMAT)
    for col, value in enumerate(sums(rows), start=4):
        _money(ws, r, col, value)
    _total_row(ws, r, len(titles))

    ws.freeze_panes = "A2"
    _print_wide(ws)
    _fit_columns(ws)
    _narrow_numbers(ws, titles)
    # The note comes after fitting: it may run across the empty cells to its right.
    note = f"Laget {fmt.format_date(today)} fra {len(rows)} prosjektark."
    note += " Ark i papirkurven er ikke med."
    if profile:
        name = catalog.profiles[profile].name if profile in catalog.profiles else profile
        note += f" Utvalg: bare ark i {name}."
    _set(ws, r + 2, 1, note).font = _NOTE_FONT
