"""The schema version on a shared database server (issue 16, item 4).

Others use the server while one client starts, so an ordinary start never migrates: an
older client refuses, naming the version to install; a newer one refuses until whoever
runs the database has run `prosjektark db upgrade` (upgrade_server), unless told to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, inspect, text

import prosjektark
from prosjektark.store.database import (
    HEAD_REVISION,
    ensure_server_schema,
    server_revision,
    upgrade,
    upgrade_server,
)
from prosjektark.store.engine import create_server_engine, display_url
from prosjektark.store.repository import NewerDatabaseError, Store, StoreError

pytestmark = pytest.mark.postgresql

PASSWORD = "Hemmelig-S3cret-pw"


@pytest.fixture
def empty_url(pg_server) -> Iterator[str]:
    """A new, empty database on the test server (no Prosjektark schema yet)."""
    name = pg_server.database()
    yield pg_server.url(name)
    pg_server.drop(name)


@pytest.fixture
def engine_on() -> Iterator[Callable[[str], Engine]]:
    """Engines on the test's databases, to look at them as another program could."""
    engines: list[Engine] = []

    def make(url: str) -> Engine:
        engines.append(create_server_engine(url))
        return engines[-1]

    yield make
    for engine in engines:
        engine.dispose()


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def written_by_a_newer_program(engine: Engine, version: str | None) -> None:
    """What a later release leaves: a revision this program does not know, and (unless
    None) its own version in schema_info."""
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_fremtid'"))
        if version is None:
            conn.execute(text("DELETE FROM schema_info"))
        else:
            conn.execute(text("UPDATE schema_info SET value = :v"), {"v": version})


def test_an_older_client_refuses_and_names_the_version_to_install(pg_url: str, engine_on) -> None:
    written_by_a_newer_program(engine_on(pg_url), "7.3.0")
    with pytest.raises(NewerDatabaseError) as refused:
        Store.open_url(pg_url)
    message = str(refused.value)
    assert "laget av Prosjektark 7.3.0" in message
    assert "Installer Prosjektark 7.3.0 eller nyere" in message
    assert display_url(pg_url) in message
    # `db upgrade` by an older program refuses the same way and changes nothing.
    with pytest.raises(NewerDatabaseError, match="Installer Prosjektark 7.3.0 eller nyere"):
        upgrade_server(pg_url)
    assert server_revision(engine_on(pg_url)) == "0099_fremtid"


def test_an_older_client_says_newer_when_the_server_does_not_name_a_version(
    pg_url: str, engine_on
) -> None:
    written_by_a_newer_program(engine_on(pg_url), None)
    with pytest.raises(NewerDatabaseError, match="nyere versjon av Prosjektark"):
        Store.open_url(pg_url)


def test_a_newer_client_refuses_an_older_schema_unless_allowed_to_upgrade(
    empty_url: str, engine_on
) -> None:
    engine = engine_on(empty_url)
    upgrade(engine, "0007")
    with pytest.raises(StoreError) as refused:
        Store.open_url(empty_url)
    assert not isinstance(refused.value, NewerDatabaseError)
    assert "prosjektark db upgrade" in str(refused.value)
    assert "skjemaversjon 0007" in str(refused.value)
    assert server_revision(engine) == "0007"  # an ordinary start changed nothing

    ensure_server_schema(engine, display_url(empty_url), allow_upgrade=True)
    assert server_revision(engine) == HEAD_REVISION
    with engine.connect() as conn:
        recorded = conn.execute(text("SELECT value FROM schema_info")).scalar()
    assert recorded == prosjektark.__version__
    with Store.open_url(empty_url) as store:
        assert store.count() == 0


def test_an_empty_database_needs_db_upgrade_first(empty_url: str, engine_on) -> None:
    with pytest.raises(StoreError, match="prosjektark db upgrade") as refused:
        Store.open_url(empty_url)
    assert "ingen Prosjektark-tabeller" in str(refused.value)
    assert tables(engine_on(empty_url)) == set()

    assert upgrade_server(empty_url) == (None, HEAD_REVISION)
    assert upgrade_server(empty_url) == (HEAD_REVISION, HEAD_REVISION)
    with Store.open_url(empty_url) as store:
        assert store.count() == 0


def test_db_upgrade_brings_an_older_schema_to_head(empty_url: str, engine_on) -> None:
    engine = engine_on(empty_url)
    upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO intake_order (sheet_id, position) VALUES ('a', 0)"))
    assert upgrade_server(empty_url) == ("0005", HEAD_REVISION)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT user_key, sheet_id FROM intake_order")).all() == [
            ("", "a")
        ]


def test_two_upgrades_at_once_migrate_once(empty_url: str, engine_on) -> None:
    start = threading.Barrier(2)
    results: list[tuple[str | None, str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            results.append(upgrade_server(empty_url))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(results, key=lambda r: r[0] or "") == [
        (None, HEAD_REVISION),
        (HEAD_REVISION, HEAD_REVISION),
    ]
    assert server_revision(engine_on(empty_url)) == HEAD_REVISION


def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once it is closed


def test_a_password_in_the_url_never_shows_in_a_message(pg_server) -> None:
    unreachable = f"postgresql://prosjektark:{PASSWORD}@127.0.0.1:{closed_port()}/prosjektark"
    missing = f"postgresql://prosjektark:{PASSWORD}@127.0.0.1:{pg_server.port}/finnes_ikke"
    for url in (unreachable, missing):
        for attempt in (Store.open_url, upgrade_server):
            with pytest.raises(StoreError) as failed:
                attempt(url)
            message = str(failed.value)
            assert PASSWORD not in message
            assert "Kunne ikke koble til databasen" in message
            assert display_url(url) in message  # the URL with *** for the password
    # The driver's own reason comes along, first line only.
    with pytest.raises(StoreError, match='database "finnes_ikke" does not exist') as failed:
        Store.open_url(missing)
    assert "\n" not in str(failed.value)


def test_an_unreadable_url_is_refused_without_repeating_it() -> None:
    url = f"postgresql://prosjektark:{PASSWORD}@127.0.0.1:ikke-en-port/db"
    with pytest.raises(StoreError) as failed:
        upgrade_server(url)
    assert PASSWORD not in str(failed.value)
