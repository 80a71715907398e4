"""What the frozen app leaves out of what PyInstaller's hooks would collect (build.spec).

Pure data and two predicates, so that tests/unit/test_bundle_contents.py checks the rules
against the code that loads these files, and packaging/frozen_check.py checks the built
bundle against the same rules. No PyInstaller import: build.spec loads this file by path.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

# reportlab's data: only its licence. Our PDFs embed DejaVu from resources/fonts, and
# reportlab reads its own fonts/ only for what we never do (embedding the standard 14
# Type 1 fonts with std14Embed, renderPM bitmaps, its test shapes); the metrics of the
# standard fonts are Python modules. fonts/ also holds DarkGardenMK, a GPL font.
REPORTLAB_DATA = ("license.txt",)

# The PostgreSQL driver of the secretariat's shared store (issue 16). SQLAlchemy picks its
# dialect module by the URL's name and psycopg picks its C implementation (psycopg_binary)
# inside a try, so the analysis is told about them; psycopg_binary's native libraries
# (libpq, OpenSSL, and on Linux Kerberos, LDAP, SASL) sit beside it in
# psycopg_binary.libs/, where its extension modules look for them.
SERVER_DRIVER_MODULES = (
    "psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.ddl.postgresql",
)
PSYCOPG_BINARY_LIBS_DIR = "psycopg_binary.libs"
# The libraries that folder must hold, by the start of their file names (auditwheel and
# delvewheel add a hash to each): libpq and OpenSSL on every platform.
PSYCOPG_BINARY_LIBS = ("libpq", "libssl", "libcrypto")

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


def missing_server_driver(bundle_base: Path) -> list[str]:
    """What of the PostgreSQL driver is missing from a built bundle's base folder (the
    onedir's _internal/): psycopg_binary's extension modules (psycopg itself is pure Python,
    inside the archive) and the native libraries in PSYCOPG_BINARY_LIBS_DIR."""
    package = bundle_base / "psycopg_binary"
    modules = [p.name for p in package.iterdir()] if package.is_dir() else []
    missing = [
        f"psycopg_binary/{stem}.*"
        for stem in ("_psycopg", "pq")
        if not any(name.startswith(stem + ".") for name in modules)
    ]
    libs = bundle_base / PSYCOPG_BINARY_LIBS_DIR
    present = [p.name for p in libs.iterdir()] if libs.is_dir() else []
    missing += [
        f"{PSYCOPG_BINARY_LIBS_DIR}/{prefix}*"
        for prefix in PSYCOPG_BINARY_LIBS
        if not any(name.startswith(prefix) for name in present)
    ]
    return missing
