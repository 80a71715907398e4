"""`python -m build` works: the sdist carries what the wheel needs, and the wheel built
from the sdist (not from the source tree) runs.

Built from a clean copy of the tree (the files git knows, as in a fresh clone): setuptools
reads the egg-info a build in the source tree left behind, which would hide a file that
MANIFEST.in forgets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from cli_helpers import cli_environment

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def clean_copy(target: Path) -> Path:
    """The files of a fresh clone (tracked, and new ones not ignored) copied to `target`."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the work tree is not copied
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The sdist, and the wheel `python -m build` made from it."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to list the files of a clean clone")
    source = clean_copy(tmp_path_factory.mktemp("clone"))
    out = tmp_path_factory.mktemp("dist")
    # No isolation: the build tools are in the venv, and the tests need no network.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path_factory.mktemp("tmp"))},
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    (sdist,) = out.glob("prosjektark-*.tar.gz")
    (wheel,) = out.glob("prosjektark-*.whl")
    return sdist, wheel


def sdist_names(sdist: Path) -> set[str]:
    with tarfile.open(sdist) as tar:
        return {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}


def test_sdist_holds_the_resources_and_what_the_build_reads(built):
    names = sdist_names(built[0])
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    present = [name for name in tracked if (ROOT / name).is_file()]
    assert present, "no resources found in git"
    missing = [name for name in present if name not in names]
    assert not missing, f"resources missing from the sdist: {missing}"
    for expected in (
        "pyproject.toml",
        "setup.py",
        "MANIFEST.in",
        "build.spec",
        "desktop/prosjektark/store/migrations/env.py",
        "desktop/prosjektark/store/migrations/script.py.mako",
    ):
        assert expected in names, f"{expected} missing from the sdist"
    assert any(n.startswith("requirements/") and n.endswith(".lock") for n in names)
    if (ROOT / "LICENSE").is_file():
        assert "LICENSE" in names


def test_sdist_leaves_out_caches_and_local_folders(built):
    names = sdist_names(built[0])
    strays = [
        n
        for n in names
        if "__pycache__" in n
        or n.endswith(".pyc")
        or n.split("/")[0] in {".venv", ".venv-build", "build", "dist", ".git"}
    ]
    assert not strays, strays


def test_wheel_from_the_sdist_holds_the_resources(built):
    names = set(zipfile.ZipFile(built[1]).namelist())
    for expected in (
        "prosjektark/resources/forms/prosjektark.toml",
        "prosjektark/resources/fonts/DejaVuSans.ttf",
        "prosjektark/resources/translations/qtbase_nb.qm",
        "prosjektark/store/migrations/env.py",
    ):
        assert expected in names, f"{expected} missing from the wheel built from the sdist"


def test_wheel_from_the_sdist_passes_its_self_test(built, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target"]
        + [str(target), str(built[1])],
        check=True,
    )
    env = cli_environment(tmp_path / "home", PYTHONPATH=str(target))
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # not the source tree, whose desktop/ is on the dev venv's path
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert '"ok": true' in result.stdout, result.stdout
    probe = subprocess.run(
        [sys.executable, "-c", "import prosjektark; print(prosjektark.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert Path(probe.stdout.strip()).is_relative_to(target)
