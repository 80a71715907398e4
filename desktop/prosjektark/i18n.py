"""The program's languages: bokmål (the source language of every text), nynorsk and English.

Every user-visible text in code is written in bokmål inside a `translate("context",
"tekst")` call, so that `pyside6-lupdate` finds it and puts it in
resources/translations/prosjektark_<language>.ts, where the nynorsk and English
translations live (`make translations`). The UI reads the compiled .qm files through Qt's
own QTranslator (prosjektark.ui.i18n); everything without Qt (rules, exports, the CLI)
reads the same .ts files here, so both halves say the same thing.

A text with placeholders is translated first and filled in after:
`translate("rules", "Sekkeposten har {amount} MNOK i {year}.").format(amount=…, year=…)`.
A text needed before the language is known (a module constant) is marked with
`QT_TRANSLATE_NOOP("context", "tekst")` and translated where it is shown.

The language of a piece of work is a context variable: the UI language by default, the
sheet's own language while its PDF and workbook are written (`use_language`).

Data (forms, checklists, profiles) carries its texts as tables with one key per language,
`label = { nb = "…", nn = "…", en = "…" }`; `localize` picks one. A quote from a source
document stays as written, with an English translation beside it:
`quote = { original = "…", en = "…" }`.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
SOURCE_LANGUAGE = "nb"
# Each language named in itself, as a language menu shows them.
LANGUAGE_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}

_process_language = SOURCE_LANGUAGE
_language: ContextVar[str | None] = ContextVar("prosjektark_language", default=None)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r} (known: {', '.join(LANGUAGES)})")
    return language


def set_language(language: str) -> None:
    """The language of this process: the UI's, or the CLI's from LANG."""
    global _process_language
    _process_language = check_language(language)


def language() -> str:
    """The language texts are written in here and now."""
    return _language.get() or _process_language


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Write in `language` inside the block (this thread or task only)."""
    token = _language.set(check_language(language))
    try:
        yield
    finally:
        _language.reset(token)


def language_of_locale(name: str) -> str | None:
    """'nn_NO.UTF-8' -> 'nn'; 'nb', 'no_NO' -> 'nb'; 'en_GB' -> 'en'.

    None for C/POSIX and for an empty name: nothing chosen. Swedish and Danish readers get
    bokmål, every other language English."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    base = code.split("_")[0]
    if base in ("", "c", "posix"):
        return None
    if base == "nn" or code in ("no_ny",):
        return "nn"
    if base in ("nb", "no", "sv", "da"):
        return "nb"
    return "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, the way gettext reads it.

    LANGUAGE (a colon-separated list of preferences) first, then LC_ALL, LC_MESSAGES and
    LANG; bokmål when none names a language."""
    env = os.environ if environ is None else environ
    for name in env.get("LANGUAGE", "").split(":"):
        found = language_of_locale(name)
        if found:
            return found
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return language_of_locale(value) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def catalogue_path(language: str):
    from prosjektark import paths

    return paths.resource("translations", f"prosjektark_{language}.ts")


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, bokmål source) -> finished translation, from the language's .ts file.

    Unfinished and obsolete entries are left out, so their bokmål shows. A missing or
    unreadable file gives an empty catalogue: the program must still run (in bokmål)."""
    check_language(language)
    if language == SOURCE_LANGUAGE:
        return {}
    from defusedxml import ElementTree

    try:
        root = ElementTree.parse(str(catalogue_path(language))).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            text = translation.text or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    n: int = -1,
    *,
    language: str | None = None,
) -> str:
    """`source` (bokmål) in the current language, or in `language`.

    The signature is QCoreApplication.translate's, so the same call reads the same in
    the UI and outside it."""
    del disambiguation, n  # we keep one translation per context and source
    chosen = language or _language.get() or _process_language
    if chosen == SOURCE_LANGUAGE:
        return source
    return catalogue(chosen).get((context, source), source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate knows this name
    """Marks a text for translation where it is defined; `translate` it where it is shown."""
    del context
    return source


# ---------------------------------------------------------------- data with language keys

_LANGUAGE_KEYS = frozenset(LANGUAGES)
_QUOTE_KEYS = frozenset({"original", "en"})


def is_localized(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= _LANGUAGE_KEYS


def is_quote(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == _QUOTE_KEYS


def quote_text(original: str, english: str, language: str) -> str:
    """A source document's sentence as it is shown in `language`: as written, and in
    English with our translation beside it, marked as ours."""
    if language != "en" or not english:
        return original
    return f"{original} (English translation: {english})"


def localize(data: Any, language: str | None = None) -> Any:
    """`data` (parsed TOML) with every language table replaced by its text in `language`.

    A table missing the language falls back to bokmål, so an incomplete translation shows
    bokmål rather than nothing (tests/unit/test_translations.py fails on it)."""
    chosen = language or globals()["language"]()
    if isinstance(data, dict):
        if is_localized(data):
            text = data.get(chosen) or data.get(SOURCE_LANGUAGE) or ""
            return text
        if is_quote(data):
            return quote_text(data["original"], data["en"], chosen)
        return {key: localize(value, chosen) for key, value in data.items()}
    if isinstance(data, list):
        return [localize(item, chosen) for item in data]
    return data
