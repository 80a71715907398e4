"""`prosjektark remarks export|import`: the secretariat's remarks as a signed package.

`remarks export --id UUID --out DIR --passphrase-env VAR` (the secretariat) signs the
sheet's unsent remarks with the user's own identity into a remarks package in DIR
(exchange/remarks_package.py has the layout) and marks them sent. The passphrase is only
read from the environment variable named by --passphrase-env.
Exit 0 written; 1 no unsent remarks (nothing is written); 2 an unreadable argument, no
identity or a wrong passphrase, a sheet the local store does not have, or a folder or
database that cannot be written.

`remarks import PACKAGE --trust PEM_OR_DIR` (the working group) verifies the package
against the trust list (the secretariat's certificate) and stores its remarks beside the
sheet, each to be answered; importing it again adds nothing.
Exit 0 imported or unchanged; 1 refused (not trusted, changed after signing, a sheet
this store does not have; the reasons are printed); 2 the package, the trust list or
the database cannot be read.
"""

from __future__ import annotations

import argparse
import logging
import os
import uuid
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


def run(args: argparse.Namespace) -> int:
    for name in ("pyhanko", "pyhanko_certvalidator"):  # they log expected failures loudly
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    return _export(args) if args.remarks_command == "export" else _import(args)


@reports_failures(error_printer("remarks export"))
def _export(args: argparse.Namespace) -> int:
    from prosjektark.exchange.remarks_package import (
        NoRemarksError,
        RemarksError,
        export_remarks,
        unsent_remarks,
    )
    from prosjektark.paths import identity_dir
    from prosjektark.signing.identity import IdentityError, default_identity_path, load_identity
    from prosjektark.store.errors import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    passphrase = os.environ.get(args.passphrase_env or "")
    if not passphrase:
        raise CommandFailed(
            translate(
                "remarks",
                "Miljøvariabelen {var} er ikke satt eller er tom; den skal holde "
                "passordet til identiteten din.",
            ).format(var=args.passphrase_env)
        )
    identity_path = default_identity_path(identity_dir())
    if not identity_path.is_file():
        raise CommandFailed(
            translate(
                "remarks",
                "Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new», "
                "eller importer organisasjonens med «prosjektark identity import».",
            )
        )
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise CommandFailed(
            translate("remarks", "«{path}» finnes og er ikke en mappe.").format(path=out_dir)
        )
    form = catalog_or_fail().form
    with store_or_fail() as store, failing_on(IdentityError, RemarksError, StoreError):
        try:
            store.load(sheet_id)  # an unknown sheet is an unreadable argument, not "nothing"
            if not unsent_remarks(store, sheet_id):
                raise NoRemarksError("")
            identity = load_identity(identity_path, passphrase)
            made = export_remarks(store, sheet_id, form, identity, out_dir)
        except NoRemarksError:
            print_line(
                translate(
                    "remarks",
                    "Ingen usendte merknader til dette arket; ingenting er skrevet. Skriv en "
                    "merknad med «prosjektark remark» først (sendte merknader sendes ikke på nytt).",
                )
            )
            return EXIT_REFUSED
    if made.count == 1:
        done = translate(
            "remarks",
            "1 merknad til «{title}» er signert og markert som sendt. "
            "Send pakken til arbeidsgruppen.",
        )
    else:
        done = translate(
            "remarks",
            "{n} merknader til «{title}» er signert og markert som sendt. "
            "Send pakken til arbeidsgruppen.",
        )
    print_line(translate("remarks", "Skrev {path}").format(path=made.path))
    print_line(done.format(n=made.count, title=made.title or translate("remarks", "(uten navn)")))
    return EXIT_OK


@reports_failures(error_printer("remarks import"))
def _import(args: argparse.Namespace) -> int:
    from prosjektark.exchange.remarks_package import import_remarks_package
    from prosjektark.signing.trust import TrustError, load_trust

    with failing_on(TrustError):
        trust = load_trust(args.trust)
    with store_or_fail() as store:
        outcome = import_remarks_package(store, Path(args.package), trust)
    for line in outcome.lines():
        print_line(line)
    return outcome.exit_code
