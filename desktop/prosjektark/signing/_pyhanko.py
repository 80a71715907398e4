"""Small bridges between cryptography objects and pyHanko/asn1crypto."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine, Iterable
from typing import Any, TypeVar

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from prosjektark.signing.identity import Identity

T = TypeVar("T")

# Self-signed member certificates carry both; organisation certificates may carry either.
KEY_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion, also when called from inside a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def to_asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def from_asn1_cert(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


def signer_for(identity: Identity) -> SimpleSigner:
    # The unencrypted PKCS#8 exists only in memory, handed straight to pyHanko.
    key_der = identity.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    # pyHanko embeds the signer's certificate and every one in the registry as they come:
    # each certificate once, the signer's not again.
    chain = {c: None for c in identity.chain if c != identity.certificate}
    return SimpleSigner(
        signing_cert=to_asn1_cert(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([to_asn1_cert(c) for c in chain]),
    )


def validation_context(
    trust_roots: Iterable[x509.Certificate], other_certs: Iterable[x509.Certificate] = ()
) -> ValidationContext:
    return ValidationContext(
        trust_roots=[to_asn1_cert(c) for c in trust_roots],
        other_certs=[to_asn1_cert(c) for c in other_certs],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
