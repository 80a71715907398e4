"""The form in bokmål, nynorsk and English (issue 14, item 2).

resources/forms/prosjektark.toml carries every text the user sees as a table with one key
per language; the catalog picks one (prosjektark.i18n.localize). Bokmål is the source and
stays what it was; nynorsk and English are complete and say the same thing.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import LANGUAGES, is_localized, localize
from prosjektark.paths import resource_dir

REPO = Path(__file__).resolve().parents[2]
FORM_FILE = "resources/forms/prosjektark.toml"
# The last commit whose form was bokmål only; the committed file moves on, this does not.
BOKMAL_ONLY_COMMIT = "41104c8a4f97f480c1792cc51408ac4c73f7fdf8"
# Keys whose text the user sees: in the editor, the help panel, the PDF and the workbook.
USER_VISIBLE = frozenset({"title", "intro", "label", "help", "placeholder"})


def _raw_form() -> dict[str, Any]:
    with (resource_dir() / "forms" / "prosjektark.toml").open("rb") as fh:
        return tomllib.load(fh)


def _language_tables(data: Any, where: str = "") -> list[tuple[str, str, dict[str, str]]]:
    """(where, key, table) for every language table in parsed TOML."""
    found: list[tuple[str, str, dict[str, str]]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if is_localized(value):
                found.append((f"{where}.{key}", key, value))
            else:
                found += _language_tables(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += _language_tables(item, f"{where}[{index}]")
    return found


def _plain_user_texts(data: Any, where: str = "") -> list[str]:
    """Where a user-visible key holds a plain string instead of a language table."""
    found: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in USER_VISIBLE and not is_localized(value):
                found.append(f"{where}.{key}")
            elif not is_localized(value):
                found += _plain_user_texts(value, f"{where}.{key}")
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += _plain_user_texts(item, f"{where}[{index}]")
    return found


@functools.cache
def _form(language: str) -> FormDefinition:
    return load_catalog(resource_dir(), language=language).form


def _bokmal_only_form() -> dict[str, Any]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs the git history of the source tree")
    shown = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{BOKMAL_ONLY_COMMIT}:{FORM_FILE}"],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if shown.returncode != 0:
        pytest.skip(f"commit {BOKMAL_ONLY_COMMIT[:7]} is not in this clone")
    return tomllib.loads(shown.stdout)


# ---------------------------------------------------------------- bokmål is unchanged


def test_bokmal_is_the_form_as_it_was_plus_the_language_field():
    before = FormDefinition.model_validate(_bokmal_only_form()).model_dump()
    now = _form("nb").model_dump()
    added = [f for f in now["steps"][0]["fields"] if f["path"] == "language"]
    assert len(added) == 1
    now["steps"][0]["fields"].remove(added[0])
    assert now == before


def test_a_changed_bokmal_letter_would_show():
    """The check above must be able to fail: one changed letter in bokmål shows."""
    data = _raw_form()
    data["steps"][1]["fields"][0]["help"]["nb"] += " "
    before = FormDefinition.model_validate(_bokmal_only_form()).model_dump()
    changed = FormDefinition.model_validate(localize(data, "nb")).model_dump()
    changed["steps"][0]["fields"] = [
        f for f in changed["steps"][0]["fields"] if f["path"] != "language"
    ]
    assert changed != before


# ---------------------------------------------------------------- complete in every language


def test_every_user_visible_text_is_a_table_of_all_three_languages():
    data = _raw_form()
    assert _plain_user_texts(data) == []
    tables = _language_tables(data)
    assert len(tables) > 100, "the walk found the tables"
    incomplete = [
        (where, language)
        for where, _key, table in tables
        for language in LANGUAGES
        if not isinstance(table.get(language), str) or not table[language].strip()
    ]
    assert incomplete == []
    padded = [
        (where, language)
        for where, _key, table in tables
        for language in LANGUAGES
        if table[language] != table[language].strip()
    ]
    assert padded == []


def test_a_plain_string_or_a_missing_language_is_caught():
    data = _raw_form()
    data["steps"][0]["fields"][0]["label"] = "Prosjektnavn"
    del data["steps"][2]["intro"]["nn"]
    assert _plain_user_texts(data) == [".steps[0].fields[0].label"]
    tables = {where: table for where, _key, table in _language_tables(data)}
    assert set(tables[".steps[2].intro"]) == {"nb", "en"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_loads_in_every_language(language):
    form = _form(language)
    assert [s.id for s in form.steps] == [s.id for s in _form("nb").steps]
    for step in form.steps:
        assert step.title and step.intro, step.id
        for f in step.fields:
            assert f.label.strip() and f.help.strip(), f.path
            assert len(f.help) <= 420, (language, f.path, len(f.help))
            assert all(c.label.strip() for c in f.choices), f.path


# ---------------------------------------------------------------- translated, not copied


def _texts(form: FormDefinition) -> dict[str, str]:
    """Every text of the form by where it is, so two languages can be compared."""
    texts = {"title": form.title}
    for step in form.steps:
        texts[f"{step.id}.title"] = step.title
        texts[f"{step.id}.intro"] = step.intro
        for f in step.fields:
            texts[f"{f.path}.label"] = f.label
            texts[f"{f.path}.help"] = f.help
            if f.placeholder:
                texts[f"{f.path}.placeholder"] = f.placeholder
            for c in f.choices:
                texts[f"{f.path}={c.value}"] = c.label
    return texts


def test_english_differs_from_bokmal_nearly_everywhere():
    nb, en = _texts(_form("nb")), _texts(_form("en"))
    assert nb.keys() == en.keys()
    labels = [k for k in nb if not k.endswith((".help", ".intro"))]
    same = [k for k in labels if en[k] == nb[k]]
    assert len(same) <= 0.1 * len(labels), same
    long_texts = [k for k in nb if k.endswith((".help", ".intro"))]
    assert [k for k in long_texts if en[k] == nb[k]] == []


def test_nynorsk_help_and_intros_are_all_nynorsk_not_copied_bokmal():
    nb, nn = _texts(_form("nb")), _texts(_form("nn"))
    long_texts = [k for k in nb if k.endswith((".help", ".intro"))]
    assert len(long_texts) > 50
    assert [k for k in long_texts if nn[k] == nb[k]] == []


def _word_set(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


# Words that are bokmål and not nynorsk; each would show a text copied or half translated.
BOKMAL_WORDS = _word_set(
    "ikke hva hvem hvor hvordan hvilken hvilket hvilke hvis hvorfor fra bare noen noe mye",
    "flere selv uten eksempel beskriv beskrivelse begrunn begrunnes begrunnelse behandling",
    "behandles behandlet sikkerhet usikkerhet navn nå gi gir gjør gjøres velg lav høy",
    "tegninger løsning løsningen løsninger midler midlene kommer ligger søkes beregnes",
    "settes dem de et mer anbefalt anbefales vegeier hele tidlig",
)

# Norwegian words that would show a text left untranslated in English.
NORWEGIAN_WORDS = _word_set("og ikke ikkje som det eller på med av er til fra frå hvis dersom")

# American spellings; the English is British.
AMERICAN_WORDS = _word_set(
    "program programs organization organizations organize analyze analyzing color center",
    "prioritization prioritize neighbor neighbors behavior labeled",
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zæøå]+", text.lower()))


def test_nynorsk_uses_no_bokmal_words():
    found = {
        where: sorted(_words(text) & BOKMAL_WORDS) for where, text in _texts(_form("nn")).items()
    }
    assert {where: words for where, words in found.items() if words} == {}
    assert _words("Hvis det ikke er valgt") & BOKMAL_WORDS, "the check can fail"


def test_english_has_no_norwegian_words_and_british_spelling():
    texts = _texts(_form("en"))
    norwegian = {w: sorted(_words(t) & NORWEGIAN_WORDS) for w, t in texts.items()}
    assert {w: words for w, words in norwegian.items() if words} == {}
    american = {w: sorted(_words(t) & AMERICAN_WORDS) for w, t in texts.items()}
    assert {w: words for w, words in american.items() if words} == {}
    assert any("programme" in t for t in texts.values())


def test_known_translations():
    nn, en = _form("nn"), _form("en")
    assert nn.title == "Prosjektark" and en.title == "Project sheet"
    nn_steps = {s.id: s.title for s in nn.steps}
    en_steps = {s.id: s.title for s in en.steps}
    assert nn_steps["beskrivelse"] == "Skildring"
    assert nn_steps["trafikksikkerhet"] == "Trafikktryggleik"
    assert nn_steps["kostnad"] == "Kostnad og usikkerheit"
    assert nn_steps["maloppnaelse"] == "Måloppnåing"
    assert en_steps["arealbruk"] == "Land use"
    assert en_steps["trafikksikkerhet"] == "Traffic safety"
    assert en_steps["kostnad"] == "Cost and uncertainty"
    assert en_steps["vedlegg"] == "Attachments"

    def field(form: FormDefinition, path: str):
        found = form.field(path)
        assert found is not None, path
        return found

    assert field(nn, "identification.title").label == "Prosjektnamn"
    assert field(nn, "funding.road_owner").label == "Vegeigar"
    assert field(nn, "identification.contact_email").placeholder == "namn@kommune.no"
    assert "ikkje" in field(nn, "funding.additionality_confirmed").help
    assert field(en, "funding.road_owner").label == "Road owner"
    assert field(en, "identification.working_group").label == "Working group"
    assert field(en, "funding.operation_exception").placeholder == "None"
    assert [c.label for c in field(en, "identification.funding_type").choices] == [
        "Single project",
        "Project package",
        "Pooled allocation",
    ]
    assert [c.label for c in field(en, "cost.estimate_kind").choices] == [
        "Study estimate",
        "Cost target",
        "Cost frame",
    ]
    assert [c.label for c in field(en, "identification.phase").choices] == [
        "Project development (PU)",
        "Detailed planning (DP)",
        "Construction (UB)",
    ]


def test_values_and_units_are_the_same_in_every_language():
    """Only texts are translated: ids, paths, choice values, units and phases stay."""

    def skeleton(form: FormDefinition) -> Any:
        dump = form.model_dump()
        for step in dump["steps"]:
            step.pop("title"), step.pop("intro")
            for f in step["fields"]:
                for key in ("label", "help", "placeholder"):
                    f.pop(key)
                for c in f["choices"]:
                    c.pop("label")
        dump.pop("title")
        return dump

    nb = skeleton(_form("nb"))
    assert skeleton(_form("nn")) == nb
    assert skeleton(_form("en")) == nb


# ---------------------------------------------------------------- what must not change


def _marks(text: str) -> dict[str, list[str]]:
    """What a translation must carry over unchanged: {placeholders}, numbers, and
    abbreviations such as MNOK, PU, PDF and P90."""
    return {
        "placeholders": sorted(re.findall(r"\{[^{}]*\}", text)),
        "numbers": sorted(re.findall(r"\d+", text)),
        "abbreviations": sorted(re.findall(r"\b[A-Z][A-Z0-9]+\b", text)),
    }


def test_placeholders_numbers_and_abbreviations_are_kept():
    differing = [
        (where, language)
        for where, _key, table in _language_tables(_raw_form())
        for language in ("nn", "en")
        if _marks(table[language]) != _marks(table["nb"])
    ]
    assert differing == []
    assert _marks("{n} ark, 3 MNOK") != _marks("{count} sheets, 3 MNOK"), "the check can fail"


def test_sentences_end_as_in_bokmal():
    differing = [
        (where, language)
        for where, _key, table in _language_tables(_raw_form())
        for language in ("nn", "en")
        if table[language][-1] in ".:;!?" or table["nb"][-1] in ".:;!?"
        if table[language][-1] != table["nb"][-1]
    ]
    assert differing == []


# ---------------------------------------------------------------- the sheet's own language


@pytest.mark.parametrize(
    ("language", "label", "choices"),
    [
        ("nb", "Språket i arket", ["Bokmål", "Nynorsk", "Engelsk"]),
        ("nn", "Språket i arket", ["Bokmål", "Nynorsk", "Engelsk"]),
        ("en", "Language of the sheet", ["Norwegian Bokmål", "Norwegian Nynorsk", "English"]),
    ],
)
def test_the_sheet_language_field(language, label, choices):
    form = _form(language)
    first = form.steps[0]
    field = first.fields[-1]
    assert (first.id, field.path, field.type) == ("grunnlag", "language", "choice")
    assert field.label == label
    assert [c.label for c in field.choices] == choices
    assert field.required_in == []
    assert "PDF" in field.help and "Excel" in field.help
    # The choices are exactly what the sheet model accepts, in the program's order.
    allowed = list(typing.get_args(Sheet.model_fields["language"].annotation))
    assert [c.value for c in field.choices] == allowed == list(LANGUAGES)
    for value in allowed:
        assert Sheet.model_validate({"language": value}).language == value
    assert form.covering_field("language") == (first, field)
