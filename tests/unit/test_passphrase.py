"""The passphrase policy for a new signing identity: at least 12 user-perceived characters,
not a common password or pattern, not built on the user's own name."""

from __future__ import annotations

import subprocess
import sys

import pytest

from prosjektark.signing.passphrase import (
    COMMON,
    EMPTY,
    GUESSABLE,
    MIN_LENGTH,
    OK,
    SHORT,
    STRONG,
    assess_passphrase,
    perceived_length,
)

ME = ("Kåre Øvrebø", "kare@example.no", "Trondheim kommune")


def test_perceived_length_counts_what_the_user_sees() -> None:
    assert perceived_length("blåbærsyltetøy") == 14
    # "é" typed as e + combining acute (as some keyboards and macOS file names do)
    assert perceived_length("e\u0301" * 12) == 12
    assert perceived_length("\U0001f1f3\U0001f1f4" * 6) == 6  # six Norwegian flags
    assert perceived_length("\U0001f44d\U0001f3fd" * 3) == 3  # thumbs up, skin tone
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert perceived_length(family * 2) == 2


@pytest.mark.parametrize(
    ("passphrase", "missing"),
    [("abc", 9), ("qwertyuiopå", 1), ("e\u0301" * 11, 1), ("\U0001f1f3\U0001f1f4" * 11, 1)],
)
def test_too_short(passphrase: str, missing: int) -> None:
    verdict = assess_passphrase(passphrase)
    assert not verdict.acceptable and verdict.kind == SHORT
    assert verdict.hint == f"For kort: {missing} tegn til (minst {MIN_LENGTH})."


def test_empty() -> None:
    verdict = assess_passphrase("")
    assert not verdict.acceptable and verdict.kind == EMPTY
    assert verdict.error() == "Passordet kan ikke være tomt."


@pytest.mark.parametrize(
    ("passphrase", "says"),
    [
        ("passord12345", "mye brukt passord"),
        ("123456789012", "mye brukt passord"),
        ("qwertyuiopåæ", "mye brukt passord"),
        ("Passord2024!", "mye brukt passord"),
        ("Password1234", "mye brukt passord"),
        ("sommersommer", "gjentar det samme"),
        ("passordpassord", "gjentar det samme"),
        ("hestehestehest", "gjentar det samme"),
        ("aaaaaaaaaaaaaaaa", "gjentar det samme"),
        ("abcdefghijklmn", "en rekke"),
        ("qazwsxedcrfvtgb", "mye brukt passord"),  # a keyboard walk, on the lists too
    ],
)
def test_common_passwords_and_patterns_are_refused(passphrase: str, says: str) -> None:
    verdict = assess_passphrase(passphrase)
    assert not verdict.acceptable
    assert verdict.kind == COMMON
    assert says in verdict.hint
    assert verdict.hint.startswith(("For vanlig", "For lett å gjette"))


@pytest.mark.parametrize(
    "passphrase", ["Kåre Øvrebø 2026", "kareovrebo2026", "Trondheim kommune 1"]
)
def test_the_users_own_name_is_refused(passphrase: str) -> None:
    assert assess_passphrase(passphrase).acceptable  # strangers' names are not the point
    verdict = assess_passphrase(passphrase, ME)
    assert not verdict.acceptable and verdict.kind == GUESSABLE
    assert "navnet, e-posten eller organisasjonen din" in verdict.hint


@pytest.mark.parametrize(
    "passphrase",
    [
        "korrekt hest batteri stift",
        "Fire ord med mellomrom",
        "lange hemmelige ord 2026",
        "tid for kaffe nå",
        "blåbær og fløte i juli",
        "correct horse battery staple",
        "kaffe sykkel fjord lampe",
        "\U0001f511 nøkkel under matta \U0001f511",
    ],
)
def test_four_ordinary_words_are_strong(passphrase: str) -> None:
    verdict = assess_passphrase(passphrase, ME)
    assert verdict.acceptable and verdict.kind == STRONG
    assert verdict.hint == "Sterkt passord."


@pytest.mark.parametrize(
    "passphrase",
    # the passphrases other test modules create identities with
    [
        "inntak-passord",
        "leser-passord",
        "pakke-passord",
        "eksport-passord",
        "et langt passord",
        "benkmerke-passord",
        "arbeidsgruppe passord",
        "cli-passord med mellomrom",
        "cli-eksport med mellomrom",
    ],
)
def test_acceptable_shorter_passphrases_are_nudged_towards_words(passphrase: str) -> None:
    verdict = assess_passphrase(passphrase)
    assert verdict.acceptable and verdict.kind in (OK, STRONG)
    if verdict.kind == OK:
        assert verdict.hint.startswith("Godkjent.") and "Fire eller flere ord" in verdict.hint


def test_the_error_sentence_says_why_and_what_to_use() -> None:
    message = assess_passphrase("passord12345").error()
    assert message.startswith("Passordet er ikke godt nok. For vanlig:")
    assert "minst 12 tegn" in message and "fire eller flere" in message


def test_very_long_passphrases_are_judged_without_error() -> None:
    # zxcvbn itself refuses input over 72 characters
    long_one = "mange ord etter hverandre blir til en lang setning " * 4
    assert assess_passphrase(long_one).acceptable
    assert not assess_passphrase("a" * 200).acceptable


def test_zxcvbn_loads_only_when_a_passphrase_is_checked() -> None:
    """Its lists take ~0.1 s to load; start-up and opening an identity must not pay that."""
    code = (
        "import sys\n"
        "import prosjektark.signing.identity, prosjektark.signing.passphrase\n"
        "import prosjektark.ui.signing.identity_wizard, prosjektark.ui.signing.passphrase_dialog\n"
        "assert 'zxcvbn' not in sys.modules, 'loaded at import'\n"
        "from prosjektark.signing.passphrase import assess_passphrase\n"
        "assess_passphrase('kort')\n"
        "assert 'zxcvbn' not in sys.modules, 'loaded for a too short one'\n"
        "assess_passphrase('korrekt hest batteri stift')\n"
        "assert 'zxcvbn' in sys.modules\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
