"""The case flow of a delivered sheet: review states, remarks and answers, the case history.

Plain data and the rules between them; the store keeps them beside the sheet (never inside
it, since a delivered sheet is signed by someone else) and the profile names the states in
the programme's own words (`[review]`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the store imports this module on the start-up path, before pydantic
    from prosjektark.domain.profile import Profile, Review

# What can happen to a sheet; the ids are the CLI's `history --format json` `kind`.
EventKind = Literal[
    "created",
    "version_saved",
    "signed",
    "exported",
    "sent",
    "received",
    "state_changed",
    "remark",
    "remarks_sent",
    "remarks_received",
    "answer",
    "answers_delivered",
    "reassigned",
]
EVENT_NAMES: dict[str, str] = {
    "created": "Opprettet",
    "version_saved": "Versjon lagret",
    "signed": "Signert",
    "exported": "Eksportert",
    "sent": "Sendt til sekretariatet",
    "received": "Mottatt",
    "state_changed": "Ny saksstatus",
    "remark": "Merknad",
    "remarks_sent": "Merknader sendt",
    "remarks_received": "Merknader mottatt",
    "answer": "Svar på merknad",
    "answers_delivered": "Svar levert",
    "reassigned": "Overført",
}

AnswerKind = Literal["reply", "fixed", "disagree"]
ANSWER_NAMES: dict[str, str] = {
    "reply": "Svar",
    "fixed": "Rettet i revisjon",
    "disagree": "Uenig",
}


@dataclass(frozen=True)
class Actor:
    """Who did something: the name and SHA-256 fingerprint of their certificate (empty
    when they have no identity yet), never the login name alone."""

    name: str
    fingerprint: str = ""


NOBODY = Actor("")


@dataclass(frozen=True)
class CaseEvent:
    id: int
    sheet_id: uuid.UUID
    at: datetime
    kind: str
    who: str
    fingerprint: str
    revision: int | None = None
    state: str = ""
    text: str = ""
    signed_at: datetime | None = None  # «received»: when the delivered package was signed

    @property
    def kind_name(self) -> str:
        return EVENT_NAMES.get(self.kind, self.kind)

    def as_dict(self) -> dict[str, object]:
        """The CLI's JSON shape."""
        return {
            "at": self.at.isoformat(),
            "who": self.who,
            "fingerprint": self.fingerprint,
            "kind": self.kind,
            "revision": self.revision,
            "state": self.state,
            "text": self.text,
        }


@dataclass(frozen=True)
class Delivery:
    """The latest delivered revision of a sheet, for the secretariat's list."""

    sheet_id: uuid.UUID
    revision: int | None
    signer: str
    fingerprint: str
    signed_at: datetime | None  # the package's signing time (None: not known)
    received_at: datetime


@dataclass(frozen=True)
class ReviewStatus:
    """Where a delivered sheet stands with the secretariat."""

    sheet_id: uuid.UUID
    state: str
    since: datetime
    version: int  # counts changes: a change names the version it was based on
    new_revision: bool = False  # back to the first state because a new revision came


@dataclass(frozen=True)
class Remark:
    """A remark of the secretariat on a field (`field` a sheet path) or the whole sheet
    (`field` ""). Never edited or deleted once sent; a correction is a new remark."""

    id: uuid.UUID
    sheet_id: uuid.UUID
    field: str
    text: str
    by_name: str
    by_fingerprint: str
    at: datetime
    revision: int | None  # the revision the remark is about
    sent_at: datetime | None = None
    received: bool = False  # imported from a remarks package (the working group's side)

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


@dataclass(frozen=True)
class Answer:
    """The working group's answer to a remark: a reply, «fixed in revision N», or a
    disagreement with a reason. Delivered with the next revision of the sheet."""

    id: uuid.UUID
    remark_id: uuid.UUID
    sheet_id: uuid.UUID
    kind: str
    text: str
    by_name: str
    by_fingerprint: str
    at: datetime
    fixed_in_revision: int | None = None
    delivered_in_revision: int | None = None

    @property
    def kind_name(self) -> str:
        return ANSWER_NAMES.get(self.kind, self.kind)


def answer_problem(kind: str, text: str, fixed_in_revision: int | None) -> str | None:
    """Why an answer cannot be given as it is (Norwegian), or None."""
    if kind not in ANSWER_NAMES:
        return f"Ukjent type svar «{kind}». Bruk svar, rettet eller uenig."
    if kind == "fixed" and (fixed_in_revision is None or fixed_in_revision < 1):
        return "Oppgi revisjonen merknaden er rettet i."
    if kind in ("reply", "disagree") and not text.strip():
        return "Skriv svaret." if kind == "reply" else "En uenighet må begrunnes: skriv hvorfor."
    return None


def review_of(profile: Profile) -> Review:
    """The profile's review states; a profile without them cannot be reviewed."""
    if profile.review is None:
        raise ValueError(f"{profile.name} har ikke saksbehandlingstilstander i avtaleprofilen.")
    return profile.review


def transition_problem(review: Review, current: str | None, target: str) -> str | None:
    """Why a sheet in `current` (None: not yet given one, i.e. just received) cannot move
    to `target` (Norwegian, naming the allowed moves), or None when it can."""
    state = review.state(target)
    if state is None:
        known = ", ".join(f"{s.id} ({s.name})" for s in review.states)
        return f"«{target}» er ikke en saksstatus i programmet. Kjente: {known}."
    here = current or review.received
    if target == here:
        return f"Arket har allerede saksstatusen «{state.name}»."
    allowed = review.transitions.get(here, [])
    if target not in allowed:
        name = review.name(here)
        if not allowed:
            return f"Fra «{name}» kan saksstatusen ikke endres."
        options = ", ".join(f"«{review.name(a)}»" for a in allowed)
        return f"Fra «{name}» kan arket gå til {options}, ikke til «{state.name}»."
    return None
