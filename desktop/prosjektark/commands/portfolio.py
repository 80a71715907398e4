"""`prosjektark portfolio --out FILE.xlsx [--profile P]`: the portfolio as an Excel workbook.

Every sheet in the user's database that is not in the bin (with --profile, only the
sheets of that agreement profile), one row each, plus sums per action area.

Exit 0 written; 2 when the database cannot be read, the profile is unknown or the file
cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prosjektark.commands import error_printer

EXIT_OK, EXIT_UNREADABLE = 0, 2


_err = error_printer("portfolio")


def run(args: argparse.Namespace) -> int:
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from prosjektark.commands import open_user_store, user_catalog
    from prosjektark.domain.catalog import CatalogError
    from prosjektark.exchange.export import ExportError
    from prosjektark.exchange.portfolio import write_portfolio
    from prosjektark.store.repository import StoreError

    target = Path(args.out)
    if target.is_dir():
        _err(f"«{target}» er en mappe; oppgi et filnavn, f.eks. portefolje.xlsx.")
        return EXIT_UNREADABLE
    if not target.parent.is_dir():
        _err(f"Mappen «{target.parent}» finnes ikke.")
        return EXIT_UNREADABLE
    try:
        catalog = user_catalog()
    except (CatalogError, FileNotFoundError) as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    profile = getattr(args, "profile", None)
    if profile:
        try:
            catalog.profile(profile)
        except CatalogError as exc:
            _err(str(exc))
            return EXIT_UNREADABLE
    try:
        store = open_user_store()
    except StoreError as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    try:
        with store:
            count = write_portfolio(store, catalog, target, profile=profile)
    except (StoreError, ExportError) as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    what = "1 prosjektark" if count == 1 else f"{count} prosjektark"
    print(f"Skrev {target} ({what}).")
    return EXIT_OK
