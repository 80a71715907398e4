"""The secretariat's intake: verify a signed package and store its sheet.

Shared by `prosjektark import` and the "Importer pakker …" dialog. A package is
verified first; a refused package never touches the store.

Revision numbers: the stored version gets the package's revision number, so "revisjon 3"
means the same thing to the sender and the secretariat: `Store.import_revision` stores it
at exactly R, and only when R is above everything stored. That store method decides and
writes in one transaction with the sheet locked, so two machines importing the same
package at the same moment store it once: the later one is told it is already imported,
and only one «received» is recorded. A package of revision 0 (a sheet exported from a
JSON file without ever being saved as a version) is stored as revision 1, since the store
has no revision 0; the version note says so. The signer (name and SHA-256 fingerprint)
is kept in the version note, and the version is marked signed. An absurd revision number
(one that would leave the store no room for a later one) is refused by the sheet model,
like any other invalid sheet.

Ownership: a sheet belongs to the signer (certificate fingerprint) whose valid package for
it arrived first; a package for it signed by anyone else is refused, naming both, until
the secretariat hands the sheet over (`prosjektark handover`, or "Overfør arket …" in the
import dialog), which the store records with who did it, when and why. The claim is
made before anything is stored, by one insert-if-absent, so two deliveries racing for a
new sheet (two windows, the CLI) cannot both win; if storing then fails, the claim stays
with that signer, who can simply send again. Sheets stored before this version (imported
earlier, or made here) have no owner yet: the first signer whose valid package for one
arrives now claims it. The signer named in an old version note is not used, because
nothing checked then that a later signer was the same one.

Answers: a package may carry svar.json, the working group's answers to the secretariat's
remarks (exchange/remarks_package.py). They are read from the verified package before
anything is stored (a svar.json that cannot be read refuses the package), and stored
beside the sheet whenever the package is accepted, also when its revision is here
already: answers given without changing the sheet come with the same revision signed
again. Only answers to remarks this store holds for the sheet are kept.

`import_package` never raises: an unexpected error while handling one package becomes a
refusal of that package whose reason names the log file, where the traceback is written;
the next package in a batch is handled as usual.
"""

from __future__ import annotations

import tempfile
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from prosjektark.domain.caseflow import Actor, Answer
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import Sheet, SheetError, same_content, sheet_from_json
from prosjektark.exchange.package import ANSWERS_JSON, ATTACHMENT_DIR
from prosjektark.exchange.package_reader import (
    PackageChangedError,
    VerificationResult,
    verify_package,
)
from prosjektark.exchange.remarks_package import FormatError, known_answers, read_answers
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate
from prosjektark.logs import report_unexpected
from prosjektark.signing.identity import normalise_fingerprint as display_fingerprint
from prosjektark.signing.trust import TrustStore
from prosjektark.store.errors import StoreError
from prosjektark.store.ownership import Handover, SheetOwner, normalise_fingerprint
from prosjektark.store.repository import Store

ImportStatus = Literal["importert", "oppdatert", "uendret", "avvist"]
# Shown through translate("intake", …) (the import dialog does too).
STATUS_LABELS: dict[str, str] = {
    "importert": QT_TRANSLATE_NOOP("intake", "Importert"),
    "oppdatert": QT_TRANSLATE_NOOP("intake", "Oppdatert"),
    "uendret": QT_TRANSLATE_NOOP("intake", "Uendret"),
    "avvist": QT_TRANSLATE_NOOP("intake", "Avvist"),
}
_NO_NAME = QT_TRANSLATE_NOOP("intake", "(uten navn)")
EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2
HANDOVER_COMMAND = "prosjektark handover"


@dataclass
class ImportOutcome:
    """What happened to one package; `message` is one sentence or two in the current
    language (`status` and `reasons`' codes are the same in every language)."""

    path: Path
    status: ImportStatus
    message: str
    sheet_id: uuid.UUID | None = None
    title: str = ""
    revision: int | None = None  # the revision now stored (or the package's, if refused)
    signer: str | None = None
    fingerprint: str | None = None
    reasons: list[str] = field(default_factory=list)
    # The file could not be read, or the store could not take it (exit 2, not 1).
    unreadable: bool = False
    # Set when refused because the sheet belongs to another signer (offer a handover).
    owner: SheetOwner | None = None

    @property
    def accepted(self) -> bool:
        return self.status != "avvist"

    @property
    def owned_by_another(self) -> bool:
        return self.status == "avvist" and self.owner is not None

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        return EXIT_REFUSED if self.status == "avvist" else EXIT_OK

    def lines(self) -> list[str]:
        """One line per package, then the reasons of a refusal indented."""
        status = translate("intake", STATUS_LABELS[self.status]).lower()
        return [
            f"{self.path.name}: {status} – {self.message}",
            *(f"  - {reason}" for reason in self.reasons),
        ]


def exit_code(outcomes: Sequence[ImportOutcome]) -> int:
    """2 if any package was unreadable, else 1 if any was refused, else 0."""
    return max((o.exit_code for o in outcomes), default=EXIT_OK)


def summary_line(outcomes: Sequence[ImportOutcome]) -> str:
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in STATUS_LABELS}
    n = len(outcomes)
    if n == 1:
        head = translate("intake", "1 pakke")
    else:
        head = translate("intake", "{n} pakker").format(n=n)
    return translate(
        "intake",
        "{packages}: {imported} importert, {updated} oppdatert, {unchanged} uendret, "
        "{refused} avvist.",
    ).format(
        packages=head,
        imported=counts["importert"],
        updated=counts["oppdatert"],
        unchanged=counts["uendret"],
        refused=counts["avvist"],
    )


def import_package(
    store: Store,
    path: Path | str,
    trust: TrustStore,
    catalog: Catalog,
    *,
    today: date | None = None,
) -> ImportOutcome:
    """Verify the package at `path` against `trust` and store its sheet; never raises (see
    ImportOutcome): an unexpected error is a refusal whose reason names the log file."""
    path = Path(path)
    try:
        return _import_package(store, path, trust, catalog, today)
    except Exception as exc:  # one package must never stop a batch
        return ImportOutcome(
            path,
            "avvist",
            translate(
                "intake",
                "Pakken kunne ikke behandles på grunn av en programfeil og er ikke importert.",
            ),
            reasons=[report_unexpected(exc, f"import av {path}")],
        )


def _import_package(
    store: Store, path: Path, trust: TrustStore, catalog: Catalog, today: date | None
) -> ImportOutcome:
    if not path.is_file():
        return ImportOutcome(
            path,
            "avvist",
            translate("intake", "Fant ikke filen."),
            reasons=[translate("intake", "Fant ikke {path}.").format(path=path)],
            unreadable=True,
        )
    result = verify_package(path, trust)
    signer, fingerprint = result.signer_name, result.fingerprint
    if result.unreadable:
        return ImportOutcome(
            path,
            "avvist",
            translate("intake", "Kan ikke leses; ingenting er importert."),
            signer=signer,
            fingerprint=fingerprint,
            reasons=list(result.reasons),
            unreadable=True,
        )
    if not result.valid:
        return ImportOutcome(
            path,
            "avvist",
            translate("intake", "Pakken besto ikke kontrollen og er ikke importert."),
            signer=signer,
            fingerprint=fingerprint,
            reasons=list(result.reasons),
        )
    try:
        sheet = sheet_from_json(result.sheet_json or b"")
    except SheetError as exc:
        return ImportOutcome(
            path,
            "avvist",
            translate(
                "intake",
                "Pakken er gyldig signert, men prosjektark.json er ikke et prosjektark denne "
                "versjonen av programmet kan lese.",
            ),
            signer=signer,
            fingerprint=fingerprint,
            reasons=[str(exc)],
        )
    try:
        return _store_sheet(store, path, sheet, result, catalog, today)
    except (StoreError, PackageChangedError) as exc:
        changed = isinstance(exc, PackageChangedError)
        return ImportOutcome(
            path,
            "avvist",
            translate(
                "intake", "Pakkefilen ble endret mens den ble importert; den er ikke importert."
            )
            if changed
            else translate("intake", "Pakken er gyldig, men kunne ikke lagres i databasen."),
            sheet_id=sheet.id,
            title=sheet.identification.title,
            revision=sheet.revision,
            signer=signer,
            fingerprint=fingerprint,
            reasons=[str(exc)],
            unreadable=not changed,
        )


def _store_sheet(
    store: Store,
    path: Path,
    sheet: Sheet,
    result: VerificationResult,
    catalog: Catalog,
    today: date | None,
) -> ImportOutcome:
    title = sheet.identification.title or translate("intake", _NO_NAME)
    package_revision = sheet.revision
    target = max(package_revision, 1)  # the store has no revision 0
    outcome = ImportOutcome(
        path,
        "uendret",
        "",
        sheet_id=sheet.id,
        title=sheet.identification.title,
        revision=target,
        signer=result.signer_name,
        fingerprint=result.fingerprint,
    )
    try:
        answers = _delivered_answers(sheet, result)
    except FormatError as exc:
        outcome.status = "avvist"
        outcome.message = translate(
            "intake",
            "Pakken er gyldig signert, men {answers} (svarene på merknadene) kan ikke leses. "
            "Ingenting er importert.",
        ).format(answers=ANSWERS_JSON)
        outcome.reasons = [str(exc)]
        return outcome
    stored, in_bin = _stored_revision(store, sheet.id)

    # Claimed before anything is stored: one atomic insert-if-absent decides the owner.
    owner = store.claim_sheet(sheet.id, result.fingerprint or "", result.signer_name or "")
    if owner.fingerprint != normalise_fingerprint(result.fingerprint or ""):
        return _refuse_other_owner(outcome, owner, title)

    if stored is not None and stored >= target:
        same = stored == target and _same_content(store, sheet, stored)
        return _already_here(store, outcome, sheet, answers, result, target, stored, same, in_bin)

    missing = _store_attachments(store, sheet, result)
    note = f"Importert fra {path.name}, signert av {result.signer_name}"
    note += f" (SHA-256 {result.fingerprint})."
    if package_revision != target:
        note += f" Pakkens revisjon {package_revision} er lagret som revisjon {target}."
    profile = catalog.profiles.get(sheet.profile) or catalog.default_profile
    # One transaction decides again, with the sheet locked: another machine may have
    # imported the same package since the look above. The delivery is recorded once, as
    # «received» from the signer, by the import that stored it.
    imported = store.import_revision(
        sheet,
        target,
        note,
        Actor(result.signer_name or "", normalise_fingerprint(result.fingerprint or "")),
        profile.review,
        signed_at=result.signing_time,
    )
    if imported.outcome != "stored":
        same = imported.outcome == "same"
        return _already_here(
            store, outcome, sheet, answers, result, target, imported.revision, same, imported.in_bin
        )
    revision, stored = imported.revision, imported.previous
    where = " " + translate("intake", "Arket ligger i papirkurven.") if imported.in_bin else ""

    from prosjektark.domain.rules import check_sheet

    findings = check_sheet(sheet, catalog, today=today)
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    outcome.status = "importert" if stored is None else "oppdatert"
    outcome.revision = revision
    if stored is None:
        text = translate(
            "intake",
            "«{title}» revisjon {revision} lagt inn, signert av {signer} ({errors}, {warnings}).",
        )
    else:
        text = translate(
            "intake",
            "«{title}» revisjon {revision} oppdatert fra revisjon {stored}, signert av "
            "{signer} ({errors}, {warnings}).",
        )
    if errors == 1:
        errored = translate("intake", "1 feil")
    else:
        errored = translate("intake", "{n} feil").format(n=errors)
    if warnings == 1:
        warned = translate("intake", "1 advarsel")
    else:
        warned = translate("intake", "{n} advarsler").format(n=warnings)
    outcome.message = (
        text.format(
            title=title,
            revision=revision,
            stored=stored,
            signer=result.signer_name,
            errors=errored,
            warnings=warned,
        )
        + where
    )
    if missing:
        outcome.message += " " + translate(
            "intake", "Vedlegg som mangler i pakken: {names}."
        ).format(names=", ".join(missing))
    outcome.message += _store_answers(store, sheet, answers, result, revision)
    return outcome


def _already_here(
    store: Store,
    outcome: ImportOutcome,
    sheet: Sheet,
    answers: list[Answer],
    result: VerificationResult,
    target: int,
    stored: int,
    same: bool,
    in_bin: bool,
) -> ImportOutcome:
    """The package's revision (`target`), or a later one (`stored`), is here already:
    nothing of the sheet changes; answers that came with it are still taken."""
    title = sheet.identification.title or translate("intake", _NO_NAME)
    outcome.revision = stored
    told = _store_answers(store, sheet, answers, result, target)
    if stored > target:
        outcome.message = translate(
            "intake",
            "«{title}»: du har allerede revisjon {stored}, som er nyere enn pakkens "
            "revisjon {package}. Ingenting er endret.",
        ).format(title=title, stored=stored, package=sheet.revision)
    elif same:
        outcome.message = translate(
            "intake", "«{title}» revisjon {stored} er allerede importert."
        ).format(title=title, stored=stored)
    else:
        outcome.message = translate(
            "intake",
            "«{title}»: revisjon {stored} finnes allerede med et annet innhold enn i "
            "pakken. Ingenting er endret; be avsenderen lagre en ny versjon og sende "
            "pakken på nytt.",
        ).format(title=title, stored=stored)
    if in_bin:
        outcome.message += " " + translate("intake", "Arket ligger i papirkurven.")
    outcome.message += told
    return outcome


def _delivered_answers(sheet: Sheet, result: VerificationResult) -> list[Answer]:
    """The answers in the verified package's svar.json ([] without one); FormatError
    when it cannot be read."""
    if ANSWERS_JSON not in result.contents:
        return []
    return read_answers(result.read_entry(ANSWERS_JSON), sheet.id)


def _store_answers(
    store: Store, sheet: Sheet, answers: list[Answer], result: VerificationResult, revision: int
) -> str:
    """Store the answers to this sheet's remarks as delivered in `revision`; the sentence
    that tells how many arrived ("" for none)."""
    kept = known_answers(answers, store.remarks(sheet.id), revision)
    if not kept:
        return ""
    signer = Actor(result.signer_name or "", normalise_fingerprint(result.fingerprint or ""))
    added = store.store_delivered_answers(sheet.id, kept, signer, revision)
    if not added:
        return ""
    if added == 1:
        return " " + translate("intake", "Tok imot 1 svar på merknader.")
    return " " + translate("intake", "Tok imot {n} svar på merknader.").format(n=added)


def _refuse_other_owner(outcome: ImportOutcome, owner: SheetOwner, title: str) -> ImportOutcome:
    no_name = translate("intake", _NO_NAME)
    sender = outcome.signer or no_name
    sender_fp = normalise_fingerprint(outcome.fingerprint or "")
    owner_name = owner.signer_name or no_name
    outcome.status = "avvist"
    outcome.owner = owner
    outcome.message = translate(
        "intake", "«{title}» tilhører en annen avsender, {owner}. Ingenting er endret."
    ).format(title=title, owner=owner_name)
    command = f'{HANDOVER_COMMAND} --id {outcome.sheet_id} --to {sender_fp} --name "{sender}"'
    outcome.reasons = [
        translate(
            "intake",
            "Arket tilhører {owner} (SHA-256 {fingerprint}), som leverte det hit først eller "
            "har fått det overført.",
        ).format(owner=owner_name, fingerprint=display_fingerprint(owner.fingerprint)),
        translate("intake", "Pakken er signert av {sender} (SHA-256 {fingerprint}).").format(
            sender=sender, fingerprint=display_fingerprint(sender_fp)
        ),
        translate(
            "intake",
            "Skal {sender} overta arket, kan sekretariatet overføre det med «{command}» eller "
            "med «Overfør arket …» i importvinduet, og så importere pakken på nytt.",
        ).format(sender=sender, command=command),
    ]
    return outcome


def secretariat_actor() -> tuple[str, str]:
    """Who the secretariat user is, for the handover record: the name and SHA-256
    fingerprint of their own certificate when they have an identity, else the login name
    and no fingerprint."""
    from prosjektark import paths
    from prosjektark.signing.identity import IdentityError, fingerprint_sha256, load_certificate

    try:
        cert = load_certificate(paths.identity_dir())
    except (IdentityError, OSError):
        cert = None
    if cert is not None:
        from cryptography.x509.oid import NameOID

        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        name = str(names[0].value) if names else cert.subject.rfc4514_string()
        return name, normalise_fingerprint(fingerprint_sha256(cert))
    import getpass

    try:
        return getpass.getuser(), ""
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "ukjent bruker", ""  # stored in the handover record as it is


def hand_over_sheet(
    store: Store, sheet_id: uuid.UUID, to_fingerprint: str, to_name: str, reason: str = ""
) -> Handover:
    """Give a delivered sheet to another signer, recorded with the secretariat user as
    the one who did it. Raises StoreError when that cannot be done."""
    by_name, by_fingerprint = secretariat_actor()
    return store.hand_over(
        sheet_id,
        to_fingerprint,
        to_name,
        by_name=by_name,
        by_fingerprint=by_fingerprint,
        reason=reason,
    )


def _stored_revision(store: Store, sheet_id: uuid.UUID) -> tuple[int | None, bool]:
    """The highest revision stored for the sheet (None: not stored), and whether it is in
    the bin. Looks the sheet up first, so a missing sheet is not mistaken for a broken
    store; by key, so an intake of thousands of sheets costs the same per package."""
    found = store.revision_and_bin(sheet_id)
    if found is None:
        return None, False
    revision, deleted = found
    versions = [r.revision for r in store.revisions(sheet_id)]
    return max([revision, *versions]), deleted


def _same_content(store: Store, sheet: Sheet, revision: int) -> bool:
    """Whether the stored revision holds the package's sheet."""
    try:
        stored = store.load_revision(sheet.id, revision)
    except StoreError:
        stored = store.load(sheet.id)  # a working copy that was never saved as a version
    return same_content(stored, sheet)


def _store_attachments(store: Store, sheet: Sheet, result: VerificationResult) -> list[str]:
    """Copy each attachment the sheet refers to from vedlegg/ into the store, matched by
    SHA-256, streamed from the package so a large attachment is never held in memory.
    The member name does not matter: packages since issue 12 use safe ASCII names
    («vedlegg/01-situasjonsplan-trakkvegen.pdf»), older ones the original name, perhaps
    with a " (2)" suffix; the sheet keeps the original name, which is the one stored.
    The package reader has checked each file's content against its declared type.
    Returns the names of referenced attachments the package lacks."""
    by_digest = {
        digest: name for name, digest in result.digests.items() if name.startswith(ATTACHMENT_DIR)
    }
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="prosjektark-import-") as folder:
        for index, attachment in enumerate(sheet.attachments):
            name = by_digest.get(attachment.sha256)
            if name is None:
                missing.append(attachment.filename)
                continue
            # add_attachment takes a file; its name only sets the media type it guesses
            # (the sheet keeps the real name), so a name too long for the disk is cut.
            temp = Path(folder) / str(index) / _temp_name(attachment.filename)
            temp.parent.mkdir()
            with temp.open("wb") as handle:
                result.copy_entry(name, handle)  # checked against the signed digest again
            stored = store.add_attachment(sheet.id, temp, attachment.description)
            if stored.sha256 != attachment.sha256:  # cannot happen unless the disk lies
                raise StoreError(
                    translate("intake", "Vedlegget «{name}» ble skadet under lagring.").format(
                        name=attachment.filename
                    )
                )
    return missing


def _temp_name(filename: str) -> str:
    name = _plain_name(filename)
    if len(name.encode("utf-8")) <= 120:
        return name
    suffix = Path(name).suffix
    return "vedlegg" + (suffix if 1 < len(suffix) <= 16 else "")


def _plain_name(filename: str) -> str:
    name = unicodedata.normalize("NFC", Path(filename.replace("\\", "/")).name)
    name = "".join("_" if unicodedata.category(ch) == "Cc" else ch for ch in name)
    return name.strip().strip(".") or "vedlegg"
