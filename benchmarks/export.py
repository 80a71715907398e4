"""Export + sign + package one full sheet vs the same libraries doing the same work.

Pipeline: exchange.export.export_sheet(pdf, xlsx, json, package) on the largest example
sheet: rules, the A4 PDF (reportlab platypus, tagged for screen readers, PDF/A-2b), the
workbook, a PAdES signature with a visible stamp, the CAdES signature over the manifest,
the ASiC-E zip and durable writes to disk.

Floor, measured in the same run with the same key: what a plain script does with the
same libraries, straight from their public APIs, for a document of the same content.
Its shape is read from the pipeline's own first output (outside the timing), so the floor
follows the sheet and the layout as they change:

1. PDF, reportlab platypus in the same embedded TrueType family (DejaVu Sans, the faces
   the sheet uses), as a minimal platypus user writes it: a Paragraph for every heading
   and text of the pipeline's structure tree (its P and H* elements), and Tables of the
   same rows and cells (its Table, TR, TH and TD elements), a repeated header row where
   the pipeline has one. Each text has the length of the pipeline's (glyphs counted in
   its content streams; the words are the sheet's own). A cell the pipeline wraps onto
   more lines is a Paragraph; a one-line cell is a plain string, the cheapest cell
   reportlab draws. A page break goes where the pipeline starts a page (its CondPageBreaks
   do that work), and the run stops if the floor does not come out with the same number
   of pages. A page callback draws a footer with the page number.
2. PDF/A: pyHanko copy_into_new_writer + write, the rewrite exchange/pdfa.py makes, with
   the XMP identification and an sRGB output intent (the profile made once, as the
   pipeline caches it). This is what making reportlab's output PDF/A unavoidably costs.
3. Tagging: a pikepdf (qpdf) open, a parse and unparse of every page's content stream, and
   a save: what exchange/tagged_pdf.py cannot do without (it has to rewrite the content
   streams to mark the artifacts). Writing the structure tree itself (a few hundred
   elements) is left out of the floor, so it counts as the pipeline's overhead.
4. Workbook, openpyxl: the same worksheets with the same filled cells (values, number
   formats, bold where the pipeline has it, a header fill), column widths and frozen
   header rows, as a plain script sets them, with one shared Font and Fill object.
   Formulas are stored as values: openpyxl cannot save a formula's result, and a value is
   the plain way to give readers that do not calculate a number.
5. Two pyHanko signatures, as the package has two: PAdES with a visible text stamp in
   the same embedded stamp font (the program the pipeline embeds, cut once per process,
   handed to pyHanko's own GlyphAccumulatorFactory), and a detached CAdES CMS over a
   manifest of SHA-256 digests.
6. A zip (zipfile) of the JSON, the signed PDF, the workbook, the manifest and the
   signature, and the four files written as the pipeline writes them: durably (fsync,
   rename, one fsync of the folder), which an export that must survive a crash needs.

The PDF steps run in the pipeline's order: layout, PDF/A, the tagging pass, the signature.

Each round times both sides interleaved (wall and CPU time); medians are reported. Each
side runs as the app runs an export (ui/background.collector_paused): the cyclic garbage
collector collects first and stays off during the work. With it on, a full collection
costs about a microsecond per live object of the whole process (both sides' registered
fonts alone are 100,000), and lands on whichever side happens to cross the threshold:
the ratio then swings by ±0.15 between runs. `--collector-on` measures that way instead.
Target: pipeline ≤ 1.5× floor (wall). Prints one JSON line; no assertion.
"""

from __future__ import annotations

import gc
import hashlib
import io
import itertools
import logging
import os
import re
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

from _common import median, report
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.exchange.export import export_sheet
from prosjektark.paths import resource_dir
from prosjektark.signing.identity import create_identity

# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks it.
ROUNDS = 1 if os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1" else 15
TARGET = 1.5
TODAY = date(2026, 3, 1)
FONT_DIR = resource_dir() / "fonts"
FACES = {
    "Floor": "DejaVuSans.ttf",
    "Floor-Bold": "DejaVuSans-Bold.ttf",
    "Floor-Italic": "DejaVuSans-Oblique.ttf",
    "Floor-BoldItalic": "DejaVuSans-BoldOblique.ttf",
}

# ------------------------------------------------------------------ the pipeline's shape


@dataclass
class Text:
    length: int  # glyphs
    lines: int  # text-showing operations: more than one means it wraps
    role: str  # P, H1..H6, TH, TD


@dataclass
class Block:
    """One item of the floor's story: a text, or a table of texts (rows of cells)."""

    page: int  # the page it starts on
    text: Text | None = None
    rows: list[list[Text]] | None = None
    header_rows: int = 0


_SHOWS = frozenset({"Tj", "TJ", "'", '"'})


def pdf_shape(pdf: bytes) -> tuple[int, list[Block]]:
    """The page count and the story of the pipeline's tagged PDF, from its structure
    tree and content streams: each element's glyphs, lines and first page."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page_of = {p.obj.objgen: n for n, p in enumerate(doc.pages)}
        counts: dict[tuple[int, int], list[int]] = {}  # (page, mcid) -> [glyphs, shows]
        for n, page in enumerate(doc.pages):
            current: list[int | None] = []
            for ins in pikepdf.parse_content_stream(page):
                op = str(ins.operator)
                if op == "BDC":
                    props = ins.operands[1]
                    mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
                    current.append(None if mcid is None else int(mcid))
                elif op == "BMC":
                    current.append(None)
                elif op == "EMC" and current:
                    current.pop()
                elif op in _SHOWS and current and current[-1] is not None:
                    arg = ins.operands[-1]
                    items = [arg] if isinstance(arg, pikepdf.String) else list(arg)
                    glyphs = sum(len(bytes(i)) for i in items if isinstance(i, pikepdf.String))
                    entry = counts.setdefault((n, current[-1]), [0, 0])
                    entry[0] += glyphs
                    entry[1] += 1

        def content(element: pikepdf.Dictionary) -> tuple[int, int, int | None]:
            glyphs = shows = 0
            first = None
            home = page_of.get(element.Pg.objgen) if "/Pg" in element else None
            for kid in element.K:
                if isinstance(kid, int):
                    page = home
                    mcid = kid
                elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                    page, mcid = page_of[kid.Pg.objgen], int(kid.MCID)
                else:
                    continue
                g, s = counts.get((page, mcid), (0, 0))
                glyphs, shows = glyphs + g, shows + s
                first = page if first is None else first
            return glyphs, shows, first

        blocks: list[Block] = []
        for element in doc.Root.StructTreeRoot.K[0].K:
            role = str(element.S)[1:]
            if role == "Table":
                rows, header, first = [], 0, None
                for tr in element.K:
                    row = []
                    for cell in tr.K:
                        glyphs, shows, page = content(cell)
                        first = page if first is None else first
                        row.append(Text(glyphs, shows, str(cell.S)[1:]))
                    if row and all(
                        c.role == "TH" and str(k.get("/A", {}).get("/Scope", "")) == "/Column"
                        for c, k in zip(row, tr.K, strict=True)
                    ):
                        header += 1
                    rows.append(row)
                blocks.append(Block(first or 0, rows=rows, header_rows=header))
            else:
                glyphs, shows, page = content(element)
                if glyphs:
                    blocks.append(Block(page or 0, text=Text(glyphs, shows, role)))
        return len(doc.pages), blocks


@dataclass
class SheetCells:
    title: str
    cells: list[tuple[int, int, object, str, bool]]  # row, column, value, format, bold
    widths: dict[str, float]
    merged: list[str]


def workbook_shape(xlsx: bytes) -> list[SheetCells]:
    """Every filled cell of the pipeline's workbook: value, number format, bold."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsx))
    return [
        SheetCells(
            ws.title,
            [
                (c.row, c.column, c.value, c.number_format, bool(c.font and c.font.b))
                for row in ws.iter_rows()
                for c in row
                if c.value is not None
            ],
            {k: d.width for k, d in ws.column_dimensions.items() if d.width},
            [str(r) for r in ws.merged_cells.ranges],
        )
        for ws in wb.worksheets
    ]


def filler(words: list[str]):
    """Texts of a given length made of the sheet's own words, in turn."""
    pool = itertools.cycle(words)

    def text(length: int) -> str:
        if not length:
            return ""
        out = ""
        while len(out) < length:
            out = f"{out} {next(pool)}" if out else next(pool)
        return out[:length]

    return text


# ------------------------------------------------------------------ the floor


@cache
def floor_fonts() -> None:
    """Registered once per process, as any reportlab program registers its fonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        "Floor", normal="Floor", bold="Floor-Bold", italic="Floor-Italic",
        boldItalic="Floor-BoldItalic",
    )  # fmt: skip


def floor_story(blocks: list[Block], text) -> list:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle
    from reportlab.platypus.flowables import DocIf

    body = ParagraphStyle("body", fontName="Floor", fontSize=9.2, leading=12.2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.6, leading=11)
    head = ParagraphStyle("head", parent=cell, fontName="Floor-Bold")
    headings = {
        f"H{n}": ParagraphStyle(f"h{n}", parent=body, fontName="Floor-Bold", fontSize=size,
                                leading=size + 3, spaceBefore=6, spaceAfter=3)
        for n, size in ((1, 17), (2, 13), (3, 10), (4, 8.8), (5, 8.8), (6, 8.8))
    }  # fmt: skip
    story: list = []
    page = 0
    for block in blocks:
        if block.page > page:
            # A new page where the pipeline starts one, unless the floor is there already.
            story.append(DocIf(f"doc.page < {block.page + 1}", [PageBreak()]))
            page = block.page
        if block.text is not None:
            style = headings.get(block.text.role, body)
            story.append(Paragraph(text(block.text.length), style))
            continue
        assert block.rows is not None
        data = [
            [
                Paragraph(text(c.length), head if c.role == "TH" else cell)
                if c.lines > 1
                else text(c.length)
                for c in row
            ]
            for row in block.rows
        ]
        columns = max(len(r) for r in block.rows)
        data = [r + [""] * (columns - len(r)) for r in data]
        # Widths by the longest line of each column, as one sizes a table to its content.
        need = [
            max([4] + [r[c].length / r[c].lines for r in block.rows if c < len(r) and r[c].lines])
            for c in range(columns)
        ]
        widths = [495 * n / sum(need) for n in need]
        table = Table(data, colWidths=widths, repeatRows=block.header_rows, hAlign="LEFT")
        commands = [
            ("FONT", (0, 0), (-1, -1), "Floor", 8.6),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
        ]
        if block.header_rows:
            commands += [
                ("FONT", (0, 0), (-1, block.header_rows - 1), "Floor-Bold", 8.2),
                ("BACKGROUND", (0, 0), (-1, block.header_rows - 1), colors.lightblue),
            ]
        table.setStyle(TableStyle(commands))
        story.append(table)
    return story


def floor_pdf(blocks: list[Block], text) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    floor_fonts()

    def footer(canv, doc) -> None:
        canv.setFont("Floor", 7.5)
        canv.drawRightString(545, 32, f"Side {doc.page}")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=56, bottomMargin=58,
        title="Prosjektark", author="Benk Mark", lang="nb-NO",
    )  # fmt: skip
    doc.build(floor_story(blocks, text), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def floor_pdfa(pdf: bytes, icc: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name
    from pyhanko.pdf_utils.metadata import model
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf), strict=False))
    writer.ensure_output_version((1, 7))
    profile = generic.StreamObject({pdf_name("/N"): generic.NumberObject(3)}, icc)
    profile.compress()
    intent = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/OutputIntent"),
            pdf_name("/S"): pdf_name("/GTS_PDFA1"),
            pdf_name("/OutputConditionIdentifier"): generic.TextStringObject("sRGB"),
            pdf_name("/DestOutputProfile"): writer.add_object(profile),
        }
    )
    writer.root[pdf_name("/OutputIntents")] = generic.ArrayObject([writer.add_object(intent)])
    pdfaid = model.NS["pdfaid"]
    meta = writer.document_meta
    meta.title, meta.author = "Prosjektark", "Benk Mark"
    meta.xmp_extra = [
        model.XmpStructure.of(
            (model.ExpandedName(ns=pdfaid, local_name="part"), model.XmpValue("2")),
            (model.ExpandedName(ns=pdfaid, local_name="conformance"), model.XmpValue("B")),
        )
    ]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def floor_tagging_pass(pdf: bytes) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            raw = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(page))
            page.obj.Contents = doc.make_stream(raw)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def floor_xlsx(shape: list[SheetCells]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCE6EA")
    wb = Workbook()
    for index, sheet in enumerate(shape):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = sheet.title
        for row, col, value, number_format, is_bold in sheet.cells:
            cell = ws.cell(row=row, column=col, value=value)
            if number_format != "General":
                cell.number_format = number_format
            if is_bold:
                cell.font = bold
            if row == 1:
                cell.fill = fill
        for letter, width in sheet.widths.items():
            ws.column_dimensions[letter].width = width
        for merged in sheet.merged:
            ws.merge_cells(merged)
        ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def floor_sign(pdf: bytes, identity, font_file: str) -> bytes:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    from prosjektark.signing._pyhanko import run_sync, signer_for

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    out = io.BytesIO()
    pdf_signer = signers.PdfSigner(
        signers.PdfSignatureMetadata(
            field_name="Signatur", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
        ),
        signer=signer_for(identity),
        stamp_style=TextStampStyle(
            stamp_text="Signert av: %(signer)s\nTid: %(ts)s\nRevisjon: 1",
            text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font_file, font_size=9)),
        ),
        new_field_spec=fields.SigFieldSpec("Signatur", box=(365, 713, 545, 785)),
    )
    run_sync(pdf_signer.async_sign_pdf(writer, output=out))
    return out.getvalue()


def floor_cms(data: bytes, identity) -> bytes:
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    from prosjektark.signing._pyhanko import run_sync, signer_for

    attrs = PdfCMSSignedAttributes(signing_time=datetime.now(UTC))
    signature = signer_for(identity).async_sign_general_data(
        data, "sha256", detached=True, use_cades=True, signed_attr_settings=attrs
    )
    return run_sync(signature).dump()


def floor_zip(files: dict[str, bytes], identity) -> bytes:
    manifest = "\n".join(f"{n} {hashlib.sha256(d).hexdigest()}" for n, d in files.items())
    signature = floor_cms(manifest.encode(), identity)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.etsi.asic-e+zip")
        for name, data in files.items():
            stored = name.endswith((".pdf", ".xlsx"))
            zf.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/ASiCManifest.xml", manifest, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/signature.p7s", signature)
    return buffer.getvalue()


def write_durably(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        tmp = folder / f".{name}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / name)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ------------------------------------------------------------------ the run


def main(paused: bool = True) -> None:
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
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
    pages, blocks = pdf_shape(first.files["pdf"].read_bytes())
    shape = workbook_shape(first.files["xlsx"].read_bytes())
    json_bytes = first.files["json"].read_bytes()
    words = re.findall(r"[^\W\d_]{2,}[.,]?", json_bytes.decode("utf-8"))
    from PIL import ImageCms

    from prosjektark.signing.stamp import stamp_font_program

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    # The stamp font the pipeline embeds, as a file for pyHanko's own font factory.
    stamp_font = work / "stamp.ttf"
    stamp_font.write_bytes(stamp_font_program())

    def floor(out: Path) -> bytes:
        text = filler(words)  # the same texts every round
        pdf = floor_tagging_pass(floor_pdfa(floor_pdf(blocks, text), icc))
        signed = floor_sign(pdf, identity, str(stamp_font))
        xlsx = floor_xlsx(shape)
        package = floor_zip({"a.json": json_bytes, "a.pdf": signed, "a.xlsx": xlsx}, identity)
        write_durably(
            out, {"a.pdf": signed, "a.xlsx": xlsx, "a.json": json_bytes, "a.asice": package}
        )
        return pdf

    floor_pages = _page_count(floor(work / "warm-floor"))
    if floor_pages != pages:
        raise SystemExit(f"floor has {floor_pages} pages, the pipeline {pages}")
    pipe_wall, floor_wall, pipe_cpu, floor_cpu = [], [], [], []

    def timed(run, out: Path, wall: list[float], cpu: list[float]) -> None:
        if paused:  # as ui/background.collector_paused runs an export in the app
            gc.collect()
            gc.disable()
        try:
            t0, c0 = time.perf_counter(), time.process_time()
            run(out)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        finally:
            gc.enable()

    for i in range(ROUNDS):  # interleaved, so drift hits both sides alike
        timed(pipeline, work / f"p{i}", pipe_wall, pipe_cpu)
        timed(floor, work / f"f{i}", floor_wall, floor_cpu)
    pipe_s, floor_s = median(pipe_wall), median(floor_wall)
    report(
        "export",
        pipe_s / floor_s,
        TARGET,
        sheet=sheet.identification.title,
        pages=pages,
        pdf_cells=sum(len(r) for b in blocks if b.rows for r in b.rows),
        pdf_texts=sum(1 for b in blocks if b.text),
        xlsx_cells=sum(len(s.cells) for s in shape),
        pipeline_ms=round(pipe_s * 1000, 1),
        floor_ms=round(floor_s * 1000, 1),
        pipeline_cpu_ms=round(median(pipe_cpu) * 1000, 1),
        floor_cpu_ms=round(median(floor_cpu) * 1000, 1),
        cpu_ratio=round(median(pipe_cpu) / median(floor_cpu), 2),
        collector="paused" if paused else "on",
    )


def _page_count(pdf: bytes) -> int:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return len(doc.pages)


if __name__ == "__main__":
    main(paused="--collector-on" not in sys.argv[1:])
