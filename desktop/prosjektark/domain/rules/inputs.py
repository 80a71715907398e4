"""Typed input and money that cannot be right (issue 8): text that is not a valid date or
number (kept in `sheet.invalid_input` until corrected), money that is negative, not a
finite number or beyond the profile's bound of a plausible project, and e-mail addresses
that cannot be addresses.

`describe_input` is also what the editor shows under a field with invalid text, so the
inline message and the finding say the same.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from prosjektark.domain.nb_format import MINUS, format_number, number_text, parse_date
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, Rule, mnok, rule
from prosjektark.domain.sheet import Sheet, input_field, money_values
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

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
    QT_TRANSLATE_NOOP(
        "rules",
        "Teksten i et datofelt er ikke en dato som finnes (skrives dd.mm.åååå). Teksten beholdes"
        " som skrevet til den er rettet; feltet har fortsatt sin forrige dato.",
    ),
    KEPT_AS_TYPED,
)
INVALID_NUMBER = rule(
    "input.invalid_number",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Teksten i et tallfelt er ikke et gyldig tall for feltet (ikke et tall, for mange"
        " desimaler eller utenfor feltets grenser). Teksten beholdes som skrevet til den er rettet.",
    ),
    KEPT_AS_TYPED,
)
NOT_FINITE = rule(
    "amount.not_finite",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Et tallfelt har en verdi som ikke er et endelig tall (NaN, uendelig), skrevet inn eller"
        " lest fra en JSON-fil.",
    ),
    MONEY_SOURCE,
)
NEGATIVE = rule(
    "amount.negative",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Et beløp er negativt: forventet kostnad, styringsmål, styringsramme, opprinnelig beløp,"
        " en kostnadspost eller en finansieringslinje. Null er tillatt.",
    ),
    MONEY_SOURCE,
)
IMPLAUSIBLE = rule(
    "amount.implausible",
    "error",
    "(feltets sti)",
    QT_TRANSLATE_NOOP(
        "rules",
        "Et beløp er over profilens grense for et troverdig prosjekt (max_plausible_mnok,"
        " 50 000 MNOK; nøyaktig grensen er tillatt), typisk kroner eller tusen kroner skrevet"
        " som millioner.",
    ),
    MONEY_SOURCE,
)
EMAIL_INVALID = rule(
    "identification.email_invalid",
    "error",
    "identification.contact_email",
    QT_TRANSLATE_NOOP(
        "rules",
        "Kontaktpersonens e-postadresse har ikke formen navn@domene.no (én @, et punktum i"
        " domenet, ingen mellomrom).",
    ),
    "Invalid e-mail addresses are accepted. Invalid input must be kept as typed and shown as a"
    " finding (with a code) until it is corrected.",
)

_SPACES = re.compile(r"[\s\u00a0\u202f]")
# What a JSON file or a careless paste can hold that is a number but not a finite one.
_NOT_FINITE = re.compile(r"[+-]?(s?nan|inf|infinity)", re.IGNORECASE)
_LOCAL = re.compile(r"[^\s@]+")
_DOMAIN = re.compile(r"[^\s@.]+(\.[^\s@.]+)+")
_ROW = re.compile(r"\[(\d+)\]")
# Translated where they are shown (item_label).
ITEM_LABELS = {
    "low": QT_TRANSLATE_NOOP("inputs", "lav"),
    "most_likely": QT_TRANSLATE_NOOP("inputs", "mest sannsynlig"),
    "high": QT_TRANSLATE_NOOP("inputs", "høy"),
}


def item_label(part: str) -> str:
    """The name of a cost item's low, most likely or high value, in the current language."""
    label = ITEM_LABELS.get(part)
    return translate("inputs", label) if label else part


def is_email(text: str) -> bool:
    """A plain check, not RFC 5322: one @, something before it, a dot inside the domain,
    no spaces."""
    local, at, domain = text.partition("@")
    return bool(at) and bool(_LOCAL.fullmatch(local)) and bool(_DOMAIN.fullmatch(domain))


def _number(text: str) -> Decimal | None:
    """The number in `text` as the one reader reads it in the current language (spaces,
    the minus sign, the language's decimal mark), NaN and Infinity too; None when it is
    not a number at all."""
    plain = number_text(text)
    if plain is None:
        cleaned = _SPACES.sub("", text).replace(MINUS, "-")
        # Not a number to the reader, but one the money rules name as not finite.
        return Decimal(cleaned) if _NOT_FINITE.fullmatch(cleaned) else None
    if not plain:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _describe_date(text: str) -> tuple[Rule, str]:
    cleaned = text.strip()
    try:
        parse_date(cleaned)
    except ValueError as exc:
        # parse_date says "not a date" of text that has no date's form; any other refusal
        # is the calendar's, of a form that names a day that does not exist (31.02.2027).
        if not str(exc).startswith("not a date"):
            return INVALID_DATE, translate(
                "inputs",
                "«{text}» er ikke en gyldig dato: datoen finnes ikke. Skriv en dato som"
                " dd.mm.åååå.",
            ).format(text=cleaned)
    else:
        if cleaned:
            return INVALID_DATE, translate(
                "inputs", "«{text}» er ikke lagret som dato. Skriv datoen på nytt."
            ).format(text=cleaned)
    return INVALID_DATE, translate(
        "inputs", "«{text}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 01.06.2026."
    ).format(text=cleaned)


def _bounds_problem(text: str, model: Any, attr: str, value: Decimal, kind: str) -> str:
    """What is wrong with the number `text` for the field, as a sentence about it."""

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
            message = translate("inputs", "«{text}» har for mange desimaler: bruk høyst {places}.")
            return message.format(text=text, places=ctx.get("decimal_places"))
        if problem.startswith("int_"):
            return translate("inputs", "«{text}» er ikke et heltall.").format(text=text)
        if problem in ("less_than_equal", "less_than"):
            message = translate("inputs", "«{text}» er for stort: høyst {limit}.")
            return message.format(text=text, limit=bound(ctx.get("le", ctx.get("lt"))))
        if problem in ("greater_than_equal", "greater_than"):
            message = translate("inputs", "«{text}» er for lite: minst {limit}.")
            return message.format(text=text, limit=bound(ctx.get("ge", ctx.get("gt"))))
        return translate("inputs", "«{text}» er ikke et gyldig tall for feltet.").format(text=text)
    return translate("inputs", "«{text}» er ikke lagret som tall. Skriv tallet på nytt.").format(
        text=text
    )


def _describe_number(
    path: str, text: str, kind: str, model: Any, attr: str, profile: Profile
) -> tuple[Rule, str]:
    value = _number(text)
    shown = text.strip()
    if value is None:
        if kind == "integer":
            message = translate(
                "inputs", "«{text}» er ikke et tall. Skriv et heltall, for eksempel 2027."
            )
        else:
            message = translate(
                "inputs", "«{text}» er ikke et tall. Skriv et tall, for eksempel 12,5."
            )
        return INVALID_NUMBER, message.format(text=shown)
    if not value.is_finite():
        if kind == "integer":
            message = translate(
                "inputs", "«{text}» er ikke et endelig tall. Skriv et heltall, for eksempel 2027."
            )
        else:
            message = translate(
                "inputs", "«{text}» er ikke et endelig tall. Skriv et tall, for eksempel 12,5."
            )
        return NOT_FINITE, message.format(text=shown)
    if kind == "money":
        if value < 0:
            return NEGATIVE, translate(
                "inputs", "«{text}» er et negativt beløp. Beløp kan ikke være negative."
            ).format(text=shown)
        if profile.max_plausible_mnok is not None and value > profile.max_plausible_mnok:
            return IMPLAUSIBLE, _implausible(
                translate("inputs", "«{text}»").format(text=shown), profile
            )
    return INVALID_NUMBER, _bounds_problem(shown, model, attr, value, kind)


def _implausible(amount: str, profile: Profile) -> str:
    return translate(
        "inputs",
        "{amount} MNOK er over grensen for et troverdig prosjekt, {limit} MNOK ({programme}s"
        " grense i avtaleprofilen). Beløp skrives i millioner kroner: sjekk at det ikke er"
        " skrevet i kroner eller tusen kroner.",
    ).format(amount=amount, limit=mnok(profile.max_plausible_mnok), programme=profile.name)


def describe_input(path: str, text: str, profile: Profile) -> tuple[Rule, str]:
    """The rule and the message (in the current language) for `text` typed into the field
    at `path`."""
    spec = input_field(path)
    if spec is None:
        return INVALID_NUMBER, translate(
            "inputs", "«{text}» kan ikke brukes i feltet {path}."
        ).format(text=text.strip(), path=path)
    kind, model, attr = spec
    if kind == "date":
        return _describe_date(text)
    return _describe_number(path, text, kind, model, attr, profile)


def field_label(path: str, ctx: Context) -> str:
    """A short name of the field at `path` for messages, in the current language (the
    form's label, read in that language, when the form has the field)."""
    f = ctx.catalog.form.field(path)
    if f is not None:
        return f.label
    parts = path.split(".")
    if path.startswith("funding.lines.") and len(parts) == 4:
        return translate("inputs", "Finansiering {year}, {source}").format(
            year=parts[2], source=ctx.profile.funding_source_name(parts[3]).lower()
        )
    row = _ROW.search(path)
    number = int(row[1]) + 1 if row else 0
    if path.startswith("cost.items["):
        return translate("inputs", "Kostnadspost {number}, {value}").format(
            number=number, value=item_label(parts[-1])
        )
    if path.startswith("progress.milestones["):
        return translate("inputs", "Milepæl {number}, dato").format(number=number)
    if path.startswith("treatments["):
        return translate("inputs", "Behandling {number}, dato").format(number=number)
    if path == "cost.original_amount.amount":
        return translate("inputs", "Opprinnelig beløp")
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
            translate(
                "inputs", "«{email}» er ikke en gyldig e-postadresse. Skriv den som navn@domene.no."
            ).format(email=email),
        )


def _check_money(ctx: Context, sheet: Sheet, profile: Profile) -> None:
    for path, value in money_values(sheet):
        if value is None or path in sheet.invalid_input:
            continue  # the typed text is reported instead of the value it left behind
        label = field_label(path, ctx)
        if value < 0:
            ctx.add(
                NEGATIVE,
                translate(
                    "inputs",
                    "{field}: {amount} MNOK er et negativt beløp. Beløp kan ikke være negative.",
                ).format(field=label, amount=mnok(value)),
                field_path=path,
            )
        elif profile.max_plausible_mnok is not None and value > profile.max_plausible_mnok:
            ctx.add(IMPLAUSIBLE, f"{label}: {_implausible(mnok(value), profile)}", field_path=path)
