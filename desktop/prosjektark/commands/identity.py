"""`prosjektark identity new|import|show`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from prosjektark.domain.nb_format import format_date
from prosjektark.i18n import translate
from prosjektark.paths import identity_dir
from prosjektark.signing.identity import (
    IDENTITY_FILENAME,
    IdentityError,
    certificate_pem,
    create_identity,
    fingerprint_sha256,
    import_identity,
    load_certificate,
)

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


class _InputError(Exception):
    pass


def _err(message: str) -> None:
    print(f"prosjektark: {message}", file=sys.stderr)


def _passphrase(var: str) -> str:
    value = os.environ.get(var)
    if not value:
        raise _InputError(
            translate(
                "identity",
                "Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.",
            ).format(var=var)
        )
    return value


def _refuse_overwrite(directory: Path, args: argparse.Namespace) -> None:
    if (directory / IDENTITY_FILENAME).exists() and not getattr(args, "force", False):
        raise IdentityError(
            translate(
                "identity",
                "Det finnes allerede en identitet i {folder}. Flytt eller slett "
                "{file} først; ellers mister du nøkkelen din.",
            ).format(folder=directory, file=IDENTITY_FILENAME)
        )


def describe(cert: x509.Certificate) -> list[str]:
    """Name, e-mail, organisation, validity and fingerprint, one line each."""

    def attr(oid: x509.ObjectIdentifier) -> str:
        values = cert.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else "–"

    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        email = ", ".join(san.value.get_values_for_type(x509.RFC822Name)) or attr(
            NameOID.EMAIL_ADDRESS
        )
    except x509.ExtensionNotFound:
        email = attr(NameOID.EMAIL_ADDRESS)
    start = format_date(cert.not_valid_before_utc.astimezone().date())
    end = format_date(cert.not_valid_after_utc.astimezone().date())
    rows = [
        (translate("identity", "Navn:"), attr(NameOID.COMMON_NAME)),
        (translate("identity", "E-post:"), email),
        (translate("identity", "Organisasjon:"), attr(NameOID.ORGANIZATION_NAME)),
        (translate("identity", "Gyldig:"), f"{start} – {end}"),
        ("SHA-256:", fingerprint_sha256(cert)),
    ]
    return [_row(label, value) for label, value in rows]


def _row(label: str, value: str) -> str:
    """«Label:» and the value in a column of its own, as long as the labels allow."""
    return f"{label:<14} {value}"


def _new(args: argparse.Namespace) -> int:
    directory = identity_dir()
    _refuse_overwrite(directory, args)
    identity = create_identity(
        args.name, args.email, args.organisation, _passphrase(args.passphrase_env), directory
    )
    print(translate("identity", "Ny identitet lagret i {path}").format(path=identity.path))
    print("\n".join(describe(identity.certificate)))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise _InputError(translate("identity", "Fant ikke filen {path}.").format(path=source))
    directory = identity_dir()
    _refuse_overwrite(directory, args)
    new_env = getattr(args, "new_passphrase_env", None)
    identity = import_identity(
        source,
        _passphrase(args.passphrase_env),
        directory,
        new_passphrase=_passphrase(new_env) if new_env else None,
    )
    print(translate("identity", "Identitet importert til {path}").format(path=identity.path))
    print("\n".join(describe(identity.certificate)))
    if identity.chain:
        count = (
            translate("identity", "1 sertifikat")
            if len(identity.chain) == 1
            else translate("identity", "{n} sertifikater").format(n=len(identity.chain))
        )
        print(_row(translate("identity", "Kjede:"), count))
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    cert = load_certificate(identity_dir())
    print("\n".join(describe(cert)))
    if args.pem:
        out = Path(args.pem)
        try:
            out.write_bytes(certificate_pem(cert))
        except OSError as exc:
            raise IdentityError(
                translate("identity", "Kunne ikke skrive {path}: {reason}").format(
                    path=out, reason=exc.strerror
                )
            ) from exc
        print(translate("identity", "Sertifikatet (PEM) er skrevet til {path}").format(path=out))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    handlers = {"new": _new, "import": _import, "show": _show}
    try:
        return handlers[args.identity_command](args)
    except _InputError as exc:
        _err(str(exc))
        return EXIT_INPUT
    except IdentityError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except Exception as exc:  # never a traceback on the command line
        from prosjektark.logs import report_unexpected

        _err(report_unexpected(exc, f"prosjektark identity {args.identity_command}"))
        return EXIT_FAILED
