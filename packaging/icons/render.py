"""Render the icon sources (prosjektark.svg, prosjektark-asice.svg) to what each platform needs.

    .venv/bin/python packaging/icons/render.py

Writes, beside this script:
  hicolor/<N>x<N>/apps/no.prosjektark.Prosjektark.png              (Linux, the application)
  hicolor/<N>x<N>/mimetypes/application-vnd.etsi.asic-e+zip.png    (Linux, .asice files)
  hicolor/scalable/...                                             (the SVG sources, renamed)
  prosjektark.ico, prosjektark-asice.ico                           (Windows, 16–256 px)
and resources/icons/prosjektark-<N>.png, the window icon the running program sets.

The renders are committed; run this again after changing an SVG. Qt's own SVG renderer
(QtSvg, in PySide6-Essentials) draws them, so what is installed is what the program shows.
Pillow (already installed with reportlab) writes the .ico files: Qt's ico plugin writes
one image per file, and Windows wants every size in one. Each size inside the .ico is
PNG-compressed, which Windows reads since Vista.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

APP_ID = "no.prosjektark.Prosjektark"
MIME_ICON = "application-vnd.etsi.asic-e+zip"  # the MIME type with «/» as «-» (icon naming spec)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# source SVG -> (hicolor context, icon name, .ico file)
ICONS = {
    "prosjektark.svg": ("apps", APP_ID, "prosjektark.ico"),
    "prosjektark-asice.svg": ("mimetypes", MIME_ICON, "prosjektark-asice.ico"),
}


def render(svg: Path, size: int):
    """The SVG drawn into a transparent size×size image (a QImage)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not write a PNG")
    return bytes(buffer.data())


def write_ico(pngs: dict[int, bytes], target: Path) -> None:
    from PIL import Image

    frames = [Image.open(io.BytesIO(pngs[size])) for size in ICO_SIZES]
    largest = frames[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],  # each size drawn from the SVG, not scaled down
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    hicolor = HERE / "hicolor"
    if hicolor.exists():
        shutil.rmtree(hicolor)  # no stale sizes left behind
    window_icons = ROOT / "resources" / "icons"
    window_icons.mkdir(parents=True, exist_ok=True)
    for old in window_icons.glob("prosjektark-*.png"):
        old.unlink()
    for source, (context, name, ico) in ICONS.items():
        svg = HERE / source
        pngs = {size: _png_bytes(render(svg, size)) for size in HICOLOR_SIZES}
        for size, data in pngs.items():
            target = hicolor / f"{size}x{size}" / context / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        scalable = hicolor / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        write_ico(pngs, HERE / ico)
        if context == "apps":
            for size in WINDOW_ICON_SIZES:
                (window_icons / f"prosjektark-{size}.png").write_bytes(pngs[size])
        print(f"{source}: {len(pngs)} PNG sizes, {ico}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
