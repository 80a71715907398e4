"""The secretariat's remarks as a signed package, and the working group's answers as the
svar.json that travels in the next delivered sheet package.

Remarks package (.asice): the same ASiC-E container, manifest and detached CAdES
signature as the sheet package (exchange/package.py), read by the same reader
(exchange/package_reader.py, layout REMARKS_LAYOUT), in this order:
    mimetype            application/vnd.etsi.asic-e+zip, stored
    merknader.json      the remarks (format prosjektark-merknader/1, below)
    merknader.txt       the same remarks for a person to read (UTF-8); the program does not
                        read it, but it is signed like the rest
    META-INF/ASiCManifest.xml, META-INF/signature.p7s

merknader.json, format "prosjektark-merknader/1":
    {"format": "prosjektark-merknader/1",
     "sheet_id": UUID of the sheet, "sheet_title": its title at the secretariat,
     "revision": the latest revision the secretariat has (null: none),
     "sent_at": when the package was made (ISO 8601 with offset),
     "remarks": [{"id": UUID (kept by the receiver: importing again adds nothing),
                  "field": a sheet path such as "identification.title", "" for the sheet,
                  "field_label": the form's label of that field ("Hele arket" for ""),
                  "text": the remark, "by_name": who wrote it, "by_fingerprint": the SHA-256
                  of their certificate (64 hex digits, "" without an identity),
                  "at": when it was written (ISO 8601), "revision": the revision it is
                  about (null: none)}]}

svar.json in the sheet package, format "prosjektark-svar/1":
    {"format": "prosjektark-svar/1", "sheet_id": UUID, "revision": the revision delivered,
     "answers": [{"id": UUID, "remark_id": UUID of the remark answered,
                  "kind": "reply" | "fixed" | "disagree", "text": the answer or reason,
                  "by_name", "by_fingerprint", "at", "fixed_in_revision": int | null}]}

Readers ignore keys they do not know (a later minor may add some) and refuse another
format. Who sent a package is its signer, whom the receiver must trust
(signing/trust.py); by_name and by_fingerprint say who wrote each remark or answer.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from prosjektark.domain.caseflow import Actor, Answer, Remark, answer_problem
from prosjektark.exchange.package import (
    ANSWERS_JSON,
    build_manifest,
    slugify,
    write_container,
)
from prosjektark.exchange.package_reader import Layout
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate
from prosjektark.store.errors import StoreError

if TYPE_CHECKING:
    from prosjektark.domain.form import FormDefinition
    from prosjektark.domain.sheet import Sheet
    from prosjektark.signing.identity import Identity
    from prosjektark.signing.trust import TrustStore
    from prosjektark.store.repository import Store

REMARKS_JSON = "merknader.json"
REMARKS_TEXT = "merknader.txt"
REMARKS_FORMAT = "prosjektark-merknader/1"
ANSWERS_FORMAT = "prosjektark-svar/1"
REMARKS_LAYOUT = Layout(required=(REMARKS_JSON,), json_name=REMARKS_JSON)
WHOLE_SHEET = QT_TRANSLATE_NOOP("remarks_package", "Hele arket")
_NO_NAME = QT_TRANSLATE_NOOP("remarks_package", "(uten navn)")
REMARKS_SUFFIX = ".asice"

_MAX_ITEMS = 10_000
_MAX_TEXT = 20_000
_ROW_OR_ATTRS = re.compile(r"^(\[\d+\])?(\.[a-z_][a-z0-9_]*)*$")
_ROW = re.compile(r"^\[(\d+)\](?:\.(.+))?$")


class RemarksError(Exception):
    """The remarks package cannot be made; the message is in the current language."""


class NoRemarksError(RemarksError):
    """Nothing to send: every remark on the sheet has been sent already."""


class FormatError(Exception):
    """merknader.json or svar.json does not follow its format; the message is in the
    current language."""


# -- fields -------------------------------------------------------------------------------


def field_problem(form: FormDefinition, path: str) -> str | None:
    """Why `path` cannot carry a remark (current language), or None: "" (the whole sheet), a form
    field's path, or a part of one the sheet has (a checklist answer, a row of a list)."""
    from prosjektark.domain.form import sheet_path_kind

    if path == "" or form.field(path) is not None:
        return None
    covering = _covering_field(form, path)
    if covering is not None:
        rest = path[len(covering.path) :]
        if _ROW_OR_ATTRS.match(rest) and (rest.startswith("[") or sheet_path_kind(path)):
            return None
    examples = ", ".join(f.path for f in form.all_fields()[:3])
    return translate(
        "remarks_package",
        "«{path}» er ikke et felt i skjemaet. Oppgi stien til et felt (for eksempel "
        "{examples}), eller ingen --field for en merknad til hele arket.",
    ).format(path=path, examples=examples)


def _covering_field(form: FormDefinition, path: str):
    best = None
    for candidate in form.all_fields():
        if path.startswith((candidate.path + ".", candidate.path + "[")) and (
            best is None or len(candidate.path) > len(best.path)
        ):
            best = candidate
    return best


def field_label(form: FormDefinition, path: str) -> str:
    """How the form names the field a remark is on, for the receiver to read (in the
    current language, like the form's labels)."""
    if not path:
        return translate("remarks_package", WHOLE_SHEET)
    exact = form.field(path)
    if exact is not None:
        return exact.label
    covering = _covering_field(form, path)
    if covering is None:
        return path
    rest = path[len(covering.path) :]
    row = _ROW.match(rest)
    if row is not None:
        label = translate("remarks_package", "{label}, rad {row}").format(
            label=covering.label, row=int(row[1]) + 1
        )
        return label + (f" ({row[2]})" if row[2] else "")
    return f"{covering.label} ({rest.lstrip('.')})"


# -- the two JSON formats -------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


def remarks_json(
    sheet: Sheet,
    revision: int | None,
    remarks: Iterable[Remark],
    form: FormDefinition,
    sent_at: datetime,
) -> bytes:
    body = {
        "format": REMARKS_FORMAT,
        "sheet_id": str(sheet.id),
        "sheet_title": sheet.identification.title,
        "revision": revision,
        "sent_at": _iso(sent_at),
        "remarks": [
            {
                "id": str(r.id),
                "field": r.field,
                "field_label": field_label(form, r.field),
                "text": r.text,
                "by_name": r.by_name,
                "by_fingerprint": r.by_fingerprint,
                "at": _iso(r.at),
                "revision": r.revision,
            }
            for r in remarks
        ],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def answers_json(sheet_id: uuid.UUID, revision: int, answers: Iterable[Answer]) -> bytes:
    body = {
        "format": ANSWERS_FORMAT,
        "sheet_id": str(sheet_id),
        "revision": revision,
        "answers": [
            {
                "id": str(a.id),
                "remark_id": str(a.remark_id),
                "kind": a.kind,
                "text": a.text,
                "by_name": a.by_name,
                "by_fingerprint": a.by_fingerprint,
                "at": _iso(a.at),
                "fixed_in_revision": a.fixed_in_revision,
            }
            for a in answers
        ],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _models() -> dict[str, Any]:
    """The pydantic models of both formats, built when first read (pydantic is not on the
    start-up path)."""
    global _MODELS
    if _MODELS:
        return _MODELS
    from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

    class _In(BaseModel):
        model_config = ConfigDict(extra="ignore")

    class RemarkIn(_In):
        id: uuid.UUID
        field: str = Field(default="", max_length=500)
        text: str = Field(min_length=1, max_length=_MAX_TEXT)
        by_name: str = Field(default="", max_length=500)
        by_fingerprint: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
        at: AwareDatetime
        revision: int | None = Field(default=None, ge=1)

    class RemarksIn(_In):
        format: Literal["prosjektark-merknader/1"]
        sheet_id: uuid.UUID
        sheet_title: str = ""
        revision: int | None = Field(default=None, ge=1)
        sent_at: AwareDatetime | None = None
        remarks: list[RemarkIn] = Field(min_length=1, max_length=_MAX_ITEMS)

    class AnswerIn(_In):
        id: uuid.UUID
        remark_id: uuid.UUID
        kind: Literal["reply", "fixed", "disagree"]
        text: str = Field(default="", max_length=_MAX_TEXT)
        by_name: str = Field(default="", max_length=500)
        by_fingerprint: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
        at: AwareDatetime
        fixed_in_revision: int | None = Field(default=None, ge=1)

    class AnswersIn(_In):
        format: Literal["prosjektark-svar/1"]
        sheet_id: uuid.UUID
        revision: int = Field(ge=1)
        answers: list[AnswerIn] = Field(max_length=_MAX_ITEMS)

    _MODELS.update(remarks=RemarksIn, answers=AnswersIn)
    return _MODELS


_MODELS: dict[str, Any] = {}


def _parse(data: bytes, name: str, expected_format: str, model: str) -> Any:
    from pydantic import ValidationError

    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormatError(
            translate("remarks_package", "{name} er ikke gyldig JSON (UTF-8).").format(name=name)
        ) from exc
    if not isinstance(raw, dict):
        raise FormatError(
            translate("remarks_package", "{name} er ikke et JSON-objekt.").format(name=name)
        )
    if raw.get("format") != expected_format:
        raise FormatError(
            translate(
                "remarks_package",
                "{name} har formatet «{found}», som denne versjonen av programmet ikke kan "
                "lese (den leser {expected}).",
            ).format(name=name, found=raw.get("format"), expected=expected_format)
        )
    try:
        return _models()[model].model_validate(raw)
    except ValidationError as exc:
        missing = translate("remarks_package", "{key} mangler")
        invalid = translate("remarks_package", "{key} har en ugyldig verdi")
        problems = [
            (missing if error["type"] == "missing" else invalid).format(
                key=".".join(str(p) for p in error["loc"])
            )
            for error in exc.errors()[:3]
        ]
        raise FormatError(
            translate(
                "remarks_package", "{name} følger ikke formatet {expected}: {problems}"
            ).format(name=name, expected=expected_format, problems="; ".join(problems))
        ) from exc


@dataclass(frozen=True)
class RemarksDocument:
    sheet_id: uuid.UUID
    sheet_title: str
    revision: int | None
    sent_at: datetime | None
    remarks: list[Remark]


def read_remarks(data: bytes, *, now: datetime | None = None) -> RemarksDocument:
    """merknader.json as the receiver stores it: remarks sent (at the package's time) and
    received. FormatError when it does not follow its format."""
    doc = _parse(data, REMARKS_JSON, REMARKS_FORMAT, "remarks")
    sent_at = doc.sent_at or now or datetime.now(UTC)
    remarks = [
        Remark(
            id=r.id,
            sheet_id=doc.sheet_id,
            field=r.field,
            text=r.text,
            by_name=r.by_name,
            by_fingerprint=r.by_fingerprint,
            at=r.at,
            revision=r.revision if r.revision is not None else doc.revision,
            sent_at=sent_at,
            received=True,
        )
        for r in doc.remarks
    ]
    return RemarksDocument(doc.sheet_id, doc.sheet_title, doc.revision, doc.sent_at, remarks)


def read_answers(data: bytes, sheet_id: uuid.UUID) -> list[Answer]:
    """svar.json of a delivered sheet package; FormatError when it does not
    follow its format or is about another sheet than the package's."""
    doc = _parse(data, ANSWERS_JSON, ANSWERS_FORMAT, "answers")
    if doc.sheet_id != sheet_id:
        raise FormatError(
            translate(
                "remarks_package",
                "{name} gjelder arket {found}, men pakken inneholder arket {sheet}.",
            ).format(name=ANSWERS_JSON, found=doc.sheet_id, sheet=sheet_id)
        )
    answers = []
    for a in doc.answers:
        problem = answer_problem(a.kind, a.text, a.fixed_in_revision)
        if problem is not None:
            raise FormatError(
                translate(
                    "remarks_package", "{name}: svaret {answer} kan ikke brukes: {problem}"
                ).format(name=ANSWERS_JSON, answer=a.id, problem=problem)
            )
        answers.append(
            Answer(
                id=a.id,
                remark_id=a.remark_id,
                sheet_id=sheet_id,
                kind=a.kind,
                text=a.text,
                by_name=a.by_name,
                by_fingerprint=a.by_fingerprint,
                at=a.at,
                fixed_in_revision=a.fixed_in_revision,
                delivered_in_revision=doc.revision,
            )
        )
    return answers


def answers_to_deliver(answers: Iterable[Answer]) -> list[Answer]:
    """The answers the next delivered revision carries: those not delivered yet."""
    return [a for a in answers if a.delivered_in_revision is None]


def known_answers(
    answers: Sequence[Answer], remarks: Iterable[Remark], revision: int
) -> list[Answer]:
    """The delivered answers to store: those that answer a remark of this sheet the
    receiver has (an answer cannot close another sheet's remark), as delivered in
    `revision`."""
    ids = {r.id for r in remarks}
    return [replace(a, delivered_in_revision=revision) for a in answers if a.remark_id in ids]


# -- the human-readable copy ---------------------------------------------------------------


def remarks_text(
    sheet: Sheet,
    revision: int | None,
    remarks: Sequence[Remark],
    form: FormDefinition,
    sent_at: datetime,
    signer: str,
) -> bytes:
    from prosjektark.domain.nb_format import format_datetime

    no_name = translate("remarks_package", _NO_NAME)
    lines = [
        translate("remarks_package", "Merknader fra sekretariatet"),
        "",
        translate("remarks_package", "Prosjektark: {title}").format(
            title=sheet.identification.title or no_name
        ),
        translate("remarks_package", "Ark-ID: {id}").format(id=sheet.id),
        translate("remarks_package", "Revisjon: {revision}").format(
            revision=revision if revision is not None else "–"
        ),
        translate("remarks_package", "Sendt: {time}, signert av {signer}").format(
            time=format_datetime(sent_at), signer=signer
        ),
        translate("remarks_package", "Antall merknader: {n}").format(n=len(remarks)),
        "",
    ]
    for number, remark in enumerate(remarks, 1):
        where = field_label(form, remark.field)
        if remark.field:
            where += f" ({remark.field})"
        lines.append(f"{number}. {where}")
        lines += [f"   {line}" for line in remark.text.splitlines() or [""]]
        lines.append(f"   – {remark.by_name or no_name}, {format_datetime(remark.at)}")
        lines.append("")
    lines.append(
        translate(
            "remarks_package",
            "Svar på hver merknad i Prosjektark (svar, rettet i revisjon N, eller uenig med "
            "begrunnelse); svarene følger med neste leverte revisjon.",
        )
    )
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- building and exporting (the secretariat) -----------------------------------------------


def build_remarks_package(
    sheet: Sheet,
    revision: int | None,
    remarks: Sequence[Remark],
    form: FormDefinition,
    identity: Identity,
    *,
    sent_at: datetime | None = None,
) -> bytes:
    """The signed remarks package (bytes) for these remarks on `sheet`."""
    from prosjektark.signing.cades import sign_detached

    if not remarks:
        raise RemarksError(translate("remarks_package", "En merknadspakke må ha minst én merknad."))
    sent_at = sent_at or datetime.now(UTC)
    files = {
        REMARKS_JSON: remarks_json(sheet, revision, remarks, form, sent_at),
        REMARKS_TEXT: remarks_text(sheet, revision, remarks, form, sent_at, identity.name),
    }
    manifest = build_manifest(files)
    return write_container(files, manifest, sign_detached(manifest, identity))


def remarks_filename(title: str, revision: int | None, sent_at: datetime) -> str:
    """E.g. "sykkelveg-innherredsveien_r3_merknader_20260301-101500.asice"."""
    stem = slugify(title) or "prosjektark"
    rev = f"_r{revision}" if revision is not None else ""
    return f"{stem}{rev}_merknader_{sent_at.astimezone(UTC):%Y%m%d-%H%M%S}{REMARKS_SUFFIX}"


@dataclass
class RemarksExport:
    path: Path
    count: int
    sheet_id: uuid.UUID
    title: str


def unsent_remarks(store: Store, sheet_id: uuid.UUID) -> list[Remark]:
    """This side's own remarks on the sheet that have not been sent yet."""
    return [r for r in store.remarks(sheet_id) if not r.sent and not r.received]


def export_remarks(
    store: Store,
    sheet_id: uuid.UUID,
    form: FormDefinition,
    identity: Identity,
    out_dir: Path,
    *,
    now: datetime | None = None,
) -> RemarksExport:
    """Sign the sheet's unsent remarks into a package in `out_dir` and mark them sent once
    the file is written. NoRemarksError when there is nothing to send; RemarksError
    when the file cannot be written; StoreError from the store."""
    from prosjektark.exchange.export import ExportError, write_atomic

    sheet = store.load(sheet_id)
    title = sheet.identification.title or translate("remarks_package", _NO_NAME)
    remarks = unsent_remarks(store, sheet_id)
    if not remarks:
        raise NoRemarksError(
            translate(
                "remarks_package",
                "«{title}» har ingen usendte merknader. Skriv en med «prosjektark remark» "
                "først; sendte merknader sendes ikke på nytt.",
            ).format(title=title)
        )
    revisions = [r.revision for r in store.revisions(sheet_id)]
    revision = max(revisions) if revisions else None
    sent_at = now or datetime.now(UTC)
    try:
        data = build_remarks_package(sheet, revision, remarks, form, identity, sent_at=sent_at)
    except Exception as exc:  # a signing library failing is still the user's export
        raise RemarksError(
            translate("remarks_package", "Kunne ikke signere merknadspakken: {error}").format(
                error=exc
            )
        ) from exc
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RemarksError(
            translate("remarks_package", "Kunne ikke opprette mappen «{folder}»: {error}").format(
                folder=out_dir, error=exc.strerror or exc
            )
        ) from exc
    target = _free_name(out_dir, remarks_filename(sheet.identification.title, revision, sent_at))
    try:
        write_atomic(target, data)
    except ExportError as exc:
        raise RemarksError(str(exc)) from exc
    count = len(remarks)
    try:
        store.mark_remarks_sent(
            sheet_id,
            [r.id for r in remarks],
            f"{count} {'merknad' if count == 1 else 'merknader'} sendt i {target.name}",
        )
    except StoreError:
        # Not marked sent (a remark deleted meanwhile): the package must not be left to be
        # sent; the next try writes a new one.
        target.unlink(missing_ok=True)
        raise
    return RemarksExport(target, count, sheet_id, sheet.identification.title)


def _free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or "name-2.asice", … when a package of the same second exists."""
    target = folder / name
    stem = name.removesuffix(REMARKS_SUFFIX)
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{REMARKS_SUFFIX}"
        n += 1
    return target


# -- importing (the working group) ----------------------------------------------------------

RemarksStatus = Literal["importert", "uendret", "avvist"]
# How a status reads in a line of output; the status itself is the same in every language.
_STATUS_WORDS = {
    "importert": QT_TRANSLATE_NOOP("remarks_package", "importert"),
    "uendret": QT_TRANSLATE_NOOP("remarks_package", "uendret"),
    "avvist": QT_TRANSLATE_NOOP("remarks_package", "avvist"),
}
EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


@dataclass
class RemarksImportOutcome:
    """What happened to one remarks package; `message` is one sentence or two in the
    current language."""

    path: Path
    status: RemarksStatus
    message: str
    sheet_id: uuid.UUID | None = None
    title: str = ""
    count: int = 0  # remarks stored now (0 when imported before)
    signer: str | None = None
    fingerprint: str | None = None
    reasons: list[str] = field(default_factory=list)
    unreadable: bool = False  # the file or the store could not be read (exit 2)

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_REFUSED if self.status == "avvist" else EXIT_OK

    def lines(self) -> list[str]:
        return [
            f"{self.path.name}: {translate('remarks_package', _STATUS_WORDS[self.status])}"
            f" – {self.message}",
            *(f"  - {reason}" for reason in self.reasons),
        ]


def import_remarks_package(
    store: Store, path: Path | str, trust: TrustStore
) -> RemarksImportOutcome:
    """Verify the remarks package at `path` against `trust` and store its remarks beside
    the sheet; never raises: an unexpected error is a refusal naming the log file."""
    path = Path(path)
    try:
        return _import(store, path, trust)
    except Exception as exc:
        from prosjektark.logs import report_unexpected

        return RemarksImportOutcome(
            path,
            "avvist",
            translate(
                "remarks_package",
                "Merknadspakken kunne ikke behandles på grunn av en programfeil og er ikke "
                "importert.",
            ),
            reasons=[report_unexpected(exc, f"import av merknader fra {path}")],
        )


def _import(store: Store, path: Path, trust: TrustStore) -> RemarksImportOutcome:
    from prosjektark.exchange.package_reader import PackageChangedError, verify_package
    from prosjektark.store.ownership import normalise_fingerprint

    if not path.is_file():
        return RemarksImportOutcome(
            path,
            "avvist",
            translate("remarks_package", "Fant ikke filen."),
            reasons=[translate("remarks_package", "Fant ikke {path}.").format(path=path)],
            unreadable=True,
        )
    result = verify_package(path, trust, layout=REMARKS_LAYOUT)
    outcome = RemarksImportOutcome(
        path, "avvist", "", signer=result.signer_name, fingerprint=result.fingerprint
    )
    if result.unreadable or not result.valid:
        outcome.unreadable = result.unreadable
        outcome.message = (
            translate("remarks_package", "Kan ikke leses; ingenting er importert.")
            if result.unreadable
            else translate(
                "remarks_package", "Merknadspakken besto ikke kontrollen og er ikke importert."
            )
        )
        outcome.reasons = list(result.reasons)
        return outcome
    try:
        document = read_remarks(result.read_entry(REMARKS_JSON))
    except (FormatError, PackageChangedError) as exc:
        outcome.message = translate(
            "remarks_package", "Merknadspakken er gyldig signert, men merknadene kan ikke leses."
        )
        outcome.reasons = [str(exc)]
        return outcome
    outcome.sheet_id, outcome.title = document.sheet_id, document.sheet_title
    title = document.sheet_title or translate("remarks_package", _NO_NAME)
    try:
        if not _has_sheet(store, document.sheet_id):
            outcome.message = translate(
                "remarks_package",
                "Merknadene gjelder «{title}», som ikke finnes i databasen din. Ingenting er "
                "importert.",
            ).format(title=title)
            outcome.reasons = [
                translate(
                    "remarks_package",
                    "Fant ikke prosjektarket {id} her. Merknader kan bare tas imot for et ark du "
                    "selv har levert.",
                ).format(id=document.sheet_id)
            ]
            return outcome
        signer = Actor(result.signer_name or "", normalise_fingerprint(result.fingerprint or ""))
        n = len(document.remarks)
        added = store.store_received_remarks(
            document.sheet_id,
            document.remarks,
            signer,
            f"{n} {'merknad' if n == 1 else 'merknader'} fra {signer.name} ({path.name})",
        )
    except StoreError as exc:
        outcome.message = translate(
            "remarks_package", "Merknadspakken er gyldig, men kunne ikke lagres i databasen."
        )
        outcome.reasons = [str(exc)]
        outcome.unreadable = True
        return outcome
    outcome.count = added
    if added:
        outcome.status = "importert"
        if added == 1:
            text = translate(
                "remarks_package",
                "«{title}»: 1 merknad fra {signer} lagt inn. Hver merknad må besvares.",
            )
        else:
            text = translate(
                "remarks_package",
                "«{title}»: {n} merknader fra {signer} lagt inn. Hver merknad må besvares.",
            )
        outcome.message = text.format(title=title, n=added, signer=result.signer_name)
    else:
        outcome.status = "uendret"
        outcome.message = translate(
            "remarks_package", "«{title}»: merknadene i pakken er allerede importert."
        ).format(title=title)
    return outcome


def _has_sheet(store: Store, sheet_id: uuid.UUID) -> bool:
    return any(
        s.id == sheet_id for deleted in (False, True) for s in store.list_summaries(deleted=deleted)
    )
