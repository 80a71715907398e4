"""`prosjektark check`: exit codes 0/1/2, JSON shape, grouped text, and no traceback on
any file."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prosjektark.cli import main
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.paths import resource_dir

CATALOG = load_catalog(resource_dir())


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "prosjektark", "check", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@pytest.fixture
def clean_file(tmp_path: Path) -> Path:
    # UB sheets carry no date-dependent finding except the deadline, which is a warning.
    path = tmp_path / "ark.json"
    path.write_text(sheet_to_json(complete_sheet(CATALOG, "miljopakken", "UB")), encoding="utf-8")
    return path


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    s = complete_sheet(CATALOG, "miljopakken", "PU")
    s.identification.title = ""
    s.land_use.answers["farmland"].answer = "ikke_relevant"
    s.land_use.answers["farmland"].justification = ""
    path = tmp_path / "brutt.json"
    path.write_text(sheet_to_json(s), encoding="utf-8")
    return path


def test_exit_0_without_errors(clean_file):
    r = cli(str(clean_file))
    assert r.returncode == 0, r.stderr
    assert "0 feil" in r.stdout and "Traceback" not in r.stderr


def test_exit_1_with_errors_and_json_shape(broken_file):
    r = cli(str(broken_file), "--format", "json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert isinstance(data, list) and data
    for item in data:
        assert set(item) == {"code", "severity", "field", "message"}
        assert item["severity"] in {"error", "warning", "info"}
    pairs = {(d["code"], d["field"]) for d in data}
    assert ("required.title", "identification.title") in pairs
    assert ("land_use.justification_missing", "land_use.answers.farmland") in pairs


def test_text_output_groups_by_step_in_norwegian(broken_file):
    r = cli(str(broken_file))
    assert r.returncode == 1
    out = r.stdout
    assert "Grunnlag" in out and "Arealbruk" in out
    assert out.index("Grunnlag") < out.index("required.title") < out.index("Arealbruk")
    assert "Feil" in out and "Status: Utkast" in out


def test_profile_option_overrides(broken_file):
    r = cli(str(broken_file), "--profile", "miljoloftet", "--format", "json")
    assert r.returncode == 1 and json.loads(r.stdout)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "finner ikke filen"),
        (b"not json {", "ikke gyldig JSON"),
        (b'{"format": "prosjektark/1", "revision": -1}', "revision"),
        (b'{"profile": "finnes_ikke"}', "Ukjent avtaleprofil"),
        (b"\xff\xfe\x00garbage", "ikke et gyldig prosjektark"),
    ],
)
def test_exit_2_for_unreadable_input(tmp_path, content, reason):
    path = tmp_path / "x.json"
    if content is not None:
        path.write_bytes(content)
    r = cli(str(path))
    assert r.returncode == 2
    assert reason in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_unknown_profile_option_is_exit_2(clean_file):
    r = cli(str(clean_file), "--profile", "oslo")
    assert r.returncode == 2 and "Ukjent avtaleprofil «oslo»" in r.stderr


def _run_in_process(data: bytes, fmt: str) -> tuple[int, str, str]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "ark.json"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = main(["check", str(path), "--format", fmt])
        return rc, out.getvalue(), err.getvalue()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
VALID = json.loads(sheet_to_json(complete_sheet(CATALOG, "miljopakken", "DP")))
KEYS = sorted(VALID)


@st.composite
def mutated_sheets(draw) -> bytes:
    data = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from(KEYS))
        if isinstance(data.get(key), dict) and data[key] and draw(st.booleans()):
            sub = draw(st.sampled_from(sorted(data[key])))
            data[key][sub] = draw(json_values)
        else:
            data[key] = draw(json_values)
    return json.dumps(data).encode()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=300)
    | json_values.map(lambda v: json.dumps(v).encode())
    | mutated_sheets(),
    fmt=st.sampled_from(["text", "json"]),
)
def test_never_a_traceback_on_any_file(data, fmt):
    rc, out, err = _run_in_process(data, fmt)
    assert rc in (0, 1, 2)
    assert "Traceback" not in err and "Traceback" not in out
    if rc == 2:
        assert err.startswith("prosjektark check: ") and out == ""
    elif fmt == "json":
        assert isinstance(json.loads(out), list)


def _every_amount_negative() -> dict:
    data = json.loads(sheet_to_json(complete_sheet(CATALOG, "miljopakken", "DP")))
    cost = data["cost"]
    cost.update(expected_cost_mnok=-40.8, styringsmal_mnok=-40.8, styringsramme_mnok=-41)
    cost["original_amount"] = {"amount": -38.5, "year": 2024}
    cost["items"] = [{"name": "Bru", "low": -50, "most_likely": -40, "high": -30}]
    for line in data["funding"]["lines"]:
        line["amount_mnok"] = -abs(line["amount_mnok"])
    return data


def test_every_amount_negative_is_exit_1_with_each_field(tmp_path):
    """Issue 8: every amount negative gave exit 0 and a route to Programrådet."""
    data = _every_amount_negative()
    path = tmp_path / "negativ.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    r = cli(str(path), "--format", "json")
    assert r.returncode == 1, r.stderr
    found = json.loads(r.stdout)
    negative = {d["field"] for d in found if d["code"] == "amount.negative"}
    lines = {f"funding.lines.{x['year']}.{x['source']}" for x in data["funding"]["lines"]}
    assert (
        lines
        and negative
        == {
            "cost.expected_cost_mnok",
            "cost.styringsmal_mnok",
            "cost.styringsramme_mnok",
            "cost.original_amount.amount",
            "cost.items[0].low",
            "cost.items[0].most_likely",
            "cost.items[0].high",
        }
        | lines
    )
    assert all(d["severity"] == "error" for d in found if d["code"] == "amount.negative")
    [route] = [d for d in found if d["code"] == "decision.route"]
    assert "Programrådet" not in route["message"] and "Rett kostnaden" in route["message"]
    text = cli(str(path))
    assert text.returncode == 1 and "amount.negative [cost.expected_cost_mnok]" in text.stdout


def test_nan_money_is_exit_1_with_amount_not_finite(tmp_path):
    """Python's json writes NaN and Infinity; they are findings, not a crash or exit 2."""
    data = json.loads(sheet_to_json(complete_sheet(CATALOG, "miljopakken", "UB")))
    data["cost"]["expected_cost_mnok"] = float("nan")
    data["funding"]["lines"][0]["amount_mnok"] = float("inf")
    first = data["funding"]["lines"][0]
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # allow_nan: writes NaN, Infinity
    assert "NaN" in path.read_text(encoding="utf-8")
    r = cli(str(path), "--format", "json")
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    found = {(d["code"], d["field"]) for d in json.loads(r.stdout)}
    assert ("amount.not_finite", "cost.expected_cost_mnok") in found
    assert ("amount.not_finite", f"funding.lines.{first['year']}.{first['source']}") in found


def test_revision_beyond_the_bound_is_unreadable_not_a_crash(tmp_path):
    data = json.loads(sheet_to_json(complete_sheet(CATALOG, "miljopakken", "UB")))
    data["revision"] = 2**63
    path = tmp_path / "rev.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    r = cli(str(path))
    assert r.returncode == 2 and "revision: er for høy" in r.stderr
    assert "Traceback" not in r.stderr
