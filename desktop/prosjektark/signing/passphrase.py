"""The passphrase policy for a signing identity.

The PKCS#12 that holds the key is written by `cryptography`, whose MAC over the file uses
the PKCS#12 KDF with a fixed 2,048 iterations (the library offers no setting for it). The
MAC is checked before the 600,000-round key bag is touched, so someone holding a copy of
the file can test a guess in about a quarter of a millisecond on one CPU core. What keeps
the key safe is therefore the passphrase itself: at least 12 characters and not guessable
from the lists and patterns that password crackers start with.

"Guessable" is judged by zxcvbn (Dropbox's estimator: frequency lists of common passwords,
words and names; repeats, sequences, keyboard patterns, dates), loaded only when a
passphrase is checked so that it costs nothing at start-up.

The policy applies when a passphrase is chosen. Opening an identity made under an older,
weaker rule keeps working.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from prosjektark.i18n import translate

MIN_LENGTH = 12
# zxcvbn score 4: an estimated 10^10 guesses or more. Score 3 (10^8) lets "Passord2024!",
# "Sommer2024!!" and "Trondheim2026" through; at a quarter of a millisecond a guess one
# core tries 10^8 in under seven hours.
MIN_SCORE = 4
# zxcvbn's matching grows faster than the length (about 60 ms at 72 characters, its own
# upper limit, which is too slow for every keystroke); a prefix this long decides, and the
# rest only adds strength.
_ZXCVBN_MAX = 50
# Words, or length, that earn "Sterkt passord." rather than a plain "Godkjent.".
STRONG_WORDS = 4
STRONG_LENGTH = 20

EMPTY, SHORT, COMMON, GUESSABLE, OK, STRONG = (
    "empty",
    "short",
    "common",
    "guessable",
    "ok",
    "strong",
)


def advice() -> str:
    """What to choose instead, for the end of an error message."""
    return translate(
        "passphrase",
        "Bruk minst {min} tegn, helst fire eller flere vanlige ord med mellomrom som "
        "ikke hører sammen.",
    ).format(min=MIN_LENGTH)


@dataclass(frozen=True)
class PassphraseVerdict:
    """Whether a passphrase may protect a new identity, and a short hint (in the current
    language) that starts with the verdict in words (never colour alone)."""

    acceptable: bool
    kind: str  # EMPTY, SHORT, COMMON, GUESSABLE, OK or STRONG
    hint: str

    def error(self) -> str:
        """The full sentence for an error message, with the advice on what to use."""
        if self.kind == EMPTY:
            return translate("passphrase", "Passordet kan ikke være tomt.")
        return translate("passphrase", "Passordet er ikke godt nok. {hint} {advice}").format(
            hint=self.hint, advice=advice()
        )


def perceived_length(text: str) -> int:
    """User-perceived characters after NFC: a letter with a combining accent, an emoji
    with a skin tone or joined by ZWJ, and a flag count as one each."""
    count = 0
    joined = False
    regional_pending = False
    for ch in unicodedata.normalize("NFC", text):
        code = ord(ch)
        if joined:  # the character after a zero-width joiner belongs to the one before
            joined = False
            continue
        if code == 0x200D:
            joined = True
            continue
        if (
            unicodedata.category(ch) in ("Mn", "Mc", "Me")
            or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF
        ):
            continue
        if 0x1F1E6 <= code <= 0x1F1FF:  # two regional indicators make one flag
            regional_pending = not regional_pending
            if not regional_pending:
                continue
        else:
            regional_pending = False
        count += 1
    return count


def _guessable_reason(sequence: list[dict]) -> tuple[str, str]:
    """(kind, hint) for what zxcvbn found, most telling first."""
    patterns = {m["pattern"] for m in sequence}
    dictionaries = {m.get("dictionary_name") for m in sequence if m["pattern"] == "dictionary"}
    if "user_inputs" in dictionaries:
        return GUESSABLE, translate(
            "passphrase",
            "For lett å gjette: det inneholder navnet, e-posten eller organisasjonen din.",
        )
    if "passwords" in dictionaries:
        return COMMON, translate("passphrase", "For vanlig: det bygger på et mye brukt passord.")
    if "repeat" in patterns:
        return COMMON, translate(
            "passphrase", "For lett å gjette: det gjentar det samme flere ganger."
        )
    if "spatial" in patterns:
        return COMMON, translate(
            "passphrase", "For lett å gjette: det er et mønster på tastaturet, som «qwerty»."
        )
    if "sequence" in patterns:
        return COMMON, translate(
            "passphrase", "For lett å gjette: det er en rekke, som «abc» eller «123»."
        )
    if "date" in patterns or "regex" in patterns:
        return GUESSABLE, translate(
            "passphrase", "For lett å gjette: det bygger på en dato eller et årstall."
        )
    return GUESSABLE, translate("passphrase", "For lett å gjette: legg til et par ord til.")


_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A"})


def _variants(related: Sequence[str]) -> list[str]:
    """Each value, its words, and the same spelt without æøå or accents ("Øvrebø" is
    also tried as "ovrebo", as e-mail addresses write it)."""
    words: list[str] = []
    for value in related:
        words.append(value)
        words.extend(
            part
            for part in value.replace("@", " ").replace(".", " ").split()
            if len(part) >= 3  # "no" from an address would match half of any passphrase
        )
    folded = [
        "".join(
            c
            for c in unicodedata.normalize("NFKD", w.translate(_FOLD))
            if not unicodedata.combining(c)
        )
        for w in words
    ]
    return list(dict.fromkeys(w for w in words + folded if w))


def assess_passphrase(passphrase: str, related: Sequence[str] = ()) -> PassphraseVerdict:
    """Judge a passphrase being chosen for an identity.

    `related` holds what an attacker would try first for this person (name, e-mail,
    organisation); a passphrase built on them is refused.
    """
    if not passphrase:
        return PassphraseVerdict(
            False,
            EMPTY,
            translate("passphrase", "Bruk minst {min} tegn, helst fire eller flere ord.").format(
                min=MIN_LENGTH
            ),
        )
    length = perceived_length(passphrase)
    if length < MIN_LENGTH:
        missing = MIN_LENGTH - length
        return PassphraseVerdict(
            False,
            SHORT,
            translate("passphrase", "For kort: {missing} tegn til (minst {min}).").format(
                missing=missing, min=MIN_LENGTH
            ),
        )
    from zxcvbn import zxcvbn  # ~0.1 s to load its lists: only when a passphrase is chosen

    result = zxcvbn(
        unicodedata.normalize("NFC", passphrase)[:_ZXCVBN_MAX], user_inputs=_variants(related)
    )
    if result["score"] < MIN_SCORE:
        kind, hint = _guessable_reason(result["sequence"])
        return PassphraseVerdict(False, kind, hint)
    if len(passphrase.split()) >= STRONG_WORDS or length >= STRONG_LENGTH:
        return PassphraseVerdict(True, STRONG, translate("passphrase", "Sterkt passord."))
    return PassphraseVerdict(
        True,
        OK,
        translate(
            "passphrase", "Godkjent. Fire eller flere ord med mellomrom gjør det enda sterkere."
        ),
    )
