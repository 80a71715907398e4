"""`prosjektark <command>`: headless commands; no command opens the window, and
`prosjektark FILE.asice` opens it on that package (a file manager's or Explorer's
«Open with»).

Each command lives in prosjektark.commands.<name> with a `run(args) -> int`, and calls
the same functions the UI calls. Heavy imports happen inside the commands.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from importlib import import_module
from pathlib import Path

from prosjektark import i18n
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2

# argparse's own words (it looks them up through its module-level `_`), each in bokmål
# here, so that the catalogue holds them; the English catalogue gives argparse's own.
_ARGPARSE = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "bruk: "),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "argumenter"),
    "options": QT_TRANSLATE_NOOP("argparse", "valg"),
    "show this help message and exit": QT_TRANSLATE_NOOP(
        "argparse", "vis denne hjelpen og avslutt"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "disse argumentene mangler: %s"
    ),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("argparse", "ukjente argumenter: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "argparse", "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "forventet én verdi"),
    "expected at most one argument": QT_TRANSLATE_NOOP("argparse", "forventet høyst én verdi"),
    "expected at least one argument": QT_TRANSLATE_NOOP("argparse", "forventet minst én verdi"),
    "one of the arguments %s is required": QT_TRANSLATE_NOOP(
        "argparse", "ett av argumentene %s må være med"
    ),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP(
        "argparse", "argument %(argument_name)s: %(message)s"
    ),
    "not allowed with argument %s": QT_TRANSLATE_NOOP("argparse", "kan ikke brukes sammen med %s"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP(
        "argparse", "ugyldig %(type)s-verdi: %(value)r"
    ),
    "ambiguous option: %(option)s could match %(matches)s": QT_TRANSLATE_NOOP(
        "argparse", "tvetydig valg: %(option)s kan være %(matches)s"
    ),
    "ignored explicit argument %r": QT_TRANSLATE_NOOP("argparse", "argumentet %r ble ignorert"),
}


def _argparse_text(text: str) -> str:
    """argparse's `_`: its English text in the CLI's language (unknown texts as they are)."""
    source = _ARGPARSE.get(text)
    return text if source is None else translate("argparse", source)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; say it in our words
        self.print_usage(sys.stderr)
        text = translate("cli", "prosjektark: feil i kommandolinjen: {message}")
        print(text.format(message=message), file=sys.stderr)
        raise SystemExit(EXIT_UNREADABLE)


def _sheet_id(text: str) -> uuid.UUID:
    """`--id`: read once here, so every command gets a UUID or exits 2 with the reason."""
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "«{text}» er ikke en gyldig UUID.").format(text=text)
        ) from None


def _add_sheet_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--id",
        required=True,
        type=_sheet_id,
        metavar="UUID",
        help=translate("cli", "UUID for prosjektarket"),
    )


def _add_trust(parser: argparse.ArgumentParser) -> None:
    """--trust, optional: the machine's trusted signers always count (signing/trust.py)."""
    parser.add_argument(
        "--trust",
        help=translate(
            "cli", "PEM-fil eller mappe med sertifikater (i tillegg til maskinens tillitsliste)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    # argparse reads its own texts through its module-level `_`, some while the parser is
    # built (the -h help), the rest when it prints: ours answers in the current language.
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    parser = _Parser(
        prog="prosjektark",
        description=translate("cli", "Prosjektark for byvekstavtaler."),
        epilog=translate(
            "cli",
            "«prosjektark FIL.asice» åpner vinduet og kontrollerer den signerte pakken. "
            "En fil med samme navn som en kommando skrives med mappe foran, for eksempel "
            "./check.",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("cli", "åpne hovedvinduet og ett ark, lukk, skriv én JSON-linje og avslutt"),
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser(
        "check", help=translate("cli", "sjekk et prosjektark mot programmets regler")
    )
    p.add_argument("sheet", help=translate("cli", "prosjektark i JSON (prosjektark/1.x)"))
    p.add_argument(
        "--profile", help=translate("cli", "avtaleprofil (f.eks. miljopakken, miljoloftet)")
    )
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("examples", help=translate("cli", "skriv eksempelarkene som JSON"))
    p.add_argument("--out", required=True, help=translate("cli", "mappe å skrive til"))

    p = sub.add_parser(
        "export", help=translate("cli", "eksporter et ark som PDF, Excel og/eller pakke")
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("sheet", nargs="?", help=translate("cli", "prosjektark i JSON"))
    src.add_argument("--id", help=translate("cli", "UUID for et ark i den lokale databasen"))
    p.add_argument("--out", required=True, help=translate("cli", "mappe å skrive til"))
    p.add_argument(
        "--pdf",
        action="store_true",
        help=translate("cli", "PDF (uten formatvalg: PDF, Excel og JSON)"),
    )
    p.add_argument("--xlsx", action="store_true", help=translate("cli", "Excel-arbeidsbok"))
    p.add_argument(
        "--package", action="store_true", help=translate("cli", "signert pakke (.asice)")
    )
    p.add_argument(
        "--identity", help=translate("cli", "PKCS#12-fil (standard: din egen identitet)")
    )
    p.add_argument(
        "--passphrase-env",
        help=translate("cli", "navnet på miljøvariabelen med passordet (gir også signert pakke)"),
    )

    p = sub.add_parser("verify", help=translate("cli", "verifiser en signert pakke (.asice)"))
    p.add_argument("package")
    _add_trust(p)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("import", help=translate("cli", "importer signerte pakker (sekretariatet)"))
    p.add_argument(
        "packages", nargs="+", help=translate("cli", "pakker (.asice), eller mapper med pakker")
    )
    p.add_argument("--trust", help=translate("cli", "PEM-fil eller mappe med sertifikater"))

    p = sub.add_parser(
        "handover",
        help=translate("cli", "overfør et levert ark til en annen avsender (sekretariatet)"),
    )
    _add_sheet_id(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--to",
        metavar=translate("cli", "FINGERAVTRYKK"),
        help=translate("cli", "SHA-256-fingeravtrykket til sertifikatet til den nye eieren"),
    )
    what.add_argument(
        "--list", action="store_true", help=translate("cli", "vis eieren og alle overføringer")
    )
    p.add_argument(
        "--name",
        metavar=translate("cli", "NAVN"),
        help=translate("cli", "navnet på den nye eieren (med --to)"),
    )
    p.add_argument(
        "--reason",
        metavar=translate("cli", "TEKST"),
        help=translate("cli", "hvorfor arket overføres (med --to)"),
    )

    p = sub.add_parser(
        "add", help=translate("cli", "legg et prosjektark (JSON) inn i den lokale databasen")
    )
    p.add_argument("sheet", help=translate("cli", "prosjektark i JSON; arket beholder sin UUID"))

    p = sub.add_parser(
        "review", help=translate("cli", "endre saksstatusen til et levert ark (sekretariatet)")
    )
    _add_sheet_id(p)
    p.add_argument(
        "--state",
        required=True,
        metavar=translate("cli", "STATUS"),
        help=translate("cli", "id-en til saksstatusen"),
    )
    p.add_argument(
        "--comment",
        metavar=translate("cli", "TEKST"),
        default="",
        help=translate("cli", "kommentar i sakshistorikken"),
    )

    p = sub.add_parser(
        "remark", help=translate("cli", "skriv en merknad til et levert ark (sekretariatet)")
    )
    _add_sheet_id(p)
    p.add_argument(
        "--field",
        metavar=translate("cli", "STI"),
        default="",
        help=translate("cli", "feltet merknaden gjelder"),
    )
    p.add_argument(
        "--text",
        required=True,
        metavar=translate("cli", "TEKST"),
        help=translate("cli", "merknaden"),
    )

    p = sub.add_parser("remarks", help=translate("cli", "send og motta signerte merknader"))
    rsub = p.add_subparsers(dest="remarks_command", required=True, parser_class=_Parser)
    q = rsub.add_parser(
        "export", help=translate("cli", "lag en signert merknadspakke (sekretariatet)")
    )
    _add_sheet_id(q)
    q.add_argument("--out", required=True, help=translate("cli", "mappe å skrive til"))
    q.add_argument(
        "--passphrase-env", required=True, help=translate("cli", "miljøvariabelen med passordet")
    )
    q = rsub.add_parser(
        "import", help=translate("cli", "importer en signert merknadspakke (arbeidsgruppen)")
    )
    q.add_argument("package")
    _add_trust(q)

    p = sub.add_parser("history", help=translate("cli", "vis sakshistorikken til et ark"))
    _add_sheet_id(p)
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("outbox", help=translate("cli", "utboksen: eksporterte pakker"))
    osub = p.add_subparsers(dest="outbox_command", required=True, parser_class=_Parser)
    q = osub.add_parser("list", help=translate("cli", "vis pakkene i utboksen"))
    q.add_argument("--format", choices=["text", "json"], default="text")
    q = osub.add_parser(
        "send", help=translate("cli", "kopier pakkene som er klare til leveringsmappen")
    )
    q.add_argument(
        "--to",
        required=True,
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "leveringsmappen"),
    )

    p = sub.add_parser(
        "diff", help=translate("cli", "vis hva som er endret mellom to versjoner av et ark")
    )
    _add_sheet_id(p)
    p.add_argument(
        "--from",
        dest="from_version",
        required=True,
        metavar="N",
        help=translate("cli", "den eldre versjonen (revisjonsnummer)"),
    )
    p.add_argument(
        "--to",
        dest="to_version",
        default="working",
        metavar="M",
        help=translate(
            "cli",
            "den nyere versjonen: et revisjonsnummer, eller «working» for arbeidskopien (standard)",
        ),
    )
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("portfolio", help=translate("cli", "skriv porteføljen til Excel"))
    p.add_argument("--out", required=True)
    p.add_argument("--profile", help=translate("cli", "bare ark i denne avtaleprofilen"))

    p = sub.add_parser(
        "scenario",
        help=translate("cli", "scenarioer og forslag til handlingsprogram (sekretariatet)"),
    )
    ssub = p.add_subparsers(dest="scenario_command", required=True, parser_class=_Parser)
    q = ssub.add_parser(
        "new", help=translate("cli", "lag et scenario av porteføljen til et program")
    )
    q.add_argument(
        "name", metavar=translate("cli", "NAVN"), help=translate("cli", "scenarioets navn")
    )
    q.add_argument(
        "--profile",
        required=True,
        help=translate("cli", "avtaleprofil (f.eks. miljopakken, miljoloftet)"),
    )
    q = ssub.add_parser("list", help=translate("cli", "vis scenarioene"))
    q.add_argument("--profile", help=translate("cli", "bare scenarioer i denne avtaleprofilen"))
    q.add_argument("--format", choices=["text", "json"], default="text")
    q = ssub.add_parser(
        "export", help=translate("cli", "skriv forslaget til handlingsprogram som PDF og Excel")
    )
    q.add_argument(
        "name", metavar=translate("cli", "NAVN"), help=translate("cli", "scenarioets navn")
    )
    q.add_argument("--out", required=True, help=translate("cli", "mappe å skrive til"))
    q.add_argument(
        "--profile",
        help=translate("cli", "avtaleprofilen, når flere programmer har et scenario med navnet"),
    )
    q.add_argument(
        "--passphrase-env",
        help=translate("cli", "miljøvariabelen med passordet (gir signert forslag)"),
    )
    q.add_argument(
        "--overwrite",
        action="store_true",
        help=translate(
            "cli", "erstatt filer med samme navn i mappen; uten dette skrives ingenting over"
        ),
    )

    p = sub.add_parser(
        "frames", help=translate("cli", "programmets rammer per år og kilde, som CSV")
    )
    fsub = p.add_subparsers(dest="frames_command", required=True, parser_class=_Parser)
    q = fsub.add_parser("import", help=translate("cli", "erstatt rammene med linjene i en CSV-fil"))
    q.add_argument(
        "file",
        metavar=translate("cli", "FIL"),
        help=translate("cli", "CSV: år;kilde;part;beløp_mnok"),
    )
    q.add_argument(
        "--profile", help=translate("cli", "avtaleprofil (standard: programmets standardprofil)")
    )
    q = fsub.add_parser(
        "export", help=translate("cli", "skriv rammene til en CSV-fil som Excel åpner")
    )
    q.add_argument("file", metavar=translate("cli", "FIL"), help=translate("cli", "filen å skrive"))
    q.add_argument(
        "--profile", help=translate("cli", "avtaleprofil (standard: programmets standardprofil)")
    )

    p = sub.add_parser(
        "db",
        help=translate("cli", "databasen: status, oppgradering av serveren og kopiering"),
    )
    dsub = p.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    where = translate(
        "cli", "en annen database: en SQLite-fil eller en postgresql://-adresse (uten passord)"
    )
    q = dsub.add_parser(
        "status", help=translate("cli", "vis hvor databasen er og hvilken skjemaversjon den har")
    )
    q.add_argument("--url", metavar=translate("cli", "ADRESSE"), help=where)
    q.add_argument("--format", choices=["text", "json"], default="text")
    q = dsub.add_parser(
        "upgrade",
        help=translate("cli", "oppgrader databasen på serveren til dette programmets skjema"),
    )
    q.add_argument("--url", metavar=translate("cli", "ADRESSE"), help=where)
    q = dsub.add_parser(
        "copy", help=translate("cli", "kopier alt fra én database til en ny, tom, og kontroller")
    )
    q.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar=translate("cli", "KILDE"),
        help=translate("cli", "SQLite-fil eller postgresql://-adresse å kopiere fra"),
    )
    q.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar=translate("cli", "MÅL"),
        help=translate("cli", "ny SQLite-fil eller tom PostgreSQL-database å kopiere til"),
    )
    q.add_argument(
        "--from-attachments",
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "vedleggsmappen til en SQLite-kilde (standard: vedlegg ved filen)"),
    )
    q.add_argument(
        "--to-attachments",
        metavar=translate("cli", "MAPPE"),
        help=translate("cli", "vedleggsmappen til et SQLite-mål (standard: vedlegg ved filen)"),
    )

    p = sub.add_parser("identity", help=translate("cli", "signeringsidentitet"))
    isub = p.add_subparsers(dest="identity_command", required=True, parser_class=_Parser)
    q = isub.add_parser("new", help=translate("cli", "lag ny identitet"))
    q.add_argument("--name", required=True)
    q.add_argument("--email", required=True)
    q.add_argument("--organisation", required=True)
    q.add_argument(
        "--passphrase-env", required=True, help=translate("cli", "miljøvariabelen med passordet")
    )
    q.add_argument(
        "--force", action="store_true", help=translate("cli", "erstatt en eksisterende identitet")
    )
    q = isub.add_parser("import", help=translate("cli", "importer PKCS#12 fra organisasjonen"))
    q.add_argument("file")
    q.add_argument(
        "--passphrase-env",
        required=True,
        help=translate("cli", "miljøvariabelen med filens passord"),
    )
    q.add_argument(
        "--new-passphrase-env",
        help=translate(
            "cli", "miljøvariabelen med et nytt passord for identiteten (når filens er for svakt)"
        ),
    )
    q.add_argument(
        "--force", action="store_true", help=translate("cli", "erstatt en eksisterende identitet")
    )
    q = isub.add_parser("show", help=translate("cli", "vis sertifikat og fingeravtrykk"))
    q.add_argument("--pem", help=translate("cli", "skriv sertifikatet (PEM) til denne filen"))
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
    "db": "db",
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


SELF_TEST = "--self-test"


def _file_argument(argv: list[str]) -> str | None:
    """FILE in `prosjektark [--self-test] [--] FILE`, the way a file manager or Windows'
    file association starts the program; None when argv is for the commands' parser.

    A command's name is always the command (`./check` is the file), and a word that
    does not look like a path is left to argparse, which names the commands."""
    rest = [a for a in argv if a != SELF_TEST]
    if len(rest) == 2 and rest[0] == "--":
        return rest[1]
    if len(rest) != 1 or rest[0].startswith("-") or rest[0] in _COMMANDS:
        return None
    text = rest[0]
    separators = {os.sep, os.altsep or os.sep}
    if Path(text).exists() or any(sep in text for sep in separators) or Path(text).suffix:
        return text
    return None


def _open_file(text: str, self_test: bool) -> int:
    path = Path(text)
    if path.is_dir():
        message = translate("cli", "prosjektark: «{path}» er en mappe, ikke en pakke (.asice).")
    elif not path.is_file():
        message = translate("cli", "prosjektark: fant ikke filen «{path}».")
    else:
        from prosjektark.ui.app import run_app

        return run_app(self_test=self_test, package=path.resolve())
    # The windowed program on Windows has no console: there stderr is None, and the
    # file association only ever passes files that exist.
    if sys.stderr is not None:
        print(message.format(path=text), file=sys.stderr)
    return EXIT_UNREADABLE


def main(argv: list[str] | None = None) -> int:
    # The entry point may set this process-wide: the CLI is the whole process. The window
    # (started from here too) applies the user's own language setting itself later.
    i18n.set_language(i18n.language_from_environment())
    arguments = sys.argv[1:] if argv is None else argv
    file = _file_argument(arguments)
    if file is not None:
        return _open_file(file, self_test=SELF_TEST in arguments)
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
        text = translate(
            "cli", "prosjektark: kommandoen «{command}» finnes ikke i denne versjonen."
        )
        print(text.format(command=args.command), file=sys.stderr)
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
