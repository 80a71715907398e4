"""What the rule engine reports: one finding per rule breach or gap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from prosjektark.i18n import QT_TRANSLATE_NOOP

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
# In bokmål; shown through labels.severity_label, which translates them.
SEVERITY_NAMES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("findings", "Feil"),
    "warning": QT_TRANSLATE_NOOP("findings", "Advarsel"),
    "info": QT_TRANSLATE_NOOP("findings", "Info"),
}


@dataclass(frozen=True)
class Finding:
    """`code` is a stable dotted rule code (listed in the README); `field` is the sheet
    path it points at (e.g. "cost.std_dev_percent", "land_use.answers.zoning_status")."""

    code: str
    severity: Severity
    field: str
    message: str
    step: str = ""  # the form step showing `field`
    source: str = ""  # the sentence of the programme's document the rule enforces
    document: str = ""  # which document, from the profile

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
        }
