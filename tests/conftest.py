"""Every test runs headless with its own user directories."""

from __future__ import annotations

import logging
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite is written in bokmål, whatever the machine's locale: the CLI and the app pick
# their language from these (tests of the other languages set them explicitly).
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "nb_NO.UTF-8"


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
