"""Parsing and formatting of typed values as Norwegian users write them (no Qt here)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from prosjektark.domain import nb_format
from prosjektark.domain.nb_format import format_date  # noqa: F401 (the editor's date text)

# Qt's translate reads the same catalogue; this one keeps the module free of Qt.
from prosjektark.i18n import translate


class ValueProblem(ValueError):
    """Input that cannot become a model value; the message is Norwegian and user-facing."""


def field_info(model: type[BaseModel], path: str) -> FieldInfo:
    """The pydantic field behind a dotted path, starting at a model class."""
    parts = path.split(".")
    cls: Any = model
    for part in parts[:-1]:
        cls = cls.model_fields[part].annotation
    return cls.model_fields[parts[-1]]


def empty_value(info: FieldInfo) -> Any:
    """What an emptied input stores: None for optional fields, else the field default."""
    if info.is_required():
        raise ValueProblem(translate("values", "Feltet kan ikke være tomt."))
    return info.get_default(call_default_factory=True)


def _adapter(info: FieldInfo) -> TypeAdapter:
    annotation = info.annotation
    if info.metadata:
        annotation = Annotated[annotation, *info.metadata]  # type: ignore[valid-type]
    return TypeAdapter(annotation)


def _message(exc: ValidationError) -> str:
    err = exc.errors()[0]
    ctx = err.get("ctx") or {}
    kind = err.get("type", "")
    if kind == "decimal_max_places":
        return translate("values", "Bruk høyst {count} desimaler.").format(
            count=ctx.get("decimal_places")
        )
    if kind in ("less_than_equal", "less_than"):
        return translate("values", "Tallet kan ikke være større enn {limit}.").format(
            limit=format_number(ctx.get("le", ctx.get("lt")))
        )
    if kind in ("greater_than_equal", "greater_than"):
        return translate("values", "Tallet kan ikke være mindre enn {limit}.").format(
            limit=format_number(ctx.get("ge", ctx.get("gt")))
        )
    return translate("values", "Ugyldig verdi.")


def validate(info: FieldInfo, value: Any) -> Any:
    try:
        return _adapter(info).validate_python(value)
    except ValidationError as exc:
        raise ValueProblem(_message(exc)) from None


_SPACES = re.compile(r"[\s\u00a0\u202f]")


def stored_text(text: str) -> str:
    """Typed text as the sheet keeps it: without the blank space (spaces, tabs, empty
    lines) before and after it, which no one means to sign; a multi-line text keeps its
    inner line breaks. The input keeps showing what was typed."""
    return text.strip()


def parse_decimal(text: str) -> Decimal | None:
    """A number as the program shows it or as people type it, in the current language
    (bokmål and nynorsk: "12,5", "12.5", "1 234,5"; English: "1,234.5"), also with the
    minus sign of the text the program shows (copied from a sum, say); empty gives None."""
    plain = nb_format.number_text(text)
    if plain is None:
        raise ValueProblem(translate("values", "Skriv et tall, for eksempel 12,5."))
    if not plain:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        raise ValueProblem(translate("values", "Skriv et tall, for eksempel 12,5.")) from None


def parse_int(text: str) -> int | None:
    cleaned = _SPACES.sub("", text)
    if not cleaned:
        return None
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise ValueProblem(translate("values", "Skriv et heltall, for eksempel 2027."))
    return int(cleaned)


def format_number(value: Any) -> str:
    """A value as the user may edit it: every decimal kept, no thousands separator."""
    if isinstance(value, Decimal):
        return nb_format.format_number(value, max_decimals=None, grouped=False)
    return nb_format.format_number(value, max_decimals=None, grouped=False)


def format_sum(value: Decimal | None) -> str:
    """An amount (MNOK) that is shown, not edited (a sum, a computed cost, a read-only
    cell): the one money format of the program, without the unit."""
    return nb_format.format_mnok(value, unit=False)


def parse_date(text: str) -> dt.date | None:
    """A date as the program shows it in the current language, dd.mm.åååå (also
    d.m.åååå) or ISO åååå-mm-dd; empty gives None."""
    try:
        return nb_format.parse_date(text)
    except ValueError:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2}", text.strip()):
            raise ValueProblem(translate("values", "Datoen finnes ikke.")) from None
        raise ValueProblem(
            translate("values", "Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026.")
        ) from None
