"""`prosjektark export SHEET.json|--id UUID --out DIR [--pdf] [--xlsx] [--package]
[--identity P12] [--passphrase-env VAR]`.

Without a format flag the PDF, the Excel workbook and the sheet JSON are written, and
also the signed package when --passphrase-env is given (a passphrase means "sign").
The passphrase is only ever read from the environment variable named by
--passphrase-env; the identity defaults to the user's own (identity/identitet.p12 in
the data folder).

--id exports a sheet from the local database; a package then freezes the revision
(unsaved changes become a new version), marks it signed and lists it in the outbox.
Attachments of a sheet given as a JSON file are taken from the local attachment store
or, failing that, from a folder `vedlegg/` beside the JSON file.

Exit 0 written; 1 the sheet has errors and a package was asked for (the errors are
printed); 2 unreadable sheet, identity, passphrase or output folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import uuid
from pathlib import Path

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    print_line,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def formats(args: argparse.Namespace) -> dict[str, bool]:
    """Which formats to write: the flags given, else PDF + Excel + JSON (+ package)."""
    if args.pdf or args.xlsx or args.package:
        return {"pdf": args.pdf, "xlsx": args.xlsx, "json": False, "package": args.package}
    return {"pdf": True, "xlsx": True, "json": True, "package": bool(args.passphrase_env)}


@reports_failures(error_printer("export"))
def run(args: argparse.Namespace) -> int:
    from prosjektark.exchange.export import ExportError, error_summary

    for name in ("pyhanko", "pyhanko_certvalidator"):  # they log expected failures loudly
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    wanted = formats(args)
    passphrase = None
    identity_path = None
    if wanted["package"]:
        # Cheap input checks first; the passphrase itself is tried once the sheet passes.
        passphrase = _passphrase(args.passphrase_env)
        identity_path = _identity_path(args.identity)
    catalog = catalog_or_fail()  # the same price index the user's editor and `check` use
    out_dir = Path(args.out)
    if out_dir.exists() and not out_dir.is_dir():
        raise CommandFailed(
            translate("export", "«{path}» finnes og er ikke en mappe.").format(path=out_dir)
        )

    try:
        if args.id:
            result = _export_from_store(
                args.id, catalog, out_dir, wanted, identity_path, passphrase
            )
        else:
            result = _export_file(
                Path(args.sheet), catalog, out_dir, wanted, identity_path, passphrase
            )
    except ExportError as exc:
        if exc.findings:  # the sheet has errors: exit 1 with what to fix
            print_line(error_summary(exc.findings))
            return EXIT_FINDINGS
        raise CommandFailed(str(exc)) from exc

    for kind in ("package", "pdf", "xlsx", "json"):
        if kind in result.files:
            print_line(translate("export", "Skrev {path}").format(path=result.files[kind]))
    status = (
        translate("export", "Klar") if result.status == "klar" else translate("export", "Utkast")
    )
    errors = len(result.errors)
    warnings = sum(1 for f in result.findings if f.severity == "warning")
    print_line(
        translate("export", "Revisjon {revision}. Status: {status} ({errors}, {warnings}).").format(
            revision=result.revision,
            status=status,
            errors=(
                translate("export", "1 feil")
                if errors == 1
                else translate("export", "{n} feil").format(n=errors)
            ),
            warnings=(
                translate("export", "1 advarsel")
                if warnings == 1
                else translate("export", "{n} advarsler").format(n=warnings)
            ),
        )
    )
    if result.package is not None:
        print_line(
            translate(
                "export", "Pakken er signert og klar til å sendes til sekretariatet: {name}"
            ).format(name=result.package.name)
        )
    return EXIT_OK


def _passphrase(var: str | None) -> str:
    if not var:
        raise CommandFailed(
            translate(
                "export",
                "En signert pakke krever passordet til identiteten: oppgi --passphrase-env "
                "med navnet på en miljøvariabel som holder det.",
            )
        )
    value = os.environ.get(var)
    if not value:
        raise CommandFailed(
            translate(
                "export",
                "Miljøvariabelen {var} er ikke satt eller er tom; den skal holde passordet.",
            ).format(var=var)
        )
    return value


def _identity_path(given: str | None) -> Path:
    from prosjektark.paths import identity_dir
    from prosjektark.signing.identity import default_identity_path

    path = Path(given) if given else default_identity_path(identity_dir())
    if not path.is_file():
        if given:
            raise CommandFailed(
                translate("export", "Fant ikke identitetsfilen {path}.").format(path=path)
            )
        raise CommandFailed(
            translate(
                "export",
                "Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new» "
                "eller oppgi en PKCS#12-fil med --identity.",
            )
        )
    return path


def _signing_identity(sheet, catalog, wanted, path: Path | None, passphrase: str | None):
    """The identity to sign with, None without a package. A sheet that is not Klar (errors,
    or warnings not acknowledged) is refused first (ExportError with what blocks it), so
    the passphrase is only tried for a sheet that can be signed."""
    from prosjektark.domain.rules import check_sheet
    from prosjektark.exchange.export import ExportError, signing_blockers
    from prosjektark.signing.identity import IdentityError, load_identity

    if wanted["package"]:
        blockers = signing_blockers(sheet, check_sheet(sheet, catalog))
        if blockers:
            raise ExportError("", blockers)
    if path is None or passphrase is None:
        return None
    with failing_on(IdentityError):
        return load_identity(path, passphrase)


def _read_sheet(path: Path):
    from prosjektark.domain.sheet import SheetError, sheet_from_json

    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise CommandFailed(
            translate("export", "Finner ikke filen {path}.").format(path=path)
        ) from exc
    except OSError as exc:
        raise CommandFailed(
            translate("export", "Kan ikke lese {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        return sheet_from_json(data)
    except SheetError as exc:
        raise CommandFailed(
            translate("export", "{path} er ikke et gyldig prosjektark.").format(path=path)
            + f"\n{exc}"
        ) from exc


def _export_file(path, catalog, out_dir, wanted, identity_path, passphrase):
    from prosjektark.exchange.export import export_sheet

    sheet = _read_sheet(path)
    identity = _signing_identity(sheet, catalog, wanted, identity_path, passphrase)
    return export_sheet(
        sheet,
        catalog,
        out_dir,
        **wanted,
        identity=identity,
        attachment_path=_attachment_finder(path.parent),
    )


def _attachment_finder(sheet_dir: Path):
    """Look an attachment up in the user's store by checksum, then in vedlegg/ beside the
    JSON. The pipeline checks the checksum of whatever is found."""
    from prosjektark.paths import attachments_dir

    store_dir = attachments_dir()

    def find(attachment) -> Path:
        digest = attachment.sha256
        stored = store_dir / digest[:2] / digest
        if stored.is_file():
            return stored
        return sheet_dir / "vedlegg" / Path(attachment.filename).name

    return find


def _export_from_store(sheet_id_text, catalog, out_dir, wanted, identity_path, passphrase):
    from prosjektark.exchange.export import export_stored_sheet
    from prosjektark.store.repository import StoreError, WriteToken

    try:
        sheet_id = uuid.UUID(sheet_id_text)
    except ValueError as exc:
        raise CommandFailed(
            translate("export", "«{text}» er ikke en gyldig UUID.").format(text=sheet_id_text)
        ) from exc
    # Freezing and signing must not write over an edit another window saved meanwhile.
    token = WriteToken()
    with store_or_fail() as store, failing_on(StoreError):
        sheet = store.load(sheet_id, token)
        identity = _signing_identity(sheet, catalog, wanted, identity_path, passphrase)
        return export_stored_sheet(
            store,
            sheet_id,
            catalog,
            out_dir,
            **wanted,
            identity=identity,
            working_copy=sheet,
            token=token,
        )
