"""Opening a draft filled in with an older form: carried over on the working copy, removed
fields shown read-only under «Fjernet fra skjemaet», nothing written until the user edits."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from qt_helpers import field, find, type_text, window_editing

from prosjektark.domain.catalog import Catalog, LazyCatalog
from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.sheet import Sheet, sheet_from_json, sheet_to_json
from prosjektark.store.repository import Store
from prosjektark.ui.editor_page import EditorPage
from prosjektark.ui.main_window import MainWindow

FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def new_catalog(catalog) -> Catalog:
    """The shipped profiles with the test form 2026.3 and its checklist."""
    form = FormDefinition.model_validate(_toml(FORMS / "2026.3" / "prosjektark.toml"))
    land_use = ChecklistDefinition.model_validate(_toml(FORMS / "2026.3" / "land_use.toml"))
    return Catalog(
        form,
        catalog.profiles,
        {land_use.id: land_use},
        default_profile_id=catalog.default_profile_id,
    )


def draft() -> Sheet:
    return sheet_from_json((FORMS / "utkast-2026.1.json").read_text(encoding="utf-8"))


@pytest.fixture
def page(qtbot, new_catalog) -> EditorPage:
    widget = EditorPage(new_catalog, None)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_draft_opens_in_the_new_form_with_its_answers_moved(page, qtbot) -> None:
    sheet = draft()
    with (
        qtbot.assertNotEmitted(page.sheet_changed),
        qtbot.assertNotEmitted(page.editor.sheet_changed),
    ):
        page.set_sheet(sheet)
    assert page.sheet() is sheet  # the editor still edits the object it was given
    combo = field(page, "land_use.answers.green_and_water", QComboBox)
    assert combo.currentData() == "ja"
    justification = field(page, "land_use.answers.green_and_water.justification", QPlainTextEdit)
    assert justification.toPlainText() == "Turvegen langs bekken flyttes fem meter."
    feasibility = field(page, "description.technical_feasibility", QPlainTextEdit)
    assert feasibility.toPlainText().startswith("Reguleringsplanen må endres")
    banner = page.editor.form_banner
    assert not banner.isHidden()
    assert "skjemaversjon 2026.1" in banner.text() and "2026.3" in banner.text()


def test_removed_fields_are_shown_read_only_on_their_steps(page) -> None:
    page.set_sheet(draft())
    land = page.editor.removed["arealbruk"]
    assert not land.isHidden()
    assert [e.path for e in land.entries] == ["land_use.answers.noise"]
    value = find(land, "removedValue:land_use.answers.noise", QPlainTextEdit)
    assert value.isReadOnly()
    assert "Uavklart" in value.toPlainText()
    assert "Støyberegning er bestilt" in value.toPlainText()
    assert "Fjernet fra skjemaet" in value.accessibleName()
    phone = find(page.editor.removed["grunnlag"], "removedValue:identification.contact_phone")
    assert phone.toPlainText() == "+47 400 00 202" and phone.isReadOnly()
    assert page.editor.removed["beskrivelse"].isHidden()
    assert page.editor.removed["oppsummering"].isHidden()
    page.editor.show_step("arealbruk")
    assert land.isVisible()


def test_a_kept_answer_is_not_an_error_the_user_cannot_fix(page) -> None:
    page.set_sheet(draft())
    assert not [f for f in page.findings if f.field.startswith("land_use.")]


def test_a_value_a_move_could_not_carry_is_shown_beside_its_field(page) -> None:
    sheet = draft()
    sheet.description.technical_feasibility = "Brua over bekken må forsterkes."
    page.set_sheet(sheet)
    view = page.editor.removed["beskrivelse"]
    assert [e.path for e in view.entries] == ["description.zoning_needs"]
    value = find(view, "removedValue:description.zoning_needs", QPlainTextEdit)
    assert value.toPlainText() == "Reguleringsplanen må endres ved krysset med Bromstadvegen."
    kept = field(page, "description.technical_feasibility", QPlainTextEdit)
    assert kept.toPlainText() == "Brua over bekken må forsterkes."


def test_a_current_sheet_shows_no_banner_and_no_removed_fields(page, new_catalog) -> None:
    page.set_sheet(draft())
    page.set_sheet(Sheet(profile="miljopakken", form_version=new_catalog.form.form_version))
    assert page.editor.form_banner.isHidden()
    assert all(view.isHidden() for view in page.editor.removed.values())


def test_a_sheet_of_a_newer_form_is_shown_as_it_is(page) -> None:
    sheet = draft()
    sheet.form_version = "2027.1"
    page.set_sheet(sheet)
    assert sheet.form_version == "2027.1"
    assert "green_structure" in sheet.land_use.answers
    assert "nyere" in page.editor.form_banner.text()


def test_opening_writes_nothing_and_the_first_edit_saves_the_migrated_sheet(
    qtbot, new_catalog, tmp_path: Path
) -> None:
    window = window_editing(qtbot, new_catalog, tmp_path, draft())
    sheet_id = window.current_sheet().id
    reader = Store.open(window.store.db_path, window.store.attachments_dir)
    try:
        stored = reader.load(sheet_id)
        assert stored.form_version == "2026.1"
        assert "green_structure" in stored.land_use.answers
        assert not window.autosaver.dirty

        title = field(window, "identification.title", QLineEdit)
        title.setFocus()
        title.end(False)
        type_text(qtbot, title, " nord")
        assert window.autosaver.flush()

        saved = reader.load(sheet_id)
        assert saved.identification.title.endswith(" nord")
        assert saved.form_version == "2026.3"
        assert saved.land_use.answers["green_and_water"].answer == "ja"
        assert "green_structure" not in saved.land_use.answers
        assert saved.land_use.answers["noise"].answer == "uavklart"
        assert saved.identification.contact_phone == "+47 400 00 202"
        assert "Støyberegning er bestilt" in sheet_to_json(saved)
    finally:
        reader.close()


def test_a_read_only_window_shows_the_migrated_sheet_and_writes_nothing(
    qtbot, new_catalog, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = draft()
    store.create(sheet)
    before = sheet_to_json(store.load(sheet.id))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(new_catalog), store, settings, read_only=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload_list()
    window.open_sheet(sheet.id)
    editor = window.editor_page.editor
    assert editor.is_read_only()
    assert field(window, "land_use.answers.green_and_water", QComboBox).currentData() == "ja"
    assert not editor.removed["arealbruk"].isHidden()
    window.autosaver.flush()
    assert sheet_to_json(store.load(sheet.id)) == before
