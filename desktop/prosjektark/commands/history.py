"""`prosjektark history --id UUID [--format text|json]`: a sheet's case history.

Everything that happened to the sheet in the local store, oldest first: created, versions
saved, signed, exported, sent, received, review states with their comments, remarks,
answers, reassignment; each with who (name and certificate fingerprint) and the revision.
JSON: a list of `{at, who, fingerprint, kind, revision, state, text}` (`at` ISO 8601 in
UTC, `state` the profile's state id, `who`/`fingerprint` "" for an entry made without an
identity). Text: a heading, then one line per entry in local time with the programme's
name for each state (domain/case_history.py, as the window and the PDF word it).

Exit 0 (also for a sheet with no entries yet); 2 for an id that is not a UUID, a sheet
the local store does not have, or a database that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING

from prosjektark.commands import (
    CommandFailed,
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.domain.profile import Review
    from prosjektark.store.repository import Store

EXIT_OK, EXIT_UNREADABLE = 0, 2


_err = error_printer("history")


# A reader that stops early (`history … | head`) is handled by cli.main: exit 0.
@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    from prosjektark.domain.case_history import event_line
    from prosjektark.store.errors import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    with store_or_fail() as store, failing_on(StoreError):
        title = _title(store, sheet_id)
        events = store.history(sheet_id)
        review = _review(store, sheet_id) if args.format == "text" else None
    if args.format == "json":
        print_line(json.dumps([e.as_dict() for e in events], ensure_ascii=False, indent=2))
        return EXIT_OK
    print_line(
        translate("history", "Sakshistorikk for «{title}» ({id}), eldste først:").format(
            title=title or translate("history", "(uten navn)"), id=sheet_id
        )
    )
    if not events:
        print_line(translate("history", "Ingen hendelser er registrert."))
    for event in events:
        print_line(event_line(event, review))
    return EXIT_OK


def _title(store: Store, sheet_id: uuid.UUID) -> str:
    """The sheet's title, also when it is in the bin; CommandFailed when the store lacks it."""
    for deleted in (False, True):
        for summary in store.list_summaries(deleted=deleted):
            if summary.id == sheet_id:
                return summary.title
    raise CommandFailed(
        translate("history", "Fant ikke prosjektarket {id} i den lokale databasen.").format(
            id=sheet_id
        )
    )


def _review(store: Store, sheet_id: uuid.UUID) -> Review | None:
    """The review states of the sheet's programme, for their names; None (the ids are
    shown) when the programme's data cannot be read: the history is still worth showing."""
    from prosjektark.commands import user_catalog
    from prosjektark.domain.catalog import CatalogError

    try:
        catalog = user_catalog()
    except (CatalogError, FileNotFoundError) as exc:
        _err(
            translate("history", "Viser saksstatusene med id-ene sine: {reason}").format(reason=exc)
        )
        return None
    profile = catalog.profiles.get(store.load(sheet_id).profile) or catalog.default_profile
    return profile.review
