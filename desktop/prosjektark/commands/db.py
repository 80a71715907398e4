"""`prosjektark db status|upgrade|copy`: the database behind the program.

`db status [--url URL] [--format text|json]` says where the store is (the SQLite file, or
the server's URL without its password), its schema revision, which Prosjektark migrated it
last, and this program's version and schema. JSON: `{kind, location, revision,
app_version, program_version, head, state}`, kind "sqlite"/"postgresql", state "ok",
"missing" (no file yet: made at the first start), "empty" (a server without the schema),
"older" or "newer". Exit 0 when this program can use it as it is (or will make the file),
1 when it must be upgraded first or is newer than this program, 2 when it cannot be read.

`db upgrade [--url URL]` migrates the configured (or given) server to this program's
schema, one transaction that others' upgrades wait for, and prints the revision before and
after. Never done on an ordinary start: others are using the server. On the SQLite file it
migrates the file, as every start does, and says so. Exit 0 upgraded (or already there);
1 the database is newer than this program; 2 it cannot be reached or migrated.

`db copy --from SRC --to DST [--from-attachments DIR] [--to-attachments DIR]` copies a
store into an empty one and verifies it (store/copy.py): each of SRC and DST a SQLite file
(its attachments in `vedlegg` beside it unless given) or a postgresql:// URL. Progress goes
to standard error, the comparison table to standard output. Exit 0 when every table's
rows and content hash and every attachment match; 1 when something differs (it is named),
or the copy was refused (a target that is not empty, the same database twice, a newer
schema); 2 when a database cannot be read or written.

A server that asks for a password libpq does not have (no ~/.pgpass, no service file)
gets it asked for on a terminal; otherwise the error says to use a password file.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from prosjektark.commands import (
    CommandFailed,
    error_printer,
    failing_on,
    print_error,
    print_line,
    reports_failures,
    terminal_password,
)
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.store.copy import CopyReport, Endpoint

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def run(args: argparse.Namespace) -> int:
    return {"status": _status, "upgrade": _upgrade, "copy": _copy}[args.db_command](args)


def _chosen(url: str | None) -> Endpoint:
    """The database named on the command line, else the one the program is set up to use
    (store/location.py: the environment, the machine, the user's setting, or the file)."""
    from prosjektark import paths
    from prosjektark.store.copy import Endpoint
    from prosjektark.store.errors import StoreError
    from prosjektark.store.location import configured_location

    if url:
        with failing_on(StoreError):
            return Endpoint.parse(url)
    with failing_on(StoreError):
        location = configured_location()
    if location.url is not None:
        return Endpoint(url=location.url)
    return Endpoint(path=paths.database_path(), attachments_dir=paths.attachments_dir())


def _reachable(end: Endpoint) -> Endpoint:
    """`end`, with the password the user typed when the server asked for one."""
    from prosjektark.store.errors import StoreError
    from prosjektark.store.location import reachable_url

    if end.url is None:
        return end
    with failing_on(StoreError):
        return replace(end, url=reachable_url(end.url, terminal_password()))


# -- status --------------------------------------------------------------------------------

_status_err = error_printer("db status")


@reports_failures(_status_err)
def _status(args: argparse.Namespace) -> int:
    from prosjektark import __version__
    from prosjektark.store.database import HEAD_REVISION

    end = _reachable(_chosen(args.url))
    if end.url is not None:
        revision, app_version, state = _server_status(end)
    else:
        revision, app_version, state = _file_status(end)
    report = {
        "kind": "postgresql" if end.is_server else "sqlite",
        "location": end.display,
        "revision": revision,
        "app_version": app_version,
        "program_version": __version__,
        "head": HEAD_REVISION,
        "state": state,
    }
    if args.format == "json":
        print_line(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_status(report, end)
    return EXIT_OK if state in ("ok", "missing") else EXIT_REFUSED


def _state(revision: str | None) -> str:
    from prosjektark.store.database import HEAD_REVISION, script_revisions

    if revision == HEAD_REVISION:
        return "ok"
    if revision is None:
        return "empty"
    return "older" if revision in script_revisions() else "newer"


def _server_status(end: Endpoint) -> tuple[str | None, str | None, str]:
    from sqlalchemy.exc import SQLAlchemyError

    from prosjektark.store.database import server_revision
    from prosjektark.store.engine import create_server_engine

    assert end.url is not None
    engine = create_server_engine(end.url)
    try:
        revision = server_revision(engine)
        app_version = _app_version(engine)
    except SQLAlchemyError as exc:
        raise CommandFailed(_unreadable(end, exc)) from exc
    finally:
        engine.dispose()
    return revision, app_version, _state(revision)


def _file_status(end: Endpoint) -> tuple[str | None, str | None, str]:
    from sqlalchemy.exc import SQLAlchemyError

    from prosjektark.store.database import create_sqlite_engine, read_state
    from prosjektark.store.errors import StoreError

    assert end.path is not None
    if not end.path.exists():
        return None, None, "missing"
    with failing_on(StoreError):
        state = read_state(end.path)
    if not state.exists:
        return None, None, "missing"  # an empty file: made into a database at the start
    engine = create_sqlite_engine(end.path)
    try:
        app_version = _app_version(engine)
    except SQLAlchemyError as exc:
        raise CommandFailed(_unreadable(end, exc)) from exc
    finally:
        engine.dispose()
    return state.revision, app_version, _state(state.revision)


def _app_version(engine) -> str | None:
    """The Prosjektark that last migrated the database (schema_info), when it says."""
    from prosjektark.store.database import server_app_version

    return server_app_version(engine)  # plain SQL: a file answers it as well


def _unreadable(end: Endpoint, exc: Exception) -> str:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return translate("db", "Kunne ikke lese databasen «{database}»: {error}").format(
        database=end.display, error=reason
    )


def _print_status(report: dict, end: Endpoint) -> None:
    kind = (
        translate("db", "PostgreSQL-server")
        if end.is_server
        else translate("db", "SQLite-fil på denne maskinen")
    )
    print_line(
        translate("db", "Database: {location} ({kind})").format(
            location=report["location"], kind=kind
        )
    )
    revision = report["revision"] or "–"
    if report["app_version"]:
        line = translate("db", "Skjemaversjon: {revision} (sist oppgradert av Prosjektark {app})")
    else:
        line = translate("db", "Skjemaversjon: {revision}")
    print_line(line.format(revision=revision, app=report["app_version"]))
    print_line(
        translate("db", "Dette programmet: Prosjektark {version}, skjemaversjon {head}").format(
            version=report["program_version"], head=report["head"]
        )
    )
    state = report["state"]
    if state == "ok":
        text = translate("db", "Databasen kan brukes av dette programmet.")
    elif state == "missing":
        text = translate("db", "Filen finnes ikke ennå; Prosjektark lager den ved første start.")
    elif state == "newer":
        if report["app_version"]:
            text = translate(
                "db",
                "Databasen er laget av en nyere versjon av Prosjektark. Installer Prosjektark "
                "{app} eller nyere.",
            ).format(app=report["app_version"])
        else:
            text = translate(
                "db",
                "Databasen er laget av en nyere versjon av Prosjektark. Installer en nyere "
                "versjon.",
            )
    elif not end.is_server:
        text = translate(
            "db",
            "Filen oppgraderes når Prosjektark åpner den, eller med «prosjektark db upgrade».",
        )
    elif state == "empty":
        text = translate(
            "db",
            "Databasen har ingen tabeller fra Prosjektark ennå. Den som drifter databasen "
            "lager dem med «prosjektark db upgrade».",
        )
    else:
        text = translate(
            "db",
            "Databasen må oppgraderes før dette programmet kan bruke den. Den som drifter "
            "databasen gjør det med «prosjektark db upgrade».",
        )
    print_line(text)


# -- upgrade -------------------------------------------------------------------------------

_upgrade_err = error_printer("db upgrade")


@reports_failures(_upgrade_err)
def _upgrade(args: argparse.Namespace) -> int:
    from prosjektark.store.errors import NewerDatabaseError, StoreError

    end = _reachable(_chosen(args.url))
    # The specific error innermost: a newer database is a StoreError too.
    with failing_on(StoreError), failing_on(NewerDatabaseError, code=EXIT_REFUSED):
        if end.url is not None:
            from prosjektark.store.database import upgrade_server

            before, after = upgrade_server(end.url)
            where = end.display
        else:
            before, after = _upgrade_file(end)
            where = str(end.path)
            print_line(
                translate(
                    "db",
                    "Databasen er filen {file} på denne maskinen; Prosjektark oppgraderer den "
                    "ved hver start.",
                ).format(file=where)
            )
    if before == after:
        print_line(
            translate("db", "{database}: skjemaversjon {revision}, ingenting å oppgradere.").format(
                database=where, revision=after
            )
        )
    else:
        print_line(
            translate("db", "{database}: skjemaversjon {before} → {after}.").format(
                database=where, before=before or "–", after=after
            )
        )
    return EXIT_OK


def _upgrade_file(end: Endpoint) -> tuple[str | None, str | None]:
    from prosjektark.store.backup import default_backup_dir
    from prosjektark.store.database import ensure_schema, read_state

    assert end.path is not None
    before = read_state(end.path).revision if end.path.exists() else None
    ensure_schema(end.path, default_backup_dir(end.path))
    return before, read_state(end.path).revision


# -- copy ----------------------------------------------------------------------------------

_copy_err = error_printer("db copy")


@reports_failures(_copy_err)
def _copy(args: argparse.Namespace) -> int:
    from prosjektark.store.copy import CopyRefused, Endpoint, copy_store
    from prosjektark.store.errors import NewerDatabaseError, StoreError

    with failing_on(StoreError), failing_on(CopyRefused, code=EXIT_REFUSED):
        source = Endpoint.parse(args.source, args.from_attachments)
        target = Endpoint.parse(args.target, args.to_attachments)
    source, target = _reachable(source), _reachable(target)
    with (
        failing_on(StoreError),
        failing_on(CopyRefused, NewerDatabaseError, code=EXIT_REFUSED),
    ):
        report = copy_store(source, target, progress=_progress)
    _print_report(report)
    if report.ok:
        print_line(
            translate(
                "db", "Kopien er kontrollert: alle tabeller og vedlegg er like i {target}."
            ).format(target=report.target)
        )
        return EXIT_OK
    _copy_err(_differences(report))
    return EXIT_REFUSED


def _progress(text: str) -> None:
    print_error(f"prosjektark db copy: {text}")
    sys.stderr.flush()


def _print_report(report: CopyReport) -> None:
    same = translate("db", "likt")
    different = translate("db", "ULIKT")
    headers = (translate("db", "Tabell"), translate("db", "Kilde"), translate("db", "Mål"))
    rows = [
        (t.name, str(t.source_rows), str(t.target_rows), same if t.ok else different)
        for t in report.tables
    ]
    attachments_ok = not report.missing_in_source and not report.differing
    rows.append(
        (
            translate("db", "vedlegg"),
            str(report.attachments),
            str(report.attachments_equal),
            same if attachments_ok else different,
        )
    )
    width = max(len(headers[0]), *(len(r[0]) for r in rows))
    counts = max(8, *(len(r[1]) for r in rows), *(len(r[2]) for r in rows))
    print_line(
        f"{headers[0]:<{width}}  {headers[1]:>{counts}}  {headers[2]:>{counts}}  "
        + translate("db", "Innhold")
    )
    for name, source_rows, target_rows, verdict in rows:
        print_line(f"{name:<{width}}  {source_rows:>{counts}}  {target_rows:>{counts}}  {verdict}")
    print_line(
        translate("db", "Søkeindeksen er bygget på nytt i målet ({count} tekster).").format(
            count=report.search_texts
        )
    )


def _differences(report: CopyReport) -> str:
    parts = []
    for table in report.tables:
        if not table.ok:
            parts.append(
                translate(
                    "db", "tabellen {table}: {source} rader i kilden, {target} i målet{hash}"
                ).format(
                    table=table.name,
                    source=table.source_rows,
                    target=table.target_rows,
                    hash=translate("db", ", ulikt innhold")
                    if table.source_hash != table.target_hash
                    else "",
                )
            )
    if report.missing_in_source:
        parts.append(
            translate("db", "vedlegg som mangler i kilden: {digests}").format(
                digests=", ".join(report.missing_in_source)
            )
        )
    if report.differing:
        parts.append(
            translate("db", "vedlegg som mangler eller er ulike i målet: {digests}").format(
                digests=", ".join(report.differing)
            )
        )
    return translate("db", "Kopien stemmer ikke med kilden: {what}.").format(what="; ".join(parts))
