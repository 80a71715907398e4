"""A small real PDF for signing tests (built with reportlab, as the app does)."""

from __future__ import annotations

import io


def make_pdf(pages: int = 1, text: str = "Sykkelveg Innherredsveien (æøå ÆØÅ)") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setTitle(text)
    for n in range(pages):
        c.drawString(72, 760, f"{text} – side {n + 1}")
        c.showPage()
    c.save()
    return buffer.getvalue()
