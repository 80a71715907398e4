"""The profiles and checklists in bokmål, nynorsk and English (issue 14).

Every text people read is a language table (`{ nb, nn, en }`); a sentence of the
programme's own documents stays as written, with our English translation beside it
(`{ original, en }`). Bokmål is what it was before the tables came.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from prosjektark import i18n
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.profile import Profile
from prosjektark.paths import resource_dir

ROOT = Path(__file__).resolve().parents[2]
PROFILES = sorted((ROOT / "resources" / "profiles").glob("*.toml"))
CHECKLISTS = sorted((ROOT / "resources" / "checklists").glob("*.toml"))
FILES = [(p, Profile) for p in PROFILES] + [(p, ChecklistDefinition) for p in CHECKLISTS]

# Keys whose text is stored in sheets, names an id, or is a proper name or a document's title.
PLAIN_KEYS = {
    "id",
    "value",
    "estimate_kind",
    "transition",
    "body",
    "condition",
    "from_phase",
    "to_phase",
    "only",
    "received",
    "returned",
    "withdrawn",
    "rank_by",
    "document",
    # lists of names and ids
    "parties",
    "municipalities",
    "agencies",
    "working_groups",
    "phases",
    "states",
}
# The whole profile's or checklist's own name and area, and the review's moves (state ids).
PLAIN_PATHS = {("id",), ("name",), ("area",)}
# Where the text is a source document's own words: never translated, only glossed.
QUOTE_PATTERNS = [
    ("rule_sources", "*", "text"),
    ("help", "*", "text"),
    ("source_limits", "*", "quote"),
    ("pot_municipalities", "quote"),
]
# Texts that are the same in English as in bokmål: the bodies' proper names and the phases'
# letters. Any other text equal in both is a translation left out.
SAME_IN_ENGLISH = {
    "PU → DP",
    "DP → UB",
    "Kontaktutvalget",
    "Programrådet",
    "Samordningsfunksjonen",
    "Prioriteringsrådet",
    "Styringsgruppen",
}


def _id(case) -> str:
    return case[0].name if isinstance(case, tuple) else str(case)


def _load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _walk(value, path=()):
    """(path, value) for every value, not looking inside language and quote tables."""
    yield path, value
    if isinstance(value, dict) and not (i18n.is_localized(value) or i18n.is_quote(value)):
        for key, inner in value.items():
            yield from _walk(inner, (*path, key))
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            yield from _walk(inner, (*path, n))


def _matches(path: tuple, pattern: tuple) -> bool:
    return len(path) == len(pattern) and all(
        p == "*" or p == str(k) for k, p in zip(path, pattern, strict=True)
    )


def _tables(data) -> list[tuple[tuple, dict]]:
    return [(w, v) for w, v in _walk(data) if i18n.is_localized(v)]


def _quotes(data) -> list[tuple[tuple, dict]]:
    return [(w, v) for w, v in _walk(data) if i18n.is_quote(v)]


def _committed(path: Path) -> str:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    relative = path.relative_to(ROOT).as_posix()
    found = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"HEAD:{relative}"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if found.returncode != 0:
        pytest.skip(f"{relative} is not in a committed HEAD here")
    return found.stdout


@pytest.mark.parametrize("case", FILES, ids=_id)
def test_bokmal_is_what_was_committed(case) -> None:
    """In bokmål a file reads exactly as HEAD's (before the tables: the plain texts)."""
    path, model = case
    committed = model.model_validate(i18n.localize(tomllib.loads(_committed(path)), "nb"))
    now = model.model_validate(i18n.localize(_load(path), "nb"))
    assert now.model_dump() == committed.model_dump()


def _filled(value: dict, keys) -> bool:
    return all(isinstance(value.get(k), str) and value[k].strip() for k in keys)


def _broken(value) -> bool:
    """A language table or a quote that lacks a text, or mixes the two."""
    if not isinstance(value, dict):
        return False
    keys = set(value)
    if "original" in keys:
        return not (i18n.is_quote(value) and _filled(value, ("original", "en")))
    if keys & set(i18n.LANGUAGES):
        return keys != set(i18n.LANGUAGES) or not _filled(value, i18n.LANGUAGES)
    return False


@pytest.mark.parametrize("case", FILES, ids=_id)
def test_every_table_has_every_language(case) -> None:
    path, model = case
    data = _load(path)
    problems = [(where, value) for where, value in _walk(data) if _broken(value)]
    assert _tables(data), f"{path.name} has no language tables"
    assert not problems, problems[:5]
    for language in i18n.LANGUAGES:
        model.model_validate(i18n.localize(data, language))


def test_a_table_without_a_language_is_found() -> None:
    assert _broken({"nb": "Ja", "nn": "Ja", "en": ""})
    assert _broken({"nb": "Ja", "en": "Yes"})
    assert _broken({"original": "Sitat."})
    assert _broken({"original": "Sitat.", "en": "Quote.", "nn": "Sitat."})
    assert not _broken({"nb": "Ja", "nn": "Ja", "en": "Yes"})
    assert not _broken({"original": "Sitat.", "en": "Quote."})


@pytest.mark.parametrize("case", FILES, ids=_id)
def test_no_text_people_read_is_plain(case) -> None:
    path, _ = case
    plain = []
    for where, value in _walk(_load(path)):
        if not isinstance(value, str) or where in PLAIN_PATHS:
            continue
        if where[:2] == ("review", "transitions"):
            continue
        keys = [k for k in where if isinstance(k, str)]
        if not keys or keys[-1] not in PLAIN_KEYS:
            plain.append(".".join(map(str, where)))
    assert not plain, plain[:10]


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_the_documents_own_words_are_quotes(path: Path) -> None:
    found = 0
    wrong = []
    for where, value in _walk(_load(path)):
        if any(_matches(where, pattern) for pattern in QUOTE_PATTERNS):
            found += 1
            if not i18n.is_quote(value):
                wrong.append(".".join(map(str, where)))
    assert found > 20
    assert not wrong, wrong[:10]


def test_the_same_text_has_the_same_translation_everywhere() -> None:
    """One bokmål sentence, one nynorsk and one English; one quote, one translation."""
    tables: dict[str, set[tuple[str, str]]] = {}
    quotes: dict[str, set[str]] = {}
    for path, _ in FILES:
        data = _load(path)
        for _, table in _tables(data):
            tables.setdefault(table["nb"], set()).add((table["nn"], table["en"]))
        for _, quote in _quotes(data):
            quotes.setdefault(quote["original"], set()).add(quote["en"])
    assert {nb: t for nb, t in tables.items() if len(t) > 1} == {}
    assert {o: t for o, t in quotes.items() if len(t) > 1} == {}
    # Shared between the profiles: the same words, the same translation.
    assert "Returnert med merknader" in tables and "Bompenger" in tables


def test_only_proper_names_are_the_same_in_english() -> None:
    same = {
        table["nb"]
        for path, _ in FILES
        for _, table in _tables(_load(path))
        if table["en"] == table["nb"]
    }
    assert same == SAME_IN_ENGLISH


# Bokmål forms a nynorsk writer does not use. Quoted titles and quotes («…») stay as written.
BOKMAL_ONLY = re.compile(
    r"\b(ikke|hva|hvem|hvordan|hvor|hvis|hvilken|hvilke|fra|noen|noe|mye|flere|bare|uten|"
    r"være|dem|et|en|bedre|mulig|nødvendig|forslag|beskriv\w*|behandl\w*|sikkerhet\w*|"
    r"\w+heten|\w+heter|\w+else|\w+elsen|\w+elser|sjekklisten|gjeldende|berører)\b",
    re.IGNORECASE,
)


def _outside_quotes(text: str) -> str:
    return re.sub(r"«[^»]*»", "", text)


def test_nynorsk_is_written_in_nynorsk() -> None:
    found = []
    for path, _ in FILES:
        for where, table in _tables(_load(path)):
            hits = BOKMAL_ONLY.findall(_outside_quotes(table["nn"]))
            if hits:
                found.append((path.name, ".".join(map(str, where)), hits))
    assert not found, found[:10]


AMERICAN = re.compile(
    r"\b(program|programs|color\w*|center\w*|\w+iz(e|es|ed|ing|ation|ations))\b", re.IGNORECASE
)


def test_english_is_british() -> None:
    found = []
    for path, _ in FILES:
        data = _load(path)
        texts = [t["en"] for _, t in _tables(data)] + [q["en"] for _, q in _quotes(data)]
        found += [(path.name, hit) for text in texts for hit in AMERICAN.findall(text)]
    assert not found, found[:10]


# ---------------------------------------------------------------- the catalog in each language


@pytest.fixture(scope="module")
def catalogs():
    return {lang: load_catalog(resource_dir(), language=lang) for lang in i18n.LANGUAGES}


def test_a_quoted_help_text_is_glossed_in_english_only(catalogs) -> None:
    original = catalogs["nb"].profile("miljopakken").help["identification.phase"].text
    assert original.startswith("Behovsvurdering og idéfase er partenes ansvar")
    assert "English translation" not in original
    assert catalogs["nn"].profile("miljopakken").help["identification.phase"].text == original
    english = catalogs["en"].profile("miljopakken").help["identification.phase"].text
    assert english.startswith(original + " (English translation: ")
    assert "The needs assessment and the idea phase are the parties' responsibility" in english


def test_rule_sources_and_source_limits_in_english(catalogs) -> None:
    profile = catalogs["en"].profile("miljopakken")
    expected = (
        "Finansieringen i 2030 er kun bompenger. "
        "(English translation: The funding in 2030 is toll revenue only.)"
    )
    assert profile.rule_source("funding.source_not_in_year").text == expected
    assert profile.source_limits[0].quote == expected
    assert profile.pot_municipalities is not None
    assert "(English translation: Pooled allocations" in profile.pot_municipalities.quote
    # Miljøpakken's goals are its documents' own words; Miljøløftet's are ours.
    assert profile.goal("klima").description.startswith(
        "Det skal slippes ut mindre CO2. Utslipp fra transport"
    )
    assert "(English translation: Less CO2 shall be emitted." in profile.goal("klima").description
    bergen = catalogs["en"].profile("miljoloftet")
    assert bergen.goal("klima").description == (
        "Greenhouse gas emissions from transport are reduced."
    )


def test_nynorsk_spot_checks(catalogs) -> None:
    catalog = catalogs["nn"]
    trondheim, bergen = catalog.profile("miljopakken"), catalog.profile("miljoloftet")
    assert trondheim.funding_source_name("bompenger") == "Bompengar"
    assert trondheim.action_area_name("trafikksikkerhet") == "Trafikktryggleik"
    assert trondheim.review is not None and trondheim.review.name("trukket") == "Trekt"
    assert trondheim.review.name("behandlet_ku") == "Handsama i Kontaktutvalget"
    assert bergen.review is not None
    assert bergen.review.name("anbefalt") == "Tilrådd til Prioriteringsrådet"
    assert bergen.portfolio is not None
    assert bergen.portfolio.proposal_title == "Framlegg til handlingsprogram 2027–2030"
    assert trondheim.body("politisk").name == "Politisk handsaming hos partane"
    assert trondheim.body("kontaktutvalget").name == "Kontaktutvalget"
    assert trondheim.band("utredningsestimat").name == "Utgreiingsestimat"
    assert bergen.decision_routes[0].reason.startswith(
        "Førebels etter føringane til Miljøpakken: små prosjekt"
    )
    traffic = catalog.checklists["traffic_safety"]
    assert traffic.title == "Trafikktryggleik"
    question = traffic.question("killed_injured")
    assert question.text == "Kva verknad er venta på talet på drepne og hardt skadde?"
    land = catalog.checklists["land_use"]
    assert land.option(land.question("farmland"), "ikke_relevant").label == "Ikkje relevant"
    assert "Ikke relevant" not in land.intro and "«Ikkje relevant»" in land.intro


def test_english_spot_checks(catalogs) -> None:
    catalog = catalogs["en"]
    trondheim, bergen = catalog.profile("miljopakken"), catalog.profile("miljoloftet")
    assert trondheim.programme == "Action programme 2027–2030"
    assert trondheim.funding_source_name("bompenger") == "Toll revenue"
    assert trondheim.transition_name("PU-DP") == "PU → DP"
    assert trondheim.band("styringsramme").name == "Cost frame"
    assert trondheim.review is not None
    assert trondheim.review.name("returnert") == "Returned with remarks"
    assert trondheim.body("kontaktutvalget").name == "Kontaktutvalget"
    assert trondheim.body("kontaktutvalget").description.startswith(
        "The steering group of Miljøpakken."
    )
    assert bergen.body("prioriteringsradet").name == "Prioriteringsrådet"
    assert bergen.action_area_name("bybane") == "Bybanen (light rail)"
    assert bergen.operation_exception_name("godkjent_ku") == (
        "Other measure approved by Styringsgruppen"
    )
    land = catalog.checklists["land_use"]
    assert land.title == "Land use"
    question = land.question("zoning_status")
    assert question.text == "Is the measure in line with the current zoning plan?"
    assert [o.label for o in land.default_options] == ["Yes", "No", "Unresolved", "Not relevant"]
    assert catalog.checklists["traffic_safety"].title == "Traffic safety"


def test_bokmal_catalog_has_no_translations(catalogs) -> None:
    catalog = catalogs["nb"]
    trondheim = catalog.profile("miljopakken")
    assert trondheim.funding_source_name("bompenger") == "Bompenger"
    assert trondheim.help["identification.phase"].text.endswith("før ytterligere bevilgning gis.")
    assert catalog.checklists["land_use"].default_options[3].label == "Ikke relevant"
