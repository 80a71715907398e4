"""Alt+letter for every labelled field of a step: the first free letter of its label.

Letters already taken in the window (the menu bar's, a step's fixed labels) are passed
in as reserved, so one Alt+letter never means two things (Qt then only cycles focus).
"""

from __future__ import annotations

from collections.abc import Iterable


def choose_letters(labels: Iterable[str], reserved: set[str]) -> list[int | None]:
    """For each label, the index of the letter to underline, or None when none is free.
    Word starts are preferred, then any letter, in label order."""
    used = {r.casefold() for r in reserved}
    chosen: list[int | None] = []
    for label in labels:
        letters = [i for i, ch in enumerate(label) if ch.isalpha()]
        starts = [i for i in letters if i == 0 or not label[i - 1].isalnum()]
        pick = next(
            (i for i in starts + letters if label[i].casefold() not in used),
            None,
        )
        if pick is not None:
            used.add(label[pick].casefold())
        chosen.append(pick)
    return chosen


def with_mnemonic(label: str, index: int | None) -> str:
    """The label as QLabel text: '&' before letter `index`, literal ampersands doubled."""
    if index is None:
        return label.replace("&", "&&")
    head, tail = label[:index].replace("&", "&&"), label[index:].replace("&", "&&")
    return f"{head}&{tail}"


def mnemonic_of(text: str) -> str | None:
    """The letter Alt goes with in a QLabel/QAbstractButton text, if any."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


def without_mnemonic(text: str) -> str:
    """The text as shown, without the '&' marks ('&&' is a literal ampersand)."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))
