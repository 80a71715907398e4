"""The help beside the form shows the sheet's own programme's text (issue 9, item 3).

The form's help is the same for every programme; what the programme's documents say about
the field follows it, with the document named, and on a Miljøløftet sheet that is never
Miljøpakken's own text.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from qt_helpers import field, find

from prosjektark.domain.sheet import Identification, Sheet
from prosjektark.ui.editor import SheetEditor
from prosjektark.ui.editor.help_panel import HelpPanel


@pytest.fixture
def editor(qtbot, catalog):
    widget = SheetEditor(catalog)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def open_sheet(editor: SheetEditor, profile: str, phase: str = "DP") -> Sheet:
    sheet = Sheet(profile=profile, identification=Identification(phase=phase))
    editor.set_sheet(sheet)
    return sheet


def focus(qtbot, editor: SheetEditor, path: str, widget: QWidget | None = None) -> HelpPanel:
    """Focuses the input of `path` (or `widget`) and waits for the help panel to follow."""
    editor.show_step(editor.form.step_of(path).id)
    target = widget or editor.editors[path].focus_target()
    target.setFocus()
    title = target.property("helpTitle")  # a grid cell's own name, else the field's label
    assert title
    qtbot.waitUntil(lambda: find(editor, "helpTitle", QLabel).text() == title)
    return editor.help_panel


def shown(panel: HelpPanel) -> str:
    """Everything the panel shows, as one text."""
    labels = [panel.title, panel.text, panel.source, panel.programme, panel.quote]
    labels.append(panel.quote_source)
    return "\n".join(label.text() for label in labels if label.isVisible())


def test_a_miljoloftet_sheet_shows_miljoloftets_text(editor, qtbot):
    open_sheet(editor, "miljoloftet")
    panel = focus(qtbot, editor, "identification.working_group")
    text = shown(panel)
    assert "Arbeidsgruppen som fremmer prosjektet" in text  # the form's own help
    assert panel.programme.text() == "Miljøløftet"
    assert "Arbeidsgruppene skal forstå behovet" in panel.quote.text()
    assert panel.quote_source.text() == "Kilde: 000 Videreutvikling av Miljøløftets organisering"

    panel = focus(qtbot, editor, "funding.lines")
    text = shown(panel)
    assert "Tiltak forutsetter finansiering med statlige midler" in text
    assert "2030" not in text and "Miljøpakk" not in text


def test_a_miljopakken_sheet_shows_miljopakkens_text(editor, qtbot):
    open_sheet(editor, "miljopakken")
    panel = focus(qtbot, editor, "funding.lines")
    assert panel.programme.text() == "Miljøpakken"
    assert "Finansieringen i 2030 er kun bompenger." in panel.quote.text()
    assert "Føringer i Miljøpakkens handlingsprogram" in panel.quote_source.text()
    # Miljøpakken's documents say nothing of working groups: only the form's help.
    panel = focus(qtbot, editor, "identification.working_group")
    assert panel.quote.isHidden() and panel.programme.isHidden() and panel.quote_source.isHidden()
    assert "Arbeidsgruppen som fremmer prosjektet" in panel.text.text()


def test_the_text_follows_the_sheet_that_is_open(editor, qtbot):
    open_sheet(editor, "miljopakken")
    assert "2030" in focus(qtbot, editor, "funding.lines").quote.text()
    editor.setFocus()
    open_sheet(editor, "miljoloftet")
    assert "2030" not in focus(qtbot, editor, "funding.lines").quote.text()


def test_an_assumed_sentence_says_whose_it_is(editor, qtbot):
    open_sheet(editor, "miljoloftet")
    panel = focus(qtbot, editor, "cost.estimate_method")
    assert "anslagsmetoden gjelder prosjekter med utredningsestimat over 10 mill." in (
        panel.quote.text()
    )
    assert "lagt til grunn for Miljøløftet" in panel.quote_source.text()


def test_a_checklist_question_shows_the_programmes_text(editor, qtbot):
    open_sheet(editor, "miljoloftet")
    strategy = field(editor, "land_use.answers.land_use_strategy", QComboBox)
    panel = focus(qtbot, editor, "land_use", strategy)
    assert panel.quote.text().startswith("«I Bergensområdet skal klimagassutslipp")
    farmland = field(editor, "land_use.answers.farmland", QComboBox)
    panel = focus(qtbot, editor, "land_use", farmland)
    assert "«sjekkliste» for prosjektark" in panel.quote.text()


def test_the_step_intro_shows_no_programme_text(editor, qtbot):
    open_sheet(editor, "miljopakken")
    focus(qtbot, editor, "funding.lines")
    editor.navigator.setFocus()
    qtbot.waitUntil(lambda: editor.help_panel.hint.isVisible())
    assert editor.help_panel.quote.isHidden() and editor.help_panel.programme.isHidden()


def test_screen_readers_get_the_programmes_text_too(editor):
    open_sheet(editor, "miljoloftet")
    described = field(editor, "identification.working_group").accessibleDescription()
    assert described.startswith("Arbeidsgruppen som fremmer prosjektet")
    assert "Miljøløftet: «Arbeidsgruppene skal forstå behovet" in described
    open_sheet(editor, "miljopakken")
    described = field(editor, "identification.working_group").accessibleDescription()
    assert "Arbeidsgruppene skal" not in described


def test_the_operation_exceptions_are_the_sheets_programmes(editor):
    open_sheet(editor, "miljoloftet")
    combo = field(editor, "funding.operation_exception", QComboBox)
    options = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
    assert options[0] == ("", "Ingen")
    assert ("godkjent_ku", "Annet tiltak godkjent av Styringsgruppen") in options
    assert not any("Kontaktutvalget" in label for _, label in options)
    combo.setCurrentIndex(combo.findData("vinterdrift_sykkel"))
    assert editor.sheet().funding.operation_exception == "vinterdrift_sykkel"
    combo.setCurrentIndex(0)
    assert editor.sheet().funding.operation_exception == ""
    open_sheet(editor, "miljopakken")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "Ingen" and "Annet tiltak godkjent av Kontaktutvalget" in labels


def test_the_help_panel_renders_readably(editor, qtbot, tmp_path):
    open_sheet(editor, "miljoloftet")
    panel = focus(qtbot, editor, "cost.std_dev_percent")
    QApplication.processEvents()
    image = editor.grab()
    assert image.save(str(tmp_path / "help.png"))
    # Every part is inside the panel, none cut off at its bottom edge.
    for label in (panel.title, panel.text, panel.programme, panel.quote, panel.quote_source):
        assert label.isVisible()
        bottom = label.mapTo(panel, label.rect().bottomLeft()).y()
        assert bottom <= panel.height(), label.objectName()
