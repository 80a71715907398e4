"""`prosjektark <command>`: headless commands; no command opens the window.

Each command lives in prosjektark.commands.<name> with a `run(args) -> int`, and calls
the same functions the UI calls. Heavy imports happen inside the commands.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from importlib import import_module

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

# argparse's own words, in Norwegian: it looks them up through its module-level `_`.
_ARGPARSE_NB = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "expected one argument": "forventet én verdi",
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; say it in Norwegian
        self.print_usage(sys.stderr)
        print(f"prosjektark: feil i kommandolinjen: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNREADABLE)


def _sheet_id(text: str) -> uuid.UUID:
    """`--id`: read once here, so every command gets a UUID or exits 2 with the reason."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en gyldig UUID.") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="prosjektark", description="Prosjektark for byvekstavtaler.")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="åpne hovedvinduet og ett ark, lukk, skriv én JSON-linje og avslutt",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("check", help="sjekk et prosjektark mot programmets regler")
    p.add_argument("sheet", help="prosjektark i JSON (prosjektark/1.x)")
    p.add_argument("--profile", help="avtaleprofil (f.eks. miljopakken, miljoloftet)")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("examples", help="skriv eksempelarkene som JSON")
    p.add_argument("--out", required=True, help="mappe å skrive til")

    p = sub.add_parser("export", help="eksporter et ark som PDF, Excel og/eller pakke")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("sheet", nargs="?", help="prosjektark i JSON")
    src.add_argument("--id", help="UUID for et ark i den lokale databasen")
    p.add_argument("--out", required=True, help="mappe å skrive til")
    p.add_argument("--pdf", action="store_true", help="PDF (uten formatvalg: PDF, Excel og JSON)")
    p.add_argument("--xlsx", action="store_true", help="Excel-arbeidsbok")
    p.add_argument("--package", action="store_true", help="signert pakke (.asice)")
    p.add_argument("--identity", help="PKCS#12-fil (standard: din egen identitet)")
    p.add_argument(
        "--passphrase-env",
        help="navnet på miljøvariabelen med passordet (gir også signert pakke)",
    )

    p = sub.add_parser("verify", help="verifiser en signert pakke (.asice)")
    p.add_argument("package")
    p.add_argument("--trust", required=True, help="PEM-fil eller mappe med sertifikater")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("import", help="importer signerte pakker (sekretariatet)")
    p.add_argument("packages", nargs="+", help="pakker (.asice), eller mapper med pakker")
    p.add_argument("--trust", help="PEM-fil eller mappe med sertifikater")

    p = sub.add_parser(
        "handover", help="overfør et levert ark til en annen avsender (sekretariatet)"
    )
    p.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--to",
        metavar="FINGERAVTRYKK",
        help="SHA-256-fingeravtrykket til sertifikatet til den nye eieren",
    )
    what.add_argument("--list", action="store_true", help="vis eieren og alle overføringer")
    p.add_argument("--name", metavar="NAVN", help="navnet på den nye eieren (med --to)")
    p.add_argument("--reason", metavar="TEKST", help="hvorfor arket overføres (med --to)")

    p = sub.add_parser("add", help="legg et prosjektark (JSON) inn i den lokale databasen")
    p.add_argument("sheet", help="prosjektark i JSON; arket beholder sin UUID")

    p = sub.add_parser("review", help="endre saksstatusen til et levert ark (sekretariatet)")
    p.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    p.add_argument("--state", required=True, metavar="STATUS", help="id-en til saksstatusen")
    p.add_argument("--comment", metavar="TEKST", default="", help="kommentar i sakshistorikken")

    p = sub.add_parser("remark", help="skriv en merknad til et levert ark (sekretariatet)")
    p.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    p.add_argument("--field", metavar="STI", default="", help="feltet merknaden gjelder")
    p.add_argument("--text", required=True, metavar="TEKST", help="merknaden")

    p = sub.add_parser("remarks", help="send og motta signerte merknader")
    rsub = p.add_subparsers(dest="remarks_command", required=True, parser_class=_Parser)
    q = rsub.add_parser("export", help="lag en signert merknadspakke (sekretariatet)")
    q.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    q.add_argument("--out", required=True, help="mappe å skrive til")
    q.add_argument("--passphrase-env", required=True, help="miljøvariabelen med passordet")
    q = rsub.add_parser("import", help="importer en signert merknadspakke (arbeidsgruppen)")
    q.add_argument("package")
    q.add_argument("--trust", required=True, help="PEM-fil eller mappe med sertifikater")

    p = sub.add_parser("history", help="vis sakshistorikken til et ark")
    p.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("outbox", help="utboksen: eksporterte pakker")
    osub = p.add_subparsers(dest="outbox_command", required=True, parser_class=_Parser)
    q = osub.add_parser("list", help="vis pakkene i utboksen")
    q.add_argument("--format", choices=["text", "json"], default="text")
    q = osub.add_parser("send", help="kopier pakkene som er klare til leveringsmappen")
    q.add_argument("--to", required=True, metavar="MAPPE", help="leveringsmappen")

    p = sub.add_parser("diff", help="vis hva som er endret mellom to versjoner av et ark")
    p.add_argument(
        "--id", required=True, type=_sheet_id, metavar="UUID", help="UUID for prosjektarket"
    )
    p.add_argument(
        "--from",
        dest="from_version",
        required=True,
        metavar="N",
        help="den eldre versjonen (revisjonsnummer)",
    )
    p.add_argument(
        "--to",
        dest="to_version",
        default="working",
        metavar="M",
        help="den nyere versjonen: et revisjonsnummer, eller «working» for arbeidskopien"
        " (standard)",
    )
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("portfolio", help="skriv porteføljen til Excel")
    p.add_argument("--out", required=True)
    p.add_argument("--profile", help="bare ark i denne avtaleprofilen")

    p = sub.add_parser(
        "scenario", help="scenarioer og forslag til handlingsprogram (sekretariatet)"
    )
    ssub = p.add_subparsers(dest="scenario_command", required=True, parser_class=_Parser)
    q = ssub.add_parser("new", help="lag et scenario av porteføljen til et program")
    q.add_argument("name", metavar="NAVN", help="scenarioets navn")
    q.add_argument(
        "--profile", required=True, help="avtaleprofil (f.eks. miljopakken, miljoloftet)"
    )
    q = ssub.add_parser("list", help="vis scenarioene")
    q.add_argument("--profile", help="bare scenarioer i denne avtaleprofilen")
    q.add_argument("--format", choices=["text", "json"], default="text")
    q = ssub.add_parser("export", help="skriv forslaget til handlingsprogram som PDF og Excel")
    q.add_argument("name", metavar="NAVN", help="scenarioets navn")
    q.add_argument("--out", required=True, help="mappe å skrive til")
    q.add_argument(
        "--profile", help="avtaleprofilen, når flere programmer har et scenario med navnet"
    )
    q.add_argument("--passphrase-env", help="miljøvariabelen med passordet (gir signert forslag)")
    q.add_argument(
        "--overwrite",
        action="store_true",
        help="erstatt filer med samme navn i mappen; uten dette skrives ingenting over",
    )

    p = sub.add_parser("frames", help="programmets rammer per år og kilde, som CSV")
    fsub = p.add_subparsers(dest="frames_command", required=True, parser_class=_Parser)
    q = fsub.add_parser("import", help="erstatt rammene med linjene i en CSV-fil")
    q.add_argument("file", metavar="FIL", help="CSV: år;kilde;part;beløp_mnok")
    q.add_argument("--profile", help="avtaleprofil (standard: programmets standardprofil)")
    q = fsub.add_parser("export", help="skriv rammene til en CSV-fil som Excel åpner")
    q.add_argument("file", metavar="FIL", help="filen å skrive")
    q.add_argument("--profile", help="avtaleprofil (standard: programmets standardprofil)")

    p = sub.add_parser("identity", help="signeringsidentitet")
    isub = p.add_subparsers(dest="identity_command", required=True, parser_class=_Parser)
    q = isub.add_parser("new", help="lag ny identitet")
    q.add_argument("--name", required=True)
    q.add_argument("--email", required=True)
    q.add_argument("--organisation", required=True)
    q.add_argument("--passphrase-env", required=True, help="miljøvariabelen med passordet")
    q.add_argument("--force", action="store_true", help="erstatt en eksisterende identitet")
    q = isub.add_parser("import", help="importer PKCS#12 fra organisasjonen")
    q.add_argument("file")
    q.add_argument("--passphrase-env", required=True, help="miljøvariabelen med filens passord")
    q.add_argument(
        "--new-passphrase-env",
        help="miljøvariabelen med et nytt passord for identiteten (når filens er for svakt)",
    )
    q.add_argument("--force", action="store_true", help="erstatt en eksisterende identitet")
    q = isub.add_parser("show", help="vis sertifikat og fingeravtrykk")
    q.add_argument("--pem", help="skriv sertifikatet (PEM) til denne filen")
    return parser


_COMMANDS = {
    "check": "check",
    "examples": "examples",
    "export": "export",
    "verify": "verify",
    "import": "importer",
    "handover": "handover",
    "diff": "diff",
    "portfolio": "portfolio",
    "frames": "frames",
    "scenario": "scenario",
    "identity": "identity",
    "add": "add",
    "review": "review",
    "remark": "remark",
    "remarks": "remarks",
    "history": "history",
    "outbox": "outbox",
}


def _discard_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's flush at exit
    of what is still buffered does not raise BrokenPipeError again (the recipe in the
    Python documentation, «Note on SIGPIPE»)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no file descriptor (an in-memory stdout)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - kept to exit


def main(argv: list[str] | None = None) -> int:
    # The entry point may set this process-wide: the CLI is the whole process.
    argparse._ = lambda text: _ARGPARSE_NB.get(text, text)  # type: ignore[attr-defined]
    args = build_parser().parse_args(argv)
    if args.command is None:
        from prosjektark.ui.app import run_app

        return run_app(self_test=args.self_test)
    try:
        from prosjektark.logs import setup_logging

        setup_logging()  # commands log to the same file as the window
    except OSError:  # no usable log folder: the command still runs
        pass
    name = f"prosjektark.commands.{_COMMANDS[args.command]}"
    try:
        module = import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        print(
            f"prosjektark: kommandoen «{args.command}» finnes ikke i denne versjonen.",
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    code: int | None = None
    try:
        code = module.run(args)
        # Output to a pipe is buffered: a reader that went away shows up here, while the
        # command can still end quietly, rather than in the interpreter's final flush.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # `prosjektark verify … | head`: the reader has what it wanted. A command cut off
        # by it ends as if its output had been read (0 when it had not finished).
        _discard_stdout()
        return code if code is not None else EXIT_OK
    except Exception as exc:  # never a traceback on the command line
        from prosjektark.logs import report_unexpected

        where = f"prosjektark {args.command}"
        print(f"{where}: {report_unexpected(exc, where)}", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    raise SystemExit(main())
