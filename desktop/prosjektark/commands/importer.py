"""`prosjektark import PACKAGE.asice|DIR… --trust PEM_OR_DIR` (the secretariat's intake).

A folder stands for every complete package (*.asice) in it (exchange/intake_folder.py:
the same size on two looks and a readable zip directory); a file still being copied
there, or damaged, is skipped and named, and does not change the exit code, so a
scheduled run simply takes it next time. Temporary and hidden files are not mentioned.
Packages that were imported, updated or unchanged are remembered, so the window's
intake does not list them as new.

Each package is verified against the trust list (with the signers the machine-wide
configuration trusts, so --trust may be left out on such a machine) and its sheet stored in the user's
database: new sheets are added, newer revisions update the stored sheet, the same or an
older revision changes nothing, and a package for a sheet that belongs to another signer
is refused (see `prosjektark handover`). Each package is handled on its own: one that
fails, even with an unexpected error, is refused with its reason and the next one is
imported as usual. One line per package, then a count.

Exit 0 when every package was imported, updated or unchanged; 1 when any was refused
(the reasons are printed); 2 when a package or the trust list cannot be read, the
database cannot be opened or written, or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


_err = error_printer("import")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    for name in ("pyhanko", "pyhanko_certvalidator"):  # they log expected failures loudly
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    from prosjektark.signing.trust import TrustError, has_machine_trust, load_trust

    if not getattr(args, "trust", None) and not has_machine_trust():
        raise CommandFailed(
            translate(
                "importer",
                "oppgi --trust med sertifikatet (PEM) til avsenderen, eller en mappe med "
                "sertifikatene du stoler på. Uten tillitsliste importeres ingenting.",
            )
        )

    from prosjektark.exchange.intake import exit_code, import_package, summary_line

    with failing_on(TrustError):
        # The machine's trusted signers (machine_config.py) always count as well.
        trust = load_trust(getattr(args, "trust", None))
    catalog = catalog_or_fail()
    store = store_or_fail()

    packages = _expand(args.packages)
    outcomes = []
    with store:
        for package in packages:
            outcome = import_package(store, package, trust, catalog)
            outcomes.append(outcome)
            for line in outcome.lines():
                print_line(line)
    if len(outcomes) > 1:
        print_line(summary_line(outcomes))
    _remember([o.path for o in outcomes if o.accepted])
    return exit_code(outcomes)


def _expand(arguments: list[str]) -> list[Path]:
    """Files as given; a folder becomes its complete packages (the rest are named)."""
    from prosjektark.exchange.intake_folder import scan_folder

    packages: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            packages.append(path)  # a missing file is refused by import_package (exit 2)
            continue
        found = scan_folder(path)
        for skipped in found.incomplete:
            print_line(
                translate(
                    "importer",
                    "{file}: hoppet over – filen er ikke komplett (den kopieres "
                    "fortsatt, eller er skadet) og importeres ikke nå.",
                ).format(file=skipped.name)
            )
        if not found.ready and not found.incomplete:
            print_line(translate("importer", "Ingen pakker (.asice) i {path}.").format(path=path))
        packages.extend(found.ready)
    return packages


def _remember(paths: list[Path]) -> None:
    from prosjektark.exchange.intake_folder import KnownPackages

    try:
        KnownPackages.for_user().remember(paths)
    except OSError:  # only means the window's intake lists them once more
        logging.getLogger(__name__).warning("Kunne ikke huske importerte pakker", exc_info=True)
