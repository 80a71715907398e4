"""Typed input and money that cannot be right (issue 8): text that is not a valid date or
number (kept in `sheet.invalid_input` until corrected), money that is negative, not a
finite number or beyond the profile's bound of a plausible project, and e-mail addresses
that cannot be addresses.

`describe_input` is also what the editor shows under a field with invalid text, so the
inline message and the finding say the same.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from prosjektark.domain.nb_format import MINUS, format_number
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, Rule, mnok, rule
from prosjektark.domain.sheet import Sheet, input_field, money_values

KEPT_AS_TYPED = (
    "Invalid input must be kept as typed and shown as a finding (with a code) until it is"
    " corrected, never silently replaced."
)
MONEY_SOURCE = (
    "Negative amounts, non-finite numbers and amounts beyond any plausible project (name the"
    " bound in the profile) are errors with their own codes."
)

INVALID_DATE = rule(
    "input.invalid_date",
    "error",
    "(feltets sti)",
    "Teksten i et datofelt er ikke en dato som finnes (skrives dd.mm.åååå). Teksten beholdes"
    " som skrevet til den er rettet; feltet har fortsatt sin forrige dato.",
    KEPT_AS_TYPED,
)
INVALID_NUMBER = rule(
    "input.invalid_number",
    "error",
    "(feltets sti)",
    "Teksten i et tallfelt er ikke et gyldig tall for feltet (ikke et tall, for mange"
    " desimaler eller utenfor feltets grenser). Teksten beholdes som skrevet til den er rettet.",
    KEPT_AS_TYPED,
)
NOT_FINITE = rule(
    "amount.not_finite",
    "error",
    "(feltets sti)",
    "Et tallfelt har en verdi som ikke er et endelig tall (NaN, uendelig), skrevet inn eller"
    " lest fra en JSON-fil.",
    MONEY_SOURCE,
)
NEGATIVE = rule(
    "amount.negative",
    "error",
    "(feltets sti)",
    "Et beløp er negativt: forventet kostnad, styringsmål, styringsramme, opprinnelig beløp,"
    " en kostnadspost eller en finansieringslinje. Null er tillatt.",
    MONEY_SOURCE,
)
IMPLAUSIBLE = rule(
    "amount.implausible",
    "error",
    "(feltets sti)",
    "Et beløp er over profilens grense for et troverdig prosjekt (max_plausible_mnok,"
    " 50 000 MNOK; nøyaktig grensen er tillatt), typisk kroner eller tusen kroner skrevet"
    " som millioner.",
    MONEY_SOURCE,
)
EMAIL_INVALID = rule(
    "identification.email_invalid",
    "error",
    "identification.contact_email",
    "Kontaktpersonens e-postadresse har ikke formen navn@domene.no (én @, et punktum i"
    " domenet, ingen mellomrom).",
    "Invalid e-mail addresses are accepted. Invalid input must be kept as typed and shown as a"
    " finding (with a code) until it is corrected.",
)

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_LOCAL = re.compile(r"[^\s@]+")
_DOMAIN = re.compile(r"[^\s@.]+(\.[^\s@.]+)+")
_ROW = re.compile(r"\[(\d+)\]")
ITEM_LABELS = {"low": "lav", "most_likely": "mest sannsynlig", "high": "høy"}


def is_email(text: str) -> bool:
    """A plain check, not RFC 5322: one @, something before it, a dot inside the domain,
    no spaces."""
    local, at, domain = text.partition("@")
    return bool(at) and bool(_LOCAL.fullmatch(local)) and bool(_DOMAIN.fullmatch(domain))


def _number(text: str) -> Decimal | None:
    """The number in `text` read leniently (Norwegian comma, spaces, minus sign, NaN and
    Infinity too), or None when it is not a number at all."""
    cleaned = _SPACES.sub("", text).replace(",", ".").replace("\u2212", "-")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def _shown(text: str) -> str:
    return f"«{text.strip()}»"


def _describe_date(text: str) -> tuple[Rule, str]:
    cleaned = text.strip()
    for pattern, order in ((_DMY, (3, 2, 1)), (_ISO, (1, 2, 3))):
        m = pattern.fullmatch(cleaned)
        if m:
            try:
                dt.date(*(int(m[i]) for i in order))
            except ValueError:
                return INVALID_DATE, (
                    f"{_shown(text)} er ikke en gyldig dato: datoen finnes ikke. Skriv en dato"
                    " som dd.mm.åååå."
                )
            return INVALID_DATE, f"{_shown(text)} er ikke lagret som dato. Skriv datoen på nytt."
    return INVALID_DATE, (
        f"{_shown(text)} er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026."
    )


def _bounds_problem(model: Any, attr: str, value: Decimal, kind: str) -> str:
    def bound(number: object) -> str:
        # Money as every amount is shown; a year or a percent as the number it is ("1900").
        limit = Decimal(str(number))
        return mnok(limit) if kind == "money" else format_number(limit, grouped=False, minus=MINUS)

    info = model.model_fields[attr]
    annotation = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    try:
        TypeAdapter(annotation).validate_python(value)
    except ValidationError as exc:
        err = exc.errors()[0]
        ctx = err.get("ctx") or {}
        problem = err.get("type", "")
        if problem == "decimal_max_places":
            return f"har for mange desimaler: bruk høyst {ctx.get('decimal_places')}."
        if problem.startswith("int_"):
            return "er ikke et heltall."
        if problem in ("less_than_equal", "less_than"):
            return f"er for stort: høyst {bound(ctx.get('le', ctx.get('lt')))}."
        if problem in ("greater_than_equal", "greater_than"):
            return f"er for lite: minst {bound(ctx.get('ge', ctx.get('gt')))}."
        return "er ikke et gyldig tall for feltet."
    return "er ikke lagret som tall. Skriv tallet på nytt."


def _describe_number(
    path: str, text: str, kind: str, model: Any, attr: str, profile: Profile
) -> tuple[Rule, str]:
    value = _number(text)
    example = "et heltall, for eksempel 2027" if kind == "integer" else "et tall, for eksempel 12,5"
    if value is None:
        return INVALID_NUMBER, f"{_shown(text)} er ikke et tall. Skriv {example}."
    if not value.is_finite():
        return NOT_FINITE, f"{_shown(text)} er ikke et endelig tall. Skriv {example}."
    if kind == "money":
        if value < 0:
            return NEGATIVE, f"{_shown(text)} er et negativt beløp. Beløp kan ikke være negative."
        if profile.max_plausible_mnok is not None and value > profile.max_plausible_mnok:
            return IMPLAUSIBLE, _implausible(_shown(text), profile)
    return INVALID_NUMBER, f"{_shown(text)} {_bounds_problem(model, attr, value, kind)}"


def _implausible(what: str, profile: Profile) -> str:
    return (
        f"{what} MNOK er over grensen for et troverdig prosjekt, {mnok(profile.max_plausible_mnok)}"
        f" MNOK ({profile.name}s grense i avtaleprofilen). Beløp skrives i millioner kroner:"
        " sjekk at det ikke er skrevet i kroner eller tusen kroner."
    )


def describe_input(path: str, text: str, profile: Profile) -> tuple[Rule, str]:
    """The rule and the Norwegian message for `text` typed into the field at `path`."""
    spec = input_field(path)
    if spec is None:
        return INVALID_NUMBER, f"{_shown(text)} kan ikke brukes i feltet {path}."
    kind, model, attr = spec
    if kind == "date":
        return _describe_date(text)
    return _describe_number(path, text, kind, model, attr, profile)


def field_label(path: str, ctx: Context) -> str:
    """A short Norwegian name of the field at `path` for messages."""
    f = ctx.catalog.form.field(path)
    if f is not None:
        return f.label
    parts = path.split(".")
    if path.startswith("funding.lines.") and len(parts) == 4:
        return f"Finansiering {parts[2]}, {ctx.profile.funding_source_name(parts[3]).lower()}"
    row = _ROW.search(path)
    number = int(row[1]) + 1 if row else 0
    if path.startswith("cost.items["):
        return f"Kostnadspost {number}, {ITEM_LABELS.get(parts[-1], parts[-1])}"
    if path.startswith("progress.milestones["):
        return f"Milepæl {number}, dato"
    if path.startswith("treatments["):
        return f"Behandling {number}, dato"
    if path == "cost.original_amount.amount":
        return "Opprinnelig beløp"
    return path


def check(ctx: Context) -> None:
    sheet, profile = ctx.sheet, ctx.profile
    for path, text in sheet.invalid_input.items():
        r, message = describe_input(path, text, profile)
        ctx.add(r, f"{field_label(path, ctx)}: {message}", field_path=path)
    _check_money(ctx, sheet, profile)
    email = sheet.identification.contact_email.strip()
    if email and not is_email(email):
        ctx.add(
            EMAIL_INVALID,
            f"«{email}» er ikke en gyldig e-postadresse. Skriv den som navn@domene.no.",
        )


def _check_money(ctx: Context, sheet: Sheet, profile: Profile) -> None:
    for path, value in money_values(sheet):
        if value is None or path in sheet.invalid_input:
            continue  # the typed text is reported instead of the value it left behind
        label = field_label(path, ctx)
        if value < 0:
            ctx.add(
                NEGATIVE,
                f"{label}: {mnok(value)} MNOK er et negativt beløp. Beløp kan ikke være negative.",
                field_path=path,
            )
        elif profile.max_plausible_mnok is not None and value > profile.max_plausible_mnok:
            ctx.add(IMPLAUSIBLE, f"{label}: {_implausible(mnok(value), profile)}", field_path=path)
