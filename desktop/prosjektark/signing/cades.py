"""Detached CAdES-BES signatures (DER CMS) over arbitrary bytes, e.g. the ASiC manifest.

pyHanko's generic CMS signer builds the SignedData; in CAdES mode its signed attributes
are content-type, message-digest, signing-certificate-v2 and signing-time, which is what
CAdES-B-B asks for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from asn1crypto import cms
from cryptography import x509
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

from prosjektark.i18n import translate
from prosjektark.signing._pyhanko import (
    KEY_USAGE,
    from_asn1_cert,
    run_sync,
    signer_for,
    validation_context,
)
from prosjektark.signing.identity import Identity
from prosjektark.signing.trust import TrustStore


class CadesError(Exception):
    """The signature could not be made or parsed; message in the current language."""


def sign_detached(data: bytes, identity: Identity) -> bytes:
    """DER CMS SignedData without encapsulated content, with content-type, message-digest,
    signing-time and signing-certificate-v2 as signed attributes."""
    content_info = run_sync(
        signer_for(identity).async_sign_general_data(
            data,
            "sha256",
            detached=True,
            use_cades=True,
            # Given explicitly: pyHanko's own default is the machine's local zone.
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=dt.datetime.now(dt.UTC)),
        )
    )
    return content_info.dump()


@dataclass
class CadesReport:
    intact: bool  # message digest matches the content
    valid: bool  # the signature over the signed attributes is correct
    trusted: bool  # the signer is in (or chains to) the trust store, or is pinned
    signer: x509.Certificate | None
    signing_time: dt.datetime | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted


def _parse(signature: bytes) -> cms.SignedData:
    try:
        info = cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed = info["content"]
        signed.native  # noqa: B018 - force a full parse so errors surface here
    except Exception as exc:
        raise CadesError(
            translate("cades", "Signaturfilen er ikke en gyldig CMS-signatur (DER).")
        ) from exc
    if len(signed["signer_infos"]) != 1:
        raise CadesError(translate("cades", "Signaturfilen må inneholde nøyaktig én signatur."))
    if signed["encap_content_info"]["content"].native is not None:
        raise CadesError(
            translate("cades", "Signaturen er ikke løsrevet (detached), som ASiC-E krever.")
        )
    return signed


def verify_detached(data: bytes, signature: bytes, trust: TrustStore) -> CadesReport:
    """Check a detached CAdES signature over data and whether its signer is trusted."""
    signed = _parse(signature)
    embedded = [from_asn1_cert(c.chosen) for c in signed["certificates"] if c.name == "certificate"]
    context = validation_context(trust.certificates, embedded)
    try:
        status = run_sync(
            async_validate_detached_cms(
                data,
                signed,
                signer_validation_context=context,
                key_usage_settings=KEY_USAGE,
            )
        )
    except Exception as exc:
        raise CadesError(
            translate("cades", "Kunne ikke kontrollere signaturen: {reason}").format(reason=exc)
        ) from exc
    signer = from_asn1_cert(status.signing_cert) if status.signing_cert is not None else None
    problems: list[str] = []
    # A pinned fingerprint trusts exactly that certificate, whatever its chain.
    trusted = bool(status.trusted) or (signer is not None and trust.is_pinned(signer))
    if not trusted and status.trust_problem_indic is not None:
        problems.append(str(status.trust_problem_indic))
    return CadesReport(
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=trusted,
        signer=signer,
        signing_time=status.signer_reported_dt,
        problems=problems,
    )
