"""CMS SignedData (RFC 5652) with CAdES-BES signed attributes, encoded directly as DER.

Both signatures of a package go through here: the detached CAdES over the ASiC manifest
and the CMS inside the PDF's PAdES signature. pyHanko's general-purpose builder spends
10-15 ms per signature re-encoding asn1crypto objects; the structure we need is small and
fixed, so it is written out here byte for byte (well under a millisecond). pyHanko and
`openssl cms` verify the result in the tests.

Signed attributes: content-type (id-data), message-digest, signing-certificate-v2 (the
signer's certificate hash and issuer/serial, RFC 5035) and, except for PAdES, where the
time lives in the PDF's /M entry, signing-time.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from prosjektark.signing.identity import Identity

# ------------------------------------------------------------------ DER primitives

_SEQUENCE, _SET, _INTEGER, _OCTET_STRING, _NULL, _OID = 0x30, 0x31, 0x02, 0x04, 0x05, 0x06
_UTC_TIME, _GENERALIZED_TIME = 0x17, 0x18
_CONTEXT_0, _CONTEXT_4 = 0xA0, 0xA4  # constructed [0] and [4]


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return bytes([tag]) + _length(len(body)) + body


def _integer(value: int) -> bytes:
    return _tlv(_INTEGER, value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True))


def _oid(dotted: str) -> bytes:
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray()
    for arc in [40 * arcs[0] + arcs[1], *arcs[2:]]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        body += bytes(reversed(chunk))
    return _tlv(_OID, bytes(body))


def _set_of(tag: int, items: list[bytes]) -> bytes:
    # DER orders SET OF members by their encodings.
    return _tlv(tag, *sorted(items))


def _time(moment: dt.datetime) -> bytes:
    moment = moment.astimezone(dt.UTC)
    if 1950 <= moment.year < 2050:
        return _tlv(_UTC_TIME, moment.strftime("%y%m%d%H%M%SZ").encode("ascii"))
    return _tlv(_GENERALIZED_TIME, moment.strftime("%Y%m%d%H%M%SZ").encode("ascii"))


# ------------------------------------------------------------------ CMS pieces

_ID_DATA = _oid("1.2.840.113549.1.7.1")
_ID_SIGNED_DATA = _oid("1.2.840.113549.1.7.2")
_SHA256 = _tlv(_SEQUENCE, _oid("2.16.840.1.101.3.4.2.1"))
_ECDSA_SHA256 = _tlv(_SEQUENCE, _oid("1.2.840.10045.4.3.2"))
_RSA_SHA256 = _tlv(_SEQUENCE, _oid("1.2.840.113549.1.1.11"), _tlv(_NULL))
_ATTR_CONTENT_TYPE = _oid("1.2.840.113549.1.9.3")
_ATTR_MESSAGE_DIGEST = _oid("1.2.840.113549.1.9.4")
_ATTR_SIGNING_TIME = _oid("1.2.840.113549.1.9.5")
_ATTR_SIGNING_CERTIFICATE_V2 = _oid("1.2.840.113549.1.9.16.2.47")


def _attribute(kind: bytes, value: bytes) -> bytes:
    return _tlv(_SEQUENCE, kind, _tlv(_SET, value))


def _der(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _issuer_and_serial(cert_der: bytes) -> tuple[bytes, bytes]:
    """The issuer Name and the serial INTEGER exactly as encoded in the certificate."""
    tbs = asn1_x509.Certificate.load(cert_der)["tbs_certificate"]
    return tbs["issuer"].dump(), tbs["serial_number"].dump()


def _signing_certificate_v2(cert_der: bytes, issuer: bytes, serial: bytes) -> bytes:
    # ESSCertIDv2 with hashAlgorithm left at its DEFAULT (SHA-256), so omitted in DER.
    issuer_serial = _tlv(_SEQUENCE, _tlv(_SEQUENCE, _tlv(_CONTEXT_4, issuer)), serial)
    cert_id = _tlv(_SEQUENCE, _tlv(_OCTET_STRING, hashlib.sha256(cert_der).digest()), issuer_serial)
    return _tlv(_SEQUENCE, _tlv(_SEQUENCE, cert_id))


def _sign(identity: Identity, message: bytes) -> tuple[bytes, bytes]:
    """(signatureAlgorithm, signature value) over message with the identity's key."""
    key = identity.key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return _ECDSA_SHA256, key.sign(message, ec.ECDSA(hashes.SHA256()))
    if isinstance(key, rsa.RSAPrivateKey):
        return _RSA_SHA256, key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    raise TypeError(f"unsupported key type {type(key).__name__}")


def signed_data(
    digest: bytes, identity: Identity, *, signing_time: dt.datetime | None = None
) -> bytes:
    """A DER ContentInfo(SignedData), detached, over content whose SHA-256 is `digest`.

    With signing_time the signing-time attribute is included (CAdES); without it the
    structure is what PAdES baseline B asks for.
    """
    if len(digest) != 32:
        raise ValueError("digest must be a SHA-256 digest (32 bytes)")
    cert_der = _der(identity.certificate)
    issuer, serial = _issuer_and_serial(cert_der)
    attributes = [
        _attribute(_ATTR_CONTENT_TYPE, _ID_DATA),
        _attribute(_ATTR_MESSAGE_DIGEST, _tlv(_OCTET_STRING, digest)),
        _attribute(_ATTR_SIGNING_CERTIFICATE_V2, _signing_certificate_v2(cert_der, issuer, serial)),
    ]
    if signing_time is not None:
        attributes.append(_attribute(_ATTR_SIGNING_TIME, _time(signing_time)))
    # The signature covers the attributes encoded as a SET; they are stored as [0].
    signed_attrs = sorted(attributes)
    algorithm, signature = _sign(identity, _tlv(_SET, *signed_attrs))
    signer_info = _tlv(
        _SEQUENCE,
        _integer(1),
        _tlv(_SEQUENCE, issuer, serial),
        _SHA256,
        _tlv(_CONTEXT_0, *signed_attrs),
        algorithm,
        _tlv(_OCTET_STRING, signature),
    )
    certificates = {cert_der, *(_der(c) for c in identity.chain)}
    content = _tlv(
        _SEQUENCE,
        _integer(1),
        _tlv(_SET, _SHA256),
        _tlv(_SEQUENCE, _ID_DATA),
        _set_of(_CONTEXT_0, list(certificates)),
        _tlv(_SET, signer_info),
    )
    return _tlv(_SEQUENCE, _ID_SIGNED_DATA, _tlv(_CONTEXT_0, content))


def reserved_hex_size(identity: Identity) -> int:
    """Room to keep in a PDF for this identity's CMS, written as hex (two per byte).

    The signature value is the only part whose length varies (DER ECDSA), so a CMS over
    a dummy digest plus a margin for that is enough.
    """
    sample = signed_data(bytes(32), identity)
    return 2 * (len(sample) + 64)
