"""Who the user is in the case history: the name and SHA-256 fingerprint of their own
certificate (their signing identity), read when asked so an identity made during the
session is used from then on. Without an identity there is no name to give: the entry
says so rather than using the login name, which says nothing to the other side."""

from __future__ import annotations

from prosjektark.domain.caseflow import NOBODY, Actor


def current_actor() -> Actor:
    from prosjektark import paths
    from prosjektark.signing.identity import IdentityError, fingerprint_sha256, load_certificate
    from prosjektark.store.ownership import normalise_fingerprint

    try:
        cert = load_certificate(paths.identity_dir())
    except (IdentityError, OSError, ValueError):
        return NOBODY
    if cert is None:
        return NOBODY
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    name = str(names[0].value) if names else cert.subject.rfc4514_string()
    return Actor(name, normalise_fingerprint(fingerprint_sha256(cert)))
