"""The project sheet (prosjektark): the canonical model behind the sheet JSON.

`format: "prosjektark/MAJOR.MINOR"` (see domain/format/: versions, upgrades, fields of a
newer minor kept as they are). Money is in MNOK as decimals (at most three decimals, i.e.
whole thousand kroner) in the sheet's `cost.price_year` kroner. The JSON Schema in
resources/schema/ is generated from these classes (see domain/schema.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import uuid as uuid_mod
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
)

from prosjektark.domain import format as sheet_format
from prosjektark.domain.format.steps import CURRENT, STEPS
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

# The tag of the newest version this program reads and writes. A sheet is written with
# the oldest tag that holds it (sheet_format.oldest_tag_for), so usually "prosjektark/1".
FORMAT = sheet_format.tag(CURRENT)

Phase = Literal["PU", "DP", "UB"]
PHASES: tuple[Phase, ...] = ("PU", "DP", "UB")

FundingType = Literal["enkeltprosjekt", "prosjektpakke", "sekkepost"]
EstimateKind = Literal["utredningsestimat", "styringsmal", "styringsramme"]
EstimateMethod = Literal["anslagsmetoden", "enklere"]
# The programme's vocabulary (funding sources, operation exceptions, transitions) is in its
# profile; the sheet holds ids of the form below, and the rules report an id the sheet's
# programme does not know (vocabulary.unknown), so a sheet of another programme still reads.
VOCABULARY_ID = r"[a-z][a-z0-9_]{0,39}"
TRANSITION_ID = r"[A-Za-z][A-Za-z0-9_]{0,9}-[A-Za-z][A-Za-z0-9_]{0,9}"
FundingSource = Annotated[str, Field(pattern=f"^{VOCABULARY_ID}$")]
Level = Annotated[int, Field(ge=1, le=5)]

# Far above any real number of saved versions, far below 2**63 (SQLite's INTEGER).
MAX_REVISION = 1_000_000
# The model's hard bound on money. A programme's own, much lower bound of a plausible
# amount is in its profile (`max_plausible_mnok`) and is checked by the rules; this one
# only keeps the JSON numbers exact.
HARD_LIMIT_MNOK = Decimal("1000000")

# JSON carries money as a number; three decimals and this bound keep float round trips exact.
Mnok = Annotated[
    Decimal,
    Field(ge=-HARD_LIMIT_MNOK, le=HARD_LIMIT_MNOK, decimal_places=3, allow_inf_nan=False),
    PlainSerializer(lambda d: float(d), return_type=float, when_used="json"),
]
Percent = Annotated[
    Decimal,
    Field(ge=0, le=1000, decimal_places=2, allow_inf_nan=False),
    PlainSerializer(lambda d: float(d), return_type=float, when_used="json"),
]


class _Part(BaseModel):
    # "allow": fields of a newer minor version are kept and written back untouched. A
    # sheet of this version or an older one with a field we do not know is refused by
    # the readers below (unknown_fields), as a typo would be.
    model_config = ConfigDict(extra="allow", validate_assignment=False)


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
    # «prosjekt hvor løsning er av stor politisk interesse» (004): both transitions must then
    # be treated politically. Added in 1.2; left out of the JSON while false.
    political_interest: bool = Field(default=False, exclude_if=lambda v: not v)
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
    # «I prosjekt med lange eller kompliserte planprosesser skal det settes et styringsmål»
    # (004). Added in 1.2; left out of the JSON while false.
    complex_planning: bool = Field(default=False, exclude_if=lambda v: not v)
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
    operation_exception: str = Field(default="", pattern=f"^(?:{VOCABULARY_ID})?$")
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
    transition: str = Field(default="", pattern=f"^(?:{TRANSITION_ID})?$")
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


def funding_cell_path(year: int, source: str) -> str:
    """The funding grid's cell of (year, source): the field path of its typed amount.

    The grid shows one amount per cell (the sum of the lines of that year and source), so
    typed text is kept per cell, not per line: line indexes change when the grid re-sorts."""
    return f"funding.lines.{year}.{source}"


InputKind = Literal["money", "percent", "integer", "date"]
_ROW = r"\[\d{1,6}\]"
# Every field that takes typed text that may not parse: its path pattern, its kind, and
# the model class and attribute that hold the value (for the bounds and decimals).
INPUT_FIELDS: tuple[tuple[re.Pattern[str], InputKind, str, str], ...] = tuple(
    (re.compile(pattern), kind, model, attr)
    for pattern, kind, model, attr in (
        (r"cost\.expected_cost_mnok", "money", "Cost", "expected_cost_mnok"),
        (r"cost\.styringsmal_mnok", "money", "Cost", "styringsmal_mnok"),
        (r"cost\.styringsramme_mnok", "money", "Cost", "styringsramme_mnok"),
        (r"cost\.original_amount\.amount", "money", "IndexedAmount", "amount"),
        (rf"cost\.items{_ROW}\.(?P<attr>low|most_likely|high)", "money", "CostItem", ""),
        (rf"funding\.lines\.\d{{4}}\.{VOCABULARY_ID}", "money", "FundingLine", "amount_mnok"),
        (r"cost\.std_dev_percent", "percent", "Cost", "std_dev_percent"),
        (r"cost\.price_year", "integer", "Cost", "price_year"),
        (r"funding\.granted_date", "date", "Funding", "granted_date"),
        (r"progress\.construction_start", "date", "Progress", "construction_start"),
        (rf"progress\.milestones{_ROW}\.date", "date", "Milestone", "date"),
        (rf"treatments{_ROW}\.date", "date", "Treatment", "date"),
    )
)


# The same paths as one JSON Schema pattern (ECMA-262 has no named groups).
INPUT_PATH_PATTERN = (
    "^(?:" + "|".join(p.pattern.replace("(?P<attr>", "(?:") for p, *_ in INPUT_FIELDS) + ")$"
)


def input_field(path: str) -> tuple[InputKind, type[BaseModel], str] | None:
    """The kind, model class and attribute of a field that takes typed text, or None."""
    for pattern, kind, model, attr in INPUT_FIELDS:
        m = pattern.fullmatch(path)
        if m:
            return kind, _MODELS[model], attr or m["attr"]
    return None


class Sheet(_Part):
    # The version the sheet was read as: this program's after an upgrade, or a newer
    # minor's (whose fields this program keeps but does not know).
    format: str = Field(default=FORMAT, pattern=r"^prosjektark/\d{1,4}(\.\d{1,4})?$")
    id: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    revision: int = Field(default=0, ge=0, le=MAX_REVISION)
    form_version: str = ""
    profile: str = ""
    is_example: bool = False
    # The language the sheet is written in, and so its PDF and workbook, whatever the
    # reader's UI language. Left out of the JSON while bokmål (see invalid_input).
    language: Literal["nb", "nn", "en"] = Field(
        default="nb",
        exclude_if=lambda value: value == "nb",
        description="Språket arket er skrevet på: nb (bokmål), nn (nynorsk) eller en"
        " (engelsk). PDF og Excel skrives på dette språket.",
    )
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
    # Text the user typed that is not a valid value for its field, keyed by the field's
    # path (e.g. "funding.granted_date", "cost.items[2].low", "funding.lines.2027.statlig").
    # The field keeps its last valid value (or None); the rules report every entry until
    # the text is corrected, so nothing typed is ever silently dropped or replaced.
    # Left out of the JSON while empty, so a sheet without it is written byte for byte as
    # before the field existed (stored revision hashes and signed packages stay equal).
    invalid_input: dict[str, str] = Field(
        default_factory=dict,
        exclude_if=lambda inputs: not inputs,
        description="Tekst brukeren har skrevet som ikke er en gyldig verdi for feltet, med"
        " feltets sti som nøkkel. Feltet beholder sin siste gyldige verdi; reglene melder feil"
        " til teksten er rettet.",
        json_schema_extra={"propertyNames": {"pattern": INPUT_PATH_PATTERN}},
    )

    @field_validator("created", "modified", mode="after")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    @field_validator("invalid_input", mode="after")
    @classmethod
    def _known_input_paths(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = [path for path in value if input_field(path) is None]
        if unknown:
            raise ValueError(f"ukjent felt: {', '.join(sorted(unknown))}")
        return value

    # No return annotation: the JSON Schema then still describes the fields themselves.
    @model_serializer(mode="wrap")
    def _written_format(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo):
        data = handler(self)
        if isinstance(data, dict) and "format" in data:
            data["format"] = self.written_format(data)
        return data

    def written_format(self, data: dict) -> str:
        """The tag this sheet is written with (`data`: its serialized fields): a newer
        minor's own, else the oldest of this program's versions that holds all it uses."""
        if self.made_by_newer_version:
            return self.format
        return sheet_format.oldest_tag_for(data, STEPS, CURRENT)

    @property
    def made_by_newer_version(self) -> bool:
        try:
            major, minor = sheet_format.parse_tag(self.format)
        except sheet_format.FormatError:
            return False
        return major == CURRENT[0] and minor > CURRENT[1]

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
        drop_row_inputs(data, "treatments")
        return data


_MODELS: dict[str, type[BaseModel]] = {
    m.__name__: m for m in (Cost, IndexedAmount, CostItem, FundingLine, Funding, Progress)
}
_MODELS.update({m.__name__: m for m in (Milestone, Treatment)})


def set_invalid_input(sheet: Sheet, path: str, text: str) -> None:
    """Keeps `text` as typed for `path` (the field's value is left as it is)."""
    if input_field(path) is None:
        raise ValueError(f"{path} tar ikke inn tekst som tolkes")
    sheet.invalid_input[path] = text


def clear_invalid_input(sheet: Sheet, path: str) -> None:
    sheet.invalid_input.pop(path, None)


def _row_key(list_path: str, path: str) -> tuple[int, str] | None:
    """(row, rest) when `path` lies in a row of the list at `list_path`, else None."""
    m = re.fullmatch(re.escape(list_path) + r"\[(\d+)\](.*)", path)
    return (int(m[1]), m[2]) if m else None


def remap_row_inputs(sheet: Sheet, list_path: str, new_index: dict[int, int | None]) -> None:
    """Moves the typed text of rows of `list_path` when rows move: row i becomes
    new_index[i], or is dropped when that is None. Rows not named keep their index."""
    moved: dict[str, str] = {}
    for path, text in sheet.invalid_input.items():
        key = _row_key(list_path, path)
        if key is None:
            moved[path] = text
            continue
        row, rest = key
        target = new_index.get(row, row)
        if target is not None:
            moved[f"{list_path}[{target}]{rest}"] = text
    sheet.invalid_input = moved


def drop_row_inputs(sheet: Sheet, list_path: str, row: int | None = None) -> None:
    """Forgets the typed text of one removed row (later rows move up), or of every row."""
    rows = {
        key[0] for path in sheet.invalid_input if (key := _row_key(list_path, path)) is not None
    }
    if row is None:
        remap_row_inputs(sheet, list_path, {r: None for r in rows})
    else:
        remap_row_inputs(
            sheet, list_path, {r: (None if r == row else r - 1) for r in rows if r >= row}
        )


def money_values(sheet: Sheet) -> list[tuple[str, Decimal | None]]:
    """Every money field of the sheet with its field path, in form order."""
    c = sheet.cost
    out: list[tuple[str, Decimal | None]] = [
        ("cost.expected_cost_mnok", c.expected_cost_mnok),
        ("cost.styringsmal_mnok", c.styringsmal_mnok),
        ("cost.styringsramme_mnok", c.styringsramme_mnok),
    ]
    if c.original_amount is not None:
        out.append(("cost.original_amount.amount", c.original_amount.amount))
    for i, item in enumerate(c.items):
        out.extend((f"cost.items[{i}].{a}", getattr(item, a)) for a in COST_ITEM_AMOUNTS)
    out.extend(
        (funding_cell_path(line.year, line.source), line.amount_mnok)
        for line in sheet.funding.lines
    )
    return out


COST_ITEM_AMOUNTS = ("low", "most_likely", "high")


class SheetError(ValueError):
    """A sheet JSON that cannot be read, with the reason in the language of the moment."""


def same_content(stored: Sheet, other: Sheet) -> bool:
    """Whether two copies of a sheet hold the same content: `modified` and `revision` are
    set by whichever store saved a copy, so they do not count (a package imported again)."""
    ignore = {"modified", "revision"}
    return stored.model_dump(exclude=ignore) == other.model_dump(exclude=ignore)


def sheet_to_json(sheet: Sheet) -> str:
    return sheet.model_dump_json(indent=2)


def sheet_to_dict(sheet: Sheet) -> dict:
    return sheet.model_dump(mode="json")


def sheet_from_json(text: str | bytes) -> Sheet:
    """Reads a sheet JSON of any version this program knows, upgraded to the current one
    (a newer minor is kept as it is, with the fields this program does not know).

    Money that is not a finite number (NaN, Infinity: Python's json writes them) or
    beyond the model's hard bound is not refused: it is kept as text in `invalid_input`,
    where the rules report it with its field path."""
    try:
        sheet = Sheet.model_validate_json(text)
    except ValidationError as exc:
        first: ValidationError | None = exc
    else:
        # The common case: a document of a version the model reads as it is.
        if sheet.format == FORMAT or _plain_upgrade(sheet.format):
            _refuse_unknown_fields(sheet)
            sheet.format = FORMAT
            return sheet
        first = None
    try:
        # Decimal keeps every digit, and turns NaN/Infinity into non-finite Decimals.
        data = json.loads(text, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, RecursionError):
        if first is None:  # cannot happen: the model has just read it
            raise
        raise SheetError(describe_validation_error(first)) from None
    return sheet_from_dict(data)


def sheet_from_dict(data: object) -> Sheet:
    """Reads a sheet from JSON-like data, upgraded like `sheet_from_json`."""
    if not isinstance(data, dict):
        raise SheetError(_invalid([f"{_document()}: {translate('sheet', 'må være et objekt')}"]))
    try:
        upgraded = sheet_format.upgrade(data, STEPS, CURRENT)
    except sheet_format.FormatError as exc:
        raise SheetError(str(exc)) from None
    document = upgraded.data
    try:
        sheet = Sheet.model_validate(document)
    except ValidationError as exc:
        document = copy.deepcopy(document)
        if not _move_unusable_numbers(document):
            raise SheetError(describe_validation_error(exc)) from None
        try:
            sheet = Sheet.model_validate(document)
        except ValidationError as again:
            raise SheetError(describe_validation_error(again)) from None
    if upgraded.newer:
        _plain_numbers_in_extras(sheet)
    else:
        _refuse_unknown_fields(sheet)
    return sheet


def _plain_numbers_in_extras(model: BaseModel) -> None:
    """Fields this program does not know are written back as they were read: a number
    read as Decimal (sheet_from_json keeps money exact that way) is a JSON number again."""
    for _where, part in _models_within(model):
        extra = part.model_extra or {}
        for key, value in extra.items():
            extra[key] = _as_json_numbers(value)


def _models_within(model: BaseModel, where: str = "") -> Iterator[tuple[str, BaseModel]]:
    """The model and every model inside it (fields, list rows, dict values), parents
    first, each with its path prefix in pydantic's style ("cost.items.0.")."""
    yield where, model
    for name in type(model).model_fields:
        yield from _within(getattr(model, name), f"{where}{name}.")


def _within(value: object, where: str) -> Iterator[tuple[str, BaseModel]]:
    if isinstance(value, BaseModel):
        yield from _models_within(value, where)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _within(item, f"{where}{i}.")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _within(item, f"{where}{key}.")


def _as_json_numbers(value: object) -> object:
    if isinstance(value, Decimal):  # only float literals are read as Decimal
        return float(value)
    if isinstance(value, list):
        return [_as_json_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_json_numbers(item) for key, item in value.items()}
    return value


def _plain_upgrade(tag: str) -> bool:
    """Whether a document tagged `tag` needs nothing but a new tag to be current: an
    older minor of the current major (minors only add optional fields)."""
    try:
        major, minor = sheet_format.parse_tag(tag)
    except sheet_format.FormatError:
        return False
    return major == CURRENT[0] and minor < CURRENT[1]


def unknown_fields(model: BaseModel) -> list[str]:
    """Paths (pydantic's style: cost.items.0.mid) of every field the model did not know."""
    return [
        f"{where}{name}" for where, part in _models_within(model) for name in part.model_extra or {}
    ]


def _refuse_unknown_fields(sheet: Sheet) -> None:
    unknown = unknown_fields(sheet)
    if unknown:
        unknown_text = translate("sheet", "ukjent felt")
        lines = [f"{path}: {unknown_text}" for path in unknown[:10]]
        if len(unknown) > 10:
            lines.append(_more(len(unknown) - 10))
        raise SheetError(_invalid(lines))


def _invalid(lines: list[str]) -> str:
    """'Ugyldig prosjektark:' and one indented line per problem."""
    return translate("sheet", "Ugyldig prosjektark:") + "\n  " + "\n  ".join(lines)


def _more(count: int) -> str:
    return translate("sheet", "… og {count} feil til").format(count=count)


def _document() -> str:
    return translate("sheet", "(dokumentet)")


def _unusable(value: object, *, money: bool) -> str | None:
    """The text to keep for a number the model cannot hold, or None when it is usable."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number.is_nan():
        return "NaN"
    if number.is_infinite():
        return "-Infinity" if number < 0 else "Infinity"
    if money and abs(number) > HARD_LIMIT_MNOK:
        # Plain digits as a user would write them; a 400-digit number keeps its exponent.
        return format(number, "f") if number.adjusted() < 21 else str(number)
    return None


def _move_unusable_numbers(data: dict) -> bool:
    """Moves money that is not finite or beyond the hard bound (and a non-finite
    percentage) into data["invalid_input"]; True when anything moved."""
    inputs: dict = {}
    cost = data.get("cost")
    if isinstance(cost, dict):
        for name in ("expected_cost_mnok", "styringsmal_mnok", "styringsramme_mnok"):
            if (text := _unusable(cost.get(name), money=True)) is not None:
                inputs[f"cost.{name}"] = text
                cost[name] = None
        if (text := _unusable(cost.get("std_dev_percent"), money=False)) is not None:
            inputs["cost.std_dev_percent"] = text
            cost["std_dev_percent"] = None
        original = cost.get("original_amount")
        if isinstance(original, dict):
            text = _unusable(original.get("amount"), money=True)
            if text is not None:
                # The amount is required: without it the conversion cannot be redone.
                inputs["cost.original_amount.amount"] = text
                cost["original_amount"] = None
        items = cost.get("items")
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            for name in COST_ITEM_AMOUNTS:
                if (text := _unusable(item.get(name), money=True)) is not None:
                    inputs[f"cost.items[{i}].{name}"] = text
                    item[name] = None
    funding = data.get("funding")
    lines = funding.get("lines") if isinstance(funding, dict) else None
    if isinstance(lines, list):
        kept = []
        for line in lines:
            text = (
                _unusable(line.get("amount_mnok"), money=True) if isinstance(line, dict) else None
            )
            year, source = (line.get("year"), line.get("source")) if text else (None, None)
            if text is None or not isinstance(year, int) or not _is_source_id(source):
                kept.append(line)
                continue
            # The line's amount is required, so the line goes and its text stays in its cell.
            inputs.setdefault(funding_cell_path(year, source), text)
        funding["lines"] = kept
    if not inputs:
        return False
    existing = data.get("invalid_input")
    if existing is None:
        data["invalid_input"] = inputs
    elif isinstance(existing, dict):
        data["invalid_input"] = {**inputs, **existing}
    return True


def _is_source_id(value: object) -> bool:
    return isinstance(value, str) and re.fullmatch(VOCABULARY_ID, value) is not None


def describe_validation_error(exc: Exception) -> str:
    """Pydantic's errors, located by path, in the language of the moment."""
    errors = getattr(exc, "errors", lambda: [])()
    if not errors:
        return translate("sheet", "Ugyldig prosjektark: {reason}").format(reason=exc)
    lines = []
    for err in errors[:10]:
        where = ".".join(str(p) for p in err.get("loc", ())) or _document()
        lines.append(f"{where}: {_norwegian(err)}")
    more = len(errors) - 10
    if more > 0:
        lines.append(_more(more))
    return _invalid(lines)


# Pydantic's error kinds in the reader's words (bokmål; translated where shown).
_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("sheet", "mangler"),
    "extra_forbidden": QT_TRANSLATE_NOOP("sheet", "ukjent felt"),
    "json_invalid": QT_TRANSLATE_NOOP("sheet", "ikke gyldig JSON"),
    "literal_error": QT_TRANSLATE_NOOP("sheet", "ugyldig verdi"),
    "int_parsing": QT_TRANSLATE_NOOP("sheet", "må være et heltall"),
    "int_type": QT_TRANSLATE_NOOP("sheet", "må være et heltall"),
    "decimal_parsing": QT_TRANSLATE_NOOP("sheet", "må være et tall"),
    "decimal_type": QT_TRANSLATE_NOOP("sheet", "må være et tall"),
    "decimal_max_places": QT_TRANSLATE_NOOP("sheet", "for mange desimaler"),
    "string_type": QT_TRANSLATE_NOOP("sheet", "må være tekst"),
    "bool_type": QT_TRANSLATE_NOOP("sheet", "må være sann eller usann"),
    "bool_parsing": QT_TRANSLATE_NOOP("sheet", "må være sann eller usann"),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("sheet", "må være en dato (ÅÅÅÅ-MM-DD)"),
    "date_parsing": QT_TRANSLATE_NOOP("sheet", "må være en dato (ÅÅÅÅ-MM-DD)"),
    "date_type": QT_TRANSLATE_NOOP("sheet", "må være en dato (ÅÅÅÅ-MM-DD)"),
    "datetime_parsing": QT_TRANSLATE_NOOP("sheet", "må være et tidspunkt"),
    "datetime_type": QT_TRANSLATE_NOOP("sheet", "må være et tidspunkt"),
    "uuid_parsing": QT_TRANSLATE_NOOP("sheet", "må være en UUID"),
    "uuid_type": QT_TRANSLATE_NOOP("sheet", "må være en UUID"),
    "list_type": QT_TRANSLATE_NOOP("sheet", "må være en liste"),
    "dict_type": QT_TRANSLATE_NOOP("sheet", "må være et objekt"),
    "model_type": QT_TRANSLATE_NOOP("sheet", "må være et objekt"),
    "model_attributes_type": QT_TRANSLATE_NOOP("sheet", "må være et objekt"),
    "greater_than_equal": QT_TRANSLATE_NOOP("sheet", "er for lav"),
    "less_than_equal": QT_TRANSLATE_NOOP("sheet", "er for høy"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("sheet", "har feil form"),
    "finite_number": QT_TRANSLATE_NOOP("sheet", "må være et endelig tall"),
}


def _norwegian(err: dict) -> str:
    kind = err.get("type", "")
    text = _MESSAGES.get(kind)
    if not text:
        return translate("sheet", "ugyldig verdi ({reason})").format(reason=err.get("msg", ""))
    text = translate("sheet", text)
    bound = (err.get("ctx") or {}).get(
        {"less_than_equal": "le", "greater_than_equal": "ge"}.get(kind, "")
    )
    if bound is not None:
        limit = (
            translate("sheet", "høyst {limit}")
            if kind == "less_than_equal"
            else translate("sheet", "minst {limit}")
        )
        text += f" ({limit.format(limit=bound)})"
    return text


def touch(sheet: Sheet) -> None:
    sheet.modified = _now()
