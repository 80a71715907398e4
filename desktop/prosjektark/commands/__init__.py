"""One module per CLI command, each with run(args) -> int."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prosjektark.domain.catalog import Catalog
    from prosjektark.store.repository import Store


def print_line(text: str) -> None:
    """One line to standard output, also on a console that cannot show æøå."""
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8", "replace"))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`prosjektark history … | head`): nothing more to say, and
        # not an error. Point stdout at nothing so the interpreter's final flush is quiet.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None


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
    """The user's own store, with the user's identity as the actor of its case history.
    Raises StoreError (Norwegian) when it cannot be opened."""
    from prosjektark import paths
    from prosjektark.actor import current_actor
    from prosjektark.store.repository import Store

    store = Store.open(paths.database_path(), paths.attachments_dir())
    store.actor = current_actor
    return store


def error_printer(command: str) -> Callable[[str], None]:
    """The `_err` of a command: «prosjektark <command>: message» on standard error."""

    def err(message: str) -> None:
        print(f"prosjektark {command}: {message}", file=sys.stderr)

    return err
