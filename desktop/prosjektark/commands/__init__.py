"""One module per CLI command, each with run(args) -> int."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prosjektark.domain.catalog import Catalog


def print_line(text: str) -> None:
    """One line to standard output, also on a console that cannot show æøå."""
    try:
        print(text, flush=True)
    except UnicodeEncodeError:
        sys.stdout.buffer.write((text + "\n").encode("utf-8", "replace"))
        sys.stdout.flush()


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
