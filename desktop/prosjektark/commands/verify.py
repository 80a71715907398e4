"""`prosjektark verify PACKAGE.asice --trust PEM_OR_DIR [--format json]`.

The signers the machine-wide configuration trusts (its trust/ folder) are trusted too,
so without --trust the machine's list alone applies.

Exit 0 valid, 1 invalid (with the reasons), 2 unreadable package or trust list.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from prosjektark.i18n import translate

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def _quiet_libraries() -> None:
    # pyHanko logs expected failures (untrusted signer etc.) with tracebacks; the
    # reasons we print say the same in the user's words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def _emit(payload: dict[str, object], fmt: str, lines: list[str], to_stderr: bool) -> None:
    if fmt == "json":
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines), file=sys.stderr if to_stderr else sys.stdout)


def _unreadable(message: str, fmt: str) -> int:
    payload = {
        "valid": False,
        "reasons": [message],
        "signer": None,
        "fingerprint": None,
        "files": [],
    }
    _emit(payload, fmt, [f"prosjektark: {message}"], to_stderr=True)
    return EXIT_UNREADABLE


def _file_line(name: str, originals: dict[str, str]) -> str:
    """A file in the package, with the attachment's own name when the member has another."""
    original = originals.get(name)
    if original and original != name.rpartition("/")[2]:
        return f"  {name}  («{original}»)"
    return f"  {name}"


def run(args: argparse.Namespace) -> int:
    _quiet_libraries()
    fmt = getattr(args, "format", "text")
    try:
        from prosjektark.exchange.package_reader import verify_package
        from prosjektark.signing.trust import TrustError, load_trust

        try:
            trust = load_trust(getattr(args, "trust", None))
        except TrustError as exc:
            return _unreadable(str(exc), fmt)
        package = Path(args.package)
        if not package.is_file():
            return _unreadable(
                translate("verify", "Fant ikke pakken {path}.").format(path=package), fmt
            )
        from prosjektark.exchange.package_reader import SHEET_LAYOUT
        from prosjektark.exchange.proposal import PROPOSAL_LAYOUT
        from prosjektark.exchange.remarks_package import REMARKS_LAYOUT

        # Any package the program signs: a sheet's, a remarks package, a proposal.
        result = verify_package(
            package, trust, layout=(SHEET_LAYOUT, PROPOSAL_LAYOUT, REMARKS_LAYOUT)
        )
    except Exception as exc:  # never a traceback on the command line
        from prosjektark.logs import report_unexpected

        return _unreadable(report_unexpected(exc, "prosjektark verify"), fmt)

    signed_by = translate("verify", "Signert av:")
    if result.unreadable:
        lines = [translate("verify", "{file}: kan ikke leses.").format(file=package.name)]
        lines += [f"  - {r}" for r in result.reasons]
    elif result.valid:
        lines = [
            translate("verify", "{file}: GYLDIG").format(file=package.name),
            f"{signed_by:<12} {result.signer_subject}",
            f"{'SHA-256:':<12} {result.fingerprint}",
            translate("verify", "Filer:"),
            *(_file_line(name, result.attachment_names) for name in result.files),
        ]
    else:
        lines = [translate("verify", "{file}: UGYLDIG").format(file=package.name)]
        lines += [f"  - {r}" for r in result.reasons]
        if result.signer is not None:
            lines.append(f"{signed_by:<12} {result.signer_subject}")
            lines.append(f"{'SHA-256:':<12} {result.fingerprint}")
    _emit(result.to_json(), fmt, lines, to_stderr=False)
    return result.exit_code
