"""Every test runs headless with its own user directories."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite is written in bokmål, whatever the machine's locale: the CLI and the app pick
# their language from these (tests of the other languages set them explicitly).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "nb_NO.UTF-8"
# No machine-wide configuration (a developer's /etc/xdg/Prosjektark) reaches the tests, not
# even catalogs read while modules are collected; each test gets an empty folder below.
os.environ["PROSJEKTARK_MACHINE_CONFIG"] = tempfile.mkdtemp(prefix="prosjektark-machine-")
atexit.register(shutil.rmtree, os.environ["PROSJEKTARK_MACHINE_CONFIG"], ignore_errors=True)


@pytest.fixture(autouse=True)
def _bokmal_process():
    """A test that switches the language cannot leave it switched for the next one."""
    from prosjektark import i18n

    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PROSJEKTARK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _empty_machine_config(tmp_path_factory, monkeypatch):
    """An empty machine configuration folder of the test's own (tests of it fill it in)."""
    folder = tmp_path_factory.mktemp("machine")
    monkeypatch.setenv("PROSJEKTARK_MACHINE_CONFIG", str(folder))
    monkeypatch.delenv("PROSJEKTARK_DATABASE_URL", raising=False)
    return folder


@pytest.fixture(scope="session")
def catalog():
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.paths import resource_dir

    return load_catalog(resource_dir())


@pytest.fixture(autouse=True)
def _quiet_pyhanko():
    """pyHanko logs every rejected signature at ERROR; the tests expect many of those."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
