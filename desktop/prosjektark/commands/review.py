"""`prosjektark review --id UUID --state STATE [--comment TEXT]` (the secretariat).

Moves a delivered sheet to another review state of its programme (the profile named by
the stored sheet's `profile`, `[review]`), recorded in the case history with the
comment. STATE is the state's id (`til_samordning`) or its name («Til samordning»).

Exit 0 done; 1 refused with the reason (a move the programme does not allow from where
the sheet stands, a sheet never delivered here, a programme without review states,
another user changing the state at the same moment); 2 an unreadable argument (not a
UUID, a state the programme does not have), an unknown sheet, or a store or catalog
that cannot be read.
"""

from __future__ import annotations

import argparse
import uuid

from prosjektark.commands import (
    catalog_or_fail,
    error_printer,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


_err = error_printer("review")


@reports_failures(_err)
def run(args: argparse.Namespace) -> int:
    sheet_id: uuid.UUID = args.id  # parsed by the CLI (cli._sheet_id)
    catalog = catalog_or_fail()
    with store_or_fail() as store:
        return _review(store, catalog, sheet_id, args.state, args.comment or "")


def _review(store, catalog, sheet_id: uuid.UUID, wanted: str, comment: str) -> int:
    from prosjektark.store.errors import ConflictError, StoreError, TransitionError

    try:
        sheet = store.load(sheet_id)
    except StoreError:
        _err(
            translate("review", "fant ikke prosjektarket {id} i den lokale databasen.").format(
                id=sheet_id
            )
        )
        return EXIT_UNREADABLE
    title = sheet.identification.title or translate("review", "(uten tittel)")
    profile = catalog.profiles.get(sheet.profile)
    if profile is None:
        _err(
            translate(
                "review", "«{title}» hører til avtaleprofilen «{profile}», som ikke finnes her."
            ).format(title=title, profile=sheet.profile)
        )
        return EXIT_UNREADABLE
    review = profile.review
    if review is None:
        _err(
            translate("review", "{programme} har ikke saksstatuser i avtaleprofilen.").format(
                programme=profile.name
            )
        )
        return EXIT_REFUSED
    state = _state_id(review, wanted)
    if state is None:
        known = ", ".join(f"{s.id} ({s.name})" for s in review.states)
        _err(
            translate(
                "review", "«{state}» er ikke en saksstatus i {programme}. Kjente: {known}."
            ).format(state=wanted, programme=profile.name, known=known)
        )
        return EXIT_UNREADABLE
    current = store.review_status(sheet_id)
    if current is None and store.sheet_owner(sheet_id) is None:
        _err(
            translate(
                "review",
                "«{title}» er ikke levert hit. Bare ark som er importert fra en arbeidsgruppe, "
                "har saksstatus.",
            ).format(title=title)
        )
        return EXIT_REFUSED
    before = review.name(current.state if current else review.received)
    try:
        store.change_review_state(
            sheet_id,
            state,
            review,
            comment=comment.strip(),
            expected_version=current.version if current else 0,
        )
    except (TransitionError, ConflictError) as exc:
        _err(f"«{title}»: {exc}")
        return EXIT_REFUSED
    except StoreError as exc:
        _err(str(exc))
        return EXIT_UNREADABLE
    print_line(f"«{title}»: {before} → {review.name(state)}.")
    return EXIT_OK


def _state_id(review, wanted: str) -> str | None:
    """The state's id from its id or its name (either case)."""
    text = wanted.strip()
    if review.state(text) is not None:
        return text
    folded = text.casefold()
    return next(
        (s.id for s in review.states if folded in (s.id.casefold(), s.name.casefold())), None
    )
