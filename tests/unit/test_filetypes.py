"""An attachment's type is judged from its content (issue 12, item 9b): real files of
each kind pass under their own names, and a file whose name or media type lies is named
with what it really is."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from prosjektark.domain.filetypes import (
    DOCX,
    JPEG,
    PDF,
    PNG,
    PROGRAM,
    SVG,
    TEXT,
    XLSX,
    detect,
    file_mismatch,
    read_head,
    type_mismatch,
)

# -- real files, made by the libraries that write them --------------------------------


def pdf_bytes() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Situasjonsplan")
    canvas.save()
    return buffer.getvalue()


def image_bytes(fmt: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(buffer, format=fmt)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active["A1"] = "Kostnad"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def docx_bytes() -> bytes:
    """A minimal WordprocessingML package, laid out as Word writes one."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        zf.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            'main"><w:body><w:p><w:r><w:t>Notat</w:t></w:r></w:p></w:body></w:document>',
        )
    return buffer.getvalue()


SVG_TEXT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<rect width="10" height="10"/></svg>\n'
)
HTML_PAGE = b"<!DOCTYPE html><html><body>404 Ikke funnet</body></html>\n"


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("vedlegg")
    bodies = {
        "Situasjonsplan Tråkkvegen – rev 2.pdf": pdf_bytes(),
        "kart.png": image_bytes("PNG"),
        "foto.jpg": image_bytes("JPEG"),
        "budsjett.xlsx": xlsx_bytes(),
        "notat.docx": docx_bytes(),
        "notat.txt": "Vegen går over Čiŋŋálaš-brua.\n".encode(),
        "tall.csv": "år;beløp\n2027;12,5\n".encode("cp1252"),  # as Excel saves it
        "skisse.svg": SVG_TEXT,
        # The lies:
        "plan.pdf": image_bytes("PNG"),
        "rapport.pdf": Path(sys.executable).resolve().read_bytes()[:65536],
        "feilside.pdf": HTML_PAGE,
        "notat-egentlig-regneark.docx": xlsx_bytes(),
        "kart-egentlig-pdf.png": pdf_bytes(),
        "data.txt": image_bytes("JPEG"),
        "tom.pdf": b"",
    }
    paths = {}
    for name, body in bodies.items():
        path = folder / name
        path.write_bytes(body)
        paths[name] = path
    return paths


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Situasjonsplan Tråkkvegen – rev 2.pdf", PDF),
        ("kart.png", PNG),
        ("foto.jpg", JPEG),
        ("budsjett.xlsx", XLSX),
        ("notat.docx", DOCX),
        ("notat.txt", TEXT),
        ("tall.csv", TEXT),
        ("skisse.svg", SVG),
        ("rapport.pdf", PROGRAM),
    ],
)
def test_the_content_shows_the_kind(files: dict[str, Path], name: str, kind) -> None:
    assert detect(read_head(files[name])) is kind


@pytest.mark.parametrize(
    "name",
    [
        "Situasjonsplan Tråkkvegen – rev 2.pdf", "kart.png", "foto.jpg", "budsjett.xlsx",
        "notat.docx", "notat.txt", "tall.csv", "skisse.svg",
    ],
)  # fmt: skip
def test_an_honest_file_passes(files: dict[str, Path], name: str) -> None:
    assert file_mismatch(files[name]) is None


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("plan.pdf", "men innholdet er ikke en PDF: det er et PNG-bilde"),
        ("rapport.pdf", "men innholdet er ikke en PDF: det er et program (kjørbar fil)"),
        ("feilside.pdf", "men innholdet er ikke en PDF: det er en tekstfil"),
        ("notat-egentlig-regneark.docx", "ikke et Word-dokument: det er en Excel-arbeidsbok"),
        ("kart-egentlig-pdf.png", "ikke et PNG-bilde: det er en PDF"),
        ("data.txt", "ikke en tekstfil: det er et JPEG-bilde"),
        ("tom.pdf", "men filen er tom"),
    ],
)
def test_a_lying_file_is_named_with_what_it_is(
    files: dict[str, Path], name: str, said: str
) -> None:
    problem = file_mismatch(files[name])
    assert problem is not None and problem.startswith(f"«{name}» er oppgitt som ")
    assert said in problem


def test_a_declared_media_type_is_checked_too(files: dict[str, Path]) -> None:
    png = read_head(files["kart.png"])
    # No extension to go by: the media type is the claim.
    assert "ikke en PDF" in (type_mismatch("situasjonsplan", "application/pdf", png) or "")
    assert type_mismatch("situasjonsplan", "image/png", png) is None
    # Name and type disagree: whichever lies is named.
    assert "ikke en PDF" in (type_mismatch("kart.png", "application/pdf", png) or "")


def test_a_kind_not_known_here_is_not_judged() -> None:
    assert type_mismatch("modell.ifc", "application/octet-stream", b"ISO-10303-21;") is None
    assert type_mismatch("ukjent", "application/octet-stream", b"\x00\x01\x02") is None
