"""Print preview and printing of a sheet (issue 13, item 11): the same pages as the PDF,
from the Fil menu and with Ctrl+P, of the sheet as the editor holds it."""

from __future__ import annotations

import pypdfium2
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit
from qt_helpers import field, type_text, window_editing

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.store.repository import Store
from prosjektark.ui import print_preview
from prosjektark.ui.main_window import MainWindow
from prosjektark.ui.print_preview import Printout, PrintPreviewDialog, sheet_pdf

CTRL = Qt.KeyboardModifier.ControlModifier
# Pages are compared as grey images at 72 dpi, each 6 × 6 pixel block averaged: a block
# is 1/12 inch, smaller than a line of text, so a moved line or block shows, while the
# anti-aliasing of text drawn as a picture (printed) and as glyphs (the PDF) evens out.
DPI, BLOCK = 72, 6


def page_texts(path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return texts
    finally:
        document.close()


def grey_pages(pdf) -> list[QImage]:
    """Every page as a small grey image: rendered at DPI, averaged over BLOCKs."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            assert bitmap.n_channels == 1
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_Grayscale8,
            )
            pages.append(
                image.scaled(
                    bitmap.width // BLOCK,
                    bitmap.height // BLOCK,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            bitmap.close()
            page.close()
        return pages
    finally:
        document.close()


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two grey pages, 0 (same) to 255, over the area both
    cover: Qt's A4 is 595 × 842 points, reportlab's 595.28 × 841.89, a pixel apart."""
    width, height = min(a.width(), b.width()), min(a.height(), b.height())
    assert width > 80 and height > 120
    total = 0
    for y in range(height):
        row_a, row_b = bytes(a.constScanLine(y))[:width], bytes(b.constScanLine(y))[:width]
        total += sum(abs(p - q) for p, q in zip(row_a, row_b, strict=True))
    return total / (width * height)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def sheet(catalog):
    # The example with several pages: a preview or printout of one page proves little.
    return max(example_sheets(catalog), key=lambda s: len(s.description.purpose or ""))


def test_menu_entries_and_shortcut_need_an_open_sheet(qtbot, catalog, tmp_path, sheet) -> None:
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Forhåndsvis utskrift …" in texts
    assert "Skriv &ut …" in texts
    assert window.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.act_print.shortcut().toString() == "Ctrl+P"
    assert window.act_print.isEnabled() and window.act_print_preview.isEnabled()

    window.show_list()
    assert not window.act_print.isEnabled()
    assert not window.act_print_preview.isEnabled()
    window.list_page.select(sheet.id)  # a row in the list is not a sheet on the screen
    assert not window.act_print.isEnabled()

    # No other action of the window answers Ctrl+P.
    everywhere = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    everywhere += window.editor_page.remark_actions()
    everywhere.append(window.editor_page.findings_panel.acknowledge_action)
    on_ctrl_p = [a for a in everywhere if QKeySequence("Ctrl+P") in a.shortcuts()]
    assert on_ctrl_p == [window.act_print]


def test_a_read_only_window_prints_the_sheet_it_shows(qtbot, catalog, tmp_path, sheet) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    store.create(sheet)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings, read_only=True)
    qtbot.addWidget(window)
    window.show()
    window.open_sheet(sheet.id)
    assert window.act_print.isEnabled()
    assert window.act_print_preview.isEnabled()


def test_ctrl_p_prints_the_sheet_as_edited(qtbot, catalog, tmp_path, sheet, monkeypatch) -> None:
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    window.activateWindow()  # a shortcut reaches the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    title = field(window.editor_page.editor, "identification.title", QLineEdit)
    title.setFocus()
    title.selectAll()
    type_text(qtbot, title, "Nytt navn på utskrift")  # typed now: maybe not saved yet
    target = tmp_path / "utskrift.pdf"
    asked: list[int] = []

    def choose_pdf_file(printer: QPrinter, parent, page_count: int) -> bool:
        # What the print dialog leaves when the user prints to a PDF file.
        asked.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(print_preview, "ask_printer", choose_pdf_file)
    # Not saved yet (typing does not run the autosave timer): a printout from the store
    # would have the old title.
    assert window.store.load(sheet.id).identification.title == sheet.identification.title
    qtbot.keyClick(title, Qt.Key.Key_P, CTRL)

    expected = Printout(sheet_pdf(window.current_sheet(), catalog), "")
    assert asked == [expected.page_count]
    texts = page_texts(target)
    assert len(texts) == expected.page_count > 1
    assert "Nytt navn på utskrift" in texts[0]
    assert str(target) in window.statusBar().currentMessage()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot, catalog, tmp_path, sheet, monkeypatch
) -> None:
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    target = tmp_path / "utskrift.pdf"

    def choose_then_cancel(printer: QPrinter, parent, page_count: int) -> bool:
        printer.setOutputFileName(str(target))
        return False

    monkeypatch.setattr(print_preview, "ask_printer", choose_then_cancel)
    window.act_print.trigger()
    assert not target.exists()


def test_printed_pages_look_like_the_pdf(catalog, tmp_path, sheet, qapp) -> None:
    """The path every paper printer takes: the PDF's pages painted as images. Printed
    into a PDF here, rasterised again and compared page by page with the PDF itself."""
    pdf = sheet_pdf(sheet, catalog)
    printout = Printout(pdf, sheet.identification.title)
    target = tmp_path / "papir.pdf"
    printer = pdf_printer(target)
    printout.set_up(printer)

    assert printout.paint(printer) == printout.page_count

    original, printed = grey_pages(pdf), grey_pages(target.read_bytes())
    assert len(printed) == len(original) > 1
    for n, (want, got) in enumerate(zip(original, printed, strict=True)):
        assert difference(want, got) < 3.0, f"page {n + 1}"
    # The measure tells pages apart: page 1 printed is not page 2 of the PDF.
    assert difference(original[1], printed[0]) > 5 * difference(original[0], printed[0])


def test_printing_a_page_range(catalog, tmp_path, sheet, qapp) -> None:
    pdf = sheet_pdf(sheet, catalog)
    printout = Printout(pdf, "")
    assert printout.page_count >= 3
    paper = pdf_printer(tmp_path / "papir.pdf")
    printout.set_up(paper)
    paper.setPrintRange(QPrinter.PrintRange.PageRange)
    paper.setFromTo(2, 3)
    assert printout.paint(paper) == 2
    original, printed = grey_pages(pdf), grey_pages((tmp_path / "papir.pdf").read_bytes())
    assert len(printed) == 2
    assert difference(original[1], printed[0]) < 3.0
    assert difference(original[2], printed[1]) < 3.0

    # To a PDF file the chosen pages are the PDF's own, text and all.
    file = pdf_printer(tmp_path / "fil.pdf")
    printout.set_up(file)
    file.setPrintRange(QPrinter.PrintRange.PageRange)
    file.setFromTo(2, 3)
    assert printout.print_to(file) == 2
    assert page_texts(tmp_path / "fil.pdf") == page_texts_of(pdf)[1:3]


def page_texts_of(pdf: bytes) -> list[str]:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.pdf"
        path.write_bytes(pdf)
        return page_texts(path)


def test_preview_shows_every_page_of_the_pdf(qtbot, catalog, tmp_path, sheet) -> None:
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = type(dialog).__name__
        if isinstance(dialog, PrintPreviewDialog):
            QApplication.processEvents()
            seen["pages"] = dialog.pages_shown()
            seen["title"] = dialog.windowTitle()
            seen["paper"] = dialog.printer.pageLayout().pageSize().id()
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, look_and_close)
    window.act_print_preview.trigger()

    expected = Printout(sheet_pdf(window.current_sheet(), catalog), "").page_count
    assert seen["dialog"] == "PrintPreviewDialog"
    assert seen["pages"] == expected > 1
    assert seen["title"] == f"Forhåndsvis utskrift – {sheet.identification.title}"
    from PySide6.QtGui import QPageSize

    assert seen["paper"] == QPageSize.PageSizeId.A4
