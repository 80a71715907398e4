"""The export pipeline both the UI and the command line call.

`export_sheet` renders one sheet to PDF, Excel, JSON and/or a signed package and writes
the files. Everything is rendered in memory first; each file is then written to a
temporary name beside its target, flushed to disk and renamed into place, so a crash,
a cancel or a full disk never leaves a half-written file under the real name.

`export_stored_sheet` does the same for a sheet in the local store and, for a package,
freezes the revision first: unsaved changes become a new version, that version is
signed, marked signed in the store and listed in the outbox. Later edits start a new
revision (the store never reuses a signed one). The package also carries, as svar.json,
the answers to the secretariat's remarks not delivered before; once it is written they
are marked delivered in that revision (exchange/remarks_package.py has the format).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Protocol

from prosjektark import durable
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.findings import Finding
from prosjektark.domain.rules import acknowledged_keys, check_sheet, sheet_status
from prosjektark.domain.sheet import Attachment, Sheet, sheet_to_json
from prosjektark.durable import fsync_dir
from prosjektark.i18n import language, translate, use_language
from prosjektark.signing.identity import Identity

if TYPE_CHECKING:
    from prosjektark.domain.caseflow import Answer, CaseEvent
    from prosjektark.store.repository import WriteToken

# progress(label, fraction 0..1) -> False to cancel; anything else continues.
ProgressCallback = Callable[[str, float], object]
AttachmentPath = Callable[[Attachment], Path]

# Stored in the revision history as written (a note, not a text of the program).
FREEZE_NOTE = "Signert og eksportert"
# The PDF signature's stated reason; the package's own PDF signature used the same words.
# The signature's stated reason is part of the signed file, the same in every language.
SIGN_REASON = "Godkjent prosjektark"


class ExportError(Exception):
    """The export cannot be made; the message is Norwegian and meant for the user."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = list(findings or [])


class ExportCancelled(ExportError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("export", "Eksporten ble avbrutt. Ingen filer er skrevet."))


@dataclass
class ExportResult:
    sheet_id: uuid.UUID
    title: str
    revision: int
    status: str  # "utkast" or "klar", from the rules
    findings: list[Finding] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)  # "pdf", "xlsx", "json", "package"

    @property
    def paths(self) -> list[Path]:
        return list(self.files.values())

    @property
    def package(self) -> Path | None:
        return self.files.get("package")

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


class StoredSheets(Protocol):
    """What export_stored_sheet needs of prosjektark.store.repository.Store."""

    def load(self, sheet_id: uuid.UUID, token: WriteToken | None = None) -> Sheet: ...
    def revisions(self, sheet_id: uuid.UUID) -> list: ...
    def save_version(
        self, sheet: Sheet, note: str = "", token: WriteToken | None = None
    ) -> int: ...
    def load_revision(self, sheet_id: uuid.UUID, revision: int) -> Sheet: ...
    def mark_signed(
        self, sheet_id: uuid.UUID, revision: int, token: WriteToken | None = None
    ) -> None: ...
    def attachment_path(self, attachment: Attachment) -> Path: ...
    def add_outbox_entry(
        self, sheet_id: uuid.UUID, revision: int, title: str, path: Path
    ) -> object: ...
    def answers(self, sheet_id: uuid.UUID | None = None) -> list[Answer]: ...
    def mark_answers_delivered(self, ids: list[uuid.UUID], revision: int) -> None: ...
    def history(self, sheet_id: uuid.UUID) -> list[CaseEvent]: ...


def base_filename(sheet: Sheet) -> str:
    """E.g. "sykkelveg-innherredsveien_r3" for PDF/Excel/JSON beside the package."""
    from prosjektark.exchange.package import package_filename

    return package_filename(sheet.identification.title, sheet.revision).removesuffix(".asice")


def signing_blockers(sheet: Sheet, findings: list[Finding]) -> list[Finding]:
    """What stops `sheet` from being signed: its errors and the warnings nobody has
    acknowledged (the same rule as sheet_status: a sheet is signed only when «klar»)."""
    acked = acknowledged_keys(sheet)
    return [
        f
        for f in findings
        if f.severity == "error" or (f.severity == "warning" and (f.code, f.field) not in acked)
    ]


def signing_refusal(sheet: Sheet, findings: list[Finding]) -> str | None:
    """Why `sheet` cannot be signed (Norwegian), None when it can."""
    blockers = signing_blockers(sheet, findings)
    return error_summary(blockers) if blockers else None


def _refuse_unsignable(identity: Identity | None, sheet: Sheet, findings: list[Finding]) -> None:
    """A package needs an identity and a sheet with status Klar: no errors, and every
    warning acknowledged. ExportError.findings are then what stands in the way."""
    if identity is None:
        raise ExportError(
            translate("export", "Du må ha en signeringsidentitet for å lage en signert pakke.")
        )
    blockers = signing_blockers(sheet, findings)
    if blockers:
        raise ExportError(error_summary(blockers), blockers)


def _finding_line(f: Finding) -> str:
    return f"  – {f.message}" + (f" ({f.field})" if f.field else "")


def error_summary(findings: list[Finding]) -> str:
    """Why a sheet cannot be signed: its errors, then its warnings not acknowledged (every
    warning in `findings` is taken to be one nobody has acknowledged)."""
    errors = [f for f in findings if f.severity == "error"]
    warnings = [f for f in findings if f.severity == "warning"]
    lines: list[str] = []
    if errors:
        lines.append(
            translate(
                "export", "Arket har {count} feil og kan ikke signeres før de er rettet:"
            ).format(count=len(errors))
        )
        lines += [_finding_line(f) for f in errors]
    if warnings:
        if errors:
            lines.append(
                translate(
                    "export", "Disse advarslene må også kvitteres ut (eller rettes) før signering:"
                )
            )
        elif len(warnings) == 1:
            lines.append(
                translate(
                    "export",
                    "Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). "
                    "Denne er ikke kvittert ut:",
                )
            )
        else:
            lines.append(
                translate(
                    "export",
                    "Arket kan ikke signeres før alle advarsler er kvittert ut (eller rettet). "
                    "Disse er ikke kvittert ut:",
                )
            )
        lines += [_finding_line(f) for f in warnings]
    if not lines:
        lines.append(translate("export", "Arket kan ikke signeres."))
    return "\n".join(lines)


@contextmanager
def written_in(sheet: Sheet) -> Iterator[None]:
    """Write the sheet's documents in its language inside the block. A PDF that cannot be
    made is still explained in the reader's language: its error is worded again outside."""
    from prosjektark.exchange.pdf import UnprintableTextError

    try:
        with use_language(sheet.language):
            yield
    except UnprintableTextError as exc:
        raise UnprintableTextError(exc.missing) from None


def document_findings(
    sheet: Sheet, catalog: Catalog, findings: Sequence[Finding], today: date | None = None
) -> list[Finding]:
    """The rule check's findings with their messages in the sheet's language, as its PDF
    and workbook print them: `findings` when that is the current language, else the
    check run again in it (the same findings; only the words differ)."""
    if sheet.language == language():
        return list(findings)
    with use_language(sheet.language):
        return check_sheet(sheet, catalog.in_language(sheet.language), today=today)


def sheet_pdf(
    sheet: Sheet,
    catalog: Catalog,
    findings: Sequence[Finding],
    *,
    signed: bool,
    history: Sequence[CaseEvent] = (),
    today: date | None = None,
) -> bytes:
    """The sheet's PDF as an export writes it: in the sheet's language (whatever the
    reader's is), stamped UTKAST unless the rules find the sheet ready ("klar"), with
    the case history when it has one. `signed`: about to be signed (the box is kept free
    for the stamp), else going out unsigned (the header says so). `today`: the rule
    check's date, should the findings have to be worded again in the sheet's language.
    Raises UnprintableTextError for a character the PDF's font cannot draw."""
    status = sheet_status(sheet, findings)
    findings = document_findings(sheet, catalog, findings, today)
    with written_in(sheet):
        return _sheet_pdf(
            sheet, catalog.in_language(sheet.language), findings, status, signed, history
        )


def _sheet_pdf(
    sheet: Sheet,
    catalog: Catalog,
    findings: list[Finding],
    status: str,
    signed: bool,
    history: Sequence[CaseEvent],
) -> bytes:
    """sheet_pdf inside the sheet's language, with the catalog and findings in it."""
    from prosjektark.exchange.pdf import render_pdf

    return render_pdf(
        sheet,
        catalog,
        findings,
        draft=status != "klar",
        signed=signed,
        history=list(history) or None,
    )


def export_sheet(
    sheet: Sheet,
    catalog: Catalog,
    out_dir: Path,
    *,
    pdf: bool = False,
    xlsx: bool = False,
    json: bool = False,
    package: bool = False,
    identity: Identity | None = None,
    attachment_path: AttachmentPath | None = None,
    progress: ProgressCallback | None = None,
    today: date | None = None,
    answers: Sequence[Answer] = (),
    history: Sequence[CaseEvent] = (),
) -> ExportResult:
    """Write the chosen formats of `sheet` to `out_dir`; returns what was written.

    The PDF is stamped UTKAST unless the rules find the sheet ready ("klar"). A package
    needs an identity and a sheet without errors, and holds prosjektark.json (this
    sheet, i.e. the revision being signed), the PAdES-signed prosjektark.pdf,
    prosjektark.xlsx, every attachment under vedlegg/ and, when `answers` are given, the
    answers to the secretariat's remarks as svar.json. The PDF and the workbook are
    written in the sheet's language (Sheet.language), whatever the reader's; progress,
    errors and ExportResult.findings are in the current language. Raises ExportError or
    ExportCancelled when `progress` returns False.
    """
    if not (pdf or xlsx or json or package):
        raise ExportError(translate("export", "Velg minst ett format å eksportere."))
    out_dir = Path(out_dir)
    steps = _Steps(progress, total=2 + (pdf or package) + (xlsx or package) + 2 * package)
    title = sheet.identification.title or translate("export", "(uten navn)")

    steps.next(translate("export", "Kontrollerer «{title}»").format(title=title))
    findings = check_sheet(sheet, catalog, today=today)
    status = sheet_status(sheet, findings)
    result = ExportResult(sheet.id, sheet.identification.title, sheet.revision, status, findings)
    if package:
        _refuse_unsignable(identity, sheet, findings)

    draft = status != "klar"
    # The files are written in the sheet's language; progress and errors in the reader's.
    sheet_catalog = catalog.in_language(sheet.language)
    sheet_findings = (
        document_findings(sheet, catalog, findings, today) if pdf or xlsx or package else []
    )
    outputs: dict[str, tuple[str, bytes]] = {}
    base = base_filename(sheet)
    json_bytes = (sheet_to_json(sheet) + "\n").encode("utf-8")
    pdf_bytes = xlsx_bytes = b""
    if pdf or package:
        from prosjektark.exchange.pdf import SIGNATURE_BOX

        steps.next(translate("export", "Lager PDF"))
        with written_in(sheet):
            pdf_bytes = _sheet_pdf(sheet, sheet_catalog, sheet_findings, status, package, history)
    if xlsx or package:
        from prosjektark.exchange.xlsx import render_xlsx

        steps.next(translate("export", "Lager Excel-arbeidsbok"))
        with written_in(sheet):
            status_text = translate("export", "Utkast") if draft else translate("export", "Klar")
            xlsx_bytes = render_xlsx(sheet, sheet_catalog, sheet_findings, status=status_text)
    if package:
        from prosjektark.exchange.package import (
            ANSWERS_JSON,
            SHEET_JSON,
            SHEET_PDF,
            SHEET_XLSX,
            PackageError,
            build_package,
            package_filename,
        )
        from prosjektark.signing.pades import PadesError, sign_pdf

        steps.next(translate("export", "Samler vedlegg"))
        attachment_files = _attachment_files(sheet.attachments, attachment_path)
        steps.next(translate("export", "Signerer"))
        assert identity is not None
        try:
            # Signed here, not in build_package (which keeps a signed PDF as it is), so the
            # loose PDF written beside the package is the very file inside it: a user who
            # e-mails the PDF alone sends the signed one.
            pdf_bytes = sign_pdf(
                pdf_bytes,
                identity,
                reason=SIGN_REASON,
                revision=sheet.revision,
                page=SIGNATURE_BOX[0],
                box=SIGNATURE_BOX[1:],
            )
            files = {SHEET_JSON: json_bytes, SHEET_PDF: pdf_bytes, SHEET_XLSX: xlsx_bytes}
            files.update(attachment_files)
            if answers:
                from prosjektark.exchange.remarks_package import answers_json

                files[ANSWERS_JSON] = answers_json(sheet.id, sheet.revision, answers)
            container = build_package(
                files, identity, revision=sheet.revision, reason=SIGN_REASON, pdf_signed=True
            )
        except (PackageError, PadesError) as exc:
            raise ExportError(str(exc)) from exc
        except Exception as exc:  # a signing library failing is still the user's export
            raise ExportError(
                translate("export", "Kunne ikke signere pakken: {error}").format(error=exc)
            ) from exc
        outputs["package"] = (
            package_filename(sheet.identification.title, sheet.revision),
            container,
        )
    # Loose copies beside the package; with a package the PDF is the signed one.
    if pdf:
        outputs["pdf"] = (f"{base}.pdf", pdf_bytes)
    if xlsx:
        outputs["xlsx"] = (f"{base}.xlsx", xlsx_bytes)
    if json:
        outputs["json"] = (f"{base}.json", json_bytes)

    steps.next(translate("export", "Skriver filer"))
    result.files = _write_all(out_dir, outputs)
    steps.done()
    return result


def export_stored_sheet(
    store: StoredSheets,
    sheet_id: uuid.UUID,
    catalog: Catalog,
    out_dir: Path,
    *,
    pdf: bool = False,
    xlsx: bool = False,
    json: bool = False,
    package: bool = False,
    identity: Identity | None = None,
    working_copy: Sheet | None = None,
    token: WriteToken | None = None,
    progress: ProgressCallback | None = None,
    today: date | None = None,
    note: str = FREEZE_NOTE,
) -> ExportResult:
    """Export a sheet from the store; a package freezes and signs a revision.

    `working_copy` is the live sheet object the editor holds (already saved to the
    store); it is updated in place when a new revision is saved, so the editor keeps
    the right revision number. Without it the sheet is loaded from the store. `token`
    (store.repository.WriteToken) is the write version the working copy was read at:
    freezing refuses to write over another writer's newer working copy.
    """
    if working_copy is None:
        from prosjektark.store.repository import WriteToken

        token = token if token is not None else WriteToken()
        sheet = store.load(sheet_id, token)
    else:
        sheet = working_copy
    revision = None  # the frozen revision a package signs
    answers: list[Answer] = []
    if package:
        from prosjektark.exchange.remarks_package import answers_to_deliver

        # Refuse before saving a version: a sheet with errors must not gain a revision here.
        _refuse_unsignable(identity, sheet, check_sheet(sheet, catalog, today=today))
        revision = freeze_revision(store, sheet, note, token)
        sheet = store.load_revision(sheet.id, revision)
        answers = answers_to_deliver(store.answers(sheet.id))
    result = export_sheet(
        sheet,
        catalog,
        out_dir,
        pdf=pdf,
        xlsx=xlsx,
        json=json,
        package=package,
        identity=identity,
        attachment_path=store.attachment_path,
        progress=progress,
        today=today,
        answers=answers,
        history=store.history(sheet.id),
    )
    if revision is not None:
        store.mark_signed(sheet.id, revision, token)
        assert result.package is not None
        store.add_outbox_entry(sheet.id, revision, sheet.identification.title, result.package)
        if answers:
            store.mark_answers_delivered([a.id for a in answers], revision)
    return result


def freeze_revision(
    store: StoredSheets, sheet: Sheet, note: str = FREEZE_NOTE, token: WriteToken | None = None
) -> int:
    """The revision to sign: the latest one when the working copy equals it, else a new one."""
    revisions = store.revisions(sheet.id)
    if revisions:
        latest = revisions[-1]
        body = sheet.model_dump_json()
        if latest.revision == sheet.revision and latest.sha256 == _sha256(body.encode()):
            return latest.revision
    return store.save_version(sheet, note=note, token=token)


# ------------------------------------------------------------------ helpers


class _Steps:
    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self.callback = callback
        self.total = max(total, 1)
        self.index = 0

    def next(self, label: str) -> None:
        self._report(label, self.index / self.total)
        self.index += 1

    def done(self) -> None:
        if self.callback is not None:
            self.callback(translate("export", "Ferdig"), 1.0)

    def _report(self, label: str, fraction: float) -> None:
        if self.callback is not None and self.callback(label, fraction) is False:
            raise ExportCancelled()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Letters NFKD cannot take apart into an ASCII letter and accents (Sámi and others);
# package.slugify handles æ, ø, å and the accented ones.
_MEMBER_TRANSLIT = str.maketrans(
    {"ŋ": "n", "Ŋ": "N", "đ": "d", "Đ": "D", "ŧ": "t", "Ŧ": "T", "ł": "l", "Ł": "L"}
)
_SUFFIX = re.compile(r"\.[a-z0-9]{1,10}")


def attachment_members(attachments: Sequence[Attachment]) -> list[str]:
    """The package member name of each attachment, in order: «vedlegg/NN-name.ext», plain
    ASCII (letters transliterated, the rest a hyphen), numbered by place in the sheet so
    that names are unique and the same for the same sheet.

    Some ASiC readers save a file under the manifest's URI as it stands, so a name that
    needs percent-encoding would arrive as «Situasjonsplan%20Tr%C3%A5kkvegen…». The
    original name stays in the sheet (Attachment.filename), and a reader pairs member
    and attachment by SHA-256 (package_reader.VerificationResult.attachment_names)."""
    from prosjektark.exchange.package import ATTACHMENT_DIR, slugify

    width = max(2, len(str(len(attachments))))
    names: list[str] = []
    for number, attachment in enumerate(attachments, start=1):
        original = PurePath(attachment.filename.replace("\\", "/")).name
        original = unicodedata.normalize("NFC", original).translate(_MEMBER_TRANSLIT)
        stem, suffix = PurePath(original).stem, PurePath(original).suffix
        ascii_suffix = "." + slugify(suffix, max_length=10) if suffix else ""
        if not _SUFFIX.fullmatch(ascii_suffix):  # «.pdf» stays; «.» or «.–» goes
            stem, ascii_suffix = original, ""
        names.append(
            f"{ATTACHMENT_DIR}{number:0{width}d}-{slugify(stem) or 'vedlegg'}{ascii_suffix}"
        )
    return names


def _attachment_files(
    attachments: list[Attachment], attachment_path: AttachmentPath | None
) -> dict[str, bytes]:
    from prosjektark.domain.filetypes import HEAD_BYTES, type_mismatch

    files: dict[str, bytes] = {}
    missing: list[str] = []
    for att, member in zip(attachments, attachment_members(attachments), strict=True):
        try:
            if attachment_path is None:
                raise FileNotFoundError(att.filename)
            data = Path(attachment_path(att)).read_bytes()
        except Exception:  # StoreError, OSError: the same for the user
            missing.append(att.filename)
            continue
        if _sha256(data) != att.sha256:
            raise ExportError(
                translate(
                    "export",
                    "Vedlegget «{name}» er endret eller skadet siden det ble lagt ved "
                    "(sjekksummen stemmer ikke). Legg det ved på nytt.",
                ).format(name=att.filename)
            )
        # Attached before the program looked at content: the receiver would refuse it.
        problem = type_mismatch(att.filename, att.media_type, data[:HEAD_BYTES])
        if problem:
            raise ExportError(
                translate(
                    "export",
                    "{problem} Pakken kan ikke lages med dette vedlegget: fjern det og legg ved "
                    "riktig fil.",
                ).format(problem=problem)
            )
        files[member] = data
    if missing:
        raise ExportError(
            translate(
                "export", "Fant ikke disse vedleggene, så pakken kan ikke lages: {names}."
            ).format(names=", ".join(missing))
        )
    return files


def _write_all(out_dir: Path, outputs: dict[str, tuple[str, bytes]]) -> dict[str, Path]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(
            translate("export", "Kunne ikke opprette mappen «{folder}»: {error}").format(
                folder=out_dir, error=exc.strerror or exc
            )
        ) from exc
    written: dict[str, Path] = {}
    for kind, (name, data) in outputs.items():
        target = out_dir / name
        write_atomic(target, data, sync_dir=False)
        written[kind] = target
    fsync_dir(out_dir)  # once for all the renames
    return written


def write_atomic(target: Path, data: bytes, *, sync_dir: bool = True) -> None:
    """durable.write_atomic with the failure as an ExportError (Norwegian)."""
    try:
        durable.write_atomic(target, data, sync_dir=sync_dir)
    except OSError as exc:
        raise ExportError(
            translate("export", "Kunne ikke skrive «{file}»: {error}").format(
                file=target, error=exc.strerror or exc
            )
        ) from exc
