"""`prosjektark portfolio --out FILE.xlsx [--profile P]`: the portfolio as an Excel workbook.

Every sheet in the user's database that is not in the bin (with --profile, only the
sheets of that agreement profile), one row each with who signed it and when, plus sums
per action area and per programme (never across programmes) and a compact sheet for
printing (exchange.portfolio).

Exit 0 written; 2 when the database cannot be read, the profile is unknown or the file
cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    profile_or_fail,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_UNREADABLE = 0, 2


@reports_failures(error_printer("portfolio"))
def run(args: argparse.Namespace) -> int:
    from prosjektark.exchange.export import ExportError
    from prosjektark.exchange.portfolio import write_portfolio
    from prosjektark.store.errors import StoreError

    target = Path(args.out)
    if target.is_dir():
        raise CommandFailed(
            translate(
                "portfolio", "«{path}» er en mappe; oppgi et filnavn, f.eks. portefolje.xlsx."
            ).format(path=target)
        )
    if not target.parent.is_dir():
        raise CommandFailed(
            translate("portfolio", "Mappen «{path}» finnes ikke.").format(path=target.parent)
        )
    catalog = catalog_or_fail()
    profile = getattr(args, "profile", None)
    if profile:
        profile_or_fail(catalog, profile)
    # Outermost, so that an error closing the store is reported too.
    with failing_on(StoreError, ExportError), store_or_fail() as store:
        count = write_portfolio(store, catalog, target, profile=profile)
    if count == 1:
        print(translate("portfolio", "Skrev {path} (1 prosjektark).").format(path=target))
    else:
        print(
            translate("portfolio", "Skrev {path} ({n} prosjektark).").format(path=target, n=count)
        )
    return EXIT_OK
