"""Numbers and dates as Norwegian text: the one formatter behind the rules' messages, the
editor, the sheet list and the exports.

Decimal comma, a no-break space between thousands ("1 234,5"), dates "dd.mm.åååå".
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

NBSP = "\u00a0"


def group_thousands(digits: str) -> str:
    """'1234567' -> '1 234 567' (unsigned digits)."""
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return NBSP.join(reversed(groups))


def format_number(
    value: Decimal | float | int | None,
    *,
    min_decimals: int = 0,
    max_decimals: int | None = 3,
    grouped: bool = True,
    rounding: str = ROUND_HALF_UP,
) -> str:
    """'1 234,5': decimal comma, trailing zeros cut down to `min_decimals`.

    `max_decimals=None` keeps every decimal the value has (no rounding); `grouped=False`
    leaves out the thousands separator (text a user may edit). None gives ''.
    """
    if value is None:
        return ""
    try:
        number = Decimal(str(value)) if not isinstance(value, Decimal) else value
        if max_decimals is not None:
            number = number.quantize(Decimal(1).scaleb(-max_decimals), rounding=rounding)
    except (InvalidOperation, ValueError):
        return str(value)
    sign = "-" if number < 0 else ""  # after rounding: -0,0004 shows as "0"
    whole, _, frac = f"{abs(number):f}".partition(".")
    frac = frac.rstrip("0").ljust(min_decimals, "0")
    result = sign + (group_thousands(whole) if grouped else whole)
    if frac:
        result += "," + frac
    return result


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_datetime(value: dt.datetime | None) -> str:
    """Local time, 'dd.mm.åååå kl. tt:mm'."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y kl. %H:%M")
