"""Search in the content of every sheet (issue 13, item 12): the index follows every
write of a sheet, remark and answer; any typed text is a query; Norwegian letters and
compound words are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.search_text import sheet_texts
from prosjektark.domain.sheet import ChecklistAnswer, GoalScore, Risk, Sheet
from prosjektark.store.repository import Store

SEC = Actor("Sekretariatet", "ab" * 32)


@pytest.fixture
def store(open_store) -> Store:
    """On SQLite the FTS5 index answers; on PostgreSQL the LIKE query: the same hits."""
    opened = open_store()
    opened.actor = lambda: SEC
    return opened


def new_sheet(catalog, title: str = "Sykkelveg Lade", **description) -> Sheet:
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    sheet.identification.title = title
    for name, value in description.items():
        setattr(sheet.description, name, value)
    return sheet


def found(store: Store, query: str, **kw) -> set[tuple[str, str]]:
    return {(str(h.sheet_id), h.field) for h in store.search_content(query, **kw)}


# -- the flattening (domain) ----------------------------------------------------------------


def test_every_text_is_flattened_with_the_editors_path_and_its_step(catalog) -> None:
    sheet = new_sheet(catalog, purpose="Trygg skoleveg")
    sheet.land_use.answers["zoning_status"] = ChecklistAnswer(
        answer="ikke_relevant", justification="Ingen regulering trengs"
    )
    sheet.goals = [GoalScore(goal="sykkel", score=2, justification="Flere sykler")]
    sheet.risks = [Risk(description="Grunnforhold", mitigation="Boring før bygging")]
    texts = {(t.path, t.step): t.text for t in sheet_texts(sheet, catalog.form)}
    assert texts[("identification.title", "grunnlag")] == "Sykkelveg Lade"
    assert texts[("description.purpose", "beskrivelse")] == "Trygg skoleveg"
    assert (
        texts[("land_use.answers.zoning_status.justification", "arealbruk")]
        == "Ingen regulering trengs"
    )
    assert texts[("goals.sykkel.justification", "maloppnaelse")] == "Flere sykler"
    assert texts[("risks[0].description", "risiko")] == "Grunnforhold"
    assert texts[("risks[0].mitigation", "risiko")] == "Boring før bygging"
    # Blank texts, choices and numbers are not texts to search.
    assert not any(path.startswith("identification.phase") for path, _ in texts)
    assert all(text.strip() for text in texts.values())


# -- the index follows every write ------------------------------------------------------------


def test_a_created_sheet_is_found_by_a_word_inside_a_compound(store, catalog) -> None:
    sheet = new_sheet(catalog, purpose="Ny gang- og sykkelvegbru over jernbanen")
    store.create(sheet)
    (hit,) = store.search_content("vegbru")
    assert (hit.sheet_id, hit.field, hit.step) == (sheet.id, "description.purpose", "beskrivelse")
    assert (hit.step_title, hit.label, hit.kind) == (
        "Beskrivelse",
        "Formålet med tiltaket",
        "field",
    )
    assert "sykkelvegbru" in hit.snippet
    start, end = hit.spans[0]
    assert hit.snippet[start:end].casefold() == "vegbru"


def test_saving_replaces_the_old_text_in_the_index(store, catalog) -> None:
    sheet = new_sheet(catalog, benefit="Kortere reisetid for bussen")
    store.create(sheet)
    assert found(store, "reisetid") == {(str(sheet.id), "description.benefit")}
    sheet.description.benefit = "Færre ulykker i krysset"
    store.save_working_copy(sheet)
    assert found(store, "reisetid") == set()
    assert found(store, "ulykker") == {(str(sheet.id), "description.benefit")}
    sheet.risks = [Risk(description="Ledningsomlegging")]
    store.save_version(sheet, note="Versjon 1")
    assert found(store, "ledningsomlegging") == {(str(sheet.id), "risks[0].description")}


def test_the_bin_is_searched_apart_and_a_purged_sheet_is_gone(store, catalog) -> None:
    sheet = new_sheet(catalog, purpose="Støyskjerm langs E6")
    store.create(sheet)
    store.delete(sheet.id)
    assert found(store, "støyskjerm") == set()
    assert found(store, "støyskjerm", deleted=True) == {(str(sheet.id), "description.purpose")}
    store.restore(sheet.id)
    assert found(store, "støyskjerm") == {(str(sheet.id), "description.purpose")}
    store.delete(sheet.id)
    store.purge(sheet.id)
    assert found(store, "støyskjerm", deleted=True) == set()


def test_remarks_and_answers_are_found_at_their_field(store, catalog) -> None:
    sheet = new_sheet(catalog)
    store.create(sheet)
    remark = store.add_remark(sheet.id, "Kostnadsanslaget mangler usikkerhet", "cost.items")
    (hit,) = store.search_content("kostnadsanslaget")
    assert (hit.kind, hit.field, hit.step, hit.label) == (
        "remark",
        "cost.items",
        "kostnad",
        "Merknad",
    )
    answer = store.add_answer(remark.id, "reply", "Usikkerheten er lagt inn per post")
    (hit,) = store.search_content("lagt inn per")
    assert (hit.kind, hit.field, hit.step) == ("answer", "cost.items", "kostnad")
    assert answer.text in hit.snippet
    whole = store.add_remark(sheet.id, "Arket gjelder hele strekningen")
    assert found(store, "strekningen") == {(str(sheet.id), "")}
    store.delete_unsent_remark(whole.id)
    assert found(store, "strekningen") == set()


# -- queries --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND",
        "OR NOT",
        "*",
        "sykkel*",
        "NEAR(a b)",
        "-veg",
        "title:veg",
        "(",
        ")",
        "^veg",
        "a'b",
        "\\",
        "%",
        "_",
        "{x}",
        "NOT sykkel",
        ":",
        "🚲",
    ],
)
def test_no_typed_text_is_an_error(store, catalog, query: str) -> None:
    store.create(new_sheet(catalog, purpose="Sykkelveg AND fortau (100 %)"))
    store.search_content(query)  # returns, whatever the text


def test_search_syntax_is_text_to_find(store, catalog) -> None:
    sheet = new_sheet(catalog, purpose="Sykkelveg AND fortau (100 % finansiert)")
    other = new_sheet(catalog, "Kollektivfelt", purpose="Kollektivfelt med 100 meter fortau")
    store.create(sheet)
    store.create(other)
    assert found(store, "AND") == {(str(sheet.id), "description.purpose")}
    assert found(store, "(100 %") == {(str(sheet.id), "description.purpose")}
    assert found(store, "fortau") == {
        (str(sheet.id), "description.purpose"),
        (str(other.id), "description.purpose"),
    }
    assert found(store, "sykkel*") == set()  # a star is a star, not «anything»


def test_norwegian_letters_are_their_own_letters(store, catalog) -> None:
    sheet = new_sheet(catalog, "Tiltak i Malvik", purpose="Bedre måloppnåelse på Ærøveien")
    store.create(sheet)
    assert found(store, "MÅLOPP") == {(str(sheet.id), "description.purpose")}
    assert found(store, "ærø") == {(str(sheet.id), "description.purpose")}
    assert found(store, "ÆRØVEIEN") == {(str(sheet.id), "description.purpose")}
    # «mål» is not «mal»: Malvik is not a hit for it.
    assert found(store, "mål") == {(str(sheet.id), "description.purpose")}
    assert found(store, "malv") == {(str(sheet.id), "identification.title")}


def test_every_word_must_be_in_the_same_text_also_short_ones(store, catalog) -> None:
    sheet = new_sheet(
        catalog, "Tiltak 7", purpose="Sykkelveg på Lade", benefit="Sykkelveg til skolen"
    )
    store.create(sheet)
    assert found(store, "sykkelveg lade") == {(str(sheet.id), "description.purpose")}
    assert found(store, "sykkelveg på") == {(str(sheet.id), "description.purpose")}
    assert found(store, "la") == set()  # no word of three characters: no search


def test_the_migration_indexes_what_is_already_stored(tmp_path: Path, catalog) -> None:
    # SQLite only: it downgrades a database file to before the FTS5 index (0007).
    from alembic import command

    from prosjektark.store.database import alembic_config, create_sqlite_engine, upgrade

    db_path = tmp_path / "db.sqlite3"
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        examples = example_sheets(catalog)
        store.create_many(examples)
        store.add_remark(examples[0].id, "Tverrforbindelsen mangler", "description.purpose")
    engine = create_sqlite_engine(db_path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")  # as a database made before the content search
    upgrade(engine)
    engine.dispose()
    with Store.open(db_path, tmp_path / "vedlegg") as store:
        assert found(store, "tverrforbindelsen") == {(str(examples[0].id), "description.purpose")}
        for sheet in examples:
            texts = sheet_texts(sheet, catalog.form)
            word = texts[-1].text.split()[0]
            assert any(h.sheet_id == sheet.id for h in store.search_content(word, limit=500))


def test_the_like_fallback_for_other_databases_reads_the_same_table(store, catalog) -> None:
    """PostgreSQL has no FTS5 (issue 16): its LIKE query runs on the same table, and
    escapes LIKE's own wildcards, on either database."""
    from prosjektark.store import search

    sheet = new_sheet(catalog, purpose="Innfartsparkering 100 % ferdig_nå")
    store.create(sheet)
    with store._sql._read() as conn:
        rows = search._search_like(conn, ["parkering", "100", "%"], False, 10)
        assert [(r.sheet_id, r.field) for r in rows] == [(str(sheet.id), "description.purpose")]
        assert search._search_like(conn, ["_nå"], False, 10)
        assert not search._search_like(conn, ["1_0"], False, 10)
