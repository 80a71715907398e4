"""Print preview and printing of a sheet, in the layout of its PDF.

What is printed is the sheet's own PDF (exchange/pdf.py, rendered as «Signer og eksporter»
writes an unsigned PDF), so paper and PDF cannot drift apart: PDFium (pypdfium2)
rasterises each page at the printer's resolution, at most PRINT_DPI, and Qt paints the
image on the printer's page, scaled to the paper with the page's proportions kept. When
the user chooses to print to a PDF file in the print dialog, the file gets the PDF itself
(vector text that can be searched and copied), not pictures of its pages.

The printout is made from the sheet the editor holds, so edits not yet saved are printed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from prosjektark.ui.qt_translations import translate

if TYPE_CHECKING:
    from prosjektark.domain.caseflow import CaseEvent
    from prosjektark.domain.catalog import Catalog
    from prosjektark.domain.sheet import Sheet

# Beyond 300 dpi a printed 9-10 pt text gains nothing visible, while the page image grows
# with the square: an A4 page is 35 MB at 300 dpi and 140 MB at 600 dpi.
PRINT_DPI = 300
# The preview keeps every page's image in memory while it is open; a screen shows a page
# at about 100 dpi, and 150 leaves room for zooming in.
PREVIEW_DPI = 150
POINTS_PER_INCH = 72
# The preview's height (px) from which a whole page is shown; below it, the page's width.
FIT_PAGE_HEIGHT = 900


class PrintError(Exception):
    """Printing could not start or was stopped (Norwegian message)."""


def sheet_pdf(sheet: Sheet, catalog: Catalog, history: Sequence[CaseEvent] = ()) -> bytes:
    """The sheet's PDF as an unsigned export writes it (exchange.export.sheet_pdf). Raises
    ExportError (UnprintableTextError) when a text holds a character the PDF's font
    cannot draw."""
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange import export

    return export.sheet_pdf(
        sheet, catalog, check_sheet(sheet, catalog), signed=False, history=history
    )


@contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while a printout is made: a long sheet takes a second or two."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def is_preview(printer: QPrinter) -> bool:
    """Whether `printer` is painting into a preview (QPrintPreviewWidget records the pages
    as pictures) rather than onto paper or into a file."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The page indexes (from 0) the print dialog asked for, in the order to print them."""
    pages = list(range(count))
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            pages = [i for i in pages if ranges.contains(i + 1)]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def fitted(page: QSizeF, paper: QRectF) -> QRectF:
    """`page` scaled to fit `paper`, its proportions kept, centred."""
    scale = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )


class Printout:
    """A sheet's PDF, ready for a preview or a printer."""

    def __init__(self, pdf: bytes, title: str) -> None:
        import pypdfium2

        self.pdf = pdf
        self.title = title
        self._document = pypdfium2.PdfDocument(pdf)

    @property
    def page_count(self) -> int:
        return len(self._document)

    def page_size(self, index: int = 0) -> QSizeF:
        """The page's size in points, as the PDF has it (A4 for every sheet today)."""
        width, height = self._document.get_page_size(index)
        return QSizeF(width, height)

    def set_up(self, printer: QPrinter) -> None:
        """The paper and orientation of the PDF's first page; the whole paper is painted,
        because the PDF's pages carry their own margins."""
        size = self.page_size(0)
        portrait = size.height() >= size.width()
        printer.setPageSize(
            QPageSize(
                QSizeF(min(size.width(), size.height()), max(size.width(), size.height())),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.FuzzyMatch,  # the PDF's A4 is A4, not a custom size
            )
        )
        printer.setPageOrientation(
            QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
        )
        printer.setFullPage(True)
        printer.setDocName(self.title)

    def print_to(self, printer: QPrinter) -> int:
        """Print on `printer` as the print dialog left it; returns the number of pages
        printed. A PDF file chosen in the dialog gets the PDF's own pages."""
        if (
            printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and printer.outputFileName()
            and not is_preview(printer)
        ):
            # A file's pages are in reading order, whatever order a printer stacks them in.
            pages = sorted(pages_to_print(printer, self.page_count))
            return self.write_file(Path(printer.outputFileName()), pages)
        return self.paint(printer)

    def write_file(self, path: Path, pages: Sequence[int] | None = None) -> int:
        """Write the PDF, or the chosen `pages` of it, to `path`; returns the page count.
        Raises ExportError when the file cannot be written."""
        import pypdfium2

        from prosjektark.exchange.export import write_atomic

        every = list(range(self.page_count))
        pages = every if pages is None else list(pages)
        data = self.pdf
        if pages != every:
            part = pypdfium2.PdfDocument.new()
            try:
                part.import_pages(self._document, pages)
                buffer = io.BytesIO()
                part.save(buffer)
            finally:
                part.close()
            data = buffer.getvalue()
        write_atomic(path, data)
        return len(pages)

    def paint(self, printer: QPrinter) -> int:
        """Paint the pages on `printer` (a preview gets them all); returns the number of
        pages painted. Raises PrintError when the printer cannot start or is stopped."""
        preview = is_preview(printer)
        if preview:
            pages = list(range(self.page_count))
        else:
            pages = pages_to_print(printer, self.page_count)
            if not printer.supportsMultipleCopies():
                pages = pages * max(1, printer.copyCount())
        if not pages:
            return 0
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else PRINT_DPI)
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(
                translate(
                    "print_preview", "Kunne ikke starte utskriften. Er skriveren tilgjengelig?"
                )
            )
        painted = 0
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            # fullPage: the painter's origin is the paper's corner.
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            paper = QRectF(0, 0, paper.width(), paper.height())
            for index in pages:
                if painted and not printer.newPage():
                    raise PrintError(
                        translate(
                            "print_preview", "Utskriften stoppet før alle sidene var skrevet ut."
                        )
                    )
                if printer.printerState() == QPrinter.PrinterState.Aborted:
                    raise PrintError(translate("print_preview", "Utskriften ble avbrutt."))
                self._paint_page(painter, index, dpi, grey, paper)
                painted += 1
        finally:
            painter.end()
        return painted

    def _paint_page(
        self, painter: QPainter, index: int, dpi: int, grey: bool, paper: QRectF
    ) -> None:
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                rev_byteorder=True,
                prefer_bgrx=True,
                grayscale=grey,
                optimize_mode="print",
            )
        finally:
            page.close()
        try:
            kind = (
                QImage.Format.Format_Grayscale8
                if bitmap.n_channels == 1
                else QImage.Format.Format_RGBX8888
            )
            # Copied out of PDFium's buffer: a preview keeps the image after this returns
            # (a QPicture holds a shallow copy) and the bitmap's memory is freed below.
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, kind).copy()
            painter.drawImage(fitted(self.page_size(index), paper), image)
        finally:
            bitmap.close()

    def close(self) -> None:
        self._document.close()


def new_printer(printout: Printout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printout.set_up(printer)
    return printer


def ask_printer(printer: QPrinter, parent: QWidget | None, page_count: int) -> bool:
    """The system's print dialog: printer, pages and copies. False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("print_preview", "Skriv ut"))
    dialog.setMinMax(1, page_count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


ChoosePrinter = Callable[[QPrinter, "QWidget | None", int], bool]


def print_with_dialog(
    printout: Printout, parent: QWidget | None, choose: ChoosePrinter | None = None
) -> QPrinter | None:
    """Ask for a printer (`choose`, by default the print dialog), then print on it.
    Returns the printer printed on, or None when the user cancelled. Raises PrintError,
    or ExportError when a PDF file chosen cannot be written."""
    printer = new_printer(printout)
    if not (choose or ask_printer)(printer, parent, printout.page_count):
        return None
    with busy():
        printout.print_to(printer)
    return printer


class PrintPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a sheet's printout; its print button prints as Ctrl+P does."""

    def __init__(self, printout: Printout, parent: QWidget | None = None) -> None:
        printer = new_printer(printout)
        super().__init__(printer, parent)
        # The dialog does not own the printer: without this reference Python frees it.
        self.printer = printer
        self.printout = printout
        self.setWindowTitle(
            translate("print_preview", "Forhåndsvis utskrift – {title}").format(
                title=printout.title
            )
        )
        self.paintRequested.connect(self._paint)
        self.preview = self.findChild(QPrintPreviewWidget)
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        width, height = 900, 1000
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 80), min(height, room.height() - 80)
        self.resize(width, height)
        if height < FIT_PAGE_HEIGHT:
            # A whole A4 page in less than this is text too small to read (at 1280 × 720
            # it is 6 pt): show the page's width, as the toolbar's «fit width» would.
            fit_width = self.findChild(QAction, "fitWidthAction")
            if fit_width is not None:
                fit_width.trigger()

    def _paint(self, printer: QPrinter) -> None:
        # For the preview and, from the dialog's print button, for the chosen printer.
        # Imported here: exchange loads reportlab and friends, kept out of start-up.
        from prosjektark.exchange.export import ExportError

        try:
            with busy():
                self.printout.print_to(printer)
        except (PrintError, ExportError) as exc:
            QMessageBox.warning(self, translate("print_preview", "Kunne ikke skrive ut"), str(exc))

    def pages_shown(self) -> int:
        """The number of pages the preview shows."""
        return self.preview.pageCount() if self.preview is not None else 0


def preview_screenshot(window: QWidget, path: Path, size: tuple[int, int] = (900, 1000)) -> Path:
    """A picture of the print preview of the sheet open in `window` (a MainWindow, with a
    sheet open), for the documentation (docs/screenshots.py)."""
    printout = window.sheet_printout()  # type: ignore[attr-defined]
    if printout is None:
        raise PrintError(translate("print_preview", "Ingen ark er åpent."))
    dialog = PrintPreviewDialog(printout, window)
    try:
        dialog.resize(*size)
        dialog.show()
        QApplication.processEvents()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(path))
    finally:
        dialog.close()
        dialog.deleteLater()
        printout.close()
    return path
