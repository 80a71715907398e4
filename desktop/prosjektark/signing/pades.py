"""PAdES signatures (pyHanko) with a visible stamp, and their validation.

pyHanko makes the whole signature: field, stamp appearance, byte range and the CMS
(baseline B: content-type, message-digest, signing-certificate-v2; the time is the PDF's
/M entry). Two things are set here rather than left at pyHanko's defaults:
- the stamp is drawn in an embedded font, wrapped to its box (signing.stamp), with the
  time in Norwegian format, and /M holds the very moment the stamp shows;
- the file stays PDF 1.7. For a P-256 key pyHanko would declare the ISO 32002 extension,
  which raises the catalog's /Version to 2.0; PDF/A-2 is PDF 1.7, and the PAdES
  extension (ESIC, base version 1.7) is what PAdES on 1.7 needs.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers import constants
from pyhanko.sign.validation import async_validate_pdf_signature

from prosjektark.domain.nb_format import format_datetime
from prosjektark.i18n import translate
from prosjektark.signing._pyhanko import (
    KEY_USAGE,
    from_asn1_cert,
    run_sync,
    signer_for,
    validation_context,
)
from prosjektark.signing.identity import Identity
from prosjektark.signing.stamp import StampFontError, layout_text, missing_characters, stamp_style

FIELD_NAME = "Prosjektark-signatur"
# Lower left of an A4 page, clear of the page-number footer most layouts use.
STAMP_BOX = (36, 60, 306, 130)
PDF_VERSION = (1, 7)


class PadesError(Exception):
    """The PDF could not be signed or read; the message is in the current language."""


def default_stamp_text(identity: Identity, revision: int | None) -> str:
    # In the current language: a sheet's PDF is signed inside its own language's block.
    lines = [translate("pades", "Signert av: {name}").format(name=identity.name)]
    if identity.organisation:
        lines.append(identity.organisation)
    lines.append(translate("pades", "Tid: {time}").format(time="%(ts)s"))
    if revision is not None:
        lines.append(translate("pades", "Revisjon: {revision}").format(revision=revision))
    return "\n".join(lines)


class _PdfSigner(signers.PdfSigner):
    def __init__(self, *args, signing_time: dt.datetime, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def register_extensions(self, pdf_out: BasePdfFileWriter, *, md_algorithm: str) -> None:
        # Only the PAdES extension, on PDF 1.7 (see the module docstring).
        pdf_out.ensure_output_version(version=PDF_VERSION)
        if pdf_out.output_version < (2, 0):
            pdf_out.register_extension(constants.ESIC_EXTENSION_1)

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only)
        # pyHanko takes its own clock reading for /M; the stamp shows ours, so they agree.
        session.system_time = self._signing_time
        return session


def sign_pdf(
    pdf_bytes: bytes,
    identity: Identity,
    *,
    reason: str = "Godkjent prosjektark",
    stamp_text: str | None = None,
    revision: int | None = None,
    page: int = 0,
    box: tuple[float, float, float, float] = STAMP_BOX,
) -> bytes:
    """A PAdES baseline-B signature with a visible stamp in `box` (x1, y1, x2, y2 in
    points) on `page` (0 first, -1 last).

    stamp_text may use %(ts)s for the signing time («30.11.2026 kl. 06:22», local time)
    and %(signer)s for the signer's name; by default it names signer, organisation, time
    and revision. Long lines wrap within the box.
    """
    signing_time = dt.datetime.now().astimezone()
    template = stamp_text if stamp_text is not None else default_stamp_text(identity, revision)
    text = template.replace("%(signer)s", identity.name).replace(
        "%(ts)s", format_datetime(signing_time)
    )
    try:
        missing = missing_characters(text)
    except StampFontError as exc:
        raise PadesError(str(exc)) from exc
    if missing:
        listed = ", ".join(f"«U+{ord(ch):04X} {ch}»" for ch in missing)
        raise PadesError(
            translate(
                "pades", "Signaturstempelet kan ikke vise disse tegnene: {characters}."
            ).format(characters=listed)
        )
    x1, y1, x2, y2 = box
    stamp = layout_text(text, x2 - x1, y2 - y1)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
        page_count = int(writer.root["/Pages"]["/Count"])
        on_page = page if page >= 0 else page_count + page
        pdf_signer = _PdfSigner(
            signers.PdfSignatureMetadata(
                field_name=FIELD_NAME,
                reason=reason,
                name=identity.name,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
            ),
            signer=signer_for(identity),
            stamp_style=stamp_style(stamp),
            new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=on_page, box=box),
            signing_time=signing_time,
        )
        out = io.BytesIO()
        # Room for the CMS named up front: without it pyHanko signs once more as a dry run
        # to measure it (a fifth of an export). Counted in hex digits, two per byte. The
        # certificates are the part that varies; the margin holds the signed attributes
        # and any signature value up to RSA-16384.
        reserved = 2 * (sum(len(der) for der in _certificates_der(identity)) + 4096)
        run_sync(pdf_signer.async_sign_pdf(writer, output=out, bytes_reserved=reserved))
    except Exception as exc:
        raise PadesError(
            translate("pades", "Kunne ikke signere PDF-en: {reason}").format(reason=exc)
        ) from exc
    return out.getvalue()


def _certificates_der(identity: Identity) -> list[bytes]:
    return [
        cert.public_bytes(serialization.Encoding.DER)
        for cert in (identity.certificate, *identity.chain)
    ]


@dataclass
class PdfSignatureReport:
    signed: bool
    valid: bool = False  # cryptographically sound and intact
    intact: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    signer: x509.Certificate | None = None
    reason: str | None = None
    signing_time: dt.datetime | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.signed and self.valid and self.intact and self.trusted and self.covers_whole_file
        )


def verify_pdf(pdf_bytes: bytes, trust_certs: list[x509.Certificate]) -> PdfSignatureReport:
    """Validate the last signature in the PDF against trust_certs as trust roots."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        sigs = reader.embedded_regular_signatures
    except Exception as exc:
        raise PadesError(translate("pades", "PDF-filen kan ikke leses.")) from exc
    if not sigs:
        return PdfSignatureReport(
            signed=False, problems=[translate("pades", "PDF-en er ikke signert.")]
        )
    embedded = sigs[-1]
    try:
        status = run_sync(
            async_validate_pdf_signature(
                embedded,
                signer_validation_context=validation_context(trust_certs),
                key_usage_settings=KEY_USAGE,
            )
        )
    except Exception as exc:
        return PdfSignatureReport(
            signed=True,
            problems=[
                translate("pades", "PDF-signaturen kunne ikke kontrolleres: {reason}").format(
                    reason=exc
                )
            ],
        )
    coverage = status.coverage
    whole = coverage is not None and coverage.name == "ENTIRE_FILE"
    reason = embedded.sig_object.get("/Reason")
    return PdfSignatureReport(
        signed=True,
        valid=bool(status.valid),
        intact=bool(status.intact),
        trusted=bool(status.trusted),
        covers_whole_file=whole,
        signer=from_asn1_cert(status.signing_cert) if status.signing_cert is not None else None,
        reason=str(reason) if reason is not None else None,
        signing_time=status.signer_reported_dt,
    )
