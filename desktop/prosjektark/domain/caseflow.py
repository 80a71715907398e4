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

from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

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
# In bokmål; shown translated by `event_name` (CaseEvent.kind_name).
EVENT_NAMES: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("caseflow", "Opprettet"),
    "version_saved": QT_TRANSLATE_NOOP("caseflow", "Versjon lagret"),
    "signed": QT_TRANSLATE_NOOP("caseflow", "Signert"),
    "exported": QT_TRANSLATE_NOOP("caseflow", "Eksportert"),
    "sent": QT_TRANSLATE_NOOP("caseflow", "Sendt til sekretariatet"),
    "received": QT_TRANSLATE_NOOP("caseflow", "Mottatt"),
    "state_changed": QT_TRANSLATE_NOOP("caseflow", "Ny saksstatus"),
    "remark": QT_TRANSLATE_NOOP("caseflow", "Merknad"),
    "remarks_sent": QT_TRANSLATE_NOOP("caseflow", "Merknader sendt"),
    "remarks_received": QT_TRANSLATE_NOOP("caseflow", "Merknader mottatt"),
    "answer": QT_TRANSLATE_NOOP("caseflow", "Svar på merknad"),
    "answers_delivered": QT_TRANSLATE_NOOP("caseflow", "Svar levert"),
    "reassigned": QT_TRANSLATE_NOOP("caseflow", "Overført"),
}

AnswerKind = Literal["reply", "fixed", "disagree"]
# In bokmål; shown translated by `answer_name` (Answer.kind_name).
ANSWER_NAMES: dict[str, str] = {
    "reply": QT_TRANSLATE_NOOP("caseflow", "Svar"),
    "fixed": QT_TRANSLATE_NOOP("caseflow", "Rettet i revisjon"),
    "disagree": QT_TRANSLATE_NOOP("caseflow", "Uenig"),
}


def event_name(kind: str) -> str:
    """What happened, in the language of the moment; an unknown kind as its id."""
    name = EVENT_NAMES.get(kind)
    return translate("caseflow", name) if name else kind


def answer_name(kind: str) -> str:
    """The kind of an answer, in the language of the moment; an unknown kind as its id."""
    name = ANSWER_NAMES.get(kind)
    return translate("caseflow", name) if name else kind


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
        return event_name(self.kind)

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
        return answer_name(self.kind)


def answer_problem(kind: str, text: str, fixed_in_revision: int | None) -> str | None:
    """Why an answer cannot be given as it is (in the language of the moment), or None."""
    if kind not in ANSWER_NAMES:
        return translate(
            "caseflow", "Ukjent type svar «{kind}». Bruk svar, rettet eller uenig."
        ).format(kind=kind)
    if kind == "fixed" and (fixed_in_revision is None or fixed_in_revision < 1):
        return translate("caseflow", "Oppgi revisjonen merknaden er rettet i.")
    if kind == "reply" and not text.strip():
        return translate("caseflow", "Skriv svaret.")
    if kind == "disagree" and not text.strip():
        return translate("caseflow", "En uenighet må begrunnes: skriv hvorfor.")
    return None


def review_of(profile: Profile) -> Review:
    """The profile's review states; a profile without them cannot be reviewed."""
    if profile.review is None:
        raise ValueError(
            translate(
                "caseflow", "{programme} har ikke saksbehandlingstilstander i avtaleprofilen."
            ).format(programme=profile.name)
        )
    return profile.review


def transition_problem(review: Review, current: str | None, target: str) -> str | None:
    """Why a sheet in `current` (None: not yet given one, i.e. just received) cannot move
    to `target` (in the language of the moment, naming the allowed moves), or None when
    it can."""
    state = review.state(target)
    if state is None:
        known = ", ".join(f"{s.id} ({s.name})" for s in review.states)
        return translate(
            "caseflow", "«{target}» er ikke en saksstatus i programmet. Kjente: {known}."
        ).format(target=target, known=known)
    here = current or review.received
    if target == here:
        return translate("caseflow", "Arket har allerede saksstatusen «{state}».").format(
            state=state.name
        )
    allowed = review.transitions.get(here, [])
    if target not in allowed:
        name = review.name(here)
        if not allowed:
            return translate("caseflow", "Fra «{state}» kan saksstatusen ikke endres.").format(
                state=name
            )
        options = ", ".join(f"«{review.name(a)}»" for a in allowed)
        return translate(
            "caseflow", "Fra «{state}» kan arket gå til {options}, ikke til «{target}»."
        ).format(state=name, options=options, target=state.name)
    return None
