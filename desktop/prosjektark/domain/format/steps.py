"""The ordered upgrade steps of the sheet JSON, oldest first.

Add one step per new version; never change a released one. A minor step only declares
the optional fields it adds (the upgrade itself then has nothing to move); a major step
moves and renames what the new major changed. Each step has a test with a fixture of
its source version in tests/fixtures/sheets/.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prosjektark.domain.format import Step, Version

CURRENT: Version = (1, 3)


def _nothing_to_move(_document: dict[str, Any]) -> None:
    """A minor version only adds optional fields: a 1.0 document is a valid 1.1 one."""


# What 1.0 and 1.1 let these fields hold (Miljøpakken's vocabulary, fixed in the model then).
# A fact of those released versions, kept to tag a sheet that goes beyond them as 1.2.
_SOURCES_1_1 = frozenset({"bompenger", "statlig", "fylkeskommunal", "kommunal", "annen"})
_OPERATION_1_1 = frozenset({"", "kollektivdrift", "vinterdrift_sykkel", "godkjent_ku"})
_TRANSITIONS_1_1 = frozenset({"", "PU-DP", "DP-UB"})


def _beyond_1_1_vocabulary(document: Mapping[str, Any]) -> bool:
    """Whether the sheet names a funding source, operation exception or transition that
    1.1 did not have: since 1.2 the programme's profile defines them."""
    funding = document.get("funding") or {}
    if any(line.get("source") not in _SOURCES_1_1 for line in funding.get("lines") or []):
        return True
    if funding.get("operation_exception", "") not in _OPERATION_1_1:
        return True
    treatments = document.get("treatments") or []
    return any(t.get("transition", "") not in _TRANSITIONS_1_1 for t in treatments)


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
        " kompliserte planprosesser (styringsmål skal settes). Finansieringskilder,"
        " driftsunntak og faseoverganger er programmets egne (fra avtaleprofilen).",
        needs=_beyond_1_1_vocabulary,
    ),
    Step(
        source=(1, 2),
        target=(1, 3),
        upgrade=_nothing_to_move,
        adds=("language",),
        # The model leaves a bokmål sheet's language out of the JSON (exclude_if), so only
        # a sheet in nynorsk or English uses the field and needs this tag.
        note="Arkets eget språk (nb, nn eller en): PDF og Excel skrives på det, uansett"
        " språket i leserens program. Skrives bare når det ikke er bokmål.",
    ),
)
