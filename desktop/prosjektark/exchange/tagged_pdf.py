"""A tagged PDF (logical structure for screen readers) from a reportlab platypus story.

Open-source reportlab writes no structure tree: its catalog has a slot for
/StructTreeRoot and /MarkInfo but nothing fills them, and no flowable emits marked
content. This module adds both, in two steps around the ordinary `doc.build`:

1. `StructureTagger.tag_story(story)`, before the build, walks the story in reading
   order, creates the structure elements (Document; H1-H4; P; Table, TR, TH with /Scope,
   TD; Figure with /Alt) and wraps every leaf flowable (a paragraph, a one-line cell, an
   image) so that reportlab draws it inside a marked-content sequence with the next MCID
   of its page (`/P <</MCID 3>> BDC ... EMC`, written with the public
   `Canvas.addLiteral`). A paragraph split over two pages gets one MCID on each page, in
   the same element. A table's header row that reportlab repeats on the next page is
   drawn again as decoration, so a screen reader reads it once.
2. `StructureTagger.finish(pdf)`, after the build, uses pikepdf (qpdf) to enclose each
   page's content in `/Artifact BMC ... EMC`, so everything not drawn by a wrapped leaf
   (footer, page number, rules, table backgrounds and lines, the UTKAST watermark, the
   signature box) is an artifact, and writes /StructTreeRoot with its /ParentTree,
   /StructParents and /Tabs /S on every page, /MarkInfo /Marked true, /Lang and
   /ViewerPreferences /DisplayDocTitle true. It also puts back the space reportlab drops
   where it breaks a line, so that the last word of a line and the first of the next are
   read as two words.

Content drawn on the canvas rather than by a flowable is decoration unless a page
callback draws it inside `tagger.marked(canvas, tagger.element("P"))`: the element is
read where it was created in the walk (before `tag_story`: first).

The tagger must run before the PDF is signed (a structure tree added after a PAdES
signature would be a change to the signed document), and whatever rewrites the file
afterwards (PDF/A) must keep /StructTreeRoot, /MarkInfo and the marked content.
docs/tagged-pdf.md has the measurements and what is left for PDF/UA.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, Paragraph, Table
from reportlab.platypus.flowables import KeepTogether, Spacer

from prosjektark.i18n import translate

__all__ = ["DEFAULT_HEADINGS", "StructNode", "StructureTagger"]

# Paragraph style names of exchange/pdf.py and their heading level. "h3" (a field label
# over a long text, a severity over its findings) is one level below the heading before
# it, so that no level is skipped (a screen reader's heading list must nest).
DEFAULT_HEADINGS: Mapping[str, int | None] = {"title": 1, "h1": 2, "h2": 3, "h3": None}

# Styles of a key/value table's first column: that column heads its row.
_ROW_HEADER_STYLES = frozenset({"label", "small"})


@dataclass(eq=False)
class StructNode:
    """One structure element; `kids` holds child elements and (page, mcid) content,
    in reading order."""

    role: str
    attributes: dict[str, Any] = field(default_factory=dict)
    kids: list[StructNode | tuple[int, int]] = field(default_factory=list)

    def add(self, role: str, **attributes: Any) -> StructNode:
        node = StructNode(role, dict(attributes))
        self.kids.append(node)
        return node

    def walk(self) -> Iterable[StructNode]:
        yield self
        for kid in self.kids:
            if isinstance(kid, StructNode):
                yield from kid.walk()


class _Marked(Flowable):
    """A leaf flowable drawn inside a marked-content sequence that belongs to `node`.

    Like reportlab's own DDIndenter it passes everything else to the flowable it holds,
    so tables, frames and the document template treat it as that flowable."""

    _own = frozenset({"_inner", "_node", "_tagger", "_drawn"})

    def __init__(self, inner: Flowable, node: StructNode, tagger: StructureTagger) -> None:
        self.__dict__.update(_inner=inner, _node=node, _tagger=tagger, _drawn=False)

    # Flowable sets these as class attributes; they must be the inner flowable's.
    @property
    def _fixedWidth(self) -> Any:  # noqa: N802 (reportlab API)
        return self._inner._fixedWidth

    @property
    def _fixedHeight(self) -> Any:  # noqa: N802 (reportlab API)
        return self._inner._fixedHeight

    def __getattr__(self, name: str) -> Any:
        # Table splits a cell with _findSplit when the flowable has one; the parts would
        # come back unwrapped, so the wrapped split() is used instead.
        if name == "_findSplit":
            raise AttributeError(name)
        return getattr(self.__dict__["_inner"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self._own:
            self.__dict__[name] = value
        else:
            setattr(self._inner, name, value)

    def __delattr__(self, name: str) -> None:
        if name in self._own:
            del self.__dict__[name]
        else:
            delattr(self._inner, name)

    def _derive(self, parts: Sequence[Flowable]) -> list[Flowable]:
        return [_Marked(p, self._node, self._tagger) for p in parts]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self._inner.wrap(availWidth, availHeight)

    def wrapOn(self, canv: Canvas, aW: float, aH: float) -> tuple[float, float]:  # noqa: N802, N803
        return self._inner.wrapOn(canv, aW, aH)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return self._derive(self._inner.split(availWidth, availHeight))

    def splitOn(self, canv: Canvas, aW: float, aH: float) -> list[Flowable]:  # noqa: N802, N803
        return self._derive(self._inner.splitOn(canv, aW, aH))

    def minWidth(self) -> float:  # noqa: N802
        return self._inner.minWidth()

    def getKeepWithNext(self) -> Any:  # noqa: N802
        return self._inner.getKeepWithNext()

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self._inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._inner.getSpaceAfter()

    def isIndexing(self) -> Any:  # noqa: N802
        return self._inner.isIndexing()

    def identity(self, maxLen: int | None = None) -> str:  # noqa: N803
        return self._inner.identity(maxLen)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self._drawn:
            # Drawn a second time: a table header row repeated on a new page, which is
            # decoration there (the page content is an artifact unless marked).
            self._inner.drawOn(canvas, x, y, _sW)
            return
        self._drawn = True
        mcid = self._tagger._claim(canvas.getPageNumber(), self._node)
        canvas.addLiteral(f"EMC /{self._node.role} <</MCID {mcid}>> BDC")
        self._inner.drawOn(canvas, x, y, _sW)
        canvas.addLiteral("EMC /Artifact BMC")


class StructureTagger:
    """Builds the structure tree of one document: `tag_story` before `doc.build`,
    `finish` on the bytes it wrote. One tagger per document."""

    def __init__(
        self,
        *,
        lang: str | None = None,
        headings: Mapping[str, int | None] = DEFAULT_HEADINGS,
    ) -> None:
        from prosjektark.exchange.pdfa import language_tag

        # The document's language tag; the current language's (i18n) when not given.
        self.lang = lang or language_tag()
        self.headings = dict(headings)
        self.root = StructNode("Document")
        # Flowables that draw something but were left untagged (their text would be
        # read as decoration): a caller's test can insist this stays empty.
        self.untagged: list[str] = []
        self._pages: dict[int, list[StructNode]] = {}
        self._level = 0

    # -------------------------------------------------------------- before the build

    def tag_story(self, story: Sequence[Flowable]) -> list[Flowable]:
        """The story with its leaves wrapped (tables are changed in place)."""
        return [self._tag(f, self.root) for f in story]

    def element(self, role: str, **attributes: Any) -> StructNode:
        """A new element of the document at this point of the reading order, for content
        a page callback draws on the canvas (see `marked`)."""
        return self.root.add(role, **attributes)

    @contextmanager
    def marked(self, canvas: Canvas, node: StructNode) -> Iterator[None]:
        """What is drawn on `canvas` inside the block is content of `node`, not decoration.
        Draw whole text objects only (drawString and the like), never inside one."""
        mcid = self._claim(canvas.getPageNumber(), node)
        canvas.addLiteral(f"EMC /{node.role} <</MCID {mcid}>> BDC")
        try:
            yield
        finally:
            canvas.addLiteral("EMC /Artifact BMC")

    def _claim(self, page: int, node: StructNode) -> int:
        """The next MCID on `page`, given to `node`."""
        owners = self._pages.setdefault(page, [])
        owners.append(node)
        node.kids.append((page, len(owners) - 1))
        return len(owners) - 1

    def _role(self, flowable: Flowable) -> str:
        style = getattr(flowable, "style", None)
        name = getattr(style, "name", "")
        if name not in self.headings:
            return "P"
        level = self.headings[name]
        if level is None:
            level = min(self._level + 1, 6)
        else:
            self._level = level
        return f"H{level}"

    def _tag(self, flowable: Flowable, parent: StructNode, *, cell: bool = False) -> Flowable:
        """`flowable` tagged under `parent`; `cell`: its text is the cell element's own
        content (TD > MCR), not a paragraph of its own."""
        if isinstance(flowable, _Marked):
            return flowable
        if isinstance(flowable, Table):
            self._table(flowable, parent)
            return flowable
        if isinstance(flowable, KeepTogether):
            flowable._content[:] = [self._tag(f, parent, cell=cell) for f in flowable._content]
            return flowable
        alt = getattr(flowable, "alt_text", None)
        if isinstance(flowable, Image) or alt is not None:
            if not alt:
                raise ValueError(
                    translate(
                        "tagged_pdf", "Et bilde i PDF-en mangler alternativ tekst: {image}"
                    ).format(image=repr(flowable))
                )
            return _Marked(flowable, parent.add("Figure", Alt=alt), self)
        if isinstance(flowable, Paragraph) or hasattr(flowable, "style"):
            node = parent if cell else parent.add(self._role(flowable))
            return _Marked(flowable, node, self)
        if not isinstance(flowable, Spacer) and type(flowable).draw is not Flowable.draw:
            self.untagged.append(type(flowable).__name__)
        return flowable

    def _table(self, table: Table, parent: StructNode) -> None:
        rows: list[list[Any]] = table._cellvalues

        def contents(value: Any) -> list[Any]:
            return list(value) if isinstance(value, list | tuple) else [value]

        def is_layout(value: Any) -> bool:
            items = contents(value)
            return len(items) > 1 or any(isinstance(v, Table) for v in items)

        if any(is_layout(v) for row in rows for v in row):
            # A table used for layout (the title block beside the signature box): no table
            # structure, its content read row by row, cell by cell.
            for row in rows:
                for c, value in enumerate(row):
                    row[c] = self._cell_value(value, parent, cell=False)
            return
        header_rows = table.repeatRows if isinstance(table.repeatRows, int) else 0
        firsts = [contents(r[0])[0] if r and contents(r[0]) else None for r in rows]
        row_headers = (
            header_rows == 0
            and bool(rows)
            and all(len(r) == 2 for r in rows)
            and all(
                getattr(getattr(f, "style", None), "name", "") in _ROW_HEADER_STYLES for f in firsts
            )
        )
        node = parent.add("Table")
        for r, row in enumerate(rows):
            tr = node.add("TR")
            for c, value in enumerate(row):
                if r < header_rows:
                    kind = tr.add("TH", Scope="Column")
                elif row_headers and c == 0:
                    kind = tr.add("TH", Scope="Row")
                else:
                    kind = tr.add("TD")
                row[c] = self._cell_value(value, kind, cell=True)

    def _cell_value(self, value: Any, node: StructNode, *, cell: bool) -> Any:
        if isinstance(value, list | tuple):
            return type(value)(self._tag(v, node, cell=cell) for v in value)
        if isinstance(value, Flowable):
            return self._tag(value, node, cell=cell)
        if value not in (None, ""):
            self.untagged.append("str")  # Table draws a string cell itself: not markable
        return value

    # -------------------------------------------------------------- after the build

    def _continued(self) -> dict[int, set[int]]:
        """Per page, the MCIDs whose element goes on in a later MCID (a paragraph that
        runs over to the next page)."""
        out: dict[int, set[int]] = {}
        for node in self.root.walk():
            content = [k for k in node.kids if isinstance(k, tuple)]
            for page, mcid in content[:-1]:
                out.setdefault(page, set()).add(mcid)
        return out

    def finish(self, pdf_bytes: bytes, *, object_streams: bool = True) -> bytes:
        """The PDF with every page's untagged content marked as artifact and the
        structure tree, ParentTree and catalog entries of a tagged PDF.

        `object_streams`: pack the hundreds of small structure elements into object
        streams, which keeps the file as small as the untagged one (PDF/A-2 allows
        them); the header then says PDF 1.5. Without them the file grows by half."""
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            pages = [p.obj for p in pdf.pages]
            continued = self._continued()
            for index, page in enumerate(pages):
                instructions = _word_breaks(
                    pikepdf.parse_content_stream(pdf.pages[index]), continued.get(index + 1, set())
                )
                raw = pikepdf.unparse_content_stream(instructions)
                # One stream: a marked-content sequence may not span content streams.
                page.Contents = pdf.make_stream(b"/Artifact BMC\n" + raw + b"\nEMC\n")
                page.StructParents = index
                page.Tabs = Name.S

            tree = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
            refs: dict[int, pikepdf.Object] = {}

            def build(node: StructNode, parent: pikepdf.Object) -> pikepdf.Object:
                # Few calls into pikepdf per element: each one costs more than the work.
                entries: dict[str, Any] = {"/Type": Name.StructElem, "/S": Name("/" + node.role)}
                entries["/P"] = parent
                home = next((k[0] for k in node.kids if isinstance(k, tuple)), None)
                if home is not None:
                    entries["/Pg"] = pages[home - 1]
                if node.attributes.get("Alt"):
                    entries["/Alt"] = pikepdf.String(node.attributes["Alt"])
                if node.attributes.get("Scope"):
                    entries["/A"] = Dictionary(
                        O=Name.Table, Scope=Name("/" + node.attributes["Scope"])
                    )
                element = pdf.make_indirect(Dictionary(entries))
                refs[id(node)] = element
                kids: list[Any] = []
                for kid in node.kids:
                    if isinstance(kid, StructNode):
                        kids.append(build(kid, element))
                    elif kid[0] == home:
                        kids.append(kid[1])
                    else:
                        kids.append(Dictionary(Type=Name.MCR, Pg=pages[kid[0] - 1], MCID=kid[1]))
                element.K = Array(kids)
                return element

            document = build(self.root, tree)
            tree.K = Array([document])
            nums = Array()
            for index in range(len(pages)):
                owners = self._pages.get(index + 1, [])
                nums.append(index)
                nums.append(Array([refs[id(n)] for n in owners]))
            tree.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
            tree.ParentTreeNextKey = len(pages)

            root = pdf.Root
            root.StructTreeRoot = tree
            root.MarkInfo = Dictionary(Marked=True)
            if "/Lang" not in root:
                root.Lang = pikepdf.String(self.lang)
            prefs = root.get("/ViewerPreferences", Dictionary())
            prefs.DisplayDocTitle = True
            root.ViewerPreferences = prefs
            out = io.BytesIO()
            mode = pikepdf.ObjectStreamMode
            # fix_metadata_version off: the XMP (PDF/A's, when to_pdfa ran first) stays
            # byte for byte as it was written; it states no PDF version to fix.
            pdf.save(
                out,
                object_stream_mode=mode.generate if object_streams else mode.preserve,
                fix_metadata_version=False,
            )
            return out.getvalue()


_LINE_MOVES = frozenset({"T*", "Td", "TD", "Tm"})
_SHOWS = frozenset({"Tj", "TJ", "'", '"'})


def _word_breaks(
    instructions: Sequence[pikepdf.ContentStreamInstruction], continued: set[int]
) -> list[pikepdf.ContentStreamInstruction]:
    """`instructions` with a space at the end of every tagged text line that goes on in
    the next line, or in the element's next MCID.

    reportlab drops the space where it breaks a line, and a tagged PDF's text is read
    from the marked content, not from the page layout: without it «med» at the end of
    one line and «fortau» at the start of the next are read as one word «medfortau».
    ISO 32000-1, 14.8.2.5 asks for explicit word breaks. The space is appended to the
    line's last string, where it shows nothing and moves nothing (the next line is placed
    from the start of this one)."""
    out = list(instructions)
    stack: list[int | None] = []
    last: int | None = None  # index in `out` of the last string shown in this sequence
    font = ""
    moved = False

    def add_space(at: int) -> None:
        ins = out[at]
        operands = list(ins.operands)
        if str(ins.operator) == "TJ":
            items = list(operands[-1])
            if items and isinstance(items[-1], pikepdf.String):
                if bytes(items[-1]).endswith(b" "):
                    return
                items[-1] = pikepdf.String(bytes(items[-1]) + b" ")
            else:
                items.append(pikepdf.String(b" "))
            operands[-1] = pikepdf.Array(items)
        else:
            if bytes(operands[-1]).endswith((b" ", b"-")):
                return
            operands[-1] = pikepdf.String(bytes(operands[-1]) + b" ")
        out[at] = pikepdf.ContentStreamInstruction(operands, ins.operator)

    for index, ins in enumerate(out):
        op = str(ins.operator)
        if op == "BDC":
            props = ins.operands[1] if len(ins.operands) > 1 else None
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            stack.append(int(mcid) if mcid is not None else None)
            last, moved = None, False
        elif op == "BMC":
            stack.append(None)
        elif op == "EMC":
            top = stack.pop() if stack else None
            if top is not None and top in continued and last is not None:
                add_space(last)
            last = None
        elif op == "Tf":
            font = str(ins.operands[0])
        elif op in _LINE_MOVES:
            moved = True
        elif op in _SHOWS and stack and stack[-1] is not None:
            if last is not None and (moved or op in ("'", '"')):
                add_space(last)
            # A TrueType subset other than the first may not have the space at 32.
            ascii_space = "+" not in font or font.endswith("+0")
            last, moved = (index if ascii_space else None), False
    return out
