"""The proposed action programme (exchange/proposal.py): the PDF's balance and ranked list
against sums worked out by hand from the generated sheets' funding lines, the workbook's
values against the PDF and the Balance, and the signed files checked by the app's own
verifier and by tools nobody here wrote (pdfsig, openssl)."""

from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from office_helpers import convert_with_libreoffice
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import SKOLEVEG_ID, SYKKELVEG_ID, example_sheets
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.nb_format import MINUS, format_mnok, format_number, rounded
from prosjektark.domain.portfolio import build_item, new_scenario
from prosjektark.domain.scenario import Balance
from prosjektark.domain.sheet import FundingLine, Sheet
from prosjektark.exchange.export import ExportError
from prosjektark.exchange.proposal import (
    AREA_SHEET,
    BALANCE_SHEET,
    CHANGED_SHEET,
    LEFT_OUT_SHEET,
    NO_REASON,
    PROPOSAL_LAYOUT,
    PROPOSAL_PDF,
    PROPOSAL_XLSX,
    RANKING_SHEET,
    REASSESS_SHEET,
    proposal_content,
    render_proposal_pdf,
    render_proposal_xlsx,
    write_proposal,
)

D = Decimal
PROFILE = "miljopakken"
TODAY = date(2026, 6, 1)
MADE_AT = datetime(2026, 9, 15, 10, 30, tzinfo=UTC)
PASS = "forslag passord med mellomrom"
COUNT = 24
AREAS = ("sykkel", "kollektiv", "trafikksikkerhet", "gange")


def _mnok(value: Decimal) -> str:
    """A number column of the PDF: MNOK with three decimals always, as the sheets keep
    money (whole thousand kroner), so a column's decimals line up."""
    return format_number(rounded(value, 3), min_decimals=3, max_decimals=3, minus=MINUS)


def _said(value: Decimal) -> str:
    """MNOK in running text («over med 3,2»), as everywhere else in the program."""
    return format_mnok(value, unit=False)


def _sheets(catalog: Catalog) -> list[Sheet]:
    """`COUNT` Trondheim sheets from the two examples, varied: ids, titles, funding (some
    in Trondheim alone, some in Melhus), goals, areas; two granted four years ago and
    not built (the reassessment list); one in old kroner (flagged)."""
    rng = random.Random(11)
    bases = {s.id: s for s in example_sheets(catalog)}
    profile = catalog.profile(PROFILE)
    sheets = []
    for n in range(COUNT):
        base = bases[SYKKELVEG_ID if n % 2 == 0 else SKOLEVEG_ID]
        lines = [
            FundingLine(year=year, source=source, amount_mnok=D(rng.randint(3, 90)) / 10)
            for year in profile.years
            for source in ("bompenger", "statlig")
            if not (year == 2030 and source == "statlig")  # 2030 is toll money only
        ]
        goals = [g.model_copy(update={"score": rng.randint(1, 3)}) for g in base.goals]
        ident = base.identification.model_copy(
            update={"title": f"Tiltak {n + 1:02d} {base.identification.title[10:40]}"}
        )
        ident = ident.model_copy(update={"action_area": AREAS[n % len(AREAS)]})
        changes: dict = {
            "id": uuid.UUID(int=n + 1),
            "identification": ident,
            "funding": base.funding.model_copy(update={"lines": lines}),
            "goals": goals,
        }
        if n in (4, 9):
            changes["funding"] = changes["funding"].model_copy(
                update={"granted_date": TODAY - timedelta(days=4 * 366)}
            )
            changes["progress"] = base.progress.model_copy(update={"construction_start": None})
            ident = ident.model_copy(update={"phase": "DP"})
            changes["identification"] = ident
        if n == 7:
            changes["cost"] = base.cost.model_copy(update={"price_year": 2024})
        sheets.append(base.model_copy(update=changes))
    return sheets


@pytest.fixture(scope="module")
def world(catalog: Catalog):
    """Items, frames and a scenario with two sheets left out (one without a reason), one
    shifted a year later, and one withdrawn since."""
    profile = catalog.profile(PROFILE)
    sheets = _sheets(catalog)
    items = [
        build_item(s, catalog, profile, review_state="til_vurdering", today=TODAY) for s in sheets
    ]
    scenario = new_scenario("Hovedalternativ", profile, items)
    entries = scenario.entries
    scenario = scenario.with_entry(replace(entries[3], included=False, reason="Ikke modent."))
    scenario = scenario.with_entry(replace(entries[8], included=False))
    scenario = scenario.with_entry(replace(entries[1], shift_years=1))
    scenario = replace(scenario, version=4, modified_by="Kari Nordmann", modified_at=MADE_AT)
    frames = [
        FrameLine(year, source, "", D(amount))
        for year, source, amount in [
            (2027, "bompenger", "60"),
            (2027, "statlig", "40"),
            (2028, "bompenger", "60"),
            (2028, "statlig", "40"),
            (2029, "bompenger", "60"),
            (2029, "statlig", "40"),
            (2030, "bompenger", "60"),
        ]
    ]
    frames.append(FrameLine(2027, "bompenger", "Melhus", D("12.5")))
    by_id = {i.sheet_id: i for i in items}
    withdrawn = entries[5].sheet_id
    stale = {withdrawn: "Arket er trukket."}
    return {
        "profile": profile,
        "sheets": {s.id: s for s in sheets},
        "items": by_id,
        "scenario": scenario,
        "frames": frames,
        "stale": stale,
    }


def _hand_sums(world) -> dict[tuple[int, str, str], Decimal]:
    """Use per (year, source, party) from the sheets' own funding lines, shifted as the
    scenario says: the programme's cell, and Melhus's pot for sheets in Melhus alone."""
    sums: dict[tuple[int, str, str], Decimal] = {}
    for entry in world["scenario"].entries:
        if not entry.included:
            continue
        sheet = world["sheets"][entry.sheet_id]
        for line in sheet.funding.lines:
            year = line.year + entry.shift_years
            key = (year, line.source, "")
            sums[key] = sums.get(key, D(0)) + line.amount_mnok
            if sheet.identification.municipalities == ["Melhus"]:
                pot = (year, line.source, "Melhus")
                sums[pot] = sums.get(pot, D(0)) + line.amount_mnok
    return sums


def _pdf_words(data: bytes, tmp_path: Path) -> str:
    """The PDF's text in drawing order (pdftotext -raw), whitespace made single spaces."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) er ikke installert")
    path = tmp_path / "forslag.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


def _content(world):
    return proposal_content(
        world["scenario"],
        world["items"],
        world["frames"],
        world["profile"],
        stale=world["stale"],
        made_at=MADE_AT,
    )


def test_pdf_balance_equals_the_hand_computed_sums(world, tmp_path: Path) -> None:
    proposal = _content(world)
    words = _pdf_words(render_proposal_pdf(proposal, signed=False), tmp_path)
    frames = {f.key: f.amount_mnok for f in world["frames"]}
    sums = _hand_sums(world)
    names = {"bompenger": "Bompenger", "statlig": "Statlige midler"}
    assert (2031, "bompenger", "") in sums  # the shifted sheet's 2030 money
    over = 0
    for (year, source, party), used in sums.items():
        if party and (year, source, party) not in frames:
            continue  # a pot is balanced only where the secretariat set one
        frame = frames.get((year, source, party))
        who = party or "Hele programmet"
        if frame is None:
            line = f"{names[source]} {who} – {_mnok(used)} – over: ingen ramme"
        else:
            left = frame - used
            status = f"over med {_said(-left)}" if left < 0 else "innenfor"
            over += left < 0
            line = f"{names[source]} {who} {_mnok(frame)} {_mnok(used)} {_mnok(left)} {status}"
        assert line in words, (year, source, party)
    for year in (2027, 2028, 2029):
        used = sum(v for (y, _s, p), v in sums.items() if y == year and not p)
        frame = sum(v for (y, _s, p), v in frames.items() if y == year and not p)
        assert f"Sum alle kilder Hele programmet {_mnok(frame)} {_mnok(used)}" in words
    # Over is said in words on the title page too, never by colour alone.
    count = over + sum(1 for k in sums if k not in frames and not k[2])
    assert f"{count} rammer er overskredet:" in words


def test_pdf_ranks_the_included_sheets_per_area_and_lists_the_rest(world, tmp_path: Path) -> None:
    proposal = _content(world)
    words = _pdf_words(render_proposal_pdf(proposal, signed=False), tmp_path)
    scenario, items, profile = world["scenario"], world["items"], world["profile"]
    included = [e for e in scenario.entries if e.included]
    rank = {e.sheet_id: n for n, e in enumerate(included, start=1)}
    # Per action area in the profile's order, in the scenario's rank order within it.
    position = words.index("Rangerte tiltak per tiltaksområde")
    for area in (a.id for a in profile.action_areas):
        mine = [e for e in included if items[e.sheet_id].action_area == area]
        if not mine:
            continue
        position = words.index(f"{profile.action_area_name(area)} ({len(mine)} tiltak)", position)
        for entry in mine:
            item = items[entry.sheet_id]
            row = f"{rank[entry.sheet_id]} {item.title} {item.phase} {_mnok(item.expected_mnok)}"
            position = words.index(row, position)
        expected = sum(items[e.sheet_id].expected_mnok for e in mine)
        position = words.index(f"Sum {profile.action_area_name(area)} {_mnok(expected)}", position)
    # The flagged sheet says why, in words.
    flagged = next(i for i in items.values() if i.flags and i.sheet_id in rank)
    assert flagged.flags[0].text in words
    # Left out, with the reason recorded or «(ingen grunn oppgitt)».
    left_out = words[words.index("Tiltak som ikke er med") :]
    for n, entry in enumerate(scenario.entries, start=1):
        if not entry.included:
            reason = entry.reason or NO_REASON
            assert f"{n} {items[entry.sheet_id].title}" in left_out
            assert reason in left_out
    withdrawn = items[next(iter(world["stale"]))]
    changed = words[words.index("Endret siden scenarioet ble laget", position) :]
    assert f"{withdrawn.title} {withdrawn.revision} Ja Arket er trukket." in changed
    reassess = words[words.index("Til ny vurdering", position) :]
    assert {i.title for i in items.values() if i.reassess} == {
        t for t in (i.title for i in items.values()) if t in reassess
    }
    assert len([i for i in items.values() if i.reassess]) == 2
    assert "Prosjekter som ikke har gått til utbygging tre år etter" in reassess  # profile's words


def test_workbook_values_agree_with_the_balance_and_the_pdf(world, tmp_path: Path) -> None:
    proposal = _content(world)
    data = render_proposal_xlsx(proposal)
    words = _pdf_words(render_proposal_pdf(proposal, signed=False), tmp_path)
    wb = load_workbook(io.BytesIO(data), data_only=True)
    assert wb.sheetnames == [
        BALANCE_SHEET,
        RANKING_SHEET,
        AREA_SHEET,
        LEFT_OUT_SHEET,
        CHANGED_SHEET,
        REASSESS_SHEET,
    ]
    formulas = load_workbook(io.BytesIO(data))
    assert not [c for ws in formulas for row in ws.iter_rows() for c in row if c.data_type == "f"]

    funding = {i: item.funding for i, item in world["items"].items()}
    balance = Balance.of(world["frames"], world["scenario"], funding)
    rows = list(wb[BALANCE_SHEET].iter_rows(min_row=2, values_only=True))
    seen = 0
    for year, source, party, frame, used, left, status in rows:
        if source == "Sum alle kilder":
            continue
        key = next(s.id for s in world["profile"].funding_sources if s.name == source)
        cell = balance.cells[(year, key, "" if party == "Hele programmet" else party)]
        assert used == pytest.approx(float(cell.used))
        assert frame == (None if cell.frame is None else pytest.approx(float(cell.frame)))
        assert left == (None if cell.left is None else pytest.approx(float(cell.left)))
        if cell.left is not None and cell.left < 0:
            assert status == f"over med {_said(-cell.left)}"
        seen += 1
    assert seen == len(balance.cells)
    sums = _hand_sums(world)
    assert {(y, s, p): v for (y, s, p), v in sums.items() if (y, s, p) in balance.cells} == {
        k: c.used for k, c in balance.cells.items() if c.used
    }

    ws = wb[RANKING_SHEET]
    header = [c.value for c in ws[1]]
    ranked = [dict(zip(header, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert len(ranked) == sum(1 for e in world["scenario"].entries if e.included)
    for row in ranked:
        assert f"{row['Nr.']} {row['Tiltak']} {row['Fase']}" in words
        item = world["items"][uuid.UUID(row["Ark-ID"])]
        assert row["Forventet kostnad (MNOK)"] == pytest.approx(float(item.expected_mnok))
        years = [y for y in proposal.years if row[f"{y} (MNOK)"] is not None]
        total = sum(row[f"{y} (MNOK)"] for y in years)
        assert row["Sum finansiering (MNOK)"] == pytest.approx(total)
        assert total == pytest.approx(float(item.funding_total))
    # The PDF's order: per action area, by rank within it.
    assert [r["Nr."] for r in ranked] == [r.rank for a in proposal.areas for r in a.rows]
    assert [r["Tiltak"] for r in ranked] == [r.item.title for a in proposal.areas for r in a.rows]
    cells = {r["Nr."]: r for r in ranked}
    shifted = next(r for r in proposal.ranked if r.entry.shift_years)
    assert cells[shifted.rank]["Flyttet (år)"] == 1
    assert cells[shifted.rank]["2031 (MNOK)"] is not None

    left = list(wb[LEFT_OUT_SHEET].iter_rows(min_row=2, values_only=True))
    assert sorted(r[6] for r in left) == sorted(["Ikke modent.", NO_REASON])
    again = [r[0] for r in wb[REASSESS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert sorted(again) == sorted(i.title for i in world["items"].values() if i.reassess)
    (changed,) = wb[CHANGED_SHEET].iter_rows(min_row=2, values_only=True)
    assert changed[3] == "Arket er trukket."

    area_rows = list(wb[AREA_SHEET].iter_rows(min_row=2, values_only=True))
    assert area_rows[-1][0] == f"Sum {world['profile'].name}"  # one programme, never two
    assert area_rows[-1][2] == pytest.approx(float(proposal.expected_total))

    for sheet in wb.worksheets:  # a print a person can read
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"


def test_libreoffice_prints_the_ranking_readable_and_reads_the_same_sums(
    world, tmp_path: Path
) -> None:
    """LibreOffice, when installed: the area sums it reads are the proposal's, and the
    printed ranking is no smaller than 6 pt (11 pt text at 55 % or more)."""
    proposal = _content(world)
    src = tmp_path / "forslag.xlsx"
    src.write_bytes(render_proposal_xlsx(proposal))
    filter_ = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    convert_with_libreoffice(src, tmp_path, filter_)
    import csv

    rows = list(
        csv.reader((tmp_path / f"forslag-{AREA_SHEET}.csv").read_text("utf-8").splitlines())
    )
    header, total = rows[0], dict(zip(rows[0], rows[-1], strict=False))
    assert total[header[0]].startswith("Sum ")
    assert float(total["Forventet kostnad (MNOK)"]) == pytest.approx(float(proposal.expected_total))

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) er ikke installert")
    convert_with_libreoffice(src, tmp_path, "pdf")
    subprocess.run(["pdftotext", "-bbox", str(tmp_path / "forslag.pdf"), str(tmp_path / "b.html")])
    boxes = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<',
        (tmp_path / "b.html").read_text("utf-8"),
    )
    heights = {text: float(y1) - float(y0) for y0, y1, text in boxes}
    title = next(r.item.title.split()[0] for r in proposal.ranked)  # «Tiltak»
    assert title in heights
    # Word boxes of 11 pt text at 100 % are about 13 pt high in LibreOffice's PDF.
    assert min(heights.values()) >= 6.0, min(heights.values())


def test_never_across_programmes(world, catalog: Catalog, tmp_path: Path) -> None:
    bergen = next(s for s in example_sheets(catalog) if s.profile == "miljoloftet")
    other = build_item(bergen, catalog, catalog.profile("miljoloftet"), today=TODAY)
    items = dict(world["items"]) | {other.sheet_id: other}
    with pytest.raises(ExportError, match="ett program"):
        write_proposal(tmp_path, world["scenario"], items, world["frames"], world["profile"])
    with pytest.raises(ExportError, match="hører til"):
        write_proposal(
            tmp_path,
            world["scenario"],
            world["items"],
            world["frames"],
            catalog.profile("miljoloftet"),
        )
    assert not list(tmp_path.iterdir())


def test_unsigned_files_say_so_and_claim_no_signature(world, tmp_path: Path) -> None:
    from prosjektark.signing.pades import verify_pdf

    paths = write_proposal(
        tmp_path / "ut",
        world["scenario"],
        world["items"],
        world["frames"],
        world["profile"],
        stale=world["stale"],
        made_at=MADE_AT,
    )
    assert [p.suffix for p in paths] == [".pdf", ".xlsx"]
    assert paths[0].name == "forslag-til-handlingsprogram-2027-2030_miljopakken_hovedalternativ.pdf"
    pdf = paths[0].read_bytes()
    assert not verify_pdf(pdf, []).signed
    words = _pdf_words(pdf, tmp_path)
    assert "IKKE SIGNERT" in words and "Signatur Ikke signert" in words
    assert "Signert med" not in words and "Signert (se" not in words


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory):
    from prosjektark.signing.identity import create_identity

    return create_identity(
        "Sekretariatet Miljøpakken",
        "post@miljopakken.no",
        "Miljøpakken",
        PASS,
        tmp_path_factory.mktemp("id"),
    )


def test_signed_proposal_verifies_with_the_app_and_independent_tools(
    world, identity, tmp_path: Path
) -> None:
    from prosjektark.exchange.package_reader import verify_package
    from prosjektark.signing.identity import certificate_pem
    from prosjektark.signing.pades import verify_pdf
    from prosjektark.signing.trust import TrustStore

    out = tmp_path / "ut"
    pdf_path, xlsx_path, package = write_proposal(
        out,
        world["scenario"],
        world["items"],
        world["frames"],
        world["profile"],
        stale=world["stale"],
        made_at=MADE_AT,
        identity=identity,
    )
    assert package.suffix == ".asice"
    pem = tmp_path / "sekretariat.pem"
    pem.write_bytes(certificate_pem(identity.certificate))
    trust = TrustStore.from_path(pem)

    result = verify_package(package, trust, layout=PROPOSAL_LAYOUT)
    assert result.valid, result.reasons
    assert result.files == [PROPOSAL_PDF, PROPOSAL_XLSX]
    assert result.read_entry(PROPOSAL_PDF) == pdf_path.read_bytes()
    assert result.read_entry(PROPOSAL_XLSX) == xlsx_path.read_bytes()
    report = verify_pdf(pdf_path.read_bytes(), [identity.certificate])
    assert report.ok, report.problems
    assert "Signatur Signert (se signaturfeltet)" in _pdf_words(pdf_path.read_bytes(), tmp_path)

    # Changed after signing: the app says so.
    changed = tmp_path / "endret.asice"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body + b"x" if info.filename == PROPOSAL_XLSX else body)
    assert not verify_package(changed, trust, layout=PROPOSAL_LAYOUT).valid

    pdfsig = shutil.which("pdfsig")
    openssl = shutil.which("openssl")
    if pdfsig is None or openssl is None:
        pytest.skip("pdfsig (poppler-utils) eller openssl er ikke installert")
    shown = subprocess.run([pdfsig, str(pdf_path)], capture_output=True, text=True)
    assert "Signature is Valid." in shown.stdout, shown.stdout + shown.stderr
    assert "Total document signed" in shown.stdout
    assert "Sekretariatet Miljøpakken" in shown.stdout
    unpacked = tmp_path / "pakket-ut"
    with zipfile.ZipFile(package) as zf:
        zf.extractall(unpacked)
    assert (unpacked / "mimetype").read_bytes() == b"application/vnd.etsi.asic-e+zip"
    checked = subprocess.run(
        [openssl, "cms", "-verify", "-binary", "-inform", "DER"]
        + ["-in", str(unpacked / "META-INF" / "signature.p7s")]
        + ["-content", str(unpacked / "META-INF" / "ASiCManifest.xml")]
        + ["-CAfile", str(pem), "-purpose", "any", "-out", str(tmp_path / "ut.xml")],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0 and "Verification successful" in checked.stderr, checked.stderr


def test_an_empty_scenario_without_frames_still_reads(world, tmp_path: Path) -> None:
    empty = replace(world["scenario"], entries=())
    proposal = proposal_content(empty, {}, [], world["profile"], made_at=MADE_AT)
    words = _pdf_words(render_proposal_pdf(proposal, signed=False), tmp_path)
    assert "Programmet har ingen rammer registrert" in words
    assert "Ingen tiltak er med i scenarioet." in words
    wb = load_workbook(io.BytesIO(render_proposal_xlsx(proposal)), data_only=True)
    assert wb[BALANCE_SHEET].max_row == 1


def test_prosjektark_verify_knows_a_proposal_package(world, identity, tmp_path: Path, capsys):
    from prosjektark.cli import main
    from prosjektark.signing.identity import certificate_pem

    *_, package = write_proposal(
        tmp_path / "ut",
        world["scenario"],
        world["items"],
        world["frames"],
        world["profile"],
        made_at=MADE_AT,
        identity=identity,
    )
    pem = tmp_path / "sekretariat.pem"
    pem.write_bytes(certificate_pem(identity.certificate))
    assert main(["verify", str(package), "--trust", str(pem)]) == 0
    shown = capsys.readouterr().out
    assert "GYLDIG" in shown and PROPOSAL_PDF in shown and PROPOSAL_XLSX in shown


def test_pdf_number_columns_keep_their_decimals_and_sums_leave_no_money_empty(
    world, tmp_path: Path
) -> None:
    """Regression: trailing zeros were dropped («40,839» over «25,32», P85 «50,8» over
    «30,94»), so a column's decimals did not line up; and an area's sum printed «0,0» for
    a year without money where its sheets' rows leave the cell empty."""
    proposal = _content(world)
    words = _pdf_words(render_proposal_pdf(proposal, signed=False), tmp_path)
    ranked = words[
        words.index("Rangerte tiltak per tiltaksområde") : words.index("Tiltak som ikke er med")
    ]
    years = proposal.years
    assert years[-1] == 2031  # the shifted sheet's money, in its own column
    for row in proposal.ranked:
        i = row.item
        money = [_mnok(row.funding[y]) for y in years if row.funding.get(y)]
        cells = [str(row.rank), i.title, i.phase, _mnok(i.expected_mnok), _mnok(i.p85_mnok)]
        cells += [str(i.total_points), str(i.weighted_points)]
        # Cost per point is kept to the hundredth of a million: two decimals, always.
        cells += [format_number(i.cost_per_point, min_decimals=2, max_decimals=2), *money]
        assert " ".join(cells) in ranked, cells
    assert "50,803" in ranked and "50,8 " not in ranked
    assert "0,0 " not in ranked
    for group in proposal.areas:
        sums = [_mnok(group.funding_in(y)) for y in years if group.funding_in(y)]
        row = " ".join([f"Sum {group.name}", _mnok(group.expected_total), *sums])
        # Nothing after the last year with money: an empty cell, never «0,000».
        assert re.search(re.escape(row) + r"(?! [\d−])", ranked), row
    assert any(not g.funding_in(2031) for g in proposal.areas)
    # Every number with decimals in the balance tables has three.
    balance = words[
        words.index("Balanse mot rammene per år") : words.index("Rangerte tiltak per tiltaksområde")
    ]
    table = re.sub(r"over med [\d\s,]+", "", balance)  # words, not a column
    assert {len(d) for d in re.findall(r"\d,(\d+)", table)} == {3}


def test_the_two_programmes_proposals_never_replace_each_other(
    world, catalog: Catalog, tmp_path: Path
) -> None:
    """Regression: both programmes have the title «Forslag til handlingsprogram
    2027–2030»; a scenario of the same name in each wrote the same file names, and the
    second export replaced the first without a word."""
    bergen_profile = catalog.profile("miljoloftet")
    assert bergen_profile.portfolio.proposal_title == world["profile"].portfolio.proposal_title
    bergen = next(s for s in example_sheets(catalog) if s.profile == "miljoloftet")
    item = build_item(bergen, catalog, bergen_profile, today=TODAY)
    other = new_scenario(world["scenario"].name, bergen_profile, [item])
    ours = write_proposal(
        tmp_path, world["scenario"], world["items"], world["frames"], world["profile"],
        made_at=MADE_AT,
    )  # fmt: skip
    theirs = write_proposal(
        tmp_path, other, {item.sheet_id: item}, [], bergen_profile, made_at=MADE_AT
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in [*ours, *theirs])
    assert len({p.name for p in [*ours, *theirs]}) == 4
    assert "miljopakken" in ours[0].name and "miljoloftet" in theirs[0].name
    assert "Miljøpakken" in _pdf_words(ours[0].read_bytes(), tmp_path)
    assert "Miljøløftet" in _pdf_words(theirs[0].read_bytes(), tmp_path)


def test_an_existing_proposal_is_replaced_only_when_asked(world, tmp_path: Path) -> None:
    out = tmp_path / "ut"
    args = (out, world["scenario"], world["items"], world["frames"], world["profile"])
    pdf, xlsx = write_proposal(*args, made_at=MADE_AT)
    before = {p: p.read_bytes() for p in (pdf, xlsx)}
    with pytest.raises(ExportError) as caught:
        write_proposal(*args, made_at=MADE_AT + timedelta(days=1))
    message = str(caught.value)
    assert pdf.name in message and xlsx.name in message and "finnes allerede" in message
    assert {p: p.read_bytes() for p in (pdf, xlsx)} == before  # neither file touched
    assert sorted(out.iterdir()) == sorted(before)  # and no temporary file left behind
    # One of the two left: still nothing is written, and the one there is named.
    xlsx.unlink()
    with pytest.raises(ExportError, match=re.escape(pdf.name)):
        write_proposal(*args, made_at=MADE_AT + timedelta(days=1))
    assert not xlsx.exists() and pdf.read_bytes() == before[pdf]
    again = write_proposal(*args, made_at=MADE_AT + timedelta(days=1), overwrite=True)
    assert again == [pdf, xlsx]
    assert pdf.read_bytes() != before[pdf]
