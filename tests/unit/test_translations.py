"""Every text in three languages: the catalogues are complete and current, the data's
language tables are complete, and the mechanism picks the right one."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

import pytest
from defusedxml import ElementTree

from prosjektark import i18n, paths

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CODE = ROOT / "desktop" / "prosjektark"
TOOLS = Path(sys.executable).parent
OTHER_LANGUAGES = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    """(context, source, translation, its type) of every message in a .ts file."""
    found = []
    for context in ElementTree.parse(str(ts)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    None if translation is None else translation.text,
                    None if translation is None else translation.get("type"),
                )
            )
    return found


def _tool(name: str) -> Path:
    tool = TOOLS / name
    if not tool.exists():
        found = shutil.which(name)
        if not found:
            pytest.skip(f"{name} (PySide6's translation tool) is not installed")
        tool = Path(found)
    return tool


# ---------------------------------------------------------------- catalogues of the code


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_text_in_the_code_has_a_finished_translation(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"prosjektark_{language}.ts")
    assert len(messages) > 500, "the catalogue has lost its texts"
    missing = [(c, s) for c, s, text, kind in messages if not text or kind is not None]
    assert not missing, f"{len(missing)} texts without a {language} translation: {missing[:10]}"


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_translations_keep_the_placeholders_and_the_accelerator(language: str) -> None:
    wrong = []
    for context, source, text, _ in _messages(TRANSLATIONS / f"prosjektark_{language}.ts"):
        if text and (
            _placeholders(text) != _placeholders(source)
            or _accelerators(text) != _accelerators(source)
        ):
            wrong.append((context, source, text))
    assert not wrong, wrong[:10]


def test_the_catalogues_hold_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    """A text added to the code without `make translations` fails here, as does one the
    code no longer has."""
    lupdate = _tool("pyside6-lupdate")
    files = sorted(str(p) for p in CODE.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _, _ in _messages(fresh)}
    for language in OTHER_LANGUAGES:
        committed = {
            (c, s) for c, s, _, _ in _messages(TRANSLATIONS / f"prosjektark_{language}.ts")
        }
        assert in_code - committed == set(), (
            f"not in prosjektark_{language}.ts; run make translations"
        )
        assert committed - in_code == set(), "no longer in the code; run make translations"


@pytest.mark.parametrize("name", ["qtbase_nb", "prosjektark_nn", "prosjektark_en"])
def test_the_compiled_catalogues_are_current(tmp_path: Path, name: str) -> None:
    lrelease = _tool("pyside6-lrelease")
    fresh = tmp_path / f"{name}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TRANSLATIONS / f"{name}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes(), (
        f"{name}.qm is older than {name}.ts; run make translations"
    )


def test_outside_qt_the_same_catalogue_is_read() -> None:
    context, source, text, _ = next(
        m
        for m in _messages(TRANSLATIONS / "prosjektark_nn.ts")
        if m[2] and m[2] != m[1] and "{" not in m[1]
    )
    assert i18n.translate(context, source, language="nn") == text
    assert i18n.translate(context, source, language="nb") == source
    with i18n.use_language("nn"):
        assert i18n.translate(context, source) == text
    assert i18n.translate(context, source) == source


# ---------------------------------------------------------------- the mechanism


def test_use_language_is_this_threads_only_and_nests() -> None:
    seen = []
    with i18n.use_language("en"):
        with i18n.use_language("nn"):
            assert i18n.language() == "nn"
        assert i18n.language() == "en"
        worker = threading.Thread(target=lambda: seen.append(i18n.language()))
        worker.start()
        worker.join()
    assert seen == ["nb"] and i18n.language() == "nb"
    with pytest.raises(ValueError):
        i18n.set_language("sv")


def test_a_text_without_translation_shows_its_bokmal() -> None:
    assert i18n.translate("nowhere", "Ingen slik tekst", language="en") == "Ingen slik tekst"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("no_NO", "nb"),
        ("nn_NO.UTF-8", "nn"),
        ("nn-Latn-NO", "nn"),
        ("en_GB.UTF-8", "en"),
        ("en-US", "en"),
        ("de_DE", "en"),
        ("sv_SE", "nb"),
        ("C", None),
        ("POSIX", None),
        ("", None),
    ],
)
def test_locale_names(name: str, language: str | None) -> None:
    assert i18n.language_of_locale(name) == language


def test_localize_picks_the_language_and_keeps_quotes_as_written() -> None:
    data = {
        "label": {"nb": "Prosjektnavn", "nn": "Prosjektnamn", "en": "Project name"},
        "id": "x",
        "items": [{"name": {"nb": "Bompenger", "nn": "Bompengar", "en": "Toll revenue"}}],
        "quote": {"original": "Finansieringen i 2030 er kun bompenger.", "en": "Tolls only."},
    }
    nn = i18n.localize(data, "nn")
    assert nn == {
        "label": "Prosjektnamn",
        "id": "x",
        "items": [{"name": "Bompengar"}],
        "quote": "Finansieringen i 2030 er kun bompenger.",
    }
    en = i18n.localize(data, "en")
    assert en["label"] == "Project name"
    assert en["quote"] == (
        "Finansieringen i 2030 er kun bompenger. (English translation: Tolls only.)"
    )


# ---------------------------------------------------------------- data with language keys

DATA = sorted(
    p
    for folder in ("forms", "profiles", "checklists")
    for p in (ROOT / "resources" / folder).glob("*.toml")
)
# Keys whose text people read; ids, stored values and proper names are elsewhere.
TEXT_KEYS = {
    "label",
    "help",
    "title",
    "intro",
    "text",
    "description",
    "notes",
    "reason",
    "placeholder",
    "programme",
    "proposal_title",
    "quote",
    "source",
}


def _walk(value, path=()):
    yield path, value
    if isinstance(value, dict) and not (i18n.is_localized(value) or i18n.is_quote(value)):
        for key, inner in value.items():
            yield from _walk(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _walk(inner, (*path, i))


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_every_language_table_has_all_three_languages(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tables = quotes = 0
    problems = []
    for where, value in _walk(data):
        if isinstance(value, dict) and "original" in value:
            quotes += 1
            if not (i18n.is_quote(value) and value["original"].strip() and value["en"].strip()):
                problems.append((".".join(map(str, where)), "quote needs original and en"))
        elif isinstance(value, dict) and set(value) & set(i18n.LANGUAGES):
            tables += 1
            lacking = [lang for lang in i18n.LANGUAGES if not str(value.get(lang, "")).strip()]
            if lacking or not i18n.is_localized(value):
                problems.append((".".join(map(str, where)), lacking or sorted(value)))
    assert tables, f"{path.name} has no language tables"
    assert not problems, problems[:10]


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_no_text_people_read_is_left_in_one_language(path: Path) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    plain = [
        ".".join(map(str, where))
        for where, value in _walk(data)
        if where
        and isinstance(where[-1], str)
        and where[-1] in TEXT_KEYS | {"name"}
        and isinstance(value, str)
        # a profile's own name and area are proper names; the sources' document titles too
        and where not in (("name",), ("area",))
    ]
    assert not plain, plain[:10]


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_catalog_loads_in_every_language(language: str) -> None:
    from prosjektark.domain.catalog import load_catalog

    catalog = load_catalog(paths.resource_dir(), language=language)
    assert catalog.language == language
    assert catalog.in_language("nb").language == "nb"
    assert catalog.in_language(language) is catalog


# Bokmål forms a nynorsk text never has (nynorsk: ikkje, kva, kven, korleis, kvifor, kva
# for, viss/dersom, frå, nokon, noko, mykje, fleire, framleis, allereie, utan).
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvordan|hvorfor|hvilke|hvilken|hvis|fra|noen|noe|mye|flere|"
    r"fortsatt|allerede|uten)\b",
    re.IGNORECASE,
)


def test_the_nynorsk_catalogue_is_nynorsk() -> None:
    found = []
    for context, _source, text, _ in _messages(TRANSLATIONS / "prosjektark_nn.ts"):
        outside_quotes = re.sub(r"«[^»]*»", "", text or "")  # names and quoted bokmål
        if BOKMAL_ONLY.search(outside_quotes):
            found.append((context, text))
    assert not found, found[:10]
