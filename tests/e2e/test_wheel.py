"""A built wheel carries the resources, and an installed (not editable) copy finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    # Copy-free build from the source tree; no network (the build deps are in the venv).
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(build)},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (whl,) = out.glob("prosjektark-*.whl")
    return whl


def test_wheel_contains_resources_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "prosjektark/resources/forms/prosjektark.toml",
        "prosjektark/resources/profiles/miljopakken.toml",
        "prosjektark/resources/checklists/land_use.toml",
        "prosjektark/store/migrations/env.py",
    ):
        assert expected in names, f"{expected} missing from wheel"
    assert any(n.startswith("prosjektark/resources/schema/") for n in names)
    assert any(n.startswith("prosjektark/store/migrations/versions/") for n in names)


def test_wheel_installs_a_windowed_program_and_a_console_one(wheel):
    (entry_points,) = [
        n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".dist-info/entry_points.txt")
    ]
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]\nprosjektark = prosjektark.cli:main" in text
    assert "[console_scripts]\nprosjektark-cli = prosjektark.cli:main" in text


def test_installed_wheel_finds_its_resources(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    code = (
        "import prosjektark.paths as p, prosjektark;"
        "from prosjektark.domain.catalog import load_catalog;"
        "c = load_catalog(p.resource_dir());"
        "print(p.resource_dir()); print(prosjektark.__file__); print(len(c.form.steps))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    resource_dir, module_file, steps = out.stdout.split()
    assert Path(module_file).is_relative_to(target)
    assert Path(resource_dir) == target / "prosjektark" / "resources"
    assert int(steps) == 11
