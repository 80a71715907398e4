"""The frames dialog reads an amount as the frames file does, and «Sammenlign» shows the
revision and the reason of each sheet where two scenarios differ (issue 11 review)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.frames import FrameLine
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.store.repository import Store
from prosjektark.ui.secretariat.compare_dialog import DIFF_HEADERS, CompareDialog
from prosjektark.ui.secretariat.frames_dialog import FramesDialog

PROFILE = "miljopakken"
SEC = Actor("Ola Sekretær", "bb" * 32)


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    opened.actor = lambda: SEC
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1.000", "«1.000» kan leses både som 1000 og 1,000."),
        ("2.500", "«2.500» kan leses både som 2500 og 2,500."),
        ("1e3", "beløpet «1e3» er ikke et tall i millioner kroner."),
    ],
)
def test_the_frames_dialog_refuses_what_the_file_refuses(qtbot, store, catalog, typed, reason):
    """Regression: «1.000» was saved as 1 MNOK, «2.500» as 2,5 and «1e3» as 1 000."""
    profile = catalog.profile(PROFILE)
    dialog = FramesDialog(store, profile)
    qtbot.addWidget(dialog)
    dialog.add_line()
    dialog.line_widgets(0)[3].setText(typed)
    lines, problems = dialog.lines()
    assert lines == []
    assert [str(p) for p in problems][0].startswith(f"Linje 1: {reason}")
    assert not dialog.save()
    assert store.frames(PROFILE) == []
    assert reason in dialog.problems.toPlainText()


def test_the_frames_dialog_reads_grouped_thousands_and_decimal_commas(qtbot, store, catalog):
    dialog = FramesDialog(store, catalog.profile(PROFILE))
    qtbot.addWidget(dialog)
    dialog.add_line()
    dialog.line_widgets(0)[3].setText("1.234,5")
    assert dialog.save()
    (line,) = store.frames(PROFILE)
    assert line == FrameLine(2027, "bompenger", "", Decimal("1234.5"))


def test_compare_shows_the_revision_and_the_reason(qtbot, store, catalog):
    """Regression: the same sheet at revision 1 and 2 compared as equal."""
    profile = catalog.profile(PROFILE)
    a, b = uuid.UUID(int=1), uuid.UUID(int=2)
    first = Scenario(uuid.uuid4(), "Vår", PROFILE, (ScenarioEntry(a, 1), ScenarioEntry(b, 1)))
    second = replace(
        first.with_entry(ScenarioEntry(a, 2)).with_entry(
            ScenarioEntry(b, 1, included=False, reason="Venter på regulering")
        ),
        id=uuid.uuid4(),
        name="Høst",
    )
    dialog = CompareDialog(store, catalog, profile, [first, second], {}, [])
    qtbot.addWidget(dialog)
    table = dialog.diff_table
    assert table.rowCount() == 2
    column = {name: n for n, name in enumerate(DIFF_HEADERS)}
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    ra, rb = rows[str(a)], rows[str(b)]
    assert table.item(ra, column["Revisjon A"]).text() == "1"
    assert table.item(ra, column["Revisjon B"]).text() == "2"
    assert table.item(rb, column["Med i B"]).text() == "Nei: Venter på regulering"
    assert "2 ark er ulike" in dialog.summary.text()
