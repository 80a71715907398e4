"""The visible PAdES stamp: text in an embedded TrueType font, wrapped to the box.

pyHanko draws the stamp (TextStampStyle with a GlyphAccumulator font, which embeds a
subset with its widths and a ToUnicode map), but its text box does not wrap: a long
line makes the whole stamp shrink to fit. So the lines are wrapped here, at the largest
font size from STAMP_FONT_SIZES whose wrapped text fits the box.

pyHanko subsets the font at every signature, keeping every glyph slot of the font; for
the whole of DejaVu Sans (6,000 glyphs, large layout tables) that took about half a
second per signature. So the stamp font is the stamp's repertoire (STAMP_REPERTOIRE) cut
from STAMP_FONT once per process with fontTools, without layout tables and hinting,
which the stamp's plain left-to-right text does not use, and scaled to 1,000 units per
em (see stamp_font_program).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.font.api import FontEngine, FontEngineFactory
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import TextStampStyle

from prosjektark.i18n import translate
from prosjektark.paths import resource

# The sheet's body font, shipped in resources/fonts/ with its licence.
STAMP_FONT = resource("fonts", "DejaVuSans.ttf")
# Largest first. Below 7 pt a stamp is no longer readable on paper, so the text wraps
# onto more lines instead of shrinking further.
STAMP_FONT_SIZES = (9, 8, 7)
# Latin (with Sámi and the rest of Latin Extended-A/B), Greek, Cyrillic and general
# punctuation: every name a certificate is likely to hold here. Other characters are
# refused before signing (missing_characters), never replaced.
STAMP_REPERTOIRE = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0370, 0x03FF),
    (0x0400, 0x04FF),
    (0x1E00, 0x1EFF),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x20AC, 0x20AC),
)
_BORDER = 1
_PADDING = 3  # between the border and the text, on each side


class StampFontError(Exception):
    """The stamp font is missing or cannot draw the text; message in the current language."""


@dataclass(frozen=True)
class StampLayout:
    lines: list[str]
    font_size: int
    leading: int

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@cache
def stamp_font_program(font: Path = STAMP_FONT) -> bytes:
    """The TrueType program pyHanko embeds (and subsets again): font cut to the stamp's
    repertoire, without layout tables and hinting."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    # fontTools reports each table it drops (FFTM …) as a warning; nothing to act on.
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    try:
        tt = TTFont(str(font), lazy=True)
    except OSError as exc:
        raise StampFontError(
            translate("stamp", "Fant ikke skrifttypen for signaturstempelet: {path}").format(
                path=font
            )
        ) from exc
    options = subset.Options(
        layout_closure=False, hinting=False, notdef_outline=True, name_IDs=["*"]
    )
    options.name_languages = ["*"]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(
        unicodes=[c for first, last in STAMP_REPERTOIRE for c in range(first, last + 1)]
    )
    subsetter.subset(tt)
    # pyHanko (0.38) writes the CID font's /W widths in font units, where PDF wants
    # thousandths of an em; at DejaVu's 2,048 units per em the letters drift apart.
    # At 1,000 units per em the two agree.
    scale_upem(tt, 1000)
    out = io.BytesIO()
    tt.save(out)
    return out.getvalue()


@cache
def _metrics(font: Path) -> tuple[dict[int, str], dict[str, int], int]:
    from fontTools.ttLib import TTFont

    tt = TTFont(io.BytesIO(stamp_font_program(font)))
    advances = {name: advance for name, (advance, _lsb) in tt["hmtx"].metrics.items()}
    return dict(tt.getBestCmap()), advances, int(tt["head"].unitsPerEm)


class _StampFontFactory(FontEngineFactory):
    """pyHanko's GlyphAccumulatorFactory, but reading the font program from memory."""

    def __init__(self, font: Path, font_size: int) -> None:
        self.font = font
        self.font_size = font_size

    def create_font_engine(self, writer, obj_stream=None) -> FontEngine:
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(stamp_font_program(self.font)),
            font_size=self.font_size,
            obj_stream=obj_stream,
        )


def missing_characters(text: str, font: Path = STAMP_FONT) -> list[str]:
    """Characters of text (other than line breaks) that the font has no glyph for."""
    cmap, _, _ = _metrics(font)
    return sorted({ch for ch in text if ch != "\n" and ord(ch) not in cmap})


def text_width(text: str, size: float, font: Path = STAMP_FONT) -> float:
    """Width in points from the advance widths: the stamp font has no kerning to apply."""
    cmap, advances, units = _metrics(font)
    return sum(advances.get(cmap.get(ord(ch), ".notdef"), units // 2) for ch in text) * size / units


def _break_word(word: str, size: int, width: float, font: Path) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and text_width(current + ch, size, font) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current]


def wrap(line: str, size: int, width: float, font: Path = STAMP_FONT) -> list[str]:
    """Greedy word wrap at spaces; a word longer than the line is split where it must."""
    out: list[str] = []
    current = ""
    for word in line.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, font) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        if text_width(word, size, font) <= width:
            current = word
        else:
            *full, current = _break_word(word, size, width, font)
            out.extend(full)
    out.append(current)
    return out


def layout_text(text: str, width: float, height: float, font: Path = STAMP_FONT) -> StampLayout:
    """The text wrapped for a box of width x height points (the whole stamp, border
    included), at the largest size that fits; at the smallest size it may overflow."""
    inner_width = width - 2 * (_BORDER + _PADDING) - 2  # pyHanko rounds widths to 1 pt
    inner_height = height - 2 * (_BORDER + _PADDING)
    chosen = StampLayout([], 0, 0)
    for size in STAMP_FONT_SIZES:
        leading = round(size * 1.2)
        lines = [part for line in text.split("\n") for part in wrap(line, size, inner_width, font)]
        chosen = StampLayout(lines, size, leading)
        if len(lines) * leading <= inner_height:
            break
    return chosen


def stamp_style(stamp: StampLayout, font: Path = STAMP_FONT) -> TextStampStyle:
    """pyHanko's text stamp for an already wrapped layout, text top left in the box."""
    top_left = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MAX,
        margins=layout.Margins.uniform(_PADDING),
    )
    return TextStampStyle(
        # pyHanko applies %-interpolation to the template; the text is final already.
        stamp_text=stamp.text.replace("%", "%%"),
        border_width=_BORDER,
        text_box_style=TextBoxStyle(
            font=_StampFontFactory(font, stamp.font_size),
            font_size=stamp.font_size,
            leading=stamp.leading,
            box_layout_rule=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MIN,
                y_align=layout.AxisAlignment.ALIGN_MAX,
            ),
        ),
        inner_content_layout=top_left,
    )
