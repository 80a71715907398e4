"""«Legg til vedlegg …» looks at the file's content: a file whose name says PDF but that
is something else is not attached, and the user is told what it really is."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from qt_helpers import find

from prosjektark.domain.sheet import Identification, Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.editor import SheetEditor
from prosjektark.ui.editor.attachments_widget import AttachmentsEditor, QMessageBox
from prosjektark.ui.main_window import StoreAttachments


def real_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Situasjonsplan")
    canvas.save()
    return buffer.getvalue()


def real_jpeg() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


@pytest.fixture
def store(open_store: Callable[[], Store]) -> Store:
    # Both stores: attachment files beside SQLite, contents in a PostgreSQL database.
    return open_store()


def test_a_file_whose_name_lies_is_not_attached(
    qtbot, catalog, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = Sheet(profile="miljopakken", identification=Identification(phase="PU"))
    store.create(sheet)
    honest = tmp_path / "Situasjonsplan Tråkkvegen – rev 2.pdf"
    honest.write_bytes(real_pdf())
    lying = tmp_path / "plan.pdf"  # a photo saved under a PDF's name
    lying.write_bytes(real_jpeg())
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    monkeypatch.setattr(AttachmentsEditor, "choose_files", lambda self: [honest, lying])
    editor = SheetEditor(catalog, StoreAttachments(store, lambda: sheet))
    qtbot.addWidget(editor)
    editor.set_sheet(sheet)
    editor.show_step("vedlegg")

    qtbot.mouseClick(find(editor, "attachments:add", QPushButton), Qt.MouseButton.LeftButton)

    assert [a.filename for a in editor.sheet().attachments] == [honest.name]
    (attached,) = editor.sheet().attachments
    assert store.attachment_path(attached).read_bytes() == honest.read_bytes()
    (warning,) = warnings
    assert "«plan.pdf» er oppgitt som PDF, men innholdet er ikke en PDF" in warning
    assert "det er et JPEG-bilde" in warning and "ikke lagt til" in warning
