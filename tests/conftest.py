"""Every test runs headless with its own user directories."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from prosjektark.store.repository import Store

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


# -- the store on both backends (issue 16) ------------------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL cluster per test worker, with a migrated template database.

    Skips, naming what is missing, where no server can be had; in CI (CI=true) that is a
    failure instead, since CI has PostgreSQL and a skip there would hide a broken setup."""
    import pg_server as pg

    reason = pg.unavailable_reason()
    server = None
    if reason is None:
        try:
            server = pg.PgServer().start()
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            reason = f"the test PostgreSQL server did not start: {exc}"
    if server is None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(reason)
    try:
        server.database(name=PG_TEMPLATE)
        from sqlalchemy import create_engine

        from prosjektark.store.database import upgrade
        from prosjektark.store.engine import normalise_url

        engine = create_engine(normalise_url(server.url(PG_TEMPLATE)))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        yield server
    finally:
        server.stop()


PG_TEMPLATE = "prosjektark_head"


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:
    """The URL of a new database at the head schema, dropped after the test."""
    name = pg_server.database(template=PG_TEMPLATE)
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def backend(request) -> str:
    """Which store a store test runs on: the embedded SQLite file or a PostgreSQL server."""
    return request.param


@pytest.fixture
def open_store(backend, request, tmp_path) -> Iterator[Callable[[], Store]]:
    """Opens a Store on the test's one database (call it twice for two users of it)."""
    from prosjektark.store.repository import Store

    opened: list[Store] = []
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")

        def make() -> Store:
            opened.append(Store.open_url(url))
            return opened[-1]
    else:

        def make() -> Store:
            opened.append(Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg"))
            return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def open_named_store(backend, request, tmp_path) -> Iterator[Callable[[str], Store]]:
    """Opens the store of one party by name (a working group's, the secretariat's), each
    a database of its own: a SQLite file with its attachment folder, or a database on the
    PostgreSQL server (attachments inside). The same name opens the same database again."""
    from prosjektark.store.repository import Store

    opened: list[Store] = []
    databases: dict[str, str] = {}
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None

    def make(name: str) -> Store:
        if server is None:
            store = Store.open(tmp_path / f"{name}.sqlite3", tmp_path / f"{name}-vedlegg")
        else:
            if name not in databases:
                databases[name] = server.database(template=PG_TEMPLATE)
            store = Store.open_url(server.url(databases[name]))
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
    for database in databases.values():
        server.drop(database)
