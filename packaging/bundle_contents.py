"""What the frozen app leaves out of what PyInstaller's hooks would collect (build.spec).

Pure data and two predicates, so that tests/unit/test_bundle_contents.py checks the rules
against the code that loads these files, and packaging/frozen_check.py checks the built
bundle against the same rules. No PyInstaller import: build.spec loads this file by path.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# reportlab's data: only its licence. Our PDFs embed DejaVu from resources/fonts, and
# reportlab reads its own fonts/ only for what we never do (embedding the standard 14
# Type 1 fonts with std14Embed, renderPM bitmaps, its test shapes); the metrics of the
# standard fonts are Python modules. fonts/ also holds DarkGardenMK, a GPL font.
REPORTLAB_DATA = ("license.txt",)

# Where PyInstaller puts PySide6's Qt translations in the bundle.
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations"
# The Qt catalogues prosjektark.ui.qt_translations.qt_catalogue() loads from Qt's own
# translations folder: nynorsk only (bokmål is ours in resources/translations, English
# needs none). Qt's other 98 catalogues (7 MB) stay out.
QT_TRANSLATIONS = frozenset({"qtbase_nn.qm"})

# Qt plugins that no desktop session loads, by plugin folder; None drops the whole folder.
# Each name is the file's stem without "lib" (libqvnc.so, qvnc.dll: "qvnc").
# Kept on purpose: xcb, wayland and offscreen (tests, --self-test), the GTK 3 and portal
# themes (file_dialogs.py uses the platform's own dialog), input contexts (dead keys,
# Sámi letters through IBus), print support (CUPS), image formats and the SVG icon engine.
DROPPED_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # Framebuffer, VNC, Vulkan display and EGLFS platforms: for kiosks, not desktops.
    "platforms": frozenset({"qlinuxfb", "qvnc", "qvkkhrdisplay", "qeglfs", "qminimalegl"}),
    "egldeviceintegrations": None,  # EGLFS only
    "generic": None,  # evdev and TUIO input, loaded only with -plugin (EGLFS, framebuffer)
    # QtNetwork's plugins: the program opens no network connection through Qt.
    "networkinformation": None,
    "tls": None,
}


def plugin_stem(filename: str) -> str:
    """'libqvnc.so' and 'qvnc.dll' → 'qvnc'."""
    stem = PurePosixPath(filename.replace("\\", "/")).name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_plugin(plugin_type: str, filename: str) -> bool:
    """Whether the plugin file `filename` of folder `plugin_type` goes into the bundle."""
    if plugin_type not in DROPPED_QT_PLUGINS:
        return True
    dropped = DROPPED_QT_PLUGINS[plugin_type]
    return dropped is not None and plugin_stem(filename) not in dropped


def keep_data(destination: str) -> bool:
    """Whether a data file collected for `destination` (its path in the bundle) is kept:
    of Qt's translations, only the catalogues the program loads."""
    path = PurePosixPath(destination.replace("\\", "/"))
    if str(path.parent) == QT_TRANSLATIONS_DIR:
        return path.name in QT_TRANSLATIONS
    return True
