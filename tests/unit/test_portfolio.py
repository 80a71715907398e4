"""The portfolio workbook: one row per sheet outside the bin, numbers as numbers, funding
in the right year column, a filter on the header row, who signed each row and when, and
sums per action area and per programme (never across programmes), stored as values."""

from __future__ import annotations

import dataclasses
import io
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import FundingLine, Sheet
from prosjektark.exchange.export import ExportError
from prosjektark.exchange.portfolio import (
    AREA_SHEET,
    PORTFOLIO_SHEET,
    PRINT_SHEET,
    PortfolioEntry,
    Signature,
    load_portfolio,
    render_portfolio,
    write_portfolio,
)
from prosjektark.store.repository import Store

# Money: one to three decimals, and the minus sign of the program's text (nb_format).
MNOK_SHOWN = '#,##0.0##;"−"#,##0.0##'
TODAY = date(2026, 3, 1)


@pytest.fixture
def sheets(catalog: Catalog) -> list[Sheet]:
    return example_sheets(catalog)


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def table(ws: Worksheet) -> list[dict[str, object]]:
    """Rows below the header as {header: value}, up to the first empty row."""
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    out = []
    for values in rows[1:]:
        if all(v is None for v in values):
            break
        out.append(dict(zip(header, values, strict=True)))
    return out


def column(ws: Worksheet, title: str) -> int:
    headers = [c.value for c in ws[1]]
    return headers.index(title) + 1


def test_one_row_per_sheet_sorted_by_action_area_then_title(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    rows = table(ws)

    assert len(rows) == len(sheets)
    assert {r["Prosjektark-ID"] for r in rows} == {str(s.id) for s in sheets}
    keys = [(str(r["Tiltaksområde"]).casefold(), str(r["Prosjektnavn"]).casefold()) for r in rows]
    assert keys == sorted(keys)
    by_id = {r["Prosjektark-ID"]: r for r in rows}
    first = sheets[0]
    row = by_id[str(first.id)]
    profile = catalog.profile(first.profile)
    assert row["Program"] == profile.name
    assert row["Prosjektnavn"] == first.identification.title
    assert row["Tiltaksområde"] == profile.action_area_name(first.identification.action_area)
    assert row["Ansvarlig etat"] == first.identification.responsible_agency


def test_numbers_are_numeric_with_norwegian_friendly_formats(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    cost_col = column(ws, "Forventet kostnad (MNOK)")
    for r in range(2, len(sheets) + 2):
        cell = ws.cell(r, cost_col)
        assert isinstance(cell.value, float | int)
        assert cell.number_format == MNOK_SHOWN
        for title in ("Standardavvik (%)", "Feil", "Advarsler", "Målpoeng", "Maks poeng"):
            assert isinstance(ws.cell(r, column(ws, title)).value, int | float), title
    rows = table(ws)
    costs = {r["Prosjektark-ID"]: r["Forventet kostnad (MNOK)"] for r in rows}
    for sheet in sheets:
        assert costs[str(sheet.id)] == pytest.approx(float(sheet.cost.expected_cost_mnok))


def test_funding_lands_in_its_year_column(sheets: list[Sheet], catalog: Catalog) -> None:
    sheet = sheets[0]
    sheet.funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("1.5")),
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("2.25")),
        FundingLine(year=2029, source="kommunal", amount_mnok=Decimal("4")),
    ]
    ws = workbook(render_portfolio([sheet], catalog, today=TODAY))[PORTFOLIO_SHEET]
    (row,) = table(ws)

    assert row["2027 (MNOK)"] == pytest.approx(3.75)
    assert row["2028 (MNOK)"] is None
    assert row["2029 (MNOK)"] == pytest.approx(4.0)
    assert row["2030 (MNOK)"] is None
    assert row["Sum finansiering (MNOK)"] == pytest.approx(7.75)
    assert "Andre år (MNOK)" not in row
    assert ws.cell(2, column(ws, "2027 (MNOK)")).number_format == MNOK_SHOWN


def test_funding_outside_the_period_gets_its_own_column(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    sheet = sheets[0]
    sheet.funding.lines = [FundingLine(year=2033, source="statlig", amount_mnok=Decimal("2"))]
    ws = workbook(render_portfolio([sheet], catalog, today=TODAY))[PORTFOLIO_SHEET]
    (row,) = table(ws)
    assert row["Andre år (MNOK)"] == pytest.approx(2.0)
    assert row["Sum finansiering (MNOK)"] == pytest.approx(2.0)


def test_header_is_frozen_and_filtered(sheets: list[Sheet], catalog: Catalog) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    last = ws.max_column
    assert ws.auto_filter.ref == f"A1:{get_column_letter(last)}{len(sheets) + 1}"
    assert ws.freeze_panes == "C2"
    assert ws.cell(1, 1).font.bold


def test_status_decision_and_points(sheets: list[Sheet], catalog: Catalog) -> None:
    entries = [PortfolioEntry(sheets[0], "signert"), PortfolioEntry(sheets[1], "utkast")]
    rows = table(workbook(render_portfolio(entries, catalog, today=TODAY))[PORTFOLIO_SHEET])
    by_id = {r["Prosjektark-ID"]: r for r in rows}
    assert by_id[str(sheets[0].id)]["Status"] == "Signert"
    assert by_id[str(sheets[1].id)]["Status"] in ("Utkast", "Klar")
    for sheet in sheets[:2]:
        row = by_id[str(sheet.id)]
        assert row["Målpoeng"] == sum(g.score for g in sheet.goals)
        assert row["Maks poeng"] >= row["Målpoeng"]
        phase = sheet.identification.phase
        if phase == "UB":
            assert row["Neste beslutning"] == "–"
        else:
            assert row["Neste beslutning"].startswith("PU → DP" if phase == "PU" else "DP → UB")


def test_per_action_area_sums(sheets: list[Sheet], catalog: Catalog) -> None:
    twin = sheets[0].model_copy(deep=True)
    twin.identification.title = "Tvilling"
    twin.id = uuid.uuid4()
    book = workbook(render_portfolio([*sheets, twin], catalog, today=TODAY))
    ws = book[AREA_SHEET]
    rows = table(ws)
    area = catalog.profile(twin.profile).action_area_name(twin.identification.action_area)
    (group,) = [r for r in rows if r["Tiltaksområde"] == area]
    assert group["Antall ark"] == 2
    assert group["Forventet kostnad (MNOK)"] == pytest.approx(
        2 * float(twin.cost.expected_cost_mnok)
    )
    funding_2027 = sum(
        float(line.amount_mnok) for s in (sheets[0], twin) for line in s.funding.lines
        if line.year == 2027
    )  # fmt: skip
    assert group["2027 (MNOK)"] == pytest.approx(funding_2027)
    assert isinstance(group["2027 (MNOK)"], float | int)


def test_an_empty_portfolio_still_has_headers_and_a_filter(catalog: Catalog) -> None:
    book = workbook(render_portfolio([], catalog, today=TODAY))
    ws = book[PORTFOLIO_SHEET]
    assert ws.cell(1, 2).value == "Prosjektnavn"
    assert ws.auto_filter.ref is not None
    total = table(book[AREA_SHEET])[-1]
    assert total["Program"] == f"Sum {catalog.default_profile.name}"
    assert total["Antall ark"] == 0


def test_the_store_portfolio_leaves_out_the_bin_and_filters_by_profile(
    sheets: list[Sheet], catalog: Catalog, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        store.create_many(sheets)
        store.delete(sheets[2].id)
        target = tmp_path / "portefølje.xlsx"
        count = write_portfolio(store, catalog, target, today=TODAY)
        ids = {e.sheet.id for e in load_portfolio(store, profile=sheets[0].profile)}

    assert count == len(sheets) - 1
    rows = table(load_workbook(target)[PORTFOLIO_SHEET])
    assert {r["Prosjektark-ID"] for r in rows} == {str(s.id) for s in sheets[:2]}
    assert ids == {s.id for s in sheets[:2] if s.profile == sheets[0].profile}


def test_an_unwritable_target_raises_export_error(catalog: Catalog, tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store,
        pytest.raises(ExportError, match="Kunne ikke skrive"),
    ):
        write_portfolio(store, catalog, tmp_path / "finnes-ikke" / "p.xlsx", today=TODAY)


# ------------------------------------------------------------------ who signed, and when

FP_KARE = "ab" * 32  # as the store keeps a fingerprint: 64 lower-case hex digits
FP_KARI = "c0" * 32
SHOWN_KARE = ":".join(["AB"] * 32)  # as `identity show` prints it
SHOWN_KARI = ":".join(["C0"] * 32)
SIGNED_AT = datetime(2026, 2, 3, 9, 15, 42, tzinfo=UTC)


def local(moment: datetime) -> datetime:
    """A stored moment as the workbook shows it: local time, whole seconds."""
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


def test_the_signature_columns_show_who_signed_and_when(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    entries = [
        PortfolioEntry(sheets[0], "signert", Signature("Kåre Øvrebø", FP_KARE, SIGNED_AT)),
        PortfolioEntry(sheets[1], "utkast"),
        PortfolioEntry(sheets[2], "signert", Signature("Kari Nordmann", FP_KARI, None)),
    ]
    ws = workbook(render_portfolio(entries, catalog, today=TODAY))[PORTFOLIO_SHEET]
    headers = [c.value for c in ws[1]]
    assert "Sist endret" not in headers
    assert headers[-5:] == ["Revisjon", "Signert", "Signert av", "Fingeravtrykk", "Prosjektark-ID"]
    by_id = {r["Prosjektark-ID"]: r for r in table(ws)}

    signed = by_id[str(sheets[0].id)]
    assert signed["Signert"] == local(SIGNED_AT)
    assert signed["Signert av"] == "Kåre Øvrebø"
    assert signed["Fingeravtrykk"] == SHOWN_KARE
    cell = ws.cell(2 + list(by_id).index(str(sheets[0].id)), column(ws, "Signert"))
    assert cell.number_format == "dd.mm.yyyy hh:mm"
    never = by_id[str(sheets[1].id)]
    assert [never[t] for t in ("Signert", "Signert av", "Fingeravtrykk")] == [None] * 3
    unknown_time = by_id[str(sheets[2].id)]  # the store knows the signer, not the time
    assert unknown_time["Signert"] is None
    assert unknown_time["Signert av"] == "Kari Nordmann"


def test_the_store_gives_the_signing_time_of_the_package_not_the_import_time(
    sheets: list[Sheet], catalog: Catalog, tmp_path: Path
) -> None:
    delivered, signed_here, edited, never = (s.model_copy(deep=True) for s in (*sheets, sheets[0]))
    edited.id, never.id = uuid.uuid4(), uuid.uuid4()
    never.identification.title = "Aldri signert"
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        store.create_many([delivered, signed_here, edited, never])
        # Delivered: recorded as the intake records a verified package.
        revision = store.save_version(delivered, note="Importert", record=False)
        store.mark_signed(delivered.id, revision, record=False)
        store.receive_revision(
            delivered.id,
            revision,
            Actor("Kåre Øvrebø", FP_KARE),
            catalog.profile(delivered.profile).review,
            "Importert",
            signed_at=SIGNED_AT,
        )
        # Signed here, by this user; and one that was changed after it was signed.
        store.actor = lambda: Actor("Kari Nordmann", FP_KARI)
        for sheet in (signed_here, edited):
            store.mark_signed(sheet.id, store.save_version(sheet))
        edited.identification.title = "Endret etter signering"
        store.save_working_copy(edited)
        (signing,) = [e for e in store.history(signed_here.id) if e.kind == "signed"]
        target = tmp_path / "portefølje.xlsx"
        write_portfolio(store, catalog, target, today=TODAY)

    rows = {r["Prosjektark-ID"]: r for r in table(load_workbook(target)[PORTFOLIO_SHEET])}
    row = rows[str(delivered.id)]
    assert (row["Signert"], row["Signert av"], row["Fingeravtrykk"]) == (
        local(SIGNED_AT),
        "Kåre Øvrebø",
        SHOWN_KARE,
    )
    row = rows[str(signed_here.id)]
    assert (row["Signert"], row["Signert av"], row["Fingeravtrykk"]) == (
        local(signing.at),
        "Kari Nordmann",
        SHOWN_KARI,
    )
    for sheet in (edited, never):  # the row is not a signed revision: nothing to show
        row = rows[str(sheet.id)]
        assert [row[t] for t in ("Signert", "Signert av", "Fingeravtrykk")] == [None] * 3


# ------------------------------------------------------------------ sums per programme


def money_columns(row: dict[str, object]) -> list[str]:
    return [str(t) for t in row if str(t).endswith("(MNOK)")]


def test_sums_are_per_programme_never_across_and_stored_as_values(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    data = render_portfolio(sheets, catalog, today=TODAY)
    formulas = [
        f"{ws.title}!{cell.coordinate}"
        for ws in workbook(data).worksheets
        for line in ws.iter_rows()
        for cell in line
        if cell.data_type == "f"
    ]
    assert formulas == []
    # What pandas, Power Query and previewers read: the stored values only.
    rows = table(load_workbook(io.BytesIO(data), data_only=True)[AREA_SHEET])

    names = {catalog.profile(s.profile).name for s in sheets}
    assert len(names) == 2
    blocks: list[list[str]] = []  # consecutive rows of one programme, its sum last
    for r in rows:
        name = str(r["Program"]).removeprefix("Sum ")
        if not blocks or blocks[-1][0] != name:
            blocks.append([name])
        blocks[-1].append(str(r["Program"]))
    assert sorted(b[0] for b in blocks) == sorted(names)  # each programme once
    for block in blocks:
        assert block[-1] == f"Sum {block[0]}" and f"Sum {block[0]}" not in block[1:-1]
    assert all(r["Program"] != "Sum" for r in rows)
    assert all(r["Antall ark"] < len(sheets) for r in rows)  # no row counts both

    sums = {r["Program"]: r for r in rows if str(r["Program"]).startswith("Sum ")}
    for name in names:
        mine = [s for s in sheets if catalog.profile(s.profile).name == name]
        total = sums[f"Sum {name}"]
        assert total["Antall ark"] == len(mine)
        expected = {"Forventet kostnad (MNOK)": sum(s.cost.expected_cost_mnok for s in mine)}
        for year in catalog.profile(mine[0].profile).years:
            expected[f"{year} (MNOK)"] = sum(
                line.amount_mnok for s in mine for line in s.funding.lines if line.year == year
            )
        expected["Sum finansiering (MNOK)"] = sum(
            line.amount_mnok for s in mine for line in s.funding.lines
        )
        assert set(money_columns(total)) == set(expected)
        for title, value in expected.items():
            assert isinstance(total[title], float | int), title
            assert total[title] == pytest.approx(float(value)), title


def with_period(catalog: Catalog, profile_id: str, start: int, end: int) -> Catalog:
    profile = catalog.profiles[profile_id].model_copy(
        update={"period_start": start, "period_end": end}
    )
    return dataclasses.replace(catalog, profiles={**catalog.profiles, profile_id: profile})


def test_a_year_of_one_programme_is_never_summed_with_another_programmes(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    cat = with_period(catalog, "miljoloftet", 2024, 2027)
    bergen = next(s for s in sheets if s.profile == "miljoloftet").model_copy(deep=True)
    trondheim = next(s for s in sheets if s.profile == "miljopakken").model_copy(deep=True)
    bergen.funding.lines = [
        FundingLine(year=2025, source="statlig", amount_mnok=Decimal("3")),
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("1")),
    ]
    trondheim.funding.lines = [  # 2025 lies before Miljøpakken's period
        FundingLine(year=2025, source="statlig", amount_mnok=Decimal("5")),
        FundingLine(year=2028, source="bompenger", amount_mnok=Decimal("2")),
    ]
    book = load_workbook(
        io.BytesIO(render_portfolio([bergen, trondheim], cat, today=TODAY)), data_only=True
    )
    rows = {r["Prosjektark-ID"]: r for r in table(book[PORTFOLIO_SHEET])}
    b, t = rows[str(bergen.id)], rows[str(trondheim.id)]
    assert (b["2025 (MNOK)"], b["2028 (MNOK)"], b["Andre år (MNOK)"]) == (3, None, None)
    assert (t["2025 (MNOK)"], t["2028 (MNOK)"], t["Andre år (MNOK)"]) == (None, 2, 5)

    sums = {r["Program"]: r for r in table(book[AREA_SHEET])}
    bergen_sum, trondheim_sum = sums["Sum Miljøløftet"], sums["Sum Miljøpakken"]
    assert bergen_sum["2025 (MNOK)"] == 3 and bergen_sum["2027 (MNOK)"] == 1
    assert bergen_sum["2028 (MNOK)"] is None and bergen_sum["Andre år (MNOK)"] is None
    assert trondheim_sum["2024 (MNOK)"] is None and trondheim_sum["2025 (MNOK)"] is None
    assert trondheim_sum["2028 (MNOK)"] == 2 and trondheim_sum["Andre år (MNOK)"] == 5
    assert bergen_sum["Sum finansiering (MNOK)"] == 4
    assert trondheim_sum["Sum finansiering (MNOK)"] == 7


# ------------------------------------------------------------------ print layout


def test_the_print_layout_repeats_the_key_columns_and_has_a_compact_sheet(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    book = workbook(render_portfolio(sheets, catalog, today=TODAY))
    assert book.sheetnames == [PORTFOLIO_SHEET, AREA_SHEET, PRINT_SHEET]
    wide = book[PORTFOLIO_SHEET]
    assert wide.print_title_rows.replace("$", "") == "1:1"
    assert wide.print_title_cols.replace("$", "") == "A:B"  # programme and title on every page
    assert wide.page_setup.orientation == "landscape"
    last = get_column_letter(wide.max_column)
    assert wide.print_area == f"'{PORTFOLIO_SHEET}'!$A$1:${last}${len(sheets) + 1}"
    # Never squeezed below 55 % (the 24 columns used to shrink to 3 pt).
    assert not wide.sheet_properties.pageSetUpPr.fitToPage
    assert 55 <= wide.page_setup.scale <= 100

    compact = book[PRINT_SHEET]
    titles = [c.value for c in compact[1]]
    assert 10 <= len(titles) <= 12
    assert titles[:2] == ["Program", "Prosjektnavn"]
    assert compact.print_title_rows.replace("$", "") == "1:1"
    assert compact.page_setup.fitToWidth == 1
    assert len(table(compact)) == len(sheets)
