"""One module per CLI command, each with run(args) -> int.

A command that cannot go on raises CommandFailed with the reason in the user's words;
its `run`, decorated with `reports_failures(_err)`, prints the reason and returns the
exit code. catalog_or_fail, profile_or_fail, store_or_fail and failing_on turn the
usual errors (a catalog, profile or store that cannot be read) into CommandFailed.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from prosjektark.i18n import translate

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from prosjektark.domain.catalog import Catalog
    from prosjektark.domain.profile import Profile
    from prosjektark.domain.sheet import Sheet
    from prosjektark.store.repository import Store

EXIT_UNREADABLE = 2  # as cli.EXIT_UNREADABLE: an input, catalog or store that cannot be used


def print_line(text: str) -> None:
    """One line to standard output, also on a console that cannot show æøå."""
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8", "replace"))
        sys.stdout.flush()
    # A reader that went away (`prosjektark history … | head`) raises BrokenPipeError,
    # which cli.main turns into a quiet end, for every command alike.


def user_catalog() -> Catalog:
    """The programme's catalog with the user's price-index tables when their folder is
    usable. Raises CatalogError or FileNotFoundError, as load_catalog does."""
    from prosjektark import paths
    from prosjektark.domain.catalog import load_catalog

    try:
        overrides = paths.config_dir()
    except OSError:  # no usable config folder: the programme's tables apply
        overrides = None
    return load_catalog(paths.resource_dir(), overrides=overrides)


def open_user_store() -> Store:
    """The user's own store (the SQLite file, or the database server the user, the
    machine or PROSJEKTARK_DATABASE_URL names: store/location.py), with the user's
    identity as the actor of its case history. Raises StoreError (Norwegian) when it
    cannot be opened."""
    from prosjektark.actor import current_actor
    from prosjektark.store.location import open_configured_store

    store = open_configured_store(ask_password=terminal_password())
    store.actor = current_actor
    return store


def terminal_password():
    """How a command asks for a database password libpq could not find: on a terminal,
    without echo; None when nobody is at one (the error then says to use a password
    file)."""
    if not (sys.stdin is not None and sys.stdin.isatty()):
        return None

    def ask(location: str, user: str | None, wrong: bool) -> str | None:
        import getpass

        if wrong:
            print_error(translate("commands", "Feil passord."))
        prompt = (
            translate("commands", "Passord for {user} på {database}: ")
            if user
            else translate("commands", "Passord for {database}: ")
        ).format(user=user, database=location)
        try:
            return getpass.getpass(prompt) or None
        except (EOFError, KeyboardInterrupt):
            return None

    return ask


def print_error(text: str) -> None:
    try:
        print(text, file=sys.stderr)
    except UnicodeEncodeError:  # a console that cannot show æøå
        sys.stderr.buffer.write((text + "\n").encode("utf-8", "replace"))


def error_printer(command: str) -> Callable[[str], None]:
    """The `_err` of a command: «prosjektark <command>: message» on standard error."""

    def err(message: str) -> None:
        print_error(f"prosjektark {command}: {message}")

    return err


class CommandFailed(Exception):
    """The command stops here: the message (the user's words) goes to standard error
    and the command exits with `code`. Caught by `reports_failures`."""

    def __init__(self, message: str, code: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.code = code


_Run = Callable[["argparse.Namespace"], int]


def reports_failures(err: Callable[[str], None]) -> Callable[[_Run], _Run]:
    """Decorator for a command's `run`: a CommandFailed raised below it is printed with
    `err` (the command's error_printer) and its code returned."""

    def decorate(run: _Run) -> _Run:
        @functools.wraps(run)
        def wrapper(args: argparse.Namespace) -> int:
            try:
                return run(args)
            except CommandFailed as exc:
                err(str(exc))
                return exc.code

        return wrapper

    return decorate


@contextmanager
def failing_on(*errors: type[BaseException], code: int = EXIT_UNREADABLE) -> Iterator[None]:
    """An error of these kinds in the block ends the command with its own message."""
    try:
        yield
    except errors as exc:
        raise CommandFailed(str(exc), code) from exc


def catalog_or_fail() -> Catalog:
    """user_catalog(), or CommandFailed with the reason it cannot be read."""
    from prosjektark.domain.catalog import CatalogError

    with failing_on(CatalogError, FileNotFoundError):
        return user_catalog()


def profile_or_fail(catalog: Catalog, profile_id: str) -> Profile:
    """The catalog's profile `profile_id`, or CommandFailed naming the profiles there are."""
    from prosjektark.domain.catalog import CatalogError

    with failing_on(CatalogError):
        return catalog.profile(profile_id)


def store_or_fail() -> Store:
    """open_user_store(), or CommandFailed with the reason it cannot be opened. Use it
    as `with store_or_fail() as store:` so the store is closed after."""
    from prosjektark.store.errors import StoreError

    with failing_on(StoreError):
        return open_user_store()


def sheet_file_or_fail(path: Path) -> Sheet:
    """The sheet in the JSON file `path`, or CommandFailed saying why it cannot be read."""
    from prosjektark.domain.sheet import SheetError, sheet_from_json

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandFailed(
            translate("commands", "finner ikke filen {path}").format(path=path)
        ) from None
    except OSError as exc:
        raise CommandFailed(
            translate("commands", "kan ikke lese {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        return sheet_from_json(data)
    except SheetError as exc:
        raise CommandFailed(
            translate("commands", "{path} er ikke et gyldig prosjektark.").format(path=path)
            + f"\n{exc}"
        ) from exc
