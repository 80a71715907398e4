"""The portfolio: every sheet in the store (not in the bin) as one Excel workbook.

"Portefølje" has one row per sheet, sorted by action area and then title, with an
autofilter on the header row and the header (and the title columns) frozen, so the
secretariat can filter and sort it like a Prosjektportalen portfolio view. Funding has
one numeric column per year of the programme periods; a row fills only the years of its
own programme's period, and money outside that period goes to "Andre år". «Signert»,
«Signert av» and «Fingeravtrykk» tell who signed the row's revision and when (the
package's own signing time), and stay empty for a row that is not a signed revision.

"Per tiltaksområde" sums expected cost and funding per programme and action area, with
a «Sum <programme>» row per programme and never a total across programmes: their money
comes from different agreements. Every number is a plain value (no formulas), so other
tools that read the file without calculating (pandas, Power Query, previewers) see it.

"Utskrift" is the same list with the twelve columns a reader of paper needs, fitted to
one landscape A4 page width; the wide sheet prints on A3 at a fixed scale with the
programme and title repeated on every page.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from prosjektark.domain import labels
from prosjektark.domain.caseflow import Delivery
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet, decision_advice, score_summary, sheet_status
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange import formatting as fmt
from prosjektark.exchange.xlsx import (
    _NOTE_FONT,
    COUNT_FORMAT,
    DATE_FORMAT,
    DATETIME_FORMAT,
    INTEGER_FORMAT,
    MNOK_FORMAT,
    PERCENT_FORMAT,
    _fit_columns,
    _fit_rows,
    _header,
    _set,
    _total_row,
)
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate, use_language
from prosjektark.i18n import language as current_language
from prosjektark.signing.identity import normalise_fingerprint as display_fingerprint
from prosjektark.store.repository import Store

__all__ = [
    "AREA_SHEET",
    "PORTFOLIO_SHEET",
    "PRINT_SHEET",
    "PortfolioEntry",
    "Signature",
    "load_portfolio",
    "render_portfolio",
    "write_portfolio",
]

# Names and column titles in bokmål; the workbook shows them in its language. The column
# titles are also the keys of a row's cells (_cells), translated only where written.
PORTFOLIO_SHEET = QT_TRANSLATE_NOOP("portfolio", "Portefølje")
AREA_SHEET = QT_TRANSLATE_NOOP("portfolio", "Per tiltaksområde")
PRINT_SHEET = QT_TRANSLATE_NOOP("portfolio", "Utskrift")
NO_AREA = QT_TRANSLATE_NOOP("portfolio", "(uten tiltaksområde)")
OTHER_YEARS = QT_TRANSLATE_NOOP("portfolio", "Andre år (MNOK)")
FUNDING_TOTAL = QT_TRANSLATE_NOOP("portfolio", "Sum finansiering (MNOK)")
SIGNED = QT_TRANSLATE_NOOP("portfolio", "Signert")
SIGNER = QT_TRANSLATE_NOOP("portfolio", "Signert av")
FINGERPRINT = QT_TRANSLATE_NOOP("portfolio", "Fingeravtrykk")

_COLUMNS = (
    QT_TRANSLATE_NOOP("portfolio", "Program"),
    QT_TRANSLATE_NOOP("portfolio", "Prosjektnavn"),
    QT_TRANSLATE_NOOP("portfolio", "Kommune(r)"),
    QT_TRANSLATE_NOOP("portfolio", "Ansvarlig etat"),
    QT_TRANSLATE_NOOP("portfolio", "Tiltaksområde"),
    QT_TRANSLATE_NOOP("portfolio", "Fase"),
    QT_TRANSLATE_NOOP("portfolio", "Finansieringsform"),
    QT_TRANSLATE_NOOP("portfolio", "Forventet kostnad (MNOK)"),
    QT_TRANSLATE_NOOP("portfolio", "Standardavvik (%)"),
    QT_TRANSLATE_NOOP("portfolio", "Type estimat"),
    QT_TRANSLATE_NOOP("portfolio", "Status"),
    QT_TRANSLATE_NOOP("portfolio", "Feil"),
    QT_TRANSLATE_NOOP("portfolio", "Advarsler"),
    QT_TRANSLATE_NOOP("portfolio", "Målpoeng"),
    QT_TRANSLATE_NOOP("portfolio", "Maks poeng"),
    QT_TRANSLATE_NOOP("portfolio", "Neste beslutning"),
)
# The revision first, then who signed it: a number never sits against the text of the ID.
_TRAILING = (
    QT_TRANSLATE_NOOP("portfolio", "Revisjon"),
    SIGNED,
    SIGNER,
    FINGERPRINT,
    QT_TRANSLATE_NOOP("portfolio", "Prosjektark-ID"),
)

# The compact sheet for paper: (title, width in characters, wraps). Twelve columns at
# these widths fit a landscape A4 page at about two thirds of full size; a column is
# never narrower than the longest word of its header.
_PRINT_COLUMNS = (
    (QT_TRANSLATE_NOOP("portfolio", "Program"), 11, False),
    (QT_TRANSLATE_NOOP("portfolio", "Prosjektnavn"), 28, True),
    (QT_TRANSLATE_NOOP("portfolio", "Tiltaksområde"), 18, True),
    (QT_TRANSLATE_NOOP("portfolio", "Kommune(r)"), 12, True),
    (QT_TRANSLATE_NOOP("portfolio", "Fase"), 14, True),
    (QT_TRANSLATE_NOOP("portfolio", "Status"), 9, False),
    # Text beside text: a number never touches it.
    (QT_TRANSLATE_NOOP("portfolio", "Neste beslutning"), 22, True),
    (QT_TRANSLATE_NOOP("portfolio", "Forventet kostnad (MNOK)"), 11, False),
    (QT_TRANSLATE_NOOP("portfolio", "Standardavvik (%)"), 14, False),
    (QT_TRANSLATE_NOOP("portfolio", "Målpoeng"), 10, False),
    (FUNDING_TOTAL, 13, False),
    (SIGNED, 11, False),  # the date is enough on paper
)
# The wide sheet prints at this fixed scale, page after page to the right, rather than
# squeezed onto one page width: 27 columns on one page came out at about 3 pt.
WIDE_PRINT_SCALE = 70
_FINGERPRINT_WIDTH = 92  # 32 hex pairs with colons, whole on one line
_TITLE_WIDTH = 40  # the title is printed on every page: longer titles wrap
_SMALL_NUMBER_WIDTH = 11
_SMALL_NUMBERS = {"Feil", "Advarsler", "Målpoeng", "Maks poeng", "Revisjon"}
_ID_WIDTH = 38  # a UUID, whole
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)
_HEADER_HEIGHT = 3 * 15 + 3  # headers wrap onto up to three lines


@dataclass(frozen=True)
class Signature:
    """Who signed a sheet's revision, and when (None: the store does not know the time)."""

    signer: str
    fingerprint: str
    signed_at: datetime | None = None


@dataclass(frozen=True)
class PortfolioEntry:
    """A sheet and what only the store knows: its status ("signert") and who signed the
    revision it is at (None: the row is not a signed revision)."""

    sheet: Sheet
    status: str = ""
    signature: Signature | None = None


def load_portfolio(store: Store, *, profile: str | None = None) -> list[PortfolioEntry]:
    """Every sheet not in the bin (only those of `profile` when given)."""
    deliveries = store.latest_deliveries()
    entries: list[PortfolioEntry] = []
    for summary in store.list_summaries():
        sheet = store.load(summary.id)
        if profile and sheet.profile != profile:
            continue
        signature = _signature(store, sheet, summary.status, deliveries.get(sheet.id))
        entries.append(PortfolioEntry(sheet, summary.status, signature))
    return entries


def _signature(
    store: Store, sheet: Sheet, status: str, delivery: Delivery | None
) -> Signature | None:
    """The signature of the sheet's current revision: a delivered package's signer and
    signing time (not when it was imported), or, for a sheet signed here, the «signed»
    entry of its case history. A working copy changed since it was signed is no longer
    that revision, so it has none."""
    if status != "signert":
        return None
    if delivery is not None and delivery.revision in (None, sheet.revision):
        return Signature(delivery.signer, delivery.fingerprint, delivery.signed_at)
    for event in reversed(store.history(sheet.id)):
        if event.kind == "signed" and event.revision == sheet.revision:
            return Signature(event.who, event.fingerprint, event.at)
    owner = store.sheet_owner(sheet.id)  # delivered before the case history was kept
    return None if owner is None else Signature(owner.signer_name, owner.fingerprint)


def write_portfolio(
    store: Store,
    catalog: Catalog,
    target: Path,
    *,
    profile: str | None = None,
    today: date | None = None,
    language: str | None = None,
) -> int:
    """Write the portfolio workbook to `target` (atomically); returns the number of sheets.
    `language` as in render_portfolio. Raises ExportError when the file cannot be
    written."""
    from prosjektark.exchange.export import write_atomic

    entries = load_portfolio(store, profile=profile)
    data = render_portfolio(entries, catalog, today=today, profile=profile, language=language)
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
    funding: dict[int, Decimal]  # the years of the programme's own period
    other: Decimal | None  # the money outside that period; None when there is none
    signature: Signature | None

    @property
    def total(self) -> Decimal | None:
        if not self.funding and self.other is None:
            return None
        return sum(self.funding.values(), self.other or Decimal(0))


def render_portfolio(
    entries: Iterable[Sheet | PortfolioEntry],
    catalog: Catalog,
    *,
    today: date | None = None,
    profile: str | None = None,
    language: str | None = None,
) -> bytes:
    """The portfolio workbook (.xlsx bytes). `profile` only names the filter in the note;
    the caller chooses the entries. `language`: the workbook's (the secretariat's own),
    by default the current language; the programme's words (action areas, phases) are
    `catalog`'s, so pass a catalog in that language (Catalog.in_language)."""
    with use_language(language or current_language()):
        return _render(entries, catalog, today=today, profile=profile)


def _render(
    entries: Iterable[Sheet | PortfolioEntry],
    catalog: Catalog,
    *,
    today: date | None,
    profile: str | None,
) -> bytes:
    """render_portfolio inside the workbook's language."""
    today = today or date.today()
    rows = [_row(e if isinstance(e, PortfolioEntry) else PortfolioEntry(e), catalog, today)
            for e in entries]  # fmt: skip
    no_area = translate("portfolio", NO_AREA)
    rows.sort(key=lambda r: (r.area == no_area, r.area.casefold(), _title(r.sheet).casefold()))
    years = _years(rows, catalog, profile)
    other_years = any(r.other is not None for r in rows)
    form = catalog.form
    cells = [_cells(row, years, other_years, form) for row in rows]

    wb = Workbook()
    ws = wb.active
    ws.title = translate("portfolio", PORTFOLIO_SHEET)
    _portfolio(ws, cells, _titles(years, other_years))
    _per_area(
        wb.create_sheet(translate("portfolio", AREA_SHEET)),
        rows,
        years,
        other_years,
        today,
        catalog,
        profile,
    )
    _printout(wb.create_sheet(translate("portfolio", PRINT_SHEET)), cells)
    wb.properties.title = translate("portfolio", "Portefølje – Prosjektark")
    wb.properties.creator = "Prosjektark"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _title(sheet: Sheet) -> str:
    return sheet.identification.title or translate("portfolio", "(uten navn)")


def _row(entry: PortfolioEntry, catalog: Catalog, today: date) -> _Row:
    sheet = entry.sheet
    profile = fmt.profile_of(sheet, catalog)
    findings = check_sheet(sheet, catalog, today=today, profile=profile)
    area_id = sheet.identification.action_area
    status = entry.status if entry.status == "signert" else sheet_status(sheet, findings)
    period = set(profile.years)
    funding: dict[int, Decimal] = {}
    other: Decimal | None = None
    for line in sheet.funding.lines:
        if line.year in period:
            funding[line.year] = funding.get(line.year, Decimal(0)) + line.amount_mnok
        else:  # a year of another programme's period is still "another year" here
            other = (other or Decimal(0)) + line.amount_mnok
    return _Row(
        sheet=sheet,
        profile=profile,
        area=profile.action_area_name(area_id) if area_id else translate("portfolio", NO_AREA),
        status=status,
        errors=sum(1 for f in findings if f.severity == "error"),
        warnings=sum(1 for f in findings if f.severity == "warning"),
        funding=funding,
        other=other,
        signature=entry.signature,
    )


def _years(rows: list[_Row], catalog: Catalog, profile: str | None) -> list[int]:
    """The programme periods of the profiles in the portfolio (of the filter's profile,
    or the default profile, when the portfolio is empty)."""
    return sorted({y for p in _profiles(rows, catalog, profile) for y in p.years})


def _profiles(rows: list[_Row], catalog: Catalog, profile: str | None) -> list[Profile]:
    """The programmes in the portfolio, by name."""
    profiles = {r.profile.id: r.profile for r in rows}
    if not profiles:
        chosen = catalog.profiles.get(profile or "") or catalog.default_profile
        profiles = {chosen.id: chosen}
    return sorted(profiles.values(), key=lambda p: p.name.casefold())


def _year_titles(years: list[int], other_years: bool) -> list[str]:
    # A year's title is the same in every language, so it is its own key.
    return [f"{y} (MNOK)" for y in years] + ([OTHER_YEARS] if other_years else [])


def _titles(years: list[int], other_years: bool) -> list[str]:
    return [*_COLUMNS, *_year_titles(years, other_years), FUNDING_TOTAL, *_TRAILING]


def _decision_text(sheet: Sheet, profile: Profile) -> str:
    advice = decision_advice(sheet, profile)
    if advice is None:
        return fmt.DASH  # in construction: no transition left
    transition = advice.transition_name
    if not advice.body_id:
        if advice.cost_invalid:
            text = translate("portfolio", "{transition}: uavklart (kostnaden må rettes)")
        elif advice.basis_mnok is None:
            text = translate("portfolio", "{transition}: uavklart (forventet kostnad mangler)")
        else:
            text = translate("portfolio", "{transition}: uavklart (ingen regel passer)")
        return text.format(transition=transition)
    kind = translate("portfolio", "politisk" if advice.political else "administrativ")
    if kind in advice.body_name.casefold():  # the programme's name of the body says it
        return translate("portfolio", "{transition}: {body}").format(
            transition=transition, body=advice.body_name
        )
    if advice.political:
        text = translate("portfolio", "{transition}: {body} (politisk)")
    else:
        text = translate("portfolio", "{transition}: {body} (administrativ)")
    return text.format(transition=transition, body=advice.body_name)


_Cells = dict[str, tuple[Any, str | None]]


def _cells(row: _Row, years: list[int], other_years: bool, form: FormDefinition) -> _Cells:
    """One row's values and number formats by column title (both sheets of rows use it)."""
    sheet, profile = row.sheet, row.profile
    ident, cost = sheet.identification, sheet.cost
    points = score_summary(sheet, profile)
    funding_type = labels.choice_label(
        form, "identification.funding_type", ident.funding_type, profile
    )
    estimate = (
        labels.choice_label(form, "cost.estimate_kind", cost.estimate_kind, profile)
        if cost.estimate_kind
        else ""
    )
    cells: _Cells = {
        "Program": (profile.name, None),
        "Prosjektnavn": (_title(sheet), None),
        "Kommune(r)": (", ".join(ident.municipalities), None),
        "Ansvarlig etat": (ident.responsible_agency, None),
        "Tiltaksområde": (row.area, None),
        "Fase": (labels.phase_label(form, ident.phase), None),
        "Finansieringsform": (funding_type, None),
        "Forventet kostnad (MNOK)": (cost.expected_cost_mnok, MNOK_FORMAT),
        "Standardavvik (%)": (cost.std_dev_percent, PERCENT_FORMAT),
        "Type estimat": (estimate, None),
        "Status": (labels.status_label(row.status), None),
        "Feil": (row.errors, COUNT_FORMAT),
        "Advarsler": (row.warnings, COUNT_FORMAT),
        "Målpoeng": (points.total, INTEGER_FORMAT),
        "Maks poeng": (points.maximum, INTEGER_FORMAT),
        "Neste beslutning": (_decision_text(sheet, profile), None),
    }
    for year in years:  # empty outside the row's own period: not summed with others
        cells[f"{year} (MNOK)"] = (row.funding.get(year), MNOK_FORMAT)
    if other_years:
        cells[OTHER_YEARS] = (row.other, MNOK_FORMAT)
    cells[FUNDING_TOTAL] = (row.total, MNOK_FORMAT)
    signature = row.signature
    cells[SIGNED] = (signature.signed_at if signature else None, DATETIME_FORMAT)
    cells[SIGNER] = (signature.signer if signature else None, None)
    fingerprint = signature.fingerprint if signature else ""
    cells[FINGERPRINT] = (display_fingerprint(fingerprint) if fingerprint else None, None)
    cells["Revisjon"] = (sheet.revision, INTEGER_FORMAT)
    cells["Prosjektark-ID"] = (str(sheet.id), None)
    return cells


def _write_rows(
    ws: Worksheet,
    cells: list[_Cells],
    titles: list[str],
    *,
    skip: str | None = None,
    wrap: frozenset[str] = frozenset(),
) -> None:
    """The rows below the header; columns in `wrap` wrap their text (set here, once: a
    style set twice costs openpyxl twice, which counts over thousands of rows)."""
    for r, row in enumerate(cells, start=2):
        for col, title in enumerate(titles, start=1):
            if title == skip:
                continue
            value, number_format = row[title]
            if number_format == MNOK_FORMAT:
                _money(ws, r, col, value)
            elif title in wrap:
                _set(ws, r, col, value, number_format, _WRAP_TOP)
            else:
                _set(ws, r, col, value, number_format)


def _headings(titles: list[str]) -> list[str]:
    """Column titles (the cells' keys) as the workbook's language writes them."""
    return [translate("portfolio", title) for title in titles]


def _portfolio(ws: Worksheet, cells: list[_Cells], titles: list[str]) -> None:
    _header(ws, _headings(titles))
    # The fingerprint is written after fitting: it is wider than a fitted column may be,
    # and must stay whole on one line to be compared with the trust list.
    _write_rows(ws, cells, titles, skip=FINGERPRINT)
    fingerprint_col = titles.index(FINGERPRINT) + 1
    last_row = max(len(cells) + 1, 2)  # a filter on an empty list still needs a range
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{last_row}"
    ws.freeze_panes = "C2"  # the header row and programme + title stay in view
    _fit_columns(ws)
    _narrow_numbers(ws, titles)
    for col, title in enumerate(titles, start=1):
        if title in _SMALL_NUMBERS:
            ws.column_dimensions[get_column_letter(col)].width = _SMALL_NUMBER_WIDTH
    title_col = ws.column_dimensions["B"]
    if (title_col.width or 0) > _TITLE_WIDTH:
        title_col.width = _TITLE_WIDTH
        for r, row in enumerate(cells, start=2):
            if len(str(row["Prosjektnavn"][0])) > _TITLE_WIDTH:
                ws.cell(row=r, column=2).alignment = _WRAP_TOP
        _fit_rows(ws)
        ws.row_dimensions[1].height = _HEADER_HEIGHT
    for r, row in enumerate(cells, start=2):
        _set(ws, r, fingerprint_col, row[FINGERPRINT][0])
    ws.column_dimensions[get_column_letter(fingerprint_col)].width = _FINGERPRINT_WIDTH
    ws.column_dimensions[get_column_letter(len(titles))].width = _ID_WIDTH
    _print_layout(ws, len(titles), last_row, title_cols="A:B", scale=WIDE_PRINT_SCALE)


def _printout(ws: Worksheet, cells: list[_Cells]) -> None:
    """The list as it is read on paper: the columns that matter, on one page width."""
    titles = [title for title, _, _ in _PRINT_COLUMNS]
    _header(ws, _headings(titles))
    wrap = frozenset(title for title, _, wraps in _PRINT_COLUMNS if wraps)
    date_only = [{**row, SIGNED: (row[SIGNED][0], DATE_FORMAT)} for row in cells]
    _write_rows(ws, date_only, titles, wrap=wrap)
    for col, (_, width, _) in enumerate(_PRINT_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    _fit_rows(ws)
    ws.row_dimensions[1].height = _HEADER_HEIGHT
    ws.freeze_panes = "C2"
    _print_layout(ws, len(titles), max(len(cells) + 1, 2), title_cols="A:B")


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
    ws.row_dimensions[1].height = _HEADER_HEIGHT


def _print_layout(
    ws: Worksheet,
    columns: int,
    last_row: int,
    *,
    title_cols: str | None = None,
    scale: int | None = None,
) -> None:
    """Landscape, the header row (and `title_cols`) on every page, the table as the print
    area, and the sheet name and page number in the footer. Fitted to one A4 page width;
    with `scale`, on A3 at that scale instead, a row's pages to the right following each
    other, so a wide table is never shrunk below what a person can read."""
    ws.page_setup.orientation = "landscape"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.25)
    if scale is None:
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    else:
        ws.page_setup.paperSize = ws.PAPERSIZE_A3
        ws.sheet_properties.pageSetUpPr.fitToPage = False
        ws.page_setup.scale = scale
        ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_rows = "1:1"
    if title_cols:
        ws.print_title_cols = title_cols
    ws.print_area = f"A1:{get_column_letter(columns)}{last_row}"
    # «&A», «&P» and «&N»: Excel's codes for the worksheet, the page and the page count.
    ws.oddFooter.center.text = translate("portfolio", "&A – side &P av &N")


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
    titles = [
        QT_TRANSLATE_NOOP("portfolio", "Program"),
        QT_TRANSLATE_NOOP("portfolio", "Tiltaksområde"),
        QT_TRANSLATE_NOOP("portfolio", "Antall ark"),
        QT_TRANSLATE_NOOP("portfolio", "Forventet kostnad (MNOK)"),
    ]
    titles += [*_year_titles(years, other_years), FUNDING_TOTAL]
    _header(ws, _headings(titles))
    no_area = translate("portfolio", NO_AREA)

    def sums(members: list[_Row], programme: Profile, has_other: bool) -> list[Decimal | None]:
        """Cost and funding of `members`, all of one programme: a year outside its
        period is empty, never 0, so no one adds it to another programme's year."""
        costs = [m.sheet.cost.expected_cost_mnok for m in members]
        known = [c for c in costs if c is not None]
        out: list[Decimal | None] = [sum(known, Decimal(0)) if known else None]
        period = set(programme.years)
        for year in years:
            out.append(
                sum((m.funding.get(year, Decimal(0)) for m in members), Decimal(0))
                if year in period
                else None
            )
        if other_years:
            out.append(
                sum((m.other or Decimal(0) for m in members), Decimal(0)) if has_other else None
            )
        out.append(sum((m.total or Decimal(0) for m in members), Decimal(0)))
        return out

    def write(r: int, label: str, area: str, members: list[_Row], values: list) -> None:
        _set(ws, r, 1, label)
        _set(ws, r, 2, area)
        _set(ws, r, 3, len(members), COUNT_FORMAT)
        for col, value in enumerate(values, start=4):
            _money(ws, r, col, value)

    r = 2
    for programme in _profiles(rows, catalog, profile):
        mine = [row for row in rows if row.profile.id == programme.id]
        has_other = any(m.other is not None for m in mine)
        areas: dict[str, list[_Row]] = {}
        for row in mine:  # already in action-area order
            areas.setdefault(row.area, []).append(row)
        for area, members in sorted(
            areas.items(), key=lambda a: (a[0] == no_area, a[0].casefold())
        ):
            write(r, programme.name, area, members, sums(members, programme, has_other))
            r += 1
        # Each programme's own total: the agreements' money is never added together.
        total = translate("portfolio", "Sum {programme}").format(programme=programme.name)
        write(r, total, "", mine, sums(mine, programme, has_other))
        _total_row(ws, r, len(titles))
        r += 1
    last_row = r - 1

    ws.freeze_panes = "A2"
    _fit_columns(ws)
    _narrow_numbers(ws, titles)
    # The notes come after fitting: they may run across the empty cells to their right.
    notes = [
        translate("portfolio", "Laget {date} fra {count} prosjektark.").format(
            date=fmt.format_date(today), count=len(rows)
        )
    ]
    notes.append(translate("portfolio", "Ark i papirkurven er ikke med."))
    if profile:
        name = catalog.profiles[profile].name if profile in catalog.profiles else profile
        notes.append(
            translate("portfolio", "Utvalg: bare ark i {programme}.").format(programme=name)
        )
    notes.append(
        translate(
            "portfolio", "Hvert program summeres for seg; det er ingen sum på tvers av programmene."
        )
    )
    notes.append(
        translate(
            "portfolio",
            "År utenfor et programs periode er tomme for det programmet; slike beløp står i"
            " «Andre år».",
        )
    )
    notes.append(
        translate(
            "portfolio",
            "«Signert» i arket Portefølje er når pakken ble signert (lokal tid), ikke når "
            "den ble importert.",
        )
    )
    for n, note in enumerate(notes):
        _set(ws, last_row + 2 + n, 1, note).font = _NOTE_FONT
    _print_layout(ws, len(titles), last_row + 1 + len(notes))
