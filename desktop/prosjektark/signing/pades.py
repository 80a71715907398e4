"""PAdES signatures (pyHanko) with a visible stamp, and their validation."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from cryptography import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfTBSDocument
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.stamp import TextStampStyle

from prosjektark.signing._pyhanko import (
    KEY_USAGE,
    from_asn1_cert,
    run_sync,
    signer_for,
    validation_context,
)
from prosjektark.signing.cms import reserved_hex_size, signed_data
from prosjektark.signing.identity import Identity

FIELD_NAME = "Prosjektark-signatur"
# Lower left of an A4 page, clear of the page-number footer most layouts use.
STAMP_BOX = (36, 60, 306, 130)


class PadesError(Exception):
    """The PDF could not be signed or read; Norwegian message."""


def default_stamp_text(identity: Identity, revision: int | None) -> str:
    lines = [f"Signert av: {identity.name}"]
    if identity.organisation:
        lines.append(identity.organisation)
    lines.append("Tid: %(ts)s")
    if revision is not None:
        lines.append(f"Revisjon: {revision}")
    return "\n".join(lines)


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

    stamp_text may use %(ts)s for the signing time and %(signer)s for the signer's name;
    by default it names signer, organisation, time and revision.
    """
    text = stamp_text if stamp_text is not None else default_stamp_text(identity, revision)
    text = text.replace("%(signer)s", identity.name.replace("%", "%%"))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
        page_count = int(writer.root["/Pages"]["/Count"])
        on_page = page if page >= 0 else page_count + page
        pdf_signer = signers.PdfSigner(
            signers.PdfSignatureMetadata(
                field_name=FIELD_NAME,
                reason=reason,
                name=identity.name,
                subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256",
            ),
            signer=signer_for(identity),
            stamp_style=TextStampStyle(stamp_text=text, timestamp_format="%Y-%m-%d %H:%M %Z"),
            new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=on_page, box=box),
        )
        out = io.BytesIO()
        # pyHanko lays out the signature field, stamp and byte range; the CMS is ours
        # (signing.cms), which spares pyHanko's dry-run signature and its slow encoder.
        run_sync(_sign_with_own_cms(pdf_signer, writer, out, identity))
    except PadesError:
        raise
    except Exception as exc:
        raise PadesError(f"Kunne ikke signere PDF-en: {exc}") from exc
    return out.getvalue()


async def _sign_with_own_cms(
    pdf_signer: signers.PdfSigner,
    writer: IncrementalPdfFileWriter,
    out: io.BytesIO,
    identity: Identity,
) -> None:
    prepared, _tbs, output = await pdf_signer.async_digest_doc_for_signing(
        writer, bytes_reserved=reserved_hex_size(identity), output=out
    )
    signature = signed_data(prepared.document_digest, identity)
    await PdfTBSDocument.async_finish_signing(output, prepared, signature)


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
        raise PadesError("PDF-filen kan ikke leses.") from exc
    if not sigs:
        return PdfSignatureReport(signed=False, problems=["PDF-en er ikke signert."])
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
            signed=True, problems=[f"PDF-signaturen kunne ikke kontrolleres: {exc}"]
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
