"""`prosjektark add SHEET.json`: put a sheet file into the local store as a working copy.

The sheet keeps its id (its UUID), which is printed, alone, on standard output, so a
script can go on with `export --id`, `review --id` and the rest. A sheet the store does
not have is created (recorded as «created» in its case history). A sheet it has already
gets its working copy replaced by the file, like an edit in the window: the saved and
signed versions are immutable and stay as they are, and the next «Lagre versjon» or
`export --id --package` makes a new revision from it. So a script edits a sheet by
writing its JSON and adding it again.

Refused (exit 1, with the reason): a sheet in the bin (restore it first), and a sheet
that was delivered here by a working group (only a new package from its signer changes
it). Exit 2: a file that cannot be read or is not a sheet, or a store that cannot be
opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prosjektark.commands import (
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    sheet_file_or_fail,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


_err = error_printer("add")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    from prosjektark.store.repository import StoreError

    sheet = sheet_file_or_fail(Path(args.sheet))
    status = _status(sheet)
    with store_or_fail() as store, failing_on(StoreError):
        code = _put(store, sheet, status)
    if code == EXIT_OK:
        print_line(str(sheet.id))
    return code


def _put(store, sheet, status: str) -> int:
    title = sheet.identification.title or translate("add", "(uten tittel)")
    if any(s.id == sheet.id for s in store.list_summaries(deleted=True)):
        _err(
            translate(
                "add",
                "«{title}» ({id}) ligger i papirkurven. Gjenopprett det i vinduet før du "
                "legger inn filen på nytt.",
            ).format(title=title, id=sheet.id)
        )
        return EXIT_REFUSED
    if not any(s.id == sheet.id for s in store.list_summaries()):
        store.create(sheet)
        if status != "utkast":
            store.save_working_copy(sheet, status)  # create stores every sheet as a draft
        return EXIT_OK
    owner = store.sheet_owner(sheet.id)
    if owner is not None:
        _err(
            translate(
                "add",
                "«{title}» er levert hit og signert av {signer}. "
                "Arket endres bare av en ny pakke fra dem.",
            ).format(title=title, signer=owner.signer_name or translate("add", "arbeidsgruppen"))
        )
        return EXIT_REFUSED
    store.save_working_copy(sheet, status)
    return EXIT_OK


def _status(sheet) -> str:
    """«klar» or «utkast», as the window would show it; the status is only a hint in the
    list, so a sheet whose programme cannot be checked here is simply a draft."""
    from prosjektark.commands import user_catalog
    from prosjektark.domain.catalog import CatalogError
    from prosjektark.domain.rules import check_sheet
    from prosjektark.domain.rules.engine import sheet_status

    try:
        catalog = user_catalog()
        return sheet_status(sheet, check_sheet(sheet, catalog))
    except (CatalogError, FileNotFoundError, KeyError, ValueError):
        return "utkast"
