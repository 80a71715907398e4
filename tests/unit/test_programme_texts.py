"""Programme texts are data of the programme (issue 9, item 3).

The form and the checklists are shared by every programme, so their help says what a
field is and how to fill it in without quoting any one programme. What a programme's own
documents say about a field is in its profile (`help`), and the sentence each rule
enforces is in its profile too (`rule_sources`). A sentence from another programme's
documents is only there marked as assumed.
"""

from __future__ import annotations

import re

import pytest

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.form import FormField
from prosjektark.domain.form_migration import migrate_to_form
from prosjektark.domain.profile import Profile, Quote
from prosjektark.domain.rules import checklists as checklist_rules
from prosjektark.domain.rules.engine import all_rules
from prosjektark.domain.sheet import Sheet
from prosjektark.ui.editor.help_panel import programme_help

# Names the shipped profiles do not hold but that the seeds use for areas and programmes
# that are not ours (Asker's portfolio practice is quoted in seed 003).
OTHER_NAMES = ("Asker", "Oslo", "Nord-Jæren", "Stavanger", "Kristiansand")

# How a profile marks a sentence it takes from another programme's documents.
ASSUMED = "lagt til grunn for {name}"


def _stem(name: str) -> str:
    """«Miljøpakken» → «miljøpakk», so «Miljøpakkens» and «Miljøpakke» match too."""
    word = name.strip().lower()
    for suffix in ("et", "en"):
        if len(word) > 8 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def programme_names(catalog: Catalog, profile: Profile | None = None) -> set[str]:
    """Stems of the names that identify a programme: its name, its area and its own
    (non-political) decision bodies; of every profile, or of one."""
    profiles = [profile] if profile else list(catalog.profiles.values())
    names = {_stem(n) for n in OTHER_NAMES} if profile is None else set()
    for p in profiles:
        names |= {_stem(p.name), _stem(p.area)}
        # «Politisk behandling hos partene» is every programme's; the bodies that are not
        # political are the programme's own organs.
        names |= {_stem(b.name) for b in p.decision_bodies if not b.political}
    return names


def _named(text: str, names: set[str]) -> list[str]:
    lowered = text.lower()
    return sorted(n for n in names if re.search(rf"(?<!\w){re.escape(n)}", lowered))


def _shared_texts(catalog: Catalog) -> list[tuple[str, str]]:
    """(where, text) for every help, intro and source text of the form and the checklists."""
    texts: list[tuple[str, str]] = []
    for step in catalog.form.steps:
        texts.append((f"steg {step.id}", step.intro))
        for f in step.fields:
            texts += [(f.path, f.help), (f"{f.path} (kilde)", f.source)]
    for definition in catalog.checklists.values():
        texts += [
            (definition.id, definition.intro),
            (f"{definition.id} (kilde)", definition.source),
        ]
        for q in definition.questions:
            where = f"{definition.id}.{q.id}"
            texts += [(where, q.help), (f"{where} (kilde)", q.source)]
    return texts


def test_the_names_are_derived_from_the_profiles(catalog):
    names = programme_names(catalog)
    assert {"miljøpakk", "miljøløft", "trondheim", "bergen"} <= names
    assert {"kontaktutvalg", "programråd", "prioriteringsråd", "samordningsfunksjon"} <= names
    assert "asker" in names
    assert _named("I Miljøpakkens organer (Programråd og Kontaktutvalg)", names) == [
        "kontaktutvalg",
        "miljøpakk",
        "programråd",
    ]


def test_form_and_checklist_texts_name_no_programme(catalog):
    names = programme_names(catalog)
    found = [(where, _named(text, names)) for where, text in _shared_texts(catalog)]
    assert [(where, hits) for where, hits in found if hits] == []


def _checklist_question(catalog: Catalog, path: str) -> bool:
    if ".answers." not in path:
        return False
    field_path, question_id = path.split(".answers.", 1)
    field = catalog.form.field(field_path)
    if field is None or field.type != "checklist":
        return False
    definition = catalog.checklists.get(field.checklist or field.key)
    return definition is not None and definition.question(question_id) is not None


@pytest.mark.parametrize("profile_id", ["miljopakken", "miljoloftet"])
def test_every_profile_help_path_is_a_form_field_or_a_checklist_question(catalog, profile_id):
    profile = catalog.profile(profile_id)
    assert profile.help, "the profile has no help texts"
    for path, quote in profile.help.items():
        assert catalog.form.field(path) is not None or _checklist_question(catalog, path), path
        assert quote.text.strip() and quote.document.strip(), path


def _rule_codes(catalog: Catalog) -> set[str]:
    codes = {r.code for r in all_rules()}
    # Checklist rules are per checklist id, and required.<key> is per form field.
    kinds = checklist_rules.RULES["land_use"].keys()
    codes |= {f"{c}.{kind}" for c in catalog.checklists for kind in kinds}
    codes |= {f"required.{f.key}" for f in catalog.form.all_fields()}
    return codes


@pytest.mark.parametrize("profile_id", ["miljopakken", "miljoloftet"])
def test_every_rule_source_is_of_a_rule(catalog, profile_id):
    codes = _rule_codes(catalog)
    unknown = sorted(set(catalog.profile(profile_id).rule_sources) - codes)
    assert unknown == []


def _quotes(profile: Profile) -> list[tuple[str, Quote]]:
    return [(f"help {k}", q) for k, q in profile.help.items()] + [
        (f"rule_sources {k}", q) for k, q in profile.rule_sources.items()
    ]


@pytest.mark.parametrize("profile_id", ["miljopakken", "miljoloftet"])
def test_another_programmes_sentence_is_marked_as_assumed(catalog, profile_id):
    """A quote naming another programme, or from its document, says that this programme
    has adopted it only by assumption; a quote without that mark is the programme's own."""
    profile = catalog.profile(profile_id)
    others = programme_names(catalog) - programme_names(catalog, profile)
    marker = ASSUMED.format(name=profile.name)
    wrong = [
        where
        for where, quote in _quotes(profile)
        if _named(f"{quote.text} {quote.document}", others) and marker not in quote.document
    ]
    assert wrong == []


def test_miljopakken_quotes_nothing_assumed_and_nothing_of_bergen(catalog):
    profile = catalog.profile("miljopakken")
    bergen = programme_names(catalog, catalog.profile("miljoloftet"))
    for where, quote in _quotes(profile):
        assert "lagt til grunn" not in quote.document, where
        assert not _named(f"{quote.text} {quote.document}", bergen), where


def _help_of(catalog: Catalog, sheet: Sheet, path: str) -> Quote | None:
    field = catalog.form.field(path)
    assert isinstance(field, FormField)
    return programme_help(catalog.profile(sheet.profile), field)


def test_the_2030_sentence_is_miljopakkens_help_only(catalog):
    pakken = _help_of(catalog, Sheet(profile="miljopakken"), "funding.lines")
    assert pakken is not None and "Finansieringen i 2030 er kun bompenger." in pakken.text
    assert "Miljøpakkens" in pakken.document
    loftet = _help_of(catalog, Sheet(profile="miljoloftet"), "funding.lines")
    assert loftet is None or "2030" not in loftet.text
    assert loftet is None or "Miljøpakk" not in f"{loftet.text} {loftet.document}"


def test_a_checklist_question_without_its_own_text_gets_the_checklists(catalog):
    profile = catalog.profile("miljoloftet")
    field = catalog.form.field("land_use")
    own = programme_help(profile, field, "land_use.answers.land_use_strategy")
    assert own is not None and own.text.startswith("I Bergensområdet")
    shared = programme_help(profile, field, "land_use.answers.farmland.justification")
    assert shared is not None and "sjekkliste" in shared.text
    assert (
        programme_help(catalog.profile("miljopakken"), field, "land_use.answers.farmland") is None
    )


def test_the_operation_exceptions_are_the_programmes(catalog):
    field = catalog.form.field("funding.operation_exception")
    assert (
        field is not None and field.choices == [] and field.choices_from == "operation_exceptions"
    )
    assert field.placeholder == "Ingen"  # the label of the empty choice


def test_the_new_fields_are_asked_for(catalog):
    form = catalog.form
    assert form.form_version == "2026.2"
    interest = form.field("identification.political_interest")
    assert interest is not None and interest.type == "bool"
    assert form.step_of("identification.political_interest").id == "grunnlag"
    planning = form.field("cost.complex_planning")
    assert planning is not None and planning.type == "bool"
    fields = [f.path for f in form.step("kostnad").fields]
    assert fields.index("cost.complex_planning") + 1 == fields.index("cost.styringsmal_mnok")
    # Ticked in PU already: the rule reminds a PU sheet that a styringsmål will be due.
    assert [p for p in ("PU", "DP", "UB") if planning.shown(p)] == ["PU", "DP", "UB"]


def test_a_sheet_of_the_previous_form_opens_without_losing_anything(catalog):
    sheet = Sheet(profile="miljopakken", form_version="2026.1")
    sheet.description.purpose = "Tryggere skoleveg"
    result = migrate_to_form(sheet, catalog.form, catalog.checklists)
    # 2026.2 only added fields: nothing to carry over, so the sheet is left as it is.
    assert result.status == "current" and result.sheet.form_version == "2026.1"
    assert result.message == "" and result.kept == () and result.moved == ()
    assert result.sheet.description.purpose == "Tryggere skoleveg"
