"""Shared pieces of the rules: the rule registry, the per-check context, finding helpers.

Every rule is declared once as a `Rule` (code, severity, field, summary, source) so the
engine, the README table and the tests read the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.costmath import TripleEstimate
from prosjektark.domain.findings import Finding, Severity
from prosjektark.domain.nb_format import format_number
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import Sheet

SEED_004 = "004 Føringer i Miljøpakkens handlingsprogram 2027–2030"
SEED_000 = "000 Videreutvikling av Miljøløftets organisering"
SEED_001 = "001 Kunnskapsgrunnlag for styringsmodellen"


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    field: str
    summary: str  # Norwegian, for the rule table
    source: str  # the seed sentence the rule enforces
    seed: str


REGISTRY: dict[str, Rule] = {}


def rule(
    code: str, severity: Severity, field_path: str, summary: str, source: str, seed: str
) -> Rule:
    """Declare a rule; modules call this at import so the registry is complete."""
    r = Rule(code, severity, field_path, summary, source, seed)
    REGISTRY[code] = r
    return r


@dataclass
class Context:
    """What every rule of one check needs, computed once."""

    sheet: Sheet
    catalog: Catalog
    profile: Profile
    today: date
    triple: TripleEstimate | None = None  # from complete cost items, if any
    findings: list[Finding] = field(default_factory=list)

    @property
    def phase(self) -> str:
        return self.sheet.identification.phase

    @property
    def basis_mnok(self) -> Decimal | None:
        """The expected cost thresholds are measured against: entered, else computed."""
        entered = self.sheet.cost.expected_cost_mnok
        if entered is not None:
            return entered
        return self.triple.expected_mnok if self.triple else None

    def add(
        self,
        r: Rule,
        message: str,
        *,
        code: str | None = None,
        field_path: str | None = None,
        severity: Severity | None = None,
        source: str | None = None,
    ) -> None:
        self.findings.append(
            Finding(
                code=code or r.code,
                severity=severity or r.severity,
                field=r.field if field_path is None else field_path,
                message=message,
                source=r.source if source is None else source,
            )
        )


def mnok(amount: Decimal | float | None) -> str:
    """Norwegian number format for MNOK: comma decimal, no trailing zeros."""
    if amount is None:
        return "–"
    return _plain(amount, 3).replace("-", "−")


def pct(value: Decimal | float) -> str:
    return _plain(value, 2) + " %"


def _plain(value: Decimal | float, places: int) -> str:
    # Messages: no thousands separator, ties to even (Decimal's default context).
    return format_number(value, max_decimals=places, grouped=False, rounding=ROUND_HALF_EVEN)
