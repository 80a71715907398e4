"""Export + sign + package one full sheet vs a minimal script doing the unavoidable work.

Pipeline: exchange.export.export_sheet(pdf, xlsx, json, package) on the largest example
sheet: rules, the A4 PDF, the workbook, a PAdES signature with a visible stamp, the
CAdES signature over the manifest, the ASiC-E zip and atomic writes to disk.

Floor, measured in the same run with the same key: plain reportlab canvas text filling
as many pages as the sheet's PDF has (same embedded font), an openpyxl workbook with as
many filled cells as the sheet's workbook, one pyHanko PAdES signature (invisible) on
that PDF, and writing the two files. Target: pipeline ≤ 1.5× floor. Prints one JSON
line; no assertion.
"""

from __future__ import annotations

import io
import logging
import tempfile
import time
from datetime import date
from pathlib import Path

from _common import median, report
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.exchange.export import export_sheet
from prosjektark.paths import resource_dir
from prosjektark.signing.identity import create_identity

ROUNDS = 15
TARGET = 1.5
TODAY = date(2026, 3, 1)


def page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])


def workbook_shape(xlsx: bytes) -> list[tuple[int, int]]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsx))
    return [(ws.max_row, ws.max_column) for ws in wb.worksheets]


def floor_pdf(pages: int, font: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    line = "Prosjektark – æøå ÆØÅ – kostnad 1 234,5 MNOK, finansiering per år og kilde."
    for page in range(pages):
        c.setFont(font, 9)
        y = 800
        while y > 60:
            c.drawString(50, y, line)
            y -= 12
        c.drawString(480, 30, f"Side {page + 1} av {pages}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def floor_xlsx(shape: list[tuple[int, int]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for index, (rows, cols) in enumerate(shape):
        ws = wb.active if index == 0 else wb.create_sheet()
        for r in range(1, rows + 1):
            for c in range(1, cols + 1):
                ws.cell(row=r, column=c, value=r * c if c > 1 else f"Rad {r}")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def floor_sign(pdf: bytes, identity) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from prosjektark.signing._pyhanko import run_sync, signer_for

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = io.BytesIO()
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name="Signatur", md_algorithm="sha256"),
        signer=signer_for(identity),
    )
    run_sync(pdf_signer.async_sign_pdf(writer, output=out))
    return out.getvalue()


def main() -> None:
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    catalog = load_catalog(resource_dir())
    sheet = max(example_sheets(catalog), key=lambda s: len(sheet_to_json(s)))
    work = Path(tempfile.mkdtemp(prefix="prosjektark-bench-"))
    identity = create_identity("Benk Mark", "benk@example.no", "Benk", "benkmerke-passord", work)

    def pipeline(out: Path):
        return export_sheet(
            sheet, catalog, out, pdf=True, xlsx=True, json=True, package=True,
            identity=identity, today=TODAY,
        )  # fmt: skip

    first = pipeline(work / "warm")  # warm fonts, imports and caches on both sides
    pages = page_count(first.files["pdf"].read_bytes())
    shape = workbook_shape(first.files["xlsx"].read_bytes())
    from prosjektark.exchange.pdf import _fonts

    font = _fonts()[0]

    def floor(out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        signed = floor_sign(floor_pdf(pages, font), identity)
        (out / "a.pdf").write_bytes(signed)
        (out / "a.xlsx").write_bytes(floor_xlsx(shape))

    floor(work / "warm-floor")
    pipe_times, floor_times = [], []
    for i in range(ROUNDS):  # interleaved, so drift hits both sides alike
        t0 = time.perf_counter()
        pipeline(work / f"p{i}")
        pipe_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        floor(work / f"f{i}")
        floor_times.append(time.perf_counter() - t0)
    pipe_s, floor_s = median(pipe_times), median(floor_times)
    report(
        "export",
        pipe_s / floor_s,
        TARGET,
        sheet=sheet.identification.title,
        pages=pages,
        pipeline_ms=round(pipe_s * 1000, 1),
        floor_ms=round(floor_s * 1000, 1),
    )


if __name__ == "__main__":
    main()
