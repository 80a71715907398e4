"""Shared pieces of the rules: the rule registry, the per-check context, finding helpers.

Every rule is declared once as a `Rule` (code, severity, field, summary) so the engine,
the README table and the tests read the same facts. The sentence a rule enforces is the
programme's own and lives in its profile (`rule_sources`), so a Bergen sheet quotes
Miljøløftet's documents and a Trondheim sheet Miljøpakken's. A rule of the product rather
than of any programme (typed text that is not a date, a newer format) has a `rationale`.

Texts: a rule's summary is declared at import, before the language is chosen, so it is
marked with QT_TRANSLATE_NOOP("rules", …) and translated where it is read
(`Rule.summary_text`). A finding's message is translated when the check runs, in the
language of that moment (`i18n.use_language` for a sheet's own). The rationale is the
developers' note for docs/RULES.md, in English, and is not shown in the program.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.costmath import TripleEstimate
from prosjektark.domain.findings import Finding, Severity
from prosjektark.domain.nb_format import format_date, format_mnok, format_percent
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import translate


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    field: str
    summary: str  # bokmål, marked QT_TRANSLATE_NOOP("rules", …); shown as summary_text
    rationale: str = ""  # why the product checks it, for rules no programme states

    @property
    def summary_text(self) -> str:
        """The summary in the current language."""
        return translate("rules", self.summary)

    @property
    def of_programme(self) -> bool:
        """A rule a programme's documents state: it runs only for a programme whose profile
        gives its sentence (`rule_sources`), so no programme is held to another's rules."""
        return not self.rationale


REGISTRY: dict[str, Rule] = {}


def rule(code: str, severity: Severity, field_path: str, summary: str, rationale: str = "") -> Rule:
    """Declare a rule; modules call this at import so the registry is complete."""
    r = Rule(code, severity, field_path, summary, rationale)
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
        """`source`: the sentence that applies when it is not the rule's usual one (a
        decision route's reason, a cost band's): profile data as well."""
        quote = self.profile.rule_source(code or r.code) or self.profile.rule_source(r.code)
        if quote is None and r.of_programme:
            return
        self.findings.append(
            Finding(
                code=code or r.code,
                severity=severity or r.severity,
                field=r.field if field_path is None else field_path,
                message=message,
                source=source if source is not None else (quote.text if quote else ""),
                document=quote.document if quote else "",
            )
        )


def mnok(amount: Decimal | float | None) -> str:
    """An amount in a message, without the unit the sentence writes after it: the one money
    format of the program (nb_format.format_mnok); a dash when there is none."""
    return "–" if amount is None else format_mnok(amount, unit=False)


def pct(value: Decimal | float, *, unit: bool = True) -> str:
    """A percent in a message, with its sign: the one percent format (format_percent)."""
    return format_percent(value, unit=unit)


def date_text(day: date) -> str:
    """A date in a message: the one date format (format_date)."""
    return format_date(day)


def _pairwise(items: list[str], pattern: str) -> str:
    text = items[0] if items else ""
    for item in items[1:]:
        text = pattern.format(first=text, second=item)
    return text


def both(items: list[str]) -> str:
    """'a og b' (every pair joined, 'a og b og c'), in the current language."""
    return _pairwise(items, translate("base", "{first} og {second}"))


def either(items: list[str]) -> str:
    """'a eller b' (every pair joined, 'a eller b eller c'), in the current language."""
    return _pairwise(items, translate("base", "{first} eller {second}"))


def listing(items: list[str]) -> str:
    """'a, b og c', in the current language."""
    if len(items) < 2:
        return "".join(items)
    return translate("base", "{items} og {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )
