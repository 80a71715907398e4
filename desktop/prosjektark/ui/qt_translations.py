"""The UI's texts in the user's language, through Qt's own QTranslator.

Two catalogues are installed: ours (resources/translations/prosjektark_<language>.qm,
compiled from the .ts files that pyside6-lupdate fills from every `translate("context",
"tekst")` in the code; bokmål is the source language and needs none), and one for Qt's
own texts (file dialogs, standard buttons, context menus, print dialogs). Qt ships no
bokmål catalogue, so resources/translations/qtbase_nb.ts holds ours; nynorsk uses the one
Qt ships, and falls back to ours in bokmål where Qt's has no text; English needs none.
`make translations` rebuilds them all.

UI code writes `translate("context", "tekst")` with `translate` imported from here: it
is QCoreApplication.translate, with the same signature as prosjektark.i18n.translate.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from prosjektark import machine_config, paths
from prosjektark.i18n import LANGUAGES, SOURCE_LANGUAGE, check_language, set_language

DEFAULT_LANGUAGE = SOURCE_LANGUAGE
translate = QCoreApplication.translate

# Kept so that a change of language removes the catalogue installed before it, and so
# that Python does not collect a translator Qt still uses.
_installed: list[QTranslator] = []


def qt_catalogue(language: str) -> Path | None:
    """The compiled catalogue for Qt's own texts in `language`; None for English."""
    check_language(language)
    if language == "nb":
        return paths.resource("translations", "qtbase_nb.qm")
    if language == "nn":
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        return Path(folder) / "qtbase_nn.qm"
    return None


def catalogues(language: str) -> list[Path]:
    """Every catalogue `language` needs, the fallback first (Qt asks the translator
    installed last first): nynorsk falls back to bokmål where Qt's own nynorsk has no
    text, rather than to English."""
    check_language(language)
    found: list[Path] = []
    if language == "nn":
        found.append(paths.resource("translations", "qtbase_nb.qm"))
    qt = qt_catalogue(language)
    if qt is not None:
        found.append(qt)
    if language != SOURCE_LANGUAGE:
        found.append(paths.resource("translations", f"prosjektark_{language}.qm"))
    return found


def install_qt_translations(
    app: QCoreApplication, language: str = DEFAULT_LANGUAGE
) -> list[QTranslator]:
    """Load the UI's texts and Qt's in `language` into `app`, replacing any loaded before.

    A missing or unreadable catalogue is logged and leaves its texts in their source
    language: the program must start even then."""
    remove_translations(app)
    for catalogue in catalogues(language):
        translator = QTranslator(app)
        if not translator.load(str(catalogue)):
            logging.getLogger("prosjektark").warning(
                "Could not load the translations in %s; those texts stay untranslated",
                catalogue,
            )
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    """Every text back in its source language (tests restore this after a language)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def use_ui_language(app: QCoreApplication, language: str) -> None:
    """The whole program in `language`: the UI's catalogues, and the texts made outside
    Qt (rule messages, exports) through prosjektark.i18n."""
    set_language(language)
    install_qt_translations(app, language)


LANGUAGE_SETTING = "language"  # "" (or absent): follow the system


def system_language() -> str:
    """The first of the system's UI languages we have, the way the user ordered them."""
    from PySide6.QtCore import QLocale

    from prosjektark.i18n import language_of_locale

    for name in QLocale.system().uiLanguages():
        found = language_of_locale(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def chosen_language(settings) -> str:
    """The language the user chose in Innstillinger unless the machine locks it, then the
    machine's (machine_config.py), else the system's."""
    value = str(settings.value(LANGUAGE_SETTING, "") or "")
    user = value if value in LANGUAGES else None
    resolved = machine_config.current().resolve("language", user)
    return resolved if resolved in LANGUAGES else system_language()
