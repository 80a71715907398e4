"""What the rule engine reports: one finding per rule breach or gap."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITY_NAMES: dict[str, str] = {"error": "Feil", "warning": "Advarsel", "info": "Info"}


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
