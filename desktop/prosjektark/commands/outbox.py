"""`prosjektark outbox list [--format text|json]` and `prosjektark outbox send --to DIR`.

`list` shows the packages exported from this machine (JSON: a list, newest first, of
`{id, sheet_id, revision, title, path, exported_at, state, delivered_at, delivered_to}`,
times in ISO 8601, state "klar" or "levert"). `send` copies every package that is ready
into the delivery folder (exchange/delivery.py: atomic, never over another file) and
marks it delivered with the time and the folder; one line per package.

Exit codes: list 0, 2 when the database cannot be opened. send 0 when every ready package
was sent (or none was ready); 1 when any failed (each with its reason; those stay ready
in the outbox); 2 when the folder is missing or not a folder, or the database cannot be
opened.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from prosjektark.commands import (
    CommandFailed,
    error_printer,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.store.outbox import OutboxEntry

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


_err = error_printer("outbox")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    folder: Path | None = None
    if args.outbox_command == "send":
        from prosjektark.exchange.delivery import folder_problem

        folder = Path(args.to).expanduser()
        problem = folder_problem(folder)
        if problem is not None:
            raise CommandFailed(problem)
        folder = folder.resolve()
    with store_or_fail() as store:
        if folder is None:
            return _list(store.list_outbox(), args.format)
        return _send(store, folder)


def entry_as_dict(entry: OutboxEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "sheet_id": str(entry.sheet_id),
        "revision": entry.revision,
        "title": entry.title,
        "path": str(entry.path),
        "exported_at": _iso(entry.exported_at),
        "state": entry.state,
        "delivered_at": _iso(entry.delivered_at),
        "delivered_to": None if entry.delivered_to is None else str(entry.delivered_to),
    }


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


def _list(entries: list[OutboxEntry], fmt: str) -> int:
    if fmt == "json":
        print_line(json.dumps([entry_as_dict(e) for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    from prosjektark.domain.nb_format import format_datetime

    if not entries:
        print_line(translate("outbox", "Utboksen er tom."))
        return EXIT_OK
    for entry in entries:
        state = entry.state_label
        if entry.state == "levert":
            when = format_datetime(entry.delivered_at)
            if entry.delivered_to is not None:
                state = translate("outbox", "Levert {when} til {folder}").format(
                    when=when, folder=entry.delivered_to
                )
            else:
                state = translate("outbox", "Levert {when}").format(when=when)
        print_line(
            translate(
                "outbox", "{id}: {title}, revisjon {revision}, eksportert {exported} – {state}"
            ).format(
                id=entry.id,
                title=entry.title or translate("outbox", "(uten navn)"),
                revision=entry.revision,
                exported=format_datetime(entry.exported_at),
                state=state,
            )
        )
        if entry.file_exists:
            print_line(f"  {entry.path}")
        else:
            print_line("  " + translate("outbox", "{path} (filen mangler)").format(path=entry.path))
    return EXIT_OK


def _send(store, folder: Path) -> int:
    from prosjektark.exchange.delivery import send_to_folder

    outcomes = send_to_folder(store, None, folder)
    if not outcomes:
        print_line(
            translate(
                "outbox",
                "Ingen pakker er klare til å sendes; utboksen har ingen pakker merket klar.",
            )
        )
        return EXIT_OK
    for outcome in outcomes:
        print_line(outcome.line())
    sent = sum(1 for o in outcomes if o.ok)
    print_line(
        translate("outbox", "{sent} av {total} pakker er sendt til {folder}.").format(
            sent=sent, total=len(outcomes), folder=folder
        )
    )
    return EXIT_OK if sent == len(outcomes) else EXIT_REFUSED
