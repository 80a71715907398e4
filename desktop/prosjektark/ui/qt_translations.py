"""Qt's own texts (file dialogs, standard buttons, context menus, print dialogs) in the
user's language.

Qt ships no bokmål catalogue, so resources/translations/qtbase_nb.ts holds ours; it is
compiled to qtbase_nb.qm with `make translations`. Nynorsk uses the catalogue Qt ships;
English needs none. Issue 14 adds the choice of language; bokmål is the default.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from prosjektark import paths

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"

# Kept so that a change of language removes the catalogue installed before it, and so
# that Python does not collect a translator Qt still uses.
_installed: list[QTranslator] = []


def qt_catalogue(language: str) -> Path | None:
    """The compiled catalogue for Qt's own texts in `language`; None for English."""
    if language not in LANGUAGES:
        raise ValueError(f"Ukjent språk: {language!r} (kjente: {', '.join(LANGUAGES)})")
    if language == "nb":
        return paths.resource("translations", "qtbase_nb.qm")
    if language == "nn":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return Path(folder) / "qtbase_nn.qm"
    return None


def install_qt_translations(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> QTranslator | None:
    """Load Qt's texts in `language` into `app`, replacing any loaded before.

    A missing or unreadable catalogue is logged and leaves Qt's English: the program
    must start even then."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    catalogue = qt_catalogue(language)
    if catalogue is None:
        return None
    translator = QTranslator(app)
    if not translator.load(str(catalogue)):
        logging.getLogger("prosjektark").warning(
            "Fant ikke Qts oversettelser for %s i %s; Qts egne tekster vises på engelsk",
            language,
            catalogue,
        )
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator
