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
import sys
import uuid

from prosjektark.commands import print_line

EXIT_OK, EXIT_UNREADABLE = 0, 2


class _Refused(Exception):
    """An argument or sheet that cannot be used; the message says which."""


def _err(message: str) -> None:
    text = f"prosjektark remark: {message}"
    try:
        print(text, file=sys.stderr)
    except UnicodeEncodeError:  # a console that cannot show æøå
        sys.stderr.buffer.write((text + "\n").encode("utf-8", "replace"))


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except _Refused as exc:
        _err(str(exc))
        return EXIT_UNREADABLE


def _run(args: argparse.Namespace) -> int:
    from prosjektark.commands import open_user_store, user_catalog
    from prosjektark.domain.catalog import CatalogError
    from prosjektark.exchange.remarks_package import field_label, field_problem
    from prosjektark.store.errors import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    path = (args.field or "").strip()
    text = (args.text or "").strip()
    if not text:
        raise _Refused("Merknaden er tom. Skriv hva arbeidsgruppen skal se på (--text).")
    try:
        form = user_catalog().form
    except (CatalogError, FileNotFoundError) as exc:
        raise _Refused(str(exc)) from exc
    problem = field_problem(form, path)
    if problem is not None:
        raise _Refused(problem)
    try:
        with open_user_store() as store:
            remark = store.add_remark(sheet_id, text, path, label=field_label(form, path))
    except StoreError as exc:
        raise _Refused(str(exc)) from exc
    print_line(str(remark.id))
    where = field_label(form, path) + (f" ({path})" if path else "")
    # On standard error, so that standard output is the id alone for a script to read.
    _err(
        f"merknaden til «{where}» er lagret, men ikke sendt. Send den med "
        f"«prosjektark remarks export --id {sheet_id} --out MAPPE --passphrase-env VAR»."
    )
    return EXIT_OK
