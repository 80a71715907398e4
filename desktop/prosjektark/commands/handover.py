"""`prosjektark handover --id UUID --to FINGERPRINT --name NAME [--reason TEXT]` and
`prosjektark handover --id UUID --list` (the secretariat).

A delivered sheet belongs to the signer who first delivered it; another signer's package
for it is refused. `--to` hands the sheet to another signer (their certificate's SHA-256
fingerprint, with or without colons), recorded for good with who did it (the
secretariat user's own certificate when they have an identity, else their login name),
when and why. `--list` shows the owner and every handover.

Exit 0 done (or listed); 1 refused with the reason (the sheet was never delivered here,
or already belongs to that signer); 2 unreadable arguments or database.
"""

from __future__ import annotations

import argparse
import uuid

from prosjektark.commands import (
    CommandFailed,
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


_err = error_printer("handover")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    from prosjektark.store.ownership import normalise_fingerprint
    from prosjektark.store.repository import StoreError

    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    to_fingerprint, name = "", ""
    if not args.list:
        name = (args.name or "").strip()
        if not name:
            raise CommandFailed(
                translate(
                    "handover", "oppgi --name med navnet på den nye eieren (som i sertifikatet)."
                )
            )
        with failing_on(StoreError):
            to_fingerprint = normalise_fingerprint(args.to)
    with store_or_fail() as store:
        if args.list:
            return _list(store, sheet_id)
        return _hand_over(store, sheet_id, to_fingerprint, name, (args.reason or "").strip())


def _hand_over(store, sheet_id: uuid.UUID, to_fingerprint: str, name: str, reason: str) -> int:
    from prosjektark.exchange.intake import display_fingerprint, hand_over_sheet
    from prosjektark.store.repository import StoreError

    before = store.sheet_owner(sheet_id)
    try:
        handover = hand_over_sheet(store, sheet_id, to_fingerprint, name, reason)
    except StoreError as exc:
        _err(str(exc))
        return EXIT_REFUSED
    previous = before.signer_name if before is not None else "–"
    print_line(
        translate(
            "handover",
            "Prosjektarket {id} er overført fra {previous} (SHA-256 {from_fingerprint}) "
            "til {name} (SHA-256 {to_fingerprint}).",
        ).format(
            id=sheet_id,
            previous=previous or translate("handover", "(uten navn)"),
            from_fingerprint=display_fingerprint(handover.from_fingerprint),
            name=handover.to_name,
            to_fingerprint=display_fingerprint(handover.to_fingerprint),
        )
    )
    print_line(
        translate("handover", "Registrert av {who}.").format(
            who=_who(handover.by_name, handover.by_fingerprint)
        )
    )
    print_line(
        translate(
            "handover", "Pakker fra den nye eieren tas nå imot; pakker fra den forrige avvises."
        )
    )
    return EXIT_OK


def _list(store, sheet_id: uuid.UUID) -> int:
    from prosjektark.exchange.intake import display_fingerprint

    owner = store.sheet_owner(sheet_id)
    title = _title(store, sheet_id)
    if owner is None:
        if title is None:
            _err(
                translate(
                    "handover",
                    "Fant ikke prosjektarket {id}, og ingen pakke for det er levert hit.",
                ).format(id=sheet_id)
            )
            return EXIT_REFUSED
        print_line(f"«{title}» ({sheet_id})")
        print_line(
            translate(
                "handover",
                "Eier: ingen ennå. Den første gyldige pakken for arket gjør avsenderen til eier.",
            )
        )
        return EXIT_OK
    print_line(f"«{title or translate('handover', '(ikke lagret)')}» ({sheet_id})")
    print_line(
        translate("handover", "Eier: {name} (SHA-256 {fingerprint}), siden {since}.").format(
            name=owner.signer_name or translate("handover", "(uten navn)"),
            fingerprint=display_fingerprint(owner.fingerprint),
            since=_when(owner.since),
        )
    )
    records = store.handovers(sheet_id)
    if not records:
        print_line(translate("handover", "Overføringer: ingen."))
        return EXIT_OK
    print_line(translate("handover", "Overføringer:"))
    for h in records:
        print_line(
            "  "
            + translate(
                "handover",
                "{when}: fra SHA-256 {from_fingerprint} til {name} (SHA-256 {to_fingerprint}), "
                "av {who}.",
            ).format(
                when=_when(h.at),
                from_fingerprint=display_fingerprint(h.from_fingerprint),
                name=h.to_name or translate("handover", "(uten navn)"),
                to_fingerprint=display_fingerprint(h.to_fingerprint),
                who=_who(h.by_name, h.by_fingerprint),
            )
        )
        if h.reason:
            print_line(
                "    " + translate("handover", "Begrunnelse: {reason}").format(reason=h.reason)
            )
    return EXIT_OK


def _title(store, sheet_id: uuid.UUID) -> str | None:
    """The stored sheet's title ("(uten navn)" when blank), None when it is not stored."""
    for deleted in (False, True):
        for summary in store.list_summaries(deleted=deleted):
            if summary.id == sheet_id:
                return summary.title or translate("handover", "(uten navn)")
    return None


def _who(name: str, fingerprint: str) -> str:
    from prosjektark.exchange.intake import display_fingerprint

    if fingerprint:
        return f"{name} (SHA-256 {display_fingerprint(fingerprint)})"
    return translate("handover", "{name} (uten sertifikat)").format(name=name)


def _when(moment) -> str:
    from prosjektark.domain.nb_format import format_datetime

    return format_datetime(moment)
