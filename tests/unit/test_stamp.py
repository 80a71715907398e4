"""The visible signature stamp: drawn in an embedded font, so a Sámi name prints and
extracts exactly; Norwegian date; long names wrap at a readable size and stay inside the
box. Checked with poppler (pdftotext, pdffonts), not with our own reader."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pdf_helpers import make_pdf
from prosjektark.domain.nb_format import format_datetime
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.pades import PadesError, sign_pdf, verify_pdf
from prosjektark.signing.stamp import STAMP_FONT_SIZES, layout_text, text_width, wrap

PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(
    PDFTOTEXT is None or PDFFONTS is None, reason="poppler-utils ikke installert"
)

SAMI = "Máret Ánne Čiŋŋálaš-Šápmi"
LONG_ORG = (
    "Interkommunalt plankontor for areal- og transportplanlegging i Trondheimsregionen, "
    "avdeling for byvekstavtalens gangnett"
)
# The signature box the sheet PDF keeps free (exchange/pdf.SIGNATURE_BOX): 180 x 72 pt.
BOX = (365.0, 713.0, 545.0, 785.0)
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def maret(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    assert len(LONG_ORG) == 120
    return create_identity(
        SAMI,
        "maret@example.no",
        LONG_ORG,
        "stempel-passord med mellomrom",
        tmp_path_factory.mktemp("m"),
    )


@pytest.fixture(scope="module")
def signed(maret: Identity, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("signed") / "signert.pdf"
    path.write_bytes(sign_pdf(make_pdf(pages=1), maret, revision=4, box=BOX))
    return path


def _words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """Every word on page 1 with its box (x1, y1 from the top, x2, y2), from pdftotext."""
    out = subprocess.run(
        [PDFTOTEXT, "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout
    return [
        (w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
        for w in ET.fromstring(out).iter(f"{XHTML}word")
    ]


def _stamp_words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    x1, y1, x2, y2 = BOX
    top, bottom = 842 - y2, 842 - y1  # pdftotext measures from the top of the A4 page
    return [w for w in _words(pdf) if w[1] >= x1 - 1 and w[2] >= top - 1 and w[4] <= bottom + 1]


@needs_poppler
def test_sami_name_prints_and_extracts_exactly(signed: Path) -> None:
    text = subprocess.run(
        [PDFTOTEXT, str(signed), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Signert av: {SAMI}" in text.splitlines()
    assert "þÿ" not in text


@needs_poppler
def test_stamp_font_is_embedded(signed: Path) -> None:
    fonts = subprocess.run(
        [PDFFONTS, str(signed)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    stamp = [line for line in fonts if "DejaVuSans" in line]
    assert stamp, fonts
    # columns: name type encoding emb sub uni object ID
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in stamp), stamp
    assert not any("Courier" in line for line in fonts)


@needs_poppler
def test_time_is_norwegian_and_is_the_signing_time(signed: Path, maret: Identity) -> None:
    report = verify_pdf(signed.read_bytes(), [maret.certificate])
    assert report.ok
    text = subprocess.run(
        [PDFTOTEXT, str(signed), "-"], capture_output=True, text=True, check=True
    ).stdout
    (line,) = [ln for ln in text.splitlines() if ln.startswith("Tid: ")]
    assert re.fullmatch(r"Tid: \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d", line)
    assert line == f"Tid: {format_datetime(report.signing_time)}"


@needs_poppler
def test_long_organisation_wraps_at_readable_size_inside_the_box(signed: Path) -> None:
    words = _stamp_words(signed)
    # Nothing is cut: every word of the organisation is there, in order.
    assert " ".join(w[0] for w in words).count(LONG_ORG) == 1
    x1, y1, x2, y2 = BOX
    for _text, left, top, right, bottom in words:
        assert x1 <= left and right <= x2, (_text, left, right)
        assert 842 - y2 <= top and bottom <= 842 - y1
        # poppler's word box is the font's ascent + descent: 1.16 em for DejaVu Sans.
        assert (bottom - top) / 1.16 >= 7 - 0.05, _text
    lines = {round(w[2]) for w in words}
    assert len(lines) >= 5  # wrapped onto several lines instead of shrinking


def test_layout_picks_largest_size_that_fits() -> None:
    short = layout_text("Signert av: Ola\nTid: 01.02.2026 kl. 10:00", 180, 72)
    assert short.font_size == STAMP_FONT_SIZES[0]
    long = layout_text(f"Signert av: {SAMI}\n{LONG_ORG}\nTid: x\nRevisjon: 4", 180, 72)
    assert long.font_size >= 7
    assert len(long.lines) * long.leading <= 72 - 8
    assert " ".join(long.lines[1:-2]) == LONG_ORG


def test_wrap_keeps_every_character_and_fits() -> None:
    word = "Čiŋŋálaš" * 8  # one word longer than the line
    lines = wrap(f"{SAMI} {word} slutt", 8, 100)
    assert "".join(lines).replace(" ", "") == f"{SAMI}{word}slutt".replace(" ", "")
    assert all(text_width(line, 8) <= 100 for line in lines)


def test_character_the_stamp_cannot_draw_is_refused(tmp_path: Path) -> None:
    identity = create_identity(
        "山田 太郎", "yamada@example.no", "", "stempel-passord med mellomrom", tmp_path
    )
    with pytest.raises(PadesError, match=r"U\+5C71 山"):
        sign_pdf(make_pdf(pages=1), identity)
