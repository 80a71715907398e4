"""`prosjektark remark --id UUID [--field PATH] --text TEXT` (the secretariat).

Writes a remark on one field of a delivered sheet (--field: the sheet path the form uses,
e.g. identification.title; a checklist answer or a row of a list, e.g. cost.items[0],
also works) or, without --field, on the whole sheet. The remark stays a draft here until
`prosjektark remarks export` signs it and marks it sent; a sent remark is never changed
(a correction is a new remark). Prints the new remark's id.

Exit 0 written; 2 for an unreadable argument (not a UUID, a field the form does not
have, an empty text), a sheet the local store does not have, or a database that cannot
be opened.
"""

from __future__ import annotations

import argparse
import uuid

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

EXIT_OK, EXIT_UNREADABLE = 0, 2


_err = error_printer("remark")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    from prosjektark.exchange.remarks_package import field_label, field_problem
    from prosjektark.store.errors import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    path = (args.field or "").strip()
    text = (args.text or "").strip()
    if not text:
        raise CommandFailed(
            translate("remark", "Merknaden er tom. Skriv hva arbeidsgruppen skal se på (--text).")
        )
    form = catalog_or_fail().form
    problem = field_problem(form, path)
    if problem is not None:
        raise CommandFailed(problem)
    with store_or_fail() as store, failing_on(StoreError):
        remark = store.add_remark(sheet_id, text, path, label=field_label(form, path))
    print_line(str(remark.id))
    where = field_label(form, path) + (f" ({path})" if path else "")
    # On standard error, so that standard output is the id alone for a script to read.
    _err(
        translate(
            "remark",
            "merknaden til «{field}» er lagret, men ikke sendt. Send den med "
            "«prosjektark remarks export --id {id} --out MAPPE --passphrase-env VAR».",
        ).format(field=where, id=sheet_id)
    )
    return EXIT_OK
