"""The configuring data (form, profiles, checklists) fits the sheet model and each other."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from prosjektark.domain.catalog import CatalogError, load_catalog
from prosjektark.domain.checklist import NOT_RELEVANT
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.form import get_path
from prosjektark.domain.sheet import Checklist, Sheet
from prosjektark.paths import resource_dir

PROFILE_IDS = {"miljopakken", "miljoloftet"}


def _resolves(sheet: Sheet, path: str) -> bool:
    """Whether a dotted path names a field of the sheet model (its value may be None)."""
    if get_path(sheet, path) is not None:
        return True
    parent_path, _, last = path.rpartition(".")
    parent = get_path(sheet, parent_path) if parent_path else sheet
    return isinstance(parent, BaseModel) and last in type(parent).model_fields


def test_both_profiles_load(catalog):
    assert set(catalog.profiles) >= PROFILE_IDS
    for profile_id in PROFILE_IDS:
        assert catalog.profile(profile_id).id == profile_id


def test_unknown_profile_is_a_norwegian_error(catalog):
    with pytest.raises(CatalogError, match="Ukjent avtaleprofil «oslo»"):
        catalog.profile("oslo")


def test_every_form_field_path_resolves_on_a_default_sheet(catalog):
    sheet = Sheet()
    bad = [
        f.path
        for f in catalog.form.all_fields()
        if not (f.type == "summary" and f.path == "summary") and not _resolves(sheet, f.path)
    ]
    assert not bad
    assert not _resolves(sheet, "identification.tittel"), "the check itself must be able to fail"


def test_field_paths_are_unique(catalog):
    paths = [f.path for f in catalog.form.all_fields()]
    assert len(paths) == len(set(paths))


def test_every_choices_from_list_is_non_empty_in_every_profile(catalog):
    sources = {f.choices_from for f in catalog.form.all_fields() if f.choices_from}
    assert sources, "the form uses profile lists"
    for profile in catalog.profiles.values():
        for source in sources:
            values = getattr(profile, source)
            assert values, f"{profile.id}.{source} er tom"


def test_static_choices_match_the_sheet_model(catalog):
    sheet = Sheet()
    for f in catalog.form.all_fields():
        if not f.choices:
            continue
        for choice in f.choices:
            data = sheet.model_dump()
            *sections, key = f.path.split(".")  # "language" is the sheet's own
            target = data
            for section in sections:
                target = target[section]
            target[key] = choice.value
            Sheet.model_validate(data)  # raises if the model refuses the choice value


def test_checklist_fields_name_an_existing_checklist(catalog):
    fields = [f for f in catalog.form.all_fields() if f.type == "checklist"]
    assert {f.checklist for f in fields} == set(catalog.checklists)
    for f in fields:
        assert f.checklist in catalog.checklists
        assert f.path == catalog.checklists[f.checklist].id
        assert isinstance(get_path(Sheet(), f.path), Checklist)


def test_checklists_offer_not_relevant_everywhere(catalog):
    for definition in catalog.checklists.values():
        defaults = [o.value for o in definition.default_options]
        assert NOT_RELEVANT in defaults, definition.id
        for question in definition.questions:
            values = [o.value for o in definition.options_for(question)]
            assert NOT_RELEVANT in values, (definition.id, question.id)
            assert len(values) == len(set(values)), (definition.id, question.id)
            assert definition.needs_justification(question, NOT_RELEVANT)


def test_checklist_question_ids_are_unique(catalog):
    for definition in catalog.checklists.values():
        ids = [q.id for q in definition.questions]
        assert len(ids) == len(set(ids)), definition.id


def test_profile_ids_are_unique_and_references_resolve(catalog):
    for profile in catalog.profiles.values():
        goal_ids = [g.id for g in profile.goals]
        assert goal_ids and len(goal_ids) == len(set(goal_ids)), profile.id
        area_ids = [a.id for a in profile.action_areas]
        assert len(area_ids) == len(set(area_ids)), profile.id
        body_ids = {b.id for b in profile.decision_bodies}
        assert any(b.political for b in profile.decision_bodies), profile.id
        for route in profile.decision_routes:
            assert route.body in body_ids, (profile.id, route.body)
        for transition in ("PU-DP", "DP-UB"):
            last = [r for r in profile.decision_routes if r.transition == transition][-1]
            assert last.below_mnok is None and last.up_to_mnok is None, "a catch-all route"
        assert {b.estimate_kind for b in profile.cost_bands} == {
            "utredningsestimat",
            "styringsmal",
            "styringsramme",
        }
        for band in profile.cost_bands:
            assert band.low_percent < band.high_percent
        assert profile.period_start <= profile.price_year <= profile.period_end
        assert profile.price_year in profile.price_index


def test_miljoloftet_profile_follows_the_seed(catalog):
    bergen = catalog.profile("miljoloftet")
    pakken = catalog.profile("miljopakken")
    assert len(bergen.parties) == 9  # «Avtalen består nå av totalt ni parter» (000)
    assert set(bergen.municipalities) == {"Bergen", "Alver", "Askøy", "Bjørnafjorden", "Øygarden"}
    assert bergen.working_groups == [
        "Arbeidsgruppe Nordøst",
        "Arbeidsgruppe Sør",
        "Arbeidsgruppe Vest",
        "Arbeidsgruppe Bergen sentrum",
    ]
    assert "Skyss" in bergen.agencies
    names = {b.name for b in bergen.decision_bodies}
    assert {"Samordningsfunksjonen", "Prioriteringsrådet", "Styringsgruppen"} <= names
    assert "nullvekst" in {g.id for g in bergen.goals}
    assert (bergen.period_start, bergen.period_end, bergen.price_year) == (2027, 2030, 2027)
    # The thresholds are Miljøpakken's, and the profile says they are assumed.
    assert bergen.pot_cap_mnok_per_year == pakken.pot_cap_mnok_per_year
    assert bergen.anslag_threshold_mnok == pakken.anslag_threshold_mnok
    assert [(b.low_percent, b.high_percent) for b in bergen.cost_bands] == [
        (b.low_percent, b.high_percent) for b in pakken.cost_bands
    ]
    limits = [
        (r.transition, r.below_mnok, r.up_to_mnok, r.condition) for r in bergen.decision_routes
    ]
    assert limits == [
        (r.transition, r.below_mnok, r.up_to_mnok, r.condition) for r in pakken.decision_routes
    ]
    assert "antatt" in bergen.notes.lower()


def test_help_texts_are_present_and_concise(catalog):
    for f in catalog.form.all_fields():
        assert f.help.strip(), f.path
        assert len(f.help) <= 420, (f.path, len(f.help))
    for definition in catalog.checklists.values():
        for q in definition.questions:
            assert q.help.strip(), (definition.id, q.id)


def test_missing_resources_give_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="prosjektark.toml"):
        load_catalog(tmp_path)
    assert load_catalog(resource_dir()).form.form_version


# ---------------------------------------------------------------- examples against the data


@pytest.mark.parametrize("index", [0, 1, 2])
def test_example_choice_values_exist_in_profile_and_checklists(catalog, index):
    sheet = example_sheets(catalog)[index]
    profile = catalog.profile(sheet.profile)
    ident = sheet.identification
    assert set(ident.municipalities) <= set(profile.municipalities)
    assert ident.responsible_agency in profile.agencies
    assert ident.responsible_party in profile.parties
    assert ident.working_group in profile.working_groups
    assert ident.action_area in {a.id for a in profile.action_areas}
    goal_ids = {g.id for g in profile.goals}
    assert {g.goal for g in sheet.goals} <= goal_ids
    body_ids = {b.id for b in profile.decision_bodies}
    assert {t.body for t in sheet.treatments} <= body_ids

    for f in catalog.form.all_fields():
        if f.choices:
            value = get_path(sheet, f.path)
            assert (value or "") in {c.value for c in f.choices}, (f.path, value)
        if f.type == "checklist":
            definition = catalog.checklists[f.checklist]
            answers = get_path(sheet, f.path).answers
            for question_id, answer in answers.items():
                question = definition.question(question_id)
                assert question is not None, (f.path, question_id)
                assert definition.option(question, answer.answer) is not None, (
                    f.path,
                    question_id,
                    answer.answer,
                )


def test_the_default_programme_is_named_in_data_not_by_file_order(tmp_path):
    import shutil

    assert load_catalog(resource_dir()).default_profile.id == "miljopakken"
    copy = tmp_path / "resources"
    shutil.copytree(resource_dir(), copy)
    (copy / "programmes.toml").write_text('default_profile = "miljoloftet"\n', encoding="utf-8")
    assert load_catalog(copy).default_profile.id == "miljoloftet"
    # A profile whose file sorts first does not become the default.
    first = copy / "profiles" / "aaa.toml"
    text = (copy / "profiles" / "miljoloftet.toml").read_text(encoding="utf-8")
    first.write_text(text.replace('id = "miljoloftet"', 'id = "aaa"', 1), encoding="utf-8")
    assert load_catalog(copy).default_profile.id == "miljoloftet"


@pytest.mark.parametrize("content", ['default_profile = "finnes-ikke"\n', "", "ikke toml ["])
def test_a_missing_or_unknown_default_programme_is_a_clear_error(tmp_path, content):
    import shutil

    copy = tmp_path / "resources"
    shutil.copytree(resource_dir(), copy)
    (copy / "programmes.toml").write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match="programmes.toml"):
        load_catalog(copy)
