"""A sheet's row in lists: what the main window and the portfolio show without loading it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from prosjektark.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # keeps the list (and start-up) free of the pydantic models
    from prosjektark.domain.sheet import Sheet

Status = Literal["utkast", "klar", "signert"]
# In bokmål; shown through labels.status_label, which translates them.
STATUS_NAMES: dict[str, str] = {
    "utkast": QT_TRANSLATE_NOOP("summary", "Utkast"),
    "klar": QT_TRANSLATE_NOOP("summary", "Klar"),
    "signert": QT_TRANSLATE_NOOP("summary", "Signert"),
}


@dataclass(frozen=True)
class SheetSummary:
    id: uuid.UUID
    title: str
    municipalities: str
    action_area: str
    phase: str
    expected_cost_mnok: Decimal | None
    status: Status
    modified: datetime
    revision: int
    is_example: bool = False
    deleted: bool = False

    @classmethod
    def of(cls, sheet: Sheet, status: Status = "utkast", deleted: bool = False) -> SheetSummary:
        ident = sheet.identification
        return cls(
            id=sheet.id,
            title=ident.title,
            municipalities=", ".join(ident.municipalities),
            action_area=ident.action_area,
            phase=ident.phase,
            expected_cost_mnok=sheet.cost.expected_cost_mnok,
            status=status,
            modified=sheet.modified,
            revision=sheet.revision,
            is_example=sheet.is_example,
            deleted=deleted,
        )
