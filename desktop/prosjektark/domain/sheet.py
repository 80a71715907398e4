"""The project sheet (prosjektark): the canonical model behind the sheet JSON.

`format: "prosjektark/1"`. Money is in MNOK as decimals (at most three decimals, i.e.
whole thousand kroner) in the sheet's `cost.price_year` kroner. The JSON Schema in
resources/schema/ is generated from these classes (see domain/schema.py).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    field_validator,
)

FORMAT = "prosjektark/1"

Phase = Literal["PU", "DP", "UB"]
PHASES: tuple[Phase, ...] = ("PU", "DP", "UB")
PHASE_NAMES: dict[str, str] = {
    "PU": "Prosjektutvikling",
    "DP": "Detaljplanlegging",
    "UB": "Utbygging",
}

FundingType = Literal["enkeltprosjekt", "prosjektpakke", "sekkepost"]
EstimateKind = Literal["utredningsestimat", "styringsmal", "styringsramme"]
EstimateMethod = Literal["anslagsmetoden", "enklere"]
FundingSource = Literal["bompenger", "statlig", "fylkeskommunal", "kommunal", "annen"]
FUNDING_SOURCES: tuple[FundingSource, ...] = (
    "bompenger",
    "statlig",
    "fylkeskommunal",
    "kommunal",
    "annen",
)
Level = Annotated[int, Field(ge=1, le=5)]

# JSON carries money as a number; three decimals and this bound keep float round trips exact.
Mnok = Annotated[
    Decimal,
    Field(ge=Decimal("-1000000"), le=Decimal("1000000"), decimal_places=3, allow_inf_nan=False),
    PlainSerializer(lambda d: float(d), return_type=float, when_used="json"),
]
Percent = Annotated[
    Decimal,
    Field(ge=0, le=1000, decimal_places=2, allow_inf_nan=False),
    PlainSerializer(lambda d: float(d), return_type=float, when_used="json"),
]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Identification(_Part):
    title: str = ""
    summary: str = ""
    responsible_party: str = ""
    responsible_agency: str = ""
    municipalities: list[str] = Field(default_factory=list)
    working_group: str = ""
    action_area: str = ""
    phase: Phase = "PU"
    funding_type: FundingType = "enkeltprosjekt"
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""


class Description(_Part):
    """The PU documentation items (004); the eighth, the cost estimate, lives in `cost`."""

    purpose: str = ""
    alternatives: str = ""
    recommended_concept: str = ""
    benefit: str = ""
    stakeholders: str = ""
    zoning_needs: str = ""
    technical_feasibility: str = ""
    changes_affecting_benefit: str = ""


class ChecklistAnswer(_Part):
    answer: str = ""
    justification: str = ""


class Checklist(_Part):
    """Answers keyed by the question id of resources/checklists/<theme>.toml."""

    answers: dict[str, ChecklistAnswer] = Field(default_factory=dict)


class CostItem(_Part):
    name: str = ""
    low: Mnok | None = None
    most_likely: Mnok | None = None
    high: Mnok | None = None


class IndexedAmount(_Part):
    """An amount given in another year's kroner, kept so the conversion can be redone."""

    amount: Mnok
    year: int = Field(ge=1900, le=2200)


class Cost(_Part):
    expected_cost_mnok: Mnok | None = None
    std_dev_percent: Percent | None = None
    estimate_kind: EstimateKind | None = None
    estimate_method: EstimateMethod | None = None
    price_year: int | None = Field(default=None, ge=1900, le=2200)
    styringsmal_mnok: Mnok | None = None
    styringsramme_mnok: Mnok | None = None
    original_amount: IndexedAmount | None = None
    items: list[CostItem] = Field(default_factory=list)
    notes: str = ""


class FundingLine(_Part):
    year: int = Field(ge=1900, le=2200)
    source: FundingSource
    amount_mnok: Mnok


class Funding(_Part):
    lines: list[FundingLine] = Field(default_factory=list)
    additionality_confirmed: bool = False
    additionality_note: str = ""
    road_owner_commits: bool = False
    road_owner: str = ""
    includes_operation: bool = False
    operation_exception: Literal["", "kollektivdrift", "vinterdrift_sykkel", "godkjent_ku"] = ""
    is_rebuild: bool = False
    rebuild_added_value: str = ""
    includes_need_clarification: bool = False
    granted_date: dt.date | None = None
    committed: bool = False

    def amounts(self) -> dict[tuple[int, str], Decimal]:
        """The sum per (year, source): the cells of the funding grid."""
        cells: dict[tuple[int, str], Decimal] = {}
        for line in self.lines:
            key = (line.year, line.source)
            cells[key] = cells.get(key, Decimal(0)) + line.amount_mnok
        return cells


class GoalScore(_Part):
    goal: str
    score: int = Field(ge=0, le=3)
    justification: str = ""


class Risk(_Part):
    description: str = ""
    probability: Level = 3
    consequence: Level = 3
    mitigation: str = ""


class Milestone(_Part):
    name: str = ""
    date: dt.date | None = None
    done: bool = False


class Progress(_Part):
    construction_start: dt.date | None = None
    milestones: list[Milestone] = Field(default_factory=list)


class Treatment(_Part):
    """One recorded political or administrative treatment of the sheet."""

    body: str = ""
    date: dt.date | None = None
    decision: str = ""
    transition: Literal["", "PU-DP", "DP-UB"] = ""
    political: bool = False


class Attachment(_Part):
    id: str
    filename: str
    media_type: str = "application/octet-stream"
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    description: str = ""


class Acknowledgement(_Part):
    """A warning the user has acknowledged, with who, when and why."""

    code: str
    field: str = ""
    comment: str = ""
    by: str = ""
    at: datetime


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Sheet(_Part):
    format: Literal["prosjektark/1"] = FORMAT
    id: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    revision: int = Field(default=0, ge=0)
    form_version: str = ""
    profile: str = ""
    is_example: bool = False
    created: datetime = Field(default_factory=_now)
    modified: datetime = Field(default_factory=_now)
    identification: Identification = Field(default_factory=Identification)
    description: Description = Field(default_factory=Description)
    land_use: Checklist = Field(default_factory=Checklist)
    traffic_safety: Checklist = Field(default_factory=Checklist)
    cost: Cost = Field(default_factory=Cost)
    funding: Funding = Field(default_factory=Funding)
    goals: list[GoalScore] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    progress: Progress = Field(default_factory=Progress)
    treatments: list[Treatment] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    acknowledgements: list[Acknowledgement] = Field(default_factory=list)

    @field_validator("created", "modified", mode="after")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    @property
    def title(self) -> str:
        return self.identification.title

    def copy_as_new(self) -> Sheet:
        """A duplicate with a fresh identity, revision 0 and no signatures of history."""
        data = self.model_copy(deep=True)
        data.id = uuid_mod.uuid4()
        data.revision = 0
        data.is_example = False
        data.created = data.modified = _now()
        data.acknowledgements = []
        data.treatments = []
        return data


class SheetError(ValueError):
    """A sheet JSON that cannot be read, with a Norwegian reason."""


def sheet_to_json(sheet: Sheet) -> str:
    return sheet.model_dump_json(indent=2)


def sheet_to_dict(sheet: Sheet) -> dict:
    return sheet.model_dump(mode="json")


def sheet_from_json(text: str | bytes) -> Sheet:
    from pydantic import ValidationError

    try:
        return Sheet.model_validate_json(text)
    except ValidationError as exc:
        raise SheetError(describe_validation_error(exc)) from None


def sheet_from_dict(data: object) -> Sheet:
    from pydantic import ValidationError

    try:
        return Sheet.model_validate(data)
    except ValidationError as exc:
        raise SheetError(describe_validation_error(exc)) from None


def describe_validation_error(exc: Exception) -> str:
    """Pydantic's errors, located by path, in Norwegian."""
    errors = getattr(exc, "errors", lambda: [])()
    if not errors:
        return f"Ugyldig prosjektark: {exc}"
    lines = []
    for err in errors[:10]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "(dokumentet)"
        lines.append(f"{where}: {_norwegian(err)}")
    more = len(errors) - 10
    if more > 0:
        lines.append(f"… og {more} feil til")
    return "Ugyldig prosjektark:\n  " + "\n  ".join(lines)


_MESSAGES = {
    "missing": "mangler",
    "extra_forbidden": "ukjent felt",
    "json_invalid": "ikke gyldig JSON",
    "literal_error": "ugyldig verdi",
    "int_parsing": "må være et heltall",
    "int_type": "må være et heltall",
    "decimal_parsing": "må være et tall",
    "decimal_type": "må være et tall",
    "decimal_max_places": "for mange desimaler",
    "string_type": "må være tekst",
    "bool_type": "må være sann eller usann",
    "bool_parsing": "må være sann eller usann",
    "date_from_datetime_parsing": "må være en dato (ÅÅÅÅ-MM-DD)",
    "date_parsing": "må være en dato (ÅÅÅÅ-MM-DD)",
    "date_type": "må være en dato (ÅÅÅÅ-MM-DD)",
    "datetime_parsing": "må være et tidspunkt",
    "datetime_type": "må være et tidspunkt",
    "uuid_parsing": "må være en UUID",
    "uuid_type": "må være en UUID",
    "list_type": "må være en liste",
    "dict_type": "må være et objekt",
    "model_type": "må være et objekt",
    "model_attributes_type": "må være et objekt",
    "greater_than_equal": "er for lav",
    "less_than_equal": "er for høy",
    "string_pattern_mismatch": "har feil form",
    "finite_number": "må være et endelig tall",
}


def _norwegian(err: dict) -> str:
    text = _MESSAGES.get(err.get("type", ""))
    return text if text else f"ugyldig verdi ({err.get('msg', '')})"


def touch(sheet: Sheet) -> None:
    sheet.modified = _now()
