"""A third programme is data only (issue 9).

The program's own Python files are copied unchanged beside a copy of resources/ that has
one more profile, tests/fixtures/programmes/oslo.toml (built only from what seed 001
says of Byvekstavtalen for Oslo). The copied program then checks and exports an Oslo
sheet with Oslo's own vocabulary, without one Python file differing from the shipped one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.sheet import FundingLine, GoalScore, Sheet, sheet_to_json
from prosjektark.paths import resource_dir

PACKAGE = Path(__import__("prosjektark").__file__).resolve().parent
OSLO = Path(__file__).resolve().parents[1] / "fixtures" / "programmes" / "oslo.toml"


def _digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*.py"))
    }


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """<tmp>/desktop/prosjektark (the program as shipped) and <tmp>/resources (plus Oslo):
    the layout paths.resource_dir() finds from a source tree."""
    root = tmp_path_factory.mktemp("tredje")
    shutil.copytree(
        PACKAGE, root / "desktop" / "prosjektark", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(resource_dir(), root / "resources")
    shutil.copy(OSLO, root / "resources" / "profiles" / "oslo.toml")
    return root


def _oslo_sheet() -> Sheet:
    s = Sheet(profile="oslo")
    s.identification.title = "Sykkelveg langs Ring 2"
    s.identification.municipalities = ["Oslo"]
    s.funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("4")),
        FundingLine(year=2027, source="privat", amount_mnok=Decimal("1.5")),
    ]
    s.goals = [GoalScore(goal="sykkel", score=2, justification="Ny sykkelveg")]
    return s


def _run(tree: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree / "desktop"),
        "PYTHONIOENCODING": "utf-8",
        "PROSJEKTARK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "prosjektark", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=home,
        timeout=180,
    )


def test_the_oslo_profile_loads_beside_the_shipped_ones(tree):
    catalog = load_catalog(tree / "resources")
    assert set(catalog.profiles) == {"miljopakken", "miljoloftet", "oslo"}
    assert catalog.default_profile_id == "miljopakken"  # adding a profile never changes it
    oslo = catalog.profile("oslo")
    assert "privat" in {s.id for s in oslo.funding_sources}
    assert oslo.decision_routes == [] and oslo.pot_cap_mnok_per_year is None


def test_the_unchanged_program_checks_an_oslo_sheet(tree, tmp_path):
    sheet_file = tmp_path / "oslo.json"
    sheet_file.write_text(sheet_to_json(_oslo_sheet()), encoding="utf-8")
    run = _run(tree, tmp_path, "check", str(sheet_file), "--format", "json")
    assert run.returncode in (0, 1), run.stderr
    findings = json.loads(run.stdout)
    codes = {f["code"] for f in findings}
    # Oslo's own funding source is known; what Oslo has not decided is said, not guessed.
    assert "vocabulary.unknown" not in codes
    [incomplete] = [f for f in findings if f["code"] == "profile.incomplete"]
    assert "Byvekstavtalen for Oslo" in incomplete["message"]
    assert "terskelen for Anslagsmetoden" in incomplete["message"]
    # No rule of another programme's documents is applied to Oslo.
    for foreign in ("funding.additionality_missing", "funding.pot_cap", "cost.anslag_required"):
        assert foreign not in codes
    assert not any(c.startswith(("decision.", "pu.", "schedule.")) for c in codes), codes


def test_the_unchanged_program_exports_an_oslo_sheet(tree, tmp_path):
    sheet_file = tmp_path / "oslo.json"
    sheet_file.write_text(sheet_to_json(_oslo_sheet()), encoding="utf-8")
    out = tmp_path / "ut"
    run = _run(tree, tmp_path, "export", str(sheet_file), "--out", str(out), "--pdf", "--xlsx")
    assert run.returncode == 0, run.stderr
    [xlsx] = list(out.glob("*.xlsx"))
    from openpyxl import load_workbook

    texts = {
        str(c.value)
        for ws in load_workbook(xlsx, data_only=True).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.value is not None
    }
    # Oslo's names for its funding sources, from its profile.
    assert "Grunneierbidrag og andre private bidrag" in texts
    assert any("Byvekstavtalen for Oslo" in t for t in texts)
    assert list(out.glob("*.pdf"))


def test_no_python_file_differs_from_the_shipped_program(tree, tmp_path):
    # The runs above used the copy, not an installed program.
    env = {**os.environ, "PYTHONPATH": str(tree / "desktop")}
    where = subprocess.run(
        [sys.executable, "-c", "import prosjektark; print(prosjektark.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    ).stdout.strip()
    assert Path(where).resolve().parent == (tree / "desktop" / "prosjektark").resolve()
    assert _digests(tree / "desktop" / "prosjektark") == _digests(PACKAGE)
    shipped = {p.name for p in (resource_dir() / "profiles").glob("*.toml")}
    added = {p.name for p in (tree / "resources" / "profiles").glob("*.toml")} - shipped
    assert added == {"oslo.toml"}
