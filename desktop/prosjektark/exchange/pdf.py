"""The sheet as a readable A4 PDF (reportlab platypus).

Layout: a title block on page 1 (with the signature box kept free in its top-right
corner), then every step of the form in order with the fields shown for the sheet's
phase, and the rule findings under the summary step. Every page carries a footer with
the sheet UUID, the revision and "Side X av Y"; a sheet that is not ready is stamped
UTKAST diagonally on every page.

Values the sheet holds that the current form no longer asks for (domain/form_migration.py)
are shown under «Fjernet fra skjemaet» at the end of the step the editor shows them on, so
nothing the sheet carries is missing from its PDF. When given, the secretariat's remarks
with the working group's answers and the case history («Sakshistorikk», oldest first, as
a record is read) follow as the last sections. The case file (exchange/case_file.py) is
the same document with the review state before them and no signature box.

Every text of the program's own is written in the current language (i18n), which
exchange.export sets to the sheet's while it writes the sheet's PDF; the document states
that language (/Lang, XMP) for screen readers.

The font is DejaVu Sans (resources/fonts/, with its licence), embedded as a subset. It
draws all of Latin-1 and Latin Extended-A and -B (Sámi, Nordic, Polish, …), arrows and
the typographic marks, so the PDF says what the signed JSON says. A character it cannot
draw is never replaced: rendering stops with UnprintableTextError, naming the character
and the field, before anything can be signed.

The UTKAST watermark is drawn as glyph outlines (a filled path), not as text, so text
extraction and screen readers see only the page's content and the footer's «UTKAST».
A final PDF rendered with signed=False says in its page header, and in its signature
box, that it is not signed.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from prosjektark import paths
from prosjektark.domain import labels
from prosjektark.domain.case_history import state_name, what_text, who_text
from prosjektark.domain.caseflow import Answer, CaseEvent, Remark, ReviewStatus
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.findings import Finding
from prosjektark.domain.form import FormDefinition, FormField, get_path
from prosjektark.domain.form_migration import REMOVED_HEADING, KeptValue, removed_values
from prosjektark.domain.nb_format import (
    MINUS,
    MNOK_DECIMALS,
    MNOK_MIN_DECIMALS,
    decimals_shown,
    format_datetime,
    format_number,
    rounded,
)
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import decision_advice, score_summary
from prosjektark.domain.rules.decision import says_how_treated
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange import formatting as fmt
from prosjektark.exchange.export import ExportError
from prosjektark.exchange.pdfa import language_tag, to_pdfa
from prosjektark.exchange.tagged_pdf import StructureTagger
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "SIGNATURE_BOX",
    "UNSIGNED_HEADER",
    "UnprintableTextError",
    "font_file",
    "render_case_pdf",
    "render_pdf",
]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 50.0
MARGIN_TOP = 56.0
MARGIN_BOTTOM = 58.0
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Where the visible PAdES signature stamp goes (added later with pyHanko):
# (page_index, x1, y1, x2, y2) in PDF points, origin bottom-left, as pyHanko's
# `SigFieldSpec(box=...)` wants it. It is the top-right corner of page 1, beside the
# title block; the layout below keeps it free of content and draws only a hairline frame
# and a caption under it.
SIGNATURE_BOX: tuple[int, float, float, float, float] = (0, 365.0, 713.0, 545.0, 785.0)
_SIG_GAP = 10.0  # between the title block and the signature box
_SIG_CAPTION = QT_TRANSLATE_NOOP("pdf", "Plass for elektronisk signatur")
# What a final PDF that is not signed says at the top of every page and in its box.
UNSIGNED_HEADER = QT_TRANSLATE_NOOP(
    "pdf", "Ikke signert – denne PDF-en er ikke en signert leveranse"
)
_UNSIGNED_BOX = (
    QT_TRANSLATE_NOOP("pdf", "Ikke signert"),
    QT_TRANSLATE_NOOP("pdf", "Denne PDF-en er ikke en"),
    QT_TRANSLATE_NOOP("pdf", "signert leveranse."),
)

DRAFT_STAMP = QT_TRANSLATE_NOOP("pdf", "UTKAST")

FONT = "ProsjektarkSans"
FONT_BOLD = "ProsjektarkSans-Bold"
FONT_ITALIC = "ProsjektarkSans-Italic"
FONT_BOLD_ITALIC = "ProsjektarkSans-BoldItalic"

INK = colors.HexColor("#1B2A33")
ACCENT = colors.HexColor("#1F4E5F")
MUTED = colors.HexColor("#5F6B73")
RULE = colors.HexColor("#B7C4CB")
HEADER_BG = colors.HexColor("#DCE6EA")
ZEBRA_BG = colors.HexColor("#F4F7F8")
TOTAL_BG = colors.HexColor("#EAF0F2")
SEVERITY_COLOURS = {
    "error": colors.HexColor("#B3261E"),
    "warning": colors.HexColor("#8A5A00"),
    "info": colors.HexColor("#1F4E5F"),
}

# ------------------------------------------------------------------ fonts


# The four faces of the family, in resources/fonts/ (licence: LICENSE-DejaVu.txt there).
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


def font_file(bold: bool = False, italic: bool = False) -> Path:
    """The embedded font's file for a face (the signature stamp draws with it too)."""
    name = {
        (False, False): FONT,
        (True, False): FONT_BOLD,
        (False, True): FONT_ITALIC,
        (True, True): FONT_BOLD_ITALIC,
    }[(bold, italic)]
    return paths.resource("fonts", _FONT_FILES[name])


@cache
def _fonts() -> tuple[str, str, str, str, frozenset[int]]:
    """Register the embedded font family once; return its names and the characters
    every face of it can draw (text may be set in any of them)."""
    fonts = [TTFont(name, str(paths.resource("fonts", f))) for name, f in _FONT_FILES.items()]
    for font in fonts:
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    charset = frozenset.intersection(*(frozenset(f.face.charToGlyph) for f in fonts))
    return (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC, charset)


@cache
def _font_chars() -> frozenset[str]:
    """The font's characters (plus newline and tab) as strings, for a fast subset test."""
    return frozenset(map(chr, _fonts()[4])) | {"\n", "\t"}


# ------------------------------------------------------------------ characters the font lacks


class UnprintableTextError(ExportError, ValueError):
    """Text holds characters the embedded font cannot draw. `missing` maps where the text
    is (a field label, a table cell) to its characters, in the order first seen. An
    ExportError, so every export path shows the user its message."""

    def __init__(self, missing: Mapping[str, Iterable[str]]) -> None:
        self.missing = {place: tuple(dict.fromkeys(chars)) for place, chars in missing.items()}
        lines = [
            f"• {place}: " + ", ".join(map(_char_name, chars))
            for place, chars in self.missing.items()
        ]
        super().__init__(
            translate(
                "pdf",
                "PDF-en kan ikke lages: skriften i PDF-en har ikke disse tegnene, og de blir"
                " ikke byttet ut med andre.\n{characters}\nFjern tegnene eller skriv dem på en"
                " annen måte, og prøv igjen. Ingenting er signert.",
            ).format(characters="\n".join(lines))
        )

    @property
    def characters(self) -> set[str]:
        return {c for chars in self.missing.values() for c in chars}


def _char_name(ch: str) -> str:
    """«U+014B ŋ»; a character that shows nothing is named in words instead."""
    if unicodedata.category(ch)[0] in "CZ":
        name = unicodedata.name(ch, "").lower()
        if name:
            return translate("pdf", "«{code}» (usynlig tegn: {name})").format(
                code=f"U+{ord(ch):04X}", name=name
            )
        return translate("pdf", "«{code}» (usynlig tegn)").format(code=f"U+{ord(ch):04X}")
    return f"«U+{ord(ch):04X} {ch}»"


# Where the text being laid out comes from (a field label, «Risikoer: Tiltak, rad 2»), and
# the characters found missing so far in this rendering: every problem is named at once.
_place: ContextVar[str] = ContextVar("pdf_place", default="")
_missing: ContextVar[dict[str, dict[str, None]] | None] = ContextVar("pdf_missing", default=None)


@contextmanager
def _at(place: str) -> Iterator[None]:
    token = _place.set(place)
    try:
        yield
    finally:
        _place.reset(token)


@contextmanager
def _refusing_unprintable() -> Iterator[None]:
    """Collect every character the font lacks while the story is built; raise them all
    as one UnprintableTextError at the end, before any page is made."""
    found: dict[str, dict[str, None]] = {}
    token = _missing.set(found)
    try:
        yield
    finally:
        _missing.reset(token)
    if found:
        raise UnprintableTextError(found)


def _checked(text: str, place: str | None = None) -> str:
    """`text` unchanged, after noting any character the font cannot draw."""
    chars = _font_chars()
    if chars.issuperset(text):
        return text  # the common case
    where = place or _place.get() or translate("pdf", "Dokumentet")
    bad = dict.fromkeys(c for c in text if c not in chars)
    found = _missing.get()
    if found is None:
        raise UnprintableTextError({where: bad})
    found.setdefault(where, {}).update(bad)
    return text


# ------------------------------------------------------------------ styles


class _Styles:
    def __init__(self) -> None:
        regular, bold, italic, _, _ = _fonts()
        base = ParagraphStyle("base", fontName=regular, fontSize=9.2, leading=12.2, textColor=INK)
        self.body = base
        self.label = ParagraphStyle("label", parent=base, fontName=bold, textColor=MUTED)
        self.empty = ParagraphStyle("empty", parent=base, fontName=italic, textColor=MUTED)
        self.small = ParagraphStyle("small", parent=base, fontSize=7.8, leading=10)
        self.note = ParagraphStyle(
            "note",
            parent=base,
            fontName=italic,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.6, leading=11)
        self.cell_empty = ParagraphStyle(
            "cell_empty", parent=self.cell, fontName=italic, textColor=MUTED
        )
        self.cell_num = ParagraphStyle("cell_num", parent=self.cell, alignment=TA_RIGHT)
        self.cell_num_bold = ParagraphStyle("cell_num_bold", parent=self.cell_num, fontName=bold)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.head = ParagraphStyle(
            "head", parent=self.cell, fontName=bold, fontSize=8.2, leading=10
        )
        self.head_num = ParagraphStyle("head_num", parent=self.head, alignment=TA_RIGHT)
        self.kicker = ParagraphStyle(
            "kicker", parent=base, fontSize=9, leading=12, textColor=ACCENT, fontName=bold
        )
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=bold,
            fontSize=17,
            leading=21,
            spaceBefore=2,
            spaceAfter=8,
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=bold,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=self.label,
            fontSize=8.8,
            leading=11.5,
            spaceBefore=6,
            spaceAfter=1,
        )


@cache
def _styles() -> _Styles:
    """The paragraph styles, built once: they never change between renders."""
    return _Styles()


def _markup(text: str) -> str:
    """Plain user text as Paragraph markup: escaped, checked, line breaks kept."""
    text = _checked(fmt.clean_text(text))
    return escape(text).replace("\n", "<br/>")


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(text), style)


# A one-line Paragraph puts its baseline fontSize below its top when paragraphs start at
# height - fontSize (reportlab's default); otherwise _Line would not match it.
_PLAIN_CELLS = bool(rl_config.paraFontSizeHeightOffset)


class _Line(Flowable):
    """One unwrapped line of plain text that sizes, splits and draws like a one-line
    Paragraph in `style` (an empty one like an empty Paragraph), without the markup
    parsing and line breaking that make Paragraph costly for hundreds of short cells.
    It is a Flowable, not a str, because Table splits rows with str cells differently."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.height = style.leading if text else 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0, self.width)

    def drawOn(self, canvas: rl_canvas.Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        # Flowable.drawOn saves the graphics state and translates for every cell; a line
        # of text needs neither, and that bookkeeping cost more than drawing the text.
        # The line sets its own font and colour; every other cell (a Paragraph) does too.
        self.draw_at(canvas, x, y, self.width)

    def draw_at(self, canv: rl_canvas.Canvas, x: float, y: float, width: float) -> None:
        """Draw with the bottom-left corner at (x, y) in a box `width` wide."""
        if not self.text:
            return
        style = self.style
        canv.setFillColor(style.textColor)
        canv.setFont(style.fontName, style.fontSize, style.leading)
        baseline = y + self.height - style.fontSize
        if style.alignment == TA_RIGHT:
            canv.drawRightString(x + width, baseline, self.text)
        else:
            canv.drawString(x, baseline, self.text)


class _Table(Table):
    """A Table whose own font is the embedded one: Table sets its cell style's font on the
    canvas (Helvetica unless told), which put a non-embedded standard font in the PDF."""

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), _fonts()[0])]))


def _cell(text: str, style: ParagraphStyle, width: float) -> Flowable:
    """User text for a table cell `width` points wide inside its padding: a _Line when a
    Paragraph in `style` would show it as one unbroken line, else the Paragraph."""
    text = _checked(fmt.clean_text(text))
    # Paragraph collapses and strips whitespace and treats some characters (soft hyphen,
    # zero-width space) specially; such text keeps the Paragraph.
    if (
        _PLAIN_CELLS
        and not (style.leftIndent or style.firstLineIndent or style.rightIndent)
        and not style.backColor
        and not style.borderWidth
    ) and (
        not text
        or (
            text.isprintable()
            and text[0] != " "
            and text[-1] != " "
            and "  " not in text
            and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) < width - 0.01
        )
    ):
        return _Line(text, style)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _flow(text: str, style: ParagraphStyle) -> Flowable:
    """User text as a flowable in the story (the frame has no padding)."""
    return _cell(text, style, FRAME_WIDTH)


class _Heading(Paragraph):
    """A step heading that also becomes a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, key: str) -> None:
        super().__init__(_markup(text), style)
        self.outline_title = text
        self.outline_key = key


def _heading(text: str, style: ParagraphStyle, key: str) -> Flowable:
    """A step heading that also becomes a PDF bookmark: a _Line when it is one line."""
    flowable = _flow(text, style)
    if isinstance(flowable, Paragraph):
        return _Heading(text, style, key)
    flowable.outline_title = text  # type: ignore[attr-defined]
    flowable.outline_key = key  # type: ignore[attr-defined]
    return flowable


# ------------------------------------------------------------------ document and page decoration


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
        key = getattr(flowable, "outline_key", None)
        if key is not None:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=0)


class HoldingCanvas(rl_canvas.Canvas):
    """A canvas that holds pages back until the end, so each page's footer (`_footer`,
    given the page count) can say 'Side X av Y'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        raise NotImplementedError


def _numbered_canvas(
    footer_top: str, footer_bottom: str, draft: bool, header: str = ""
) -> type[rl_canvas.Canvas]:
    """The sheet PDF's canvas: its footer with 'Side X av Y' (and the draft mark), and
    `header`, when given, at the top of every page."""
    regular, bold = _fonts()[0], _fonts()[1]
    # Worded now, in the document's language: the pages are drawn later, at save().
    page_of = translate("pdf", "Side {page} av {total}")
    stamp = translate("pdf", DRAFT_STAMP)

    class NumberedCanvas(HoldingCanvas):
        def _footer(self, total: int) -> None:
            self.saveState()
            y = MARGIN_BOTTOM - 26
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_LEFT, y + 11, PAGE_WIDTH - MARGIN_RIGHT, y + 11)
            self.setFillColor(MUTED)
            self.setFont(regular, 7.5)
            self.drawString(MARGIN_LEFT, y, footer_top)
            self.drawString(MARGIN_LEFT, y - 10, footer_bottom)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_RIGHT, y, page_of.format(page=self._pageNumber, total=total)
            )
            if draft:
                self.setFont(bold, 7.5)
                self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y - 10, stamp)
            if header:
                self.setFillColor(SEVERITY_COLOURS["error"])
                self.setFont(bold, 8)
                self.drawString(MARGIN_LEFT, PAGE_HEIGHT - 34, header)
            self.restoreState()

    return NumberedCanvas


@cache
def _outline(
    text: str, bold: bool = True
) -> tuple[float, tuple[tuple[str, tuple[float, ...]], ...]]:
    """`text` in the embedded font as path operations in font units (the outlines of its
    glyphs, side by side without kerning, as drawString sets them), and its advance."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont as FontFile

    ops: list[tuple[str, tuple[float, ...]]] = []

    class Pen(BasePen):
        """Records one glyph's outline, moved right by `dx` (BasePen turns TrueType's
        quadratic curves into the cubic ones a PDF path has)."""

        def __init__(self, glyph_set: Any, dx: float) -> None:
            super().__init__(glyph_set)
            self.dx = dx

        def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
            ops.append(("moveTo", (self.dx + pt[0], pt[1])))

        def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
            ops.append(("lineTo", (self.dx + pt[0], pt[1])))

        def _curveToOne(self, p1, p2, p3) -> None:  # noqa: ANN001, N802
            dx = self.dx
            ops.append(("curveTo", (dx + p1[0], p1[1], dx + p2[0], p2[1], dx + p3[0], p3[1])))

        def _closePath(self) -> None:  # noqa: N802
            ops.append(("close", ()))

    with FontFile(str(font_file(bold=bold)), lazy=True) as font:
        glyphs = font.getGlyphSet()
        cmap = font.getBestCmap()
        x = 0.0
        for ch in text:
            glyph = glyphs[cmap[ord(ch)]]
            glyph.draw(Pen(glyphs, x))
            x += glyph.width
        scale = 1.0 / font["head"].unitsPerEm
    return x * scale, tuple((op, tuple(v * scale for v in args)) for op, args in ops)


def _draw_outline(canv: rl_canvas.Canvas, text: str, x: float, y: float, size: float) -> None:
    """Fill `text` as glyph outlines centred on x, baseline y: it looks like drawn text
    but is not text, so no text extraction or screen reader picks it up."""
    width, ops = _outline(text)
    path = canv.beginPath()
    for op, args in ops:
        getattr(path, op)(
            *(
                x - width * size / 2 + v * size if i % 2 == 0 else y + v * size
                for i, v in enumerate(args)
            )
        )
    canv.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)


def _draw_draft_stamp(canv: rl_canvas.Canvas) -> None:
    canv.saveState()
    canv.setFillColor(colors.Color(0.80, 0.80, 0.80, alpha=0.55))
    canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canv.rotate(52)
    _draw_outline(canv, translate("pdf", DRAFT_STAMP), 0, -40, 118)
    canv.restoreState()


def _draw_signature_box(
    canv: rl_canvas.Canvas, signed: bool = True, read_as: Callable[[], Any] | None = None
) -> None:
    """The frame of the signature box; empty for the stamp when the PDF is to be
    signed, else saying it is not signed. `read_as`: a context that makes that saying
    content a screen reader reads (not decoration) in a tagged PDF."""
    _, x1, y1, x2, y2 = SIGNATURE_BOX
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.setDash(2, 2)
    canv.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=0)
    if signed:
        canv.setFillColor(MUTED)
        canv.setFont(_fonts()[2], 7)
        canv.drawRightString(x2, y1 - 9, translate("pdf", _SIG_CAPTION))
    else:
        with read_as() if read_as is not None else nullcontext():
            _draw_unsigned_note(canv)
    canv.restoreState()


def _draw_unsigned_note(canv: rl_canvas.Canvas) -> None:
    _, x1, y1, x2, y2 = SIGNATURE_BOX
    middle = (x1 + x2) / 2
    first, *rest = (translate("pdf", line) for line in _UNSIGNED_BOX)
    canv.setFillColor(SEVERITY_COLOURS["error"])
    canv.setFont(_fonts()[1], 10)
    top = (y1 + y2) / 2 + 6 * len(rest) - 2
    canv.drawCentredString(middle, top, first)
    canv.setFillColor(MUTED)
    canv.setFont(_fonts()[0], 7.5)
    for n, line in enumerate(rest, start=1):
        canv.drawCentredString(middle, top - 4 - 10 * n, line)


# ------------------------------------------------------------------ tables


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: _Styles,
    *,
    numeric: Sequence[int] = (),
    total: bool = False,
    zebra: bool = True,
    legend: str = "",
) -> Table:
    """A table with a repeated header row; string cells become wrapping paragraphs
    (or _Line where that looks the same). `legend`, a note on the table, is its last row,
    which never goes to another page than the row above it."""
    scale = FRAME_WIDTH / sum(widths) if sum(widths) > FRAME_WIDTH else 1.0
    col_widths = [w * scale for w in widths]
    inner = [w - 8 for w in col_widths]  # minus LEFTPADDING and RIGHTPADDING below
    section = _place.get()

    def cell(value: Any, row: int, col: int, is_total: bool) -> Any:
        if isinstance(value, Flowable | list):
            return value
        text = "" if value is None else str(value)
        where = (
            translate("pdf", "{section}: {column}, rad {row}").format(
                section=section, column=header[col], row=row + 1
            )
            if section
            else ""
        )
        with _at(where or _place.get()):
            if col in numeric:
                style = styles.cell_num_bold if is_total else styles.cell_num
            else:
                style = styles.cell_bold if is_total else styles.cell
            return _cell(text, style, inner[col])

    head = [
        _cell(h, styles.head_num if i in numeric else styles.head, inner[i])
        for i, h in enumerate(header)
    ]
    body = [
        [cell(v, r, i, total and r == len(rows) - 1) for i, v in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    if legend:
        # The cells the legend spans over are empty lines, no height of their own.
        body.append([_flow(legend, styles.note), *(_Line("", styles.note) for _ in header[1:])])
    table = _Table(
        [head, *body],
        colWidths=col_widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, len(rows)), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        last = len(rows) - (1 if total else 0)
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_BG) for r in range(2, last + 1, 2)]
    if total and rows:
        commands += [
            ("BACKGROUND", (0, len(rows)), (-1, len(rows)), TOTAL_BG),
            ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, ACCENT),
        ]
    if legend:
        # The legend reads as the note under the table it was: no rule, flush left.
        at = len(rows) + 1
        commands += [
            ("SPAN", (0, at), (-1, at)),
            ("LEFTPADDING", (0, at), (-1, at), 0),
            ("TOPPADDING", (0, at), (-1, at), 0),
            ("BOTTOMPADDING", (0, at), (-1, at), 0),
            ("NOSPLIT", (0, at - 1), (-1, at)),
        ]
        table.spaceAfter = styles.note.spaceAfter  # as the note had below it
    table.setStyle(TableStyle(commands))
    return table


def _key_values(
    rows: Sequence[tuple[str, str]], styles: _Styles, label_width: float = 165
) -> Table:
    value_width = FRAME_WIDTH - label_width

    def value_cell(label: str, value: str) -> Flowable:
        if not value:
            return _p(translate("formatting", fmt.EMPTY), styles.empty)
        with _at(label):
            return _cell(value, styles.body, value_width - 6)

    data = [
        [_cell(label, styles.label, label_width - 6), value_cell(label, value)]  # minus padding
        for label, value in rows
    ]
    table = _Table(data, colWidths=[label_width, value_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _grid_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], styles: _Styles, first: float = 34.0
) -> list[float]:
    """Column widths of the funding table: the year, then one column per source of the
    programme (however many it has) and the sum, sharing the frame; a column whose
    heading has a long word ("Fylkeskommunale") or a long amount gets what it needs."""
    head, number = styles.head_num, styles.cell_num_bold

    def width(text: str, style: ParagraphStyle) -> float:
        return pdfmetrics.stringWidth(text, style.fontName, style.fontSize)

    need = [
        max([width(w, head) for w in title.split()] + [width(r[c], number) for r in rows]) + 9
        for c, title in enumerate(header[1:], start=1)
    ]
    spare = max(FRAME_WIDTH - first - sum(need), 0.0)
    even = (FRAME_WIDTH - first) / len(need)
    if all(n <= even for n in need):
        return [first] + [even] * len(need)
    return [first] + [n + spare / len(need) for n in need]


def _num(value: Decimal | None, decimals: int) -> str:
    """MNOK in a number column, with the column's `decimals` (see _decimals)."""
    if value is None:
        return ""
    return format_number(
        rounded(value, MNOK_DECIMALS), min_decimals=decimals, max_decimals=decimals, minus=MINUS
    )


def _decimals(values: Iterable[Decimal | None]) -> int:
    """The decimals of a money column: as many as its finest value shows (between one and
    three, as format_mnok), the same on every row, so the decimal commas line up."""
    return max(
        (decimals_shown(v, MNOK_MIN_DECIMALS, MNOK_DECIMALS) for v in values if v is not None),
        default=MNOK_MIN_DECIMALS,
    )


# ------------------------------------------------------------------ the renderer


class _Renderer:
    def __init__(
        self,
        sheet: Sheet,
        catalog: Catalog,
        findings: list[Finding],
        status: str,
        *,
        signature_space: bool = True,
        kicker: str = "",
    ) -> None:
        self.sheet = sheet
        self.catalog = catalog
        self.form: FormDefinition = catalog.form
        self.profile: Profile = fmt.profile_of(sheet, catalog)
        self.findings = findings
        self.status = status
        self.phase = sheet.identification.phase
        self.s = _styles()
        self.story: list[Flowable] = []
        self._pending: list[tuple[str, str]] = []
        self._findings_done = False
        self.checklist_rows = fmt.checklist_rows(sheet, catalog)
        self.signature_space = signature_space
        self.kicker = kicker
        self.kept: list[KeptValue] = removed_values(sheet, self.form, catalog.checklists)

    # -------------------------------------------------------------- driver

    def build(self) -> list[Flowable]:
        self.title_block()
        handlers: dict[str, Callable[[FormField], None]] = {
            "checklist": self.checklist,
            "cost_items": self.cost_items,
            "funding_grid": self.funding_grid,
            "goal_scores": self.goal_scores,
            "risks": self.risks,
            "milestones": self.milestones,
            "treatments": self.treatments,
            "attachments": self.attachments,
            "summary": self.summary,
        }
        shown: set[str] = set()
        for step in self.form.steps:
            fields = step.fields_for(self.phase)
            if not fields:
                continue
            self.story.append(CondPageBreak(120))
            self.story.append(_heading(step.title, self.s.h1, f"step-{step.id}"))
            for field in fields:
                handler = handlers.get(field.type)
                with _at(field.label):
                    if handler is not None:
                        self.flush()
                        handler(field)
                    elif field.type == "multiline":
                        self.flush()
                        self.long_text(field)
                    else:
                        self.simple(field)
            self.flush()
            with _at(f"{step.title}: {translate('form_migration', REMOVED_HEADING)}"):
                self.removed_section([k for k in self.kept if k.step == step.id])
            shown.add(step.id)
        if not self._findings_done:
            self.story.append(CondPageBreak(120))
            found_heading = translate("pdf", "Funn fra regelkontrollen")
            self.story.append(_heading(found_heading, self.s.h1, "findings"))
            with _at(found_heading):
                self.findings_section()
        # A step with no fields in the sheet's phase is not shown; its values still are.
        rest = [k for k in self.kept if k.step not in shown]
        if rest:
            self.story.append(CondPageBreak(120))
            removed_heading = translate("form_migration", REMOVED_HEADING)
            self.story.append(_heading(removed_heading, self.s.h1, "removed"))
            with _at(removed_heading):
                self.removed_section(rest, heading=False)
        return self.story

    def flush(self) -> None:
        if self._pending:
            self.story.append(_key_values(self._pending, self.s))
            self.story.append(Spacer(1, 2))
            self._pending = []

    # -------------------------------------------------------------- title block

    def title_block(self) -> None:
        ident = self.sheet.identification
        kicker = self.kicker or " · ".join(
            x for x in (self.profile.name, self.profile.programme) if x
        )
        meta = [
            (translate("pdf", "Fase"), labels.phase_label(self.form, ident.phase)),
            (translate("pdf", "Status"), self.status),
            (
                translate("pdf", "Finansieringsform"),
                fmt.choice_label(
                    self.form, "identification.funding_type", ident.funding_type, self.profile
                ),
            ),
            (
                translate("pdf", "Tiltaksområde"),
                fmt.choice_label(
                    self.form, "identification.action_area", ident.action_area, self.profile
                )
                if ident.action_area
                else "",
            ),
            (translate("pdf", "Kommune(r)"), ", ".join(ident.municipalities)),
            (translate("pdf", "Ansvarlig etat"), ident.responsible_agency),
            (translate("pdf", "Forventet kostnad"), self.expected_cost_text()),
            (
                translate("pdf", "Revisjon"),
                translate("pdf", "{revision}, sist endret {modified}").format(
                    revision=self.sheet.revision, modified=fmt.format_datetime(self.sheet.modified)
                ),
            ),
        ]
        left_width = FRAME_WIDTH - (PAGE_WIDTH - MARGIN_RIGHT - SIGNATURE_BOX[1]) - _SIG_GAP
        if not self.signature_space:
            left_width = FRAME_WIDTH
        meta_rows = []
        for k, v in meta:  # widths minus the RIGHTPADDING below
            with _at(k):
                meta_rows.append(
                    [
                        _cell(k, self.s.small, 88 - 4),
                        _cell(v or fmt.DASH, self.s.cell, left_width - 92),
                    ]
                )
        meta_table = _Table(meta_rows, colWidths=[88, left_width - 88], hAlign="LEFT")
        meta_table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ]
            )
        )
        title_label = self.form.field("identification.title")
        with _at(title_label.label if title_label else translate("pdf", "Tittel")):
            title = _p(ident.title or translate("pdf", "Uten navn"), self.s.title)
        left = [
            _p(kicker.upper() if kicker else translate("pdf", "PROSJEKTARK"), self.s.kicker),
            title,
            meta_table,
        ]
        right_width = FRAME_WIDTH - left_width
        box_height = SIGNATURE_BOX[4] - SIGNATURE_BOX[2] + 14
        block = (
            _Table(
                [[left, Spacer(right_width, box_height)]],
                colWidths=[left_width, right_width],
                hAlign="LEFT",
            )
            if self.signature_space
            else _Table([[left]], colWidths=[left_width], hAlign="LEFT")
        )
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT),
                ]
            )
        )
        self.story += [block, Spacer(1, 4)]

    def expected_cost_text(self) -> str:
        cost = self.sheet.cost
        if cost.expected_cost_mnok is None:
            return ""
        text = fmt.format_mnok(cost.expected_cost_mnok)
        if cost.price_year:
            return translate("pdf", "{amount} ({year}-kroner)").format(
                amount=text, year=cost.price_year
            )
        return text

    # -------------------------------------------------------------- simple fields

    def simple(self, field: FormField) -> None:
        value = get_path(self.sheet, field.path)
        text = fmt.field_text(field, value, self.form, self.profile)
        cost = self.sheet.cost
        if field.path == "cost.std_dev_percent" and text and cost.expected_cost_mnok is not None:
            sd = cost.expected_cost_mnok * cost.std_dev_percent / Decimal(100)
            text += f" (± {fmt.format_mnok(sd)})"
        self._pending.append((field.label, text))
        if field.path == "cost.estimate_kind" and cost.estimate_kind:
            band = self.profile.band(cost.estimate_kind)
            if band is not None:
                self._pending.append(
                    (
                        translate("pdf", "Krav til usikkerhet"),
                        translate("pdf", "{low}–{high} standardavvik for {estimate}").format(
                            low=fmt.format_percent(band.low_percent, unit=False),
                            high=fmt.format_percent(band.high_percent),
                            estimate=band.name.lower(),
                        ),
                    )
                )
        if field.path == "cost.price_year" and cost.original_amount is not None:
            original = cost.original_amount
            self._pending.append(
                (
                    translate("pdf", "Opprinnelig beløp"),
                    translate("pdf", "{amount} i {year}-kroner").format(
                        amount=fmt.format_mnok(original.amount), year=original.year
                    ),
                )
            )

    def long_text(self, field: FormField) -> None:
        value = get_path(self.sheet, field.path)
        text = fmt.clean_text(str(value or "")).strip()
        self.story.append(CondPageBreak(60))
        self.story.append(_flow(field.label, self.s.h3))
        if not text:
            self.story.append(_flow(translate("formatting", fmt.EMPTY), self.s.empty))
            return
        for part in (p.strip() for p in text.split("\n\n")):
            if part:
                self.story.append(_flow(part, self.s.body))
                self.story.append(Spacer(1, 3))

    def sub(self, title: str) -> None:
        self.story.append(CondPageBreak(80))
        self.story.append(_flow(title, self.s.h2))

    def none(self, text: str) -> None:
        self.story.append(_flow(text, self.s.empty))

    # -------------------------------------------------------------- composite fields

    def checklist(self, field: FormField) -> None:
        cid = field.checklist or field.path
        self.sub(field.label)
        definition = self.catalog.checklists.get(cid)
        kept = {k.path for k in self.kept}

        def removed(question: str) -> bool:
            # An answer to a question the checklist no longer has is shown with its old
            # text under «Fjernet fra skjemaet», not here a second time by its id.
            known = definition is not None and definition.question(question) is not None
            return not known and f"{field.path}.answers.{question}" in kept

        rows: list[list[Any]] = [
            [
                r.question,
                r.answer if r.answered else _p(r.answer, self.s.cell_empty),
                r.justification,
            ]
            for r in self.checklist_rows
            if r.checklist_id == cid and not removed(r.question)
        ]
        if not rows:
            self.none(translate("pdf", "Ingen spørsmål for denne fasen."))
            return
        self.story.append(
            _table(
                [
                    translate("pdf", "Spørsmål"),
                    translate("pdf", "Svar"),
                    translate("pdf", "Begrunnelse"),
                ],
                rows,
                [205, 95, 195],
                self.s,
            )
        )

    def cost_items(self, field: FormField) -> None:
        items = self.sheet.cost.items
        self.sub(field.label)
        if not items:
            self.none(translate("pdf", "Ingen kostnadsposter er lagt inn."))
            return

        def total(attr: str) -> Decimal | None:
            values = [getattr(i, attr) for i in items if getattr(i, attr) is not None]
            return sum(values, Decimal(0)) if values else None

        columns = ("low", "most_likely", "high")
        sums = {c: total(c) for c in columns}
        places = {c: _decimals([*(getattr(i, c) for i in items), sums[c]]) for c in columns}
        rows: list[list[Any]] = [
            [i.name or fmt.DASH, *(_num(getattr(i, c), places[c]) for c in columns)] for i in items
        ]
        rows.append([translate("pdf", "Sum"), *(_num(sums[c], places[c]) for c in columns)])
        self.story.append(
            _table(
                [
                    translate("pdf", "Post"),
                    translate("pdf", "Lav (MNOK)"),
                    translate("pdf", "Mest sannsynlig (MNOK)"),
                    translate("pdf", "Høy (MNOK)"),
                ],
                rows,
                [215, 90, 100, 90],
                self.s,
                numeric=(1, 2, 3),
                total=True,
                legend=translate("pdf", "Lav og høy leses som P10 og P90."),
            )
        )

    def funding_grid(self, field: FormField) -> None:
        years, sources, cells = fmt.funding_grid(self.sheet, self.profile)
        self.sub(field.label)
        if not self.sheet.funding.lines:
            self.none(translate("pdf", "Ingen finansiering er lagt inn."))
            return
        used = {s for (_, s) in cells}
        values: list[list[Decimal | None]] = []  # a row per year and the sums, a column per source
        for year in years:
            row_values = [cells.get((year, s)) for s in sources]
            present = [v for v in row_values if v is not None]
            values.append([*row_values, sum(present, Decimal(0)) if present else None])
        column_sums = [
            sum((v for (_, s), v in cells.items() if s == src), Decimal(0)) if src in used else None
            for src in sources
        ]
        values.append([*column_sums, sum(cells.values(), Decimal(0))])
        places = [_decimals(column) for column in zip(*values, strict=True)]

        def amount(value: Decimal | None, column: int) -> str:
            return _num(value, places[column]) if value is not None else fmt.DASH

        rows: list[list[Any]] = [
            [label, *(amount(v, c) for c, v in enumerate(row))]
            for label, row in zip([*map(str, years), translate("pdf", "Sum")], values, strict=True)
        ]
        header = [
            translate("pdf", "År"),
            *(labels.funding_source_label(self.profile, s) for s in sources),
            translate("pdf", "Sum"),
        ]
        year_note = self.sheet.cost.price_year or self.profile.price_year
        self.story.append(
            _table(
                header,
                rows,
                _grid_widths(header, rows, self.s),
                self.s,
                numeric=range(1, len(header)),
                total=True,
                legend=translate("pdf", "Beløp i MNOK, {year}-kroner.").format(year=year_note),
            )
        )

    def goal_scores(self, field: FormField) -> None:
        goals = self.sheet.goals
        self.sub(field.label)
        if not goals:
            self.none(translate("pdf", "Ingen mål er scoret."))
            return
        order = {g.id: i for i, g in enumerate(self.profile.goals)}
        ordered = sorted(goals, key=lambda g: order.get(g.goal, len(order)))
        rows: list[list[Any]] = [
            [labels.goal_label(self.profile, g.goal), str(g.score), g.justification]
            for g in ordered
        ]
        rows.append([translate("pdf", "Sum poeng"), str(sum(g.score for g in goals)), ""])
        self.story.append(
            _table(
                [
                    translate("pdf", "Mål"),
                    translate("pdf", "Poeng"),
                    translate("pdf", "Begrunnelse"),
                ],
                rows,
                [150, 45, 300],
                self.s,
                numeric=(1,),
                total=True,
                legend=translate(
                    "pdf", "Poeng: 0 = ingen, 1 = lite, 2 = middels, 3 = stort bidrag til målet."
                ),
            )
        )

    def risks(self, field: FormField) -> None:
        risks = self.sheet.risks
        self.sub(field.label)
        if not risks:
            self.none(translate("pdf", "Ingen risikoer er registrert."))
            return
        rows = [
            [
                str(n),
                r.description,
                str(r.probability),
                str(r.consequence),
                str(r.probability * r.consequence),
                r.mitigation,
            ]
            for n, r in enumerate(risks, start=1)
        ]
        self.story.append(
            _table(
                [
                    translate("pdf", "Nr."),
                    translate("pdf", "Risiko"),
                    translate("pdf", "S"),
                    translate("pdf", "K"),
                    translate("pdf", "S × K"),
                    translate("pdf", "Tiltak"),
                ],
                rows,
                [26, 180, 22, 22, 36, 209],
                self.s,
                numeric=(0, 2, 3, 4),
                legend=translate(
                    "pdf", "S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy)."
                ),
            )
        )

    def milestones(self, field: FormField) -> None:
        milestones = self.sheet.progress.milestones
        self.sub(field.label)
        if not milestones:
            self.none(translate("pdf", "Ingen milepæler er registrert."))
            return
        done, planned = translate("pdf", "Fullført"), translate("pdf", "Planlagt")
        rows = [
            [m.name, fmt.format_date(m.date) or fmt.DASH, done if m.done else planned]
            for m in milestones
        ]
        self.story.append(
            _table(
                [translate("pdf", "Milepæl"), translate("pdf", "Dato"), translate("pdf", "Status")],
                rows,
                [295, 100, 100],
                self.s,
            )
        )

    def treatments(self, field: FormField) -> None:
        treatments = self.sheet.treatments
        self.sub(field.label)
        if not treatments:
            self.none(translate("pdf", "Ingen behandling er registrert."))
            return
        rows = [
            [
                labels.body_label(self.profile, t.body),
                fmt.format_date(t.date) or fmt.DASH,
                labels.transition_label(self.profile, t.transition) or fmt.DASH,
                translate("pdf", "Politisk") if t.political else translate("pdf", "Administrativ"),
                t.decision,
            ]
            for t in treatments
        ]
        self.story.append(
            _table(
                [
                    translate("pdf", "Organ"),
                    translate("pdf", "Dato"),
                    translate("pdf", "Overgang"),
                    translate("pdf", "Type"),
                    translate("pdf", "Vedtak"),
                ],
                rows,
                [112, 60, 60, 80, 183],
                self.s,
            )
        )

    def attachments(self, field: FormField) -> None:
        attachments = self.sheet.attachments
        self.sub(field.label)
        if not attachments:
            self.none(translate("pdf", "Ingen vedlegg."))
            return
        rows = [
            [a.filename, fmt.format_size(a.size), fmt.short_hash(a.sha256), a.description]
            for a in attachments
        ]
        self.story.append(
            _table(
                [
                    translate("pdf", "Fil"),
                    translate("pdf", "Størrelse"),
                    translate("pdf", "SHA-256 (start)"),
                    translate("pdf", "Beskrivelse"),
                ],
                rows,
                [150, 62, 88, 195],
                self.s,
                numeric=(1,),
                legend=translate(
                    "pdf",
                    "Hele SHA-256-summen av hver fil står i prosjektark.json og i pakkens"
                    " manifest.",
                ),
            )
        )

    def summary(self, field: FormField) -> None:
        self.route_section()
        self.findings_section()

    def route_section(self) -> None:
        """Status, who decides the next phase transition and the goal score, each once."""
        self.sub(translate("pdf", "Status og neste behandling"))
        rows: list[tuple[str, str]] = [(translate("pdf", "Status"), self.status)]
        advice = decision_advice(self.sheet, self.profile)
        if advice is None:
            rows.append(
                (
                    translate("pdf", "Neste faseovergang"),
                    translate("pdf", "Ingen: utbygging er den siste fasen."),
                )
            )
        else:
            transition = self.profile.transition(advice.transition)
            start, end = (
                (transition.from_phase, transition.to_phase)
                if transition
                else advice.transition.partition("-")[::2]
            )
            rows.append(
                (
                    translate("pdf", "Neste faseovergang"),
                    translate("pdf", "{start} til {end} ({transition})").format(
                        start=labels.phase_name(self.form, start),
                        end=labels.phase_name(self.form, end).lower(),
                        transition=advice.transition_name,
                    ),
                )
            )
            if advice.body_id:
                body = advice.body_name
                # A body the programme names as political says so itself.
                if not says_how_treated(body, political=True):
                    body = (
                        translate("pdf", "{body} (politisk behandling)")
                        if advice.political
                        else translate("pdf", "{body} (administrativ)")
                    ).format(body=body)
                rows.append((translate("pdf", "Behandles av"), body))
                if advice.basis_mnok is not None:
                    rows.append(
                        (
                            translate("pdf", "Grunnlag"),
                            translate("pdf", "Forventet kostnad {amount}").format(
                                amount=fmt.format_mnok(advice.basis_mnok)
                            ),
                        )
                    )
                if advice.route_reason:
                    rows.append((translate("pdf", "Regel"), f"«{advice.route_reason}»"))
                    rest = advice.reason.partition(f"«{advice.route_reason}»")[2].strip()
                    if rest:
                        rows.append((translate("pdf", "Merk"), rest))
            else:
                rows.append((translate("pdf", "Behandles av"), advice.reason))
        scores = score_summary(self.sheet, self.profile)
        rows.append(
            (
                translate("pdf", "Måloppnåelse"),
                translate(
                    "pdf", "{points} av {maximum} poeng ({scored} av {goals} mål har poeng)"
                ).format(
                    points=scores.total,
                    maximum=scores.maximum,
                    scored=scores.goals_scored,
                    goals=len(scores.per_goal),
                ),
            )
        )
        self.story.append(_key_values(rows, self.s))

    # -------------------------------------------------------------- findings

    def findings_section(self) -> None:
        self._findings_done = True
        found = fmt.sorted_findings(self.findings, self.form)
        counts = {
            sev: sum(1 for f in found if f.severity == sev) for sev in ("error", "warning", "info")
        }
        self.sub(translate("pdf", "Funn fra regelkontrollen"))
        if not found:
            self.story.append(
                _flow(
                    translate("pdf", "Ingen funn: regelkontrollen fant ingen mangler eller brudd."),
                    self.s.body,
                )
            )
            return
        parts = []
        if counts["error"]:
            parts.append(translate("pdf", "{count} feil").format(count=counts["error"]))
        if counts["warning"] == 1:
            parts.append(translate("pdf", "{count} advarsel").format(count=1))
        elif counts["warning"]:
            parts.append(translate("pdf", "{count} advarsler").format(count=counts["warning"]))
        if counts["info"]:
            parts.append(translate("pdf", "{count} til informasjon").format(count=counts["info"]))
        lead = parts[-1]
        if len(parts) > 1:
            lead = translate("pdf", "{items} og {last}").format(
                items=", ".join(parts[:-1]), last=parts[-1]
            )
        if counts["error"]:
            sentence = translate(
                "pdf", "Regelkontrollen fant {findings}. Feil må rettes før arket kan signeres."
            )
        else:
            sentence = translate("pdf", "Regelkontrollen fant {findings}.")
        self.story.append(_flow(sentence.format(findings=lead), self.s.body))
        for severity in ("error", "warning", "info"):
            group = [f for f in found if f.severity == severity]
            if not group:
                continue
            colour = SEVERITY_COLOURS[severity].hexval()[2:]
            heading = Paragraph(
                f'<font color="#{colour}">{_markup(labels.severity_label(severity))}</font>'
                f" ({len(group)})",
                self.s.h3,
            )
            rows = []
            for finding in group:
                message = _markup(finding.message)
                ack = fmt.acknowledgement_text(self.sheet, finding)
                if ack:
                    message += f"<br/><i>{_markup(ack)}</i>"
                code = _markup(" · ".join(x for x in (finding.code, finding.field) if x))
                message += f'<br/><font size="7" color="#5F6B73">{code}</font>'
                rows.append(
                    [
                        fmt.step_title(self.form, finding.step) if finding.step else fmt.DASH,
                        Paragraph(message, self.s.cell),
                    ]
                )
            table = _table(
                [translate("pdf", "Steg"), translate("pdf", "Melding")], rows, [105, 390], self.s
            )
            self.story.append(CondPageBreak(70))
            self.story.append(heading)
            self.story.append(table)

    # -------------------------------------------------------------- values the form no longer shows

    def removed_section(self, kept: Sequence[KeptValue], *, heading: bool = True) -> None:
        """The values of fields the form no longer has, with their old labels, read-only
        as in the editor: the sheet still holds them, so its PDF shows them."""
        if not kept:
            return
        if heading:
            self.sub(translate("form_migration", REMOVED_HEADING))
        self.story.append(
            _flow(
                translate(
                    "pdf",
                    "Verdier fra felt skjemaet ikke lenger har."
                    " De er med i arket slik de ble fylt ut.",
                ),
                self.s.note,
            )
        )
        rows: list[list[Any]] = []
        for k in kept:
            value = (
                _markup(k.text)
                if k.text
                else "<i>" + _markup(translate("formatting", fmt.EMPTY)) + "</i>"
            )
            if k.note:
                value += f'<br/><font size="7.6" color="#5F6B73"><i>{_markup(k.note)}</i></font>'
            rows.append([k.label, Paragraph(value, self.s.cell)])
        self.story.append(
            _table([translate("pdf", "Felt"), translate("pdf", "Verdi")], rows, [180, 315], self.s)
        )

    # -------------------------------------------------------------- the case flow

    def field_label(self, path: str) -> str:
        """What a remark is about, in the form's words."""
        if not path:
            return translate("pdf", "Hele arket")
        field = self.form.field(path)
        if field is not None:
            return field.label
        head, _, question_id = path.rpartition(".answers.")
        owner = self.form.field(head) if head else None
        if owner is not None:
            definition = self.catalog.checklists.get(owner.checklist or owner.key)
            question = definition.question(question_id) if definition else None
            return f"{owner.label}: {question.text if question else question_id}"
        step = self.form.step_of(path)
        return f"{step.title} ({path})" if step else path

    def review_section(self, status: ReviewStatus | None, made_at: datetime) -> None:
        """Where the sheet stands with the secretariat (the case file's)."""
        self.story.append(CondPageBreak(120))
        self.story.append(_heading(translate("pdf", "Saksbehandling"), self.s.h1, "review"))
        if status is None:
            self.none(translate("pdf", "Ikke mottatt til behandling ennå."))
            return
        review = self.profile.review
        rows: list[tuple[str, str]] = [
            (translate("pdf", "Saksstatus"), state_name(status.state, review))
        ]
        state = review.state(status.state) if review is not None else None
        if state is not None and state.description:
            rows.append((translate("pdf", "Betyr"), state.description))
        days = max((made_at - status.since).days, 0)
        since = (
            translate("pdf", "{date} ({days} dag)")
            if days == 1
            else translate("pdf", "{date} ({days} dager)")
        ).format(date=format_datetime(status.since), days=days)
        rows.append((translate("pdf", "Siden"), since))
        if status.new_revision:
            rows.append(
                (
                    translate("pdf", "Ny revisjon"),
                    translate(
                        "pdf", "Ja: en ny revisjon er mottatt siden saksstatusen sist ble endret."
                    ),
                )
            )
        rows.append((translate("pdf", "Revisjon av arket"), str(self.sheet.revision)))
        rows.append((translate("pdf", "Saksmappen er laget"), format_datetime(made_at)))
        self.story.append(_key_values(rows, self.s))

    def remarks_section(self, remarks: Sequence[Remark], answers: Sequence[Answer]) -> None:
        """Each remark with what it is about, who wrote it and the answers to it."""
        self.story.append(CondPageBreak(120))
        self.story.append(
            _heading(translate("pdf", "Merknader fra sekretariatet"), self.s.h1, "remarks")
        )
        if not remarks:
            self.none(translate("pdf", "Ingen merknader."))
            return
        by_remark: dict[Any, list[Answer]] = {}
        for answer in sorted(answers, key=lambda a: a.at):
            by_remark.setdefault(answer.remark_id, []).append(answer)
        ordered = sorted(remarks, key=lambda r: r.at)
        unanswered = sum(1 for r in ordered if r.id not in by_remark)
        count = len(ordered)
        if count == 1:
            lead = (
                translate("pdf", "{count} merknad, {open} ikke besvart.")
                if unanswered
                else translate("pdf", "{count} merknad, alle besvart.")
            )
        else:
            lead = (
                translate("pdf", "{count} merknader, {open} ikke besvart.")
                if unanswered
                else translate("pdf", "{count} merknader, alle besvart.")
            )
        self.story.append(_flow(lead.format(count=count, open=unanswered), self.s.body))
        self.story.append(Spacer(1, 3))
        grey = '<br/><font size="7.6" color="#5F6B73">{}</font>'
        rows: list[list[Any]] = []
        for number, remark in enumerate(ordered, start=1):
            about = [who_text(remark.by_name, remark.by_fingerprint), format_datetime(remark.at)]
            if remark.revision is not None:
                about.append(
                    translate("pdf", "revisjon {revision}").format(revision=remark.revision)
                )
            if not remark.sent:
                about.append(translate("pdf", "ikke sendt"))
            text = _markup(remark.text) + grey.format(_markup(" · ".join(about)))
            parts = []
            for answer in by_remark.get(remark.id, []):
                kind = answer.kind_name
                if answer.kind == "fixed" and answer.fixed_in_revision is not None:
                    kind += f" {answer.fixed_in_revision}"
                part = f"<b>{_markup(kind)}</b>"
                if answer.text.strip():
                    part += f": {_markup(answer.text)}"
                by = [who_text(answer.by_name, answer.by_fingerprint), format_datetime(answer.at)]
                if answer.delivered_in_revision is not None:
                    by.append(
                        translate("pdf", "levert med revisjon {revision}").format(
                            revision=answer.delivered_in_revision
                        )
                    )
                parts.append(part + grey.format(_markup(" · ".join(by))))
            reply = "<br/>".join(parts)
            if not reply:
                reply = "<i>" + _markup(translate("pdf", "Ikke besvart")) + "</i>"
            rows.append(
                [
                    str(number),
                    self.field_label(remark.field),
                    Paragraph(text, self.s.cell),
                    Paragraph(reply, self.s.cell),
                ]
            )
        self.story.append(
            _table(
                [
                    translate("pdf", "Nr."),
                    translate("pdf", "Gjelder"),
                    translate("pdf", "Merknad"),
                    translate("pdf", "Svar"),
                ],
                rows,
                [26, 105, 182, 182],
                self.s,
                numeric=(0,),
            )
        )

    def history_section(self, history: Sequence[CaseEvent]) -> None:
        """Everything recorded about the sheet, oldest first: a record is read that way."""
        self.story.append(CondPageBreak(120))
        self.story.append(_heading(translate("pdf", "Sakshistorikk"), self.s.h1, "history"))
        if not history:
            self.none(translate("pdf", "Ingen hendelser er registrert."))
            return
        self.story.append(
            _flow(
                translate(
                    "pdf",
                    "Alt som er registrert om arket, eldste først, i lokal tid. «Utført av» er"
                    " navnet og starten av SHA-256-fingeravtrykket til sertifikatet personen"
                    " brukte.",
                ),
                self.s.note,
            )
        )
        review = self.profile.review
        rows = [
            [
                format_datetime(e.at),
                what_text(e, review),
                who_text(e.who, e.fingerprint),
                e.text,
            ]
            for e in history
        ]
        self.story.append(
            _table(
                [
                    translate("pdf", "Tidspunkt"),
                    translate("pdf", "Hendelse"),
                    translate("pdf", "Utført av"),
                    translate("pdf", "Merknad"),
                ],
                rows,
                [94, 140, 126, 135],
                self.s,
            )  # fmt: skip
        )


def render_pdf(
    sheet: Sheet,
    catalog: Catalog,
    findings: list[Finding],
    *,
    draft: bool,
    status: str | None = None,
    history: Sequence[CaseEvent] | None = None,
    remarks: Sequence[Remark] | None = None,
    answers: Sequence[Answer] = (),
    signed: bool = False,
) -> bytes:
    """The sheet as an A4 PDF. `draft` stamps UTKAST on every page; `status` is the text
    shown as status in the title block (default: "Utkast" for a draft, else "Klar", in the
    current language).
    `remarks` (with the `answers` to them) and `history`, when given, are the last
    sections, in that order: «Merknader fra sekretariatet» and «Sakshistorikk».
    `signed`: the caller signs this PDF, so its signature box is kept free for the stamp;
    otherwise the box says it is not signed, and so does the header of every page of a
    final (not draft) PDF.

    Raises UnprintableTextError, naming each character and its field, when any text
    holds a character the embedded font cannot draw."""
    status_text = status or (translate("pdf", "Utkast") if draft else translate("pdf", "Klar"))
    with _refusing_unprintable():
        renderer = _Renderer(sheet, catalog, list(findings), status_text)
        story = renderer.build()
        if remarks is not None:
            with _at(translate("pdf", "Merknader fra sekretariatet")):
                renderer.remarks_section(remarks, answers)
        if history is not None:
            with _at(translate("pdf", "Sakshistorikk")):
                renderer.history_section(history)
        title = sheet.identification.title or translate("pdf", "Prosjektark")
    return _document(
        sheet,
        catalog,
        story,
        draft=draft,
        title=title,
        signature_box=True,
        signed=signed,
        header="" if draft or signed else translate("pdf", UNSIGNED_HEADER),
    )


def render_case_pdf(
    sheet: Sheet,
    catalog: Catalog,
    findings: list[Finding],
    *,
    draft: bool,
    status: str,
    review_status: ReviewStatus | None,
    history: Sequence[CaseEvent],
    remarks: Sequence[Remark],
    answers: Sequence[Answer],
    made_at: datetime,
) -> bytes:
    """A case file («Saksmappe»): the sheet as in its PDF, then the review state, the
    remarks with their answers and the case history. It is the secretariat's paper for a
    meeting, never signed, so page 1 has no signature box (and no «Ikke signert»).
    Raises UnprintableTextError as render_pdf does."""
    profile = fmt.profile_of(sheet, catalog)
    kicker = " · ".join(x for x in (translate("pdf", "Saksmappe"), profile.name) if x)
    with _refusing_unprintable():
        renderer = _Renderer(
            sheet, catalog, list(findings), status, signature_space=False, kicker=kicker
        )
        story = renderer.build()
        with _at(translate("pdf", "Saksbehandling")):
            renderer.review_section(review_status, made_at)
        with _at(translate("pdf", "Merknader fra sekretariatet")):
            renderer.remarks_section(remarks, answers)
        with _at(translate("pdf", "Sakshistorikk")):
            renderer.history_section(history)
        title = translate("pdf", "Saksmappe: {title}").format(
            title=sheet.identification.title or translate("pdf", "Prosjektark")
        )
    return _document(sheet, catalog, story, draft=draft, title=title, signature_box=False)


def _document(
    sheet: Sheet,
    catalog: Catalog,
    story: list[Flowable],
    *,
    draft: bool,
    title: str,
    signature_box: bool,
    signed: bool = True,
    header: str = "",
) -> bytes:
    def on_page(canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        if draft:
            _draw_draft_stamp(canv)

    # Tagged for screen readers (headings, paragraphs, tables with header cells, in the
    # order of the sheet; page furniture is decoration), before any signature.
    lang = language_tag()
    tagger = StructureTagger(lang=lang)
    note = tagger.element("P") if signature_box and not signed else None
    story = tagger.tag_story(story)

    def on_first_page(canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        on_page(canv, doc)
        if signature_box:
            read_as = None if note is None else (lambda: tagger.marked(canv, note))
            _draw_signature_box(canv, signed, read_as)

    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    buffer = io.BytesIO()
    ident = sheet.identification
    profile = fmt.profile_of(sheet, catalog)
    doc = _Doc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=ident.contact_name or ident.responsible_agency,
        subject=translate("pdf", "Prosjektark, {programme}, revisjon {revision}").format(
            programme=profile.name, revision=sheet.revision
        ),
        creator="Prosjektark",  # the program's name
        keywords=[
            str(sheet.id),
            translate("pdf", "revisjon {revision}").format(revision=sheet.revision),
        ],
        lang=lang,
        initialFontName=_fonts()[0],
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[frame], onPage=on_first_page, autoNextPageTemplate="rest"
            ),
            PageTemplate(id="rest", frames=[frame], onPage=on_page),
        ]
    )
    footer_top = title if len(title) <= 95 else title[:94] + "…"
    footer_bottom = translate("pdf", "Prosjektark-ID {id} · revisjon {revision}").format(
        id=sheet.id, revision=sheet.revision
    )
    doc.build(story, canvasmaker=_numbered_canvas(footer_top, footer_bottom, draft, header))
    author = ident.contact_name or ident.responsible_agency or "Prosjektark"
    # PDF/A-2b, as public case archives take it (signing keeps it so), then tagged. In
    # this order pyHanko, whose reader is pure Python, rewrites reportlab's few dozen
    # objects, not the hundreds of structure elements; qpdf then adds those and keeps
    # the metadata and output intent as they are, without object streams as before.
    archived = to_pdfa(buffer.getvalue(), title=title, author=author, language=lang)
    return tagger.finish(archived, object_streams=False)
