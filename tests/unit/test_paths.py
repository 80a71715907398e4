import sys
from pathlib import Path

import pytest

from prosjektark import paths


def test_home_override_moves_every_user_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("PROSJEKTARK_HOME", str(tmp_path))
    for directory in (paths.data_dir(), paths.config_dir(), paths.log_dir(), paths.identity_dir()):
        assert tmp_path in directory.parents
        assert directory.is_dir()
    assert paths.database_path().parent == paths.data_dir()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG directories are Linux only")
def test_without_override_platformdirs_decides(monkeypatch, tmp_path):
    monkeypatch.delenv("PROSJEKTARK_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    data = paths.data_dir()
    assert data == tmp_path / "xdg-data" / "Prosjektark"


def test_resources_found_in_source_tree():
    root = paths.resource_dir()
    assert (root / "forms" / "prosjektark.toml").is_file()
    assert Path(paths.resource("profiles", "miljopakken.toml")).is_file()
