"""The ordered upgrade steps of the sheet JSON, oldest first.

Add one step per new version; never change a released one. A minor step only declares
the optional fields it adds (the upgrade itself then has nothing to move); a major step
moves and renames what the new major changed. Each step has a test with a fixture of
its source version in tests/fixtures/sheets/.
"""

from __future__ import annotations

from typing import Any

from prosjektark.domain.format import Step, Version

CURRENT: Version = (1, 2)


def _nothing_to_move(_document: dict[str, Any]) -> None:
    """A minor version only adds optional fields: a 1.0 document is a valid 1.1 one."""


STEPS: tuple[Step, ...] = (
    Step(
        source=(1, 0),
        target=(1, 1),
        upgrade=_nothing_to_move,
        adds=("invalid_input",),
        note="Tekst som ikke er en gyldig verdi for feltet, beholdt som skrevet.",
    ),
    Step(
        source=(1, 1),
        target=(1, 2),
        upgrade=_nothing_to_move,
        adds=("identification.political_interest", "cost.complex_planning"),
        note="Stor politisk interesse (begge overganger behandles politisk) og lange eller"
        " kompliserte planprosesser (styringsmål skal settes).",
    ),
)
