"""The tagged PDF (exchange/tagged_pdf.py): a platypus story with the sheet PDF's kinds of
content gets a structure tree that poppler reads back in story order, with page
decoration as artifacts, and keeps it through a PAdES signature."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf is the tagged PDF's dependency")

from reportlab.lib.pagesizes import A5  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from prosjektark.exchange.tagged_pdf import StructureTagger  # noqa: E402

FONT = "TaggedTestSans"

TITLE = "Sykkelveg med fortau, Østre Ålesundsgate"
KICKER = "MILJØPAKKEN · HANDLINGSPROGRAM"
META = [("Fase", "Detaljplanlegging (DP)"), ("Kommune(r)", "Trondheim og Malvik")]
STEP = "Beskrivelse"
LABEL = "Formål"
# Long enough to wrap over many lines and to run from page 1 onto page 2.
LONG = " ".join(f"ord{n} skolebarn krysser fylkesvegen sikkert" for n in range(70))
SUB = "Milepæler"
HEADER = ["Milepæl", "Dato", "Status"]
ROWS = [[f"Milepæl nummer {n}", f"{n:02d}.03.2027", "Planlagt"] for n in range(1, 40)]
NOTE = "Beløp i MNOK, 2027-kroner."
ALT = "Skisse av sykkelvegen sett fra nord."
FOOTER = "Bunntekst-for-hver-side"
STAMP = "UTKASTMERKE"
UNSIGNED = "Ikke signert."


@pytest.fixture(scope="module")
def styles() -> dict[str, ParagraphStyle]:
    import reportlab

    if FONT not in pdfmetrics.getRegisteredFontNames():
        path = Path(reportlab.__file__).resolve().parent / "fonts" / "Vera.ttf"
        pdfmetrics.registerFont(TTFont(FONT, str(path)))
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    # The style names are exchange/pdf.py's, which decide the element types.
    return {
        name: ParagraphStyle(name, parent=base, fontSize=size, leading=size + 3)
        for name, size in (
            ("body", 9),
            ("kicker", 8),
            ("title", 16),
            ("h1", 13),
            ("h2", 11),
            ("h3", 9),
            ("label", 9),
            ("small", 8),
            ("head", 8),
            ("cell", 8),
            ("note", 8),
        )
    }


def _png() -> io.BytesIO:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 30), (31, 78, 95)).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def build_story(s: dict[str, ParagraphStyle]) -> tuple[list, list[str]]:
    """The story, and its words in the order they are written."""
    meta = Table(
        [[Paragraph(k, s["small"]), Paragraph(v, s["cell"])] for k, v in META],
        colWidths=[80, 150],
    )
    # The title block: a layout table beside an empty box (the signature's place).
    block = Table(
        [[[Paragraph(KICKER, s["kicker"]), Paragraph(TITLE, s["title"]), meta], Spacer(100, 40)]],
        colWidths=[250, 100],
    )
    table = Table(
        [[Paragraph(h, s["head"]) for h in HEADER]]
        + [[Paragraph(c, s["cell"]) for c in row] for row in ROWS],
        colWidths=[150, 80, 80],
        repeatRows=1,
    )
    image = Image(_png(), width=60, height=30)
    image.alt_text = ALT
    story = [
        block,
        Paragraph(STEP, s["h1"]),
        Paragraph(LABEL, s["h3"]),
        Paragraph(LONG, s["body"]),
        Paragraph(SUB, s["h2"]),
        table,
        KeepTogether([Paragraph(NOTE, s["note"]), image]),
    ]
    words = [KICKER, TITLE, *(f"{k} {v}" for k, v in META), STEP, LABEL, LONG, SUB]
    words += [" ".join(HEADER), *(" ".join(r) for r in ROWS), NOTE]
    return story, " ".join(words).split()


def render(tagger: StructureTagger | None, story: list, *, note: bool = False) -> bytes:
    """The story on A5 pages with a footer and a watermark drawn on every page (and,
    with `note`, a tagged «not signed» note drawn on page 1 by the page callback)."""
    unsigned = tagger.element("P") if tagger is not None and note else None

    def on_page(canv, doc) -> None:  # noqa: ANN001
        canv.saveState()
        canv.setFont(FONT, 7)
        canv.drawString(40, 20, f"{FOOTER} Side {canv.getPageNumber()}")
        canv.setFont(FONT, 40)
        canv.drawString(80, 300, STAMP)
        if unsigned is not None and canv.getPageNumber() == 1:
            assert tagger is not None
            with tagger.marked(canv, unsigned):
                canv.setFont(FONT, 8)
                canv.drawString(300, 570, UNSIGNED)
        canv.restoreState()

    if tagger is not None:
        story = tagger.tag_story(story)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A5, title=TITLE, lang="nb-NO")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    data = buffer.getvalue()
    return tagger.finish(data) if tagger is not None else data


def _poppler(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")


def struct_text(data: bytes, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The element types and the texts poppler reads from the structure tree, in order."""
    _poppler("pdfinfo")
    path = tmp_path / "tagged.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    roles, texts = [], []
    for line in out.splitlines():
        item = line.strip()
        if item.startswith('"'):
            texts.append(item.strip('"'))
        elif item and not item.startswith("/"):
            roles.append(item.split()[0].rstrip(":"))
    return roles, texts


def page_words(data: bytes, tmp_path: Path) -> list[str]:
    _poppler("pdftotext")
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split()


@pytest.fixture
def tagged(styles: dict[str, ParagraphStyle]) -> tuple[bytes, list[str], StructureTagger]:
    story, words = build_story(styles)
    tagger = StructureTagger()
    return render(tagger, story), words, tagger


def test_structure_tree_reads_the_story_in_order(tagged, tmp_path: Path) -> None:
    data, words, tagger = tagged
    roles, texts = struct_text(data, tmp_path)
    read = " ".join(texts).split()
    # Every word once, in story order: the long paragraph split over two pages, the
    # header row reportlab repeats on the next page read once, nothing glued across a
    # line break («sikkert ord5», not «sikkertord5»).
    assert read == words
    assert tagger.untagged == []
    assert roles[0] == "Document"
    headings = [r for r in roles if re.fullmatch(r"H\d", r)]
    assert headings == ["H1", "H2", "H3", "H3"]  # title, step, label, sub: no level skipped
    assert roles.count("Table") == 2  # the layout table that holds the title is not one
    assert roles.count("TH") == len(META) + len(HEADER)
    assert roles.count("TR") == len(META) + 1 + len(ROWS)
    assert "Figure" in roles


def test_header_cells_and_figure_carry_their_attributes(tagged) -> None:
    data, _, _ = tagged
    with pikepdf.open(io.BytesIO(data)) as pdf:
        elements = [
            o
            for o in pdf.objects
            if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/StructElem"
        ]
        scopes = [str(e.A.Scope) for e in elements if e.S == "/TH"]
        assert scopes == ["/Row"] * len(META) + ["/Column"] * len(HEADER)
        figures = [e for e in elements if e.S == "/Figure"]
        assert [str(f.Alt) for f in figures] == [ALT]


def test_page_decoration_is_artifact_and_all_content_is_marked(tagged, tmp_path: Path) -> None:
    data, words, _ = tagged
    shown = page_words(data, tmp_path)
    _, texts = struct_text(data, tmp_path)
    read = set(" ".join(texts).split())
    # Footer and watermark are on the page but not read.
    assert FOOTER in shown and STAMP in shown
    assert FOOTER not in read and STAMP not in read
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        assert bool(root.MarkInfo.Marked)
        assert str(root.Lang) == "nb-NO"
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        nums = list(root.StructTreeRoot.ParentTree.Nums)
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        assert len(pdf.pages) >= 3
        for page in pdf.pages:
            stack: list[str] = []
            mcids: list[int] = []
            for ins in pikepdf.parse_content_stream(page):
                op = str(ins.operator)
                if op == "BDC":
                    props = ins.operands[1]
                    is_mcid = isinstance(props, pikepdf.Dictionary) and "/MCID" in props
                    if is_mcid:
                        mcids.append(int(props.MCID))
                    stack.append("content" if is_mcid else str(ins.operands[0]))
                elif op == "BMC":
                    stack.append(str(ins.operands[0]))
                elif op == "EMC":
                    stack.pop()
                elif op in ("Tj", "TJ", "'", '"', "Do", "re", "l", "S", "f"):
                    assert "content" in stack or "/Artifact" in stack, f"unmarked {op}"
            assert stack == []
            assert mcids == list(range(len(mcids)))
            assert len(parents[int(page.StructParents)]) == len(mcids)
            assert page.Tabs == "/S"


def test_text_drawn_by_a_page_callback_can_be_content(styles, tmp_path: Path) -> None:
    story, words = build_story(styles)
    data = render(StructureTagger(), story, note=True)
    _, texts = struct_text(data, tmp_path)
    # Created before the story was tagged, so it is read first.
    assert " ".join(texts).split() == UNSIGNED.split() + words


def test_untagged_story_draws_the_same_pages(styles, tmp_path: Path) -> None:
    """Tagging changes what is read, never what is shown."""
    plain = render(None, build_story(styles)[0])
    tagged = render(StructureTagger(), build_story(styles)[0])
    assert page_words(tagged, tmp_path) == page_words(plain, tmp_path)


def test_an_image_without_alt_text_is_refused(styles) -> None:
    with pytest.raises(ValueError, match="alternativ tekst"):
        StructureTagger().tag_story([Image(_png(), width=60, height=30)])


def test_signing_after_tagging_keeps_the_structure(tagged, tmp_path_factory, tmp_path) -> None:
    from prosjektark.signing.identity import create_identity
    from prosjektark.signing.pades import sign_pdf, verify_pdf

    data, words, _ = tagged
    identity = create_identity(
        "Máret Ánne Čiŋŋálaš",
        "maret@example.no",
        "Sámediggi",
        "et-langt-passord-for-tagging-9",
        tmp_path_factory.mktemp("id"),
    )
    signed = sign_pdf(data, identity, revision=1)
    assert verify_pdf(signed, [identity.certificate]).ok
    _, texts = struct_text(signed, tmp_path)
    assert " ".join(texts).split() == words
