"""`prosjektark diff --id UUID --from N [--to M|working] [--format text|json]` as a process,
on a real store in its own PROSJEKTARK_HOME."""

from __future__ import annotations

import json
import os
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.sheet import CostItem


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("PROSJEKTARK_HOME", str(folder))
    return folder


def _stored(home: Path, catalog):
    """A sheet with versions 1 and 2 saved and an unsaved edit in its working copy, made
    with the store's own API in the CLI's user folder."""
    from prosjektark import paths
    from prosjektark.domain.examples import example_sheets
    from prosjektark.store.repository import Store

    assert Path(os.environ["PROSJEKTARK_HOME"]) == home
    sheet = example_sheets(catalog)[0].model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.revision = 0
    sheet.is_example = False
    sheet.identification.contact_phone = ""
    sheet.cost.items = [
        CostItem(name="Grunnerverv", low=Decimal(1), most_likely=Decimal(2), high=Decimal(3)),
        CostItem(name="Sykkelveg", low=Decimal(10), most_likely=Decimal(12), high=Decimal(15)),
    ]
    with Store.open(paths.database_path(), paths.attachments_dir()) as store:
        store.create(sheet)
        assert store.save_version(sheet, note="Første") == 1
        sheet.identification.title = "Sykkelveg, ny tittel"
        sheet.cost.items.insert(
            1,
            CostItem(name="Kryss", low=Decimal(4), most_likely=Decimal(5), high=Decimal(7)),
        )
        sheet.cost.expected_cost_mnok = Decimal("1234.5")
        assert store.save_version(sheet, note="Andre") == 2
        sheet.identification.contact_phone = "+47 999 99 999"
        store.save_working_copy(sheet)
    return sheet


def test_json_lists_the_changes_between_two_saved_versions(home, catalog) -> None:
    sheet = _stored(home, catalog)
    result = cli(
        home, "diff", "--id", str(sheet.id), "--from", "1", "--to", "2", "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    changes = json.loads(result.stdout)
    by_field = {c["field"]: c for c in changes}
    assert set(by_field) == {"identification.title", "cost.items[1]", "cost.expected_cost_mnok"}
    for change in changes:
        assert {"field", "label", "before", "after", "kind"} <= set(change)
    assert by_field["identification.title"]["label"] == "Prosjektnavn"
    assert by_field["identification.title"]["after"] == "Sykkelveg, ny tittel"
    assert by_field["cost.items[1]"]["kind"] == "added"
    assert by_field["cost.items[1]"]["label"] == "Kostnadspost 2"
    assert by_field["cost.expected_cost_mnok"]["after"] == format_mnok(Decimal("1234.5"))


def test_to_working_compares_with_the_working_copy_and_is_the_default(home, catalog) -> None:
    sheet = _stored(home, catalog)
    explicit = cli(home, "diff", "--id", str(sheet.id), "--from", "2", "--to", "working",
                   "--format", "json")  # fmt: skip
    omitted = cli(home, "diff", "--id", str(sheet.id), "--from", "2", "--format", "json")
    assert explicit.returncode == omitted.returncode == 0, explicit.stderr + omitted.stderr
    assert json.loads(explicit.stdout) == json.loads(omitted.stdout)
    [change] = json.loads(omitted.stdout)
    assert change["field"] == "identification.contact_phone"
    assert change["kind"] == "added"


def test_text_is_grouped_by_step_with_headings(home, catalog) -> None:
    sheet = _stored(home, catalog)
    result = cli(home, "diff", "--id", str(sheet.id), "--from", "1", "--to", "2")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "versjon 1" in out and "versjon 2" in out
    lines = out.splitlines()
    assert lines.index("Grunnlag") < lines.index("Kostnad og usikkerhet")
    assert any(line.strip().startswith("Prosjektnavn") for line in lines)
    assert any("Kostnadspost 2" in line and "Ny" in line for line in lines)
    assert "Sykkelveg, ny tittel" in out


def test_no_differences_still_exit_0(home, catalog) -> None:
    sheet = _stored(home, catalog)
    result = cli(home, "diff", "--id", str(sheet.id), "--from", "2", "--to", "2")
    assert result.returncode == 0, result.stderr
    assert "Ingen endringer" in result.stdout
    as_json = cli(home, "diff", "--id", str(sheet.id), "--from", "2", "--to", "2",
                  "--format", "json")  # fmt: skip
    assert json.loads(as_json.stdout) == []


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--from", "7", "--to", "2"], "versjon 7"),
        (["--from", "1", "--to", "9"], "versjon 9"),
        (["--from", "en", "--to", "2"], "«en»"),
        (["--from", "1", "--to", "0"], "«0»"),
    ],
)
def test_a_missing_or_unreadable_revision_exits_2_naming_it(home, catalog, args, named) -> None:
    sheet = _stored(home, catalog)
    result = cli(home, "diff", "--id", str(sheet.id), *args)
    assert result.returncode == 2
    assert named in result.stderr
    assert result.stdout == ""


def test_an_unknown_or_unreadable_id_exits_2(home, catalog) -> None:
    _stored(home, catalog)
    unknown = str(uuid.uuid4())
    result = cli(home, "diff", "--id", unknown, "--from", "1")
    assert result.returncode == 2
    assert unknown in result.stderr and "Fant ikke" in result.stderr
    result = cli(home, "diff", "--id", "ikke-en-uuid", "--from", "1")
    assert result.returncode == 2
    assert "«ikke-en-uuid»" in result.stderr
    result = cli(home, "diff", "--from", "1")  # --id missing: argparse's own refusal
    assert result.returncode == 2
    assert "--id" in result.stderr
