"""A sheet's case history as people read it: one wording for the CLI's text, the timeline
in the window and the «Sakshistorikk» section of the PDFs, so the three never disagree.

Who did something is their name and the start of their certificate's SHA-256 fingerprint
(the whole fingerprint is in the CLI's JSON); an entry made without an identity says so
instead of borrowing the login name. A review state is shown by the programme's own name
for it (the profile's `[review]`), its id only when the profile does not know it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from prosjektark.domain.caseflow import CaseEvent
from prosjektark.domain.nb_format import format_datetime
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from prosjektark.domain.profile import Review

# In bokmål; `no_identity()` says it in the language of the moment.
NO_IDENTITY = QT_TRANSLATE_NOOP("case_history", "(ingen identitet)")
# Enough of the fingerprint to tell two people's certificates apart at a glance; the
# full one is in the JSON and the certificate itself.
FINGERPRINT_SHOWN = 8


def short_fingerprint(fingerprint: str) -> str:
    """'ab12cd34…' for a SHA-256 fingerprint in hex ('' stays '')."""
    fingerprint = fingerprint.strip().replace(":", "").lower()
    if len(fingerprint) <= FINGERPRINT_SHOWN:
        return fingerprint
    return fingerprint[:FINGERPRINT_SHOWN] + "…"


def no_identity() -> str:
    return translate("case_history", NO_IDENTITY)


def who_text(name: str, fingerprint: str) -> str:
    """'Kari Nordmann [SHA-256 ab12cd34…]'; NO_IDENTITY when neither is known."""
    name = name.strip()
    short = short_fingerprint(fingerprint)
    if not name and not short:
        return no_identity()
    if not short:
        return name
    return f"{name or no_identity()} [SHA-256 {short}]"


def state_name(state: str, review: Review | None) -> str:
    """The programme's name of a review state ('' for none)."""
    if not state:
        return ""
    return review.name(state) if review is not None else state


def what_text(event: CaseEvent, review: Review | None) -> str:
    """'Ny saksstatus: Til samordning (revisjon 2)': the kind, the state and the revision."""
    text = event.kind_name
    state = state_name(event.state, review)
    if state:
        text = translate("case_history", "{event}: {state}").format(event=text, state=state)
    if event.revision is not None:
        text = translate("case_history", "{event} (revisjon {revision})").format(
            event=text, revision=event.revision
        )
    return text


def event_line(event: CaseEvent, review: Review | None) -> str:
    """'30.11.2026 kl. 06:22  Versjon lagret (revisjon 2) – Kari Nordmann [SHA-256 …]  tekst'
    in local time, on one line (line breaks in the text become spaces)."""
    line = (
        f"{format_datetime(event.at)}  {what_text(event, review)}"
        f" – {who_text(event.who, event.fingerprint)}"
    )
    text = " ".join(event.text.split())
    return f"{line}  {text}" if text else line
