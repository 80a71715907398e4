"""A programme that has not set its period or price level (the Oslo fixture, data only)
can still be filled in: the funding grid offers years, and nothing says «None»."""

from __future__ import annotations

import dataclasses
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path

from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import FundingLine, Sheet
from prosjektark.ui.editor.sheet_editor import SheetEditor

OSLO = Path(__file__).resolve().parents[1] / "fixtures" / "programmes" / "oslo.toml"


def test_an_oslo_sheet_gets_a_funding_grid_and_no_none_text(qtbot, catalog):
    with OSLO.open("rb") as fh:
        oslo = Profile.model_validate(tomllib.load(fh))
    assert oslo.period_start is None and oslo.price_year is None
    with_oslo = dataclasses.replace(catalog, profiles={**catalog.profiles, oslo.id: oslo})
    editor = SheetEditor(with_oslo)
    qtbot.addWidget(editor)
    editor.resize(1280, 720)
    sheet = Sheet(profile="oslo")
    sheet.funding.lines = [FundingLine(year=2031, source="privat", amount_mnok=Decimal(2))]
    editor.set_sheet(sheet)
    editor.show()
    grid = editor.editors["funding.lines"]
    this = date.today().year
    assert grid.years == sorted({2031, this, this + 1, this + 2, this + 3})
    assert (2031, "privat") in grid.inputs and grid.inputs[(2031, "privat")].text() == "2"
    assert "ikke fastsatt en programperiode" in grid.note.text()
    texts = [w.text() for w in editor.findChildren(type(grid.note)) if hasattr(w, "text")]
    assert not any("None" in t for t in texts), [t for t in texts if "None" in t]
