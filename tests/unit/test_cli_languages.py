"""The command line speaks the language LANG/LC_MESSAGES/LANGUAGE ask for: bokmål,
nynorsk or English. Option names, exit codes and `--format json` stay the same in all.

In-process (cli.main with argv), so each language costs no new interpreter; the
subprocess runs are in tests/e2e/test_cli_languages.py."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from prosjektark import cli, i18n
from prosjektark.domain.rules.sample import complete_sheet
from prosjektark.domain.sheet import sheet_to_json
from prosjektark.i18n import language_from_environment, use_language

LOCALES = {"nb": "nb_NO.UTF-8", "nn": "nn_NO.UTF-8", "en": "en_GB.UTF-8"}


@pytest.fixture
def speak(monkeypatch):
    """Set the environment as a user of `language` has it (LANG only)."""

    def set_to(language: str) -> None:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", LOCALES[language])

    return set_to


@pytest.fixture
def broken_file(tmp_path: Path, catalog) -> Path:
    sheet = complete_sheet(catalog, "miljopakken", "PU")
    sheet.identification.title = ""
    sheet.land_use.answers["farmland"].answer = "ikke_relevant"
    sheet.land_use.answers["farmland"].justification = ""
    path = tmp_path / "brutt.json"
    path.write_text(sheet_to_json(sheet), encoding="utf-8")
    return path


def _help(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as stop:
        cli.main(argv)
    assert stop.value.code == 0
    return capsys.readouterr().out


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help text, description and metavar of the parser and its subcommands."""
    found = [parser.description] if parser.description else []
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action.metavar, str):
            found.append(action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found.append(choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                found += _texts(sub)
    return found


# ------------------------------------------------------------------ --help


def test_help_in_nynorsk(speak, capsys):
    speak("nn")
    out = _help(["--help"], capsys)
    assert out.startswith("bruk: prosjektark")
    assert "Prosjektark for byvekstavtalar." in out
    assert "sjekk eit prosjektark mot reglane til programmet" in out
    assert "\nval:\n" in out and "vis denne hjelpa og avslutt" in out
    for bokmal in (
        "Prosjektark for byvekstavtaler.",
        "sjekk et prosjektark mot programmets regler",
        "\nvalg:\n",
        "vis denne hjelpen og avslutt",
    ):
        assert bokmal not in out


def test_help_in_english_is_argparse_english(speak, capsys):
    speak("en")
    out = _help(["--help"], capsys)
    assert out.startswith("usage: prosjektark")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "show this help message and exit" in out
    assert "Project sheets for urban growth agreements." in out
    assert "check a project sheet against the programme's rules" in out
    for bokmal in ("bruk:", "\nvalg:\n", "byvekstavtaler", "sjekk et prosjektark"):
        assert bokmal not in out


def test_subcommand_help_in_english(speak, capsys):
    speak("en")
    out = _help(["handover", "--help"], capsys)
    assert "--to FINGERPRINT" in out and "--name NAME" in out  # metavars, not option names
    assert "show the owner and every handover" in out
    assert "FINGERAVTRYKK" not in out and "NAVN" not in out


def test_help_in_bokmal_as_before(speak, capsys):
    speak("nb")
    out = _help(["--help"], capsys)
    assert out.startswith("bruk: prosjektark")
    assert "\nargumenter:\n" in out and "\nvalg:\n" in out
    assert "sjekk et prosjektark mot programmets regler" in out


@pytest.mark.parametrize("language", ["nn", "en"])
def test_every_help_text_has_a_translation(language):
    """No help text, description or metavar of any command falls back to bokmål."""
    texts = _texts(cli.build_parser())  # bokmål: the conftest sets the process to nb
    assert len(texts) > 100
    catalogue = i18n.catalogue(language)
    missing = [
        t
        for t in texts
        if ("cli", t) not in catalogue
        and ("argparse", t) not in catalogue
        and t not in ("UUID", "N", "M")
    ]
    assert missing == []
    with use_language(language):
        translated = _texts(cli.build_parser())
    assert len(translated) == len(texts)
    if language == "en":  # every English text differs from its bokmål source
        same = [t for t, u in zip(texts, translated, strict=True) if t == u]
        assert set(same) <= {"UUID", "N", "M"}


# ------------------------------------------------------------------ errors


def test_argparse_errors_in_each_language(speak, capsys):
    expected = {
        "nb": ("bruk: prosjektark check", "feil i kommandolinjen: disse argumentene mangler"),
        "nn": ("bruk: prosjektark check", "feil i kommandolinja: desse argumenta manglar"),
        "en": (
            "usage: prosjektark check",
            "error on the command line: the following arguments are required: sheet",
        ),
    }
    for language, phrases in expected.items():
        speak(language)
        with pytest.raises(SystemExit) as stop:
            cli.main(["check"])
        assert stop.value.code == cli.EXIT_UNREADABLE
        err = capsys.readouterr().err
        for phrase in phrases:
            assert phrase in err, (language, err)


def test_invalid_uuid_in_english(speak, capsys):
    speak("en")
    with pytest.raises(SystemExit):
        cli.main(["history", "--id", "x"])
    err = capsys.readouterr().err
    assert "argument --id: “x” is not a valid UUID." in err
    assert "ugyldig" not in err and "ikke" not in err


@pytest.mark.parametrize(
    ("language", "says", "not_bokmal"),
    [
        ("nn", "prosjektark check: finn ikkje fila", "finner ikke filen"),
        ("en", "prosjektark check: cannot find the file", "finner ikke filen"),
    ],
)
def test_missing_sheet_file(language, says, not_bokmal, speak, capsys, tmp_path):
    speak(language)
    assert cli.main(["check", str(tmp_path / "borte.json")]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert says in err and not_bokmal not in err


def test_failing_check_in_nynorsk(speak, capsys, broken_file):
    speak("nn")
    assert cli.main(["check", str(broken_file)]) == cli.EXIT_FINDINGS
    out = capsys.readouterr().out
    summary = out.rstrip().splitlines()[-1]
    assert re.fullmatch(
        r"\d+ feil, (1 åtvaring|\d+ åtvaringar), \d+ info\. Status: Utkast\.", summary
    )
    assert "\n  Feil " in out
    assert "advarsler" not in out and "(uten navn)" not in out
    assert "(utan namn) – fase PU" in out


def test_failing_check_in_english(speak, capsys, broken_file):
    speak("en")
    assert cli.main(["check", str(broken_file)]) == cli.EXIT_FINDINGS
    out = capsys.readouterr().out
    summary = out.rstrip().splitlines()[-1]
    assert re.fullmatch(
        r"(1 error|\d+ errors), (1 warning|\d+ warnings), \d+ info\. Status: Draft\.", summary
    )
    assert "\n  Error " in out and "(untitled) – phase PU" in out
    for bokmal in ("Utkast", "advarsler", "\n  Feil ", "(uten navn)", " – fase "):
        assert bokmal not in out


def test_check_json_is_the_same_structure_in_every_language(speak, capsys, broken_file):
    results = {}
    for language in ("nb", "nn", "en"):
        speak(language)
        code = cli.main(["check", str(broken_file), "--format", "json"])
        results[language] = (code, json.loads(capsys.readouterr().out))
    codes = {language: code for language, (code, _) in results.items()}
    assert set(codes.values()) == {cli.EXIT_FINDINGS}

    def shape(findings):
        return [(sorted(f), f["code"], f["severity"], f["field"]) for f in findings]

    reference = shape(results["nb"][1])
    assert reference
    assert shape(results["nn"][1]) == reference
    assert shape(results["en"][1]) == reference


# ------------------------------------------------------------------ signing


def test_signing_messages_follow_the_language(tmp_path):
    from prosjektark.signing.identity import IdentityError, load_identity
    from prosjektark.signing.passphrase import assess_passphrase
    from prosjektark.signing.trust import TrustError, TrustStore

    with use_language("nn"):
        with pytest.raises(TrustError, match="Fann ikkje tillitslista"):
            TrustStore.from_path(tmp_path / "borte.pem")
        assert assess_passphrase("kort").hint == "For kort: 8 teikn til (minst 12)."
    with use_language("en"):
        with pytest.raises(IdentityError, match="^No identity found in "):
            load_identity(tmp_path / "borte.p12", "passord")
        verdict = assess_passphrase("")
        assert verdict.error() == "The passphrase cannot be empty."
        assert assess_passphrase("kort").hint == "Too short: 8 more characters (at least 12)."
    # bokmål, the source, is unchanged
    assert assess_passphrase("kort").hint == "For kort: 8 tegn til (minst 12)."


# ------------------------------------------------------------------ the environment


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({}, "nb"),
        ({"LANG": "C"}, "nb"),
        ({"LANG": "POSIX"}, "nb"),
        ({"LANG": "C.UTF-8"}, "nb"),
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nn"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB"}, "en"),
        ({"LANG": "sv_SE.UTF-8"}, "nb"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "nb_NO.UTF-8", "LC_MESSAGES": "nn_NO.UTF-8"}, "nn"),
        ({"LANG": "nn_NO.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nn_NO.UTF-8"}, "en"),
        ({"LANG": "nb_NO.UTF-8", "LC_ALL": "C"}, "nb"),
        ({"LANGUAGE": "nn:nb", "LANG": "en_GB.UTF-8"}, "nn"),
        ({"LANGUAGE": "en_GB:nb", "LC_ALL": "nn_NO.UTF-8"}, "en"),
        ({"LANGUAGE": ":nn", "LANG": "en_GB.UTF-8"}, "nn"),
        ({"LANGUAGE": "", "LANG": "nn_NO.UTF-8"}, "nn"),
    ],
)
def test_language_from_environment(environment, language):
    assert language_from_environment(environment) == language


def test_main_sets_the_language_from_the_environment(speak, capsys, tmp_path):
    speak("en")
    cli.main(["check", str(tmp_path / "borte.json")])
    assert i18n.language() == "en"
    speak("nb")
    cli.main(["check", str(tmp_path / "borte.json")])
    assert i18n.language() == "nb"
    assert "finner ikke filen" in capsys.readouterr().err
