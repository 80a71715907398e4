"""Numbers and dates as Norwegian text: the one formatter behind the rules' messages, the
editor, the sheet list and the exports.

Decimal comma, a no-break space between thousands ("1 234,5"), a real minus sign
("−1,5") in text that is only read, dates "dd.mm.åååå". Money is `format_mnok`, a share
`format_percent`, everywhere; text a user may edit is `format_number(grouped=False,
max_decimals=None)` (every decimal kept, no separator to trip over).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

NBSP = "\u00a0"
MINUS = "\u2212"

# Money is MNOK with three decimals at most: whole thousand kroner, as the sheet stores it.
# At least one decimal, because a spreadsheet's number format cannot show optional
# decimals without leaving a bare comma behind ("12,"): the workbooks' sums are live
# formulas whose value is not known when the format is chosen, so "#,##0.0##" it is,
# and every other place shows what the workbook shows ("12,0", "12,5", "12,001").
MNOK_MIN_DECIMALS = 1
MNOK_DECIMALS = 3
# A share (standard deviation in percent) has two decimals at most, none when whole
# ("35 %"): the workbooks store percents as values, never formulas, so each cell can be
# given the format of exactly the digits shown here (see `decimals_shown`).
PERCENT_DECIMALS = 2
# One rounding rule for every place a number is shown: half up (away from zero), as
# people round and as the spreadsheet programs do; never the banker's ties-to-even.
ROUNDING = ROUND_HALF_UP


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
    minus: str = "-",
) -> str:
    """'1 234,5': decimal comma, trailing zeros cut down to `min_decimals`.

    `max_decimals=None` keeps every decimal the value has (no rounding); `grouped=False`
    leaves out the thousands separator (text a user may edit). None gives ''. `minus`
    is the sign of a negative number: '-' where the text may be edited (the parsers
    read it), MINUS where it is only shown.
    """
    if value is None:
        return ""
    try:
        number = Decimal(str(value)) if not isinstance(value, Decimal) else value
        if not number.is_finite():
            return str(value)
        if max_decimals is not None:
            number = number.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUNDING)
    except (InvalidOperation, ValueError):
        return str(value)
    sign = minus if number < 0 else ""  # after rounding: -0,0004 shows as "0"
    whole, _, frac = f"{abs(number):f}".partition(".")
    frac = frac.rstrip("0").ljust(min_decimals, "0")
    result = sign + (group_thousands(whole) if grouped else whole)
    if frac:
        result += "," + frac
    return result


def rounded(value: Decimal | float | int, decimals: int) -> Decimal:
    """`value` rounded as every number is shown. A float is taken by its shortest repr
    (12.0005 is 12.0005, not the binary 12.000499…), as the user typed it."""
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    if not number.is_finite():
        return number  # shown as it is by format_number; the rules report it
    number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUNDING)
    return number if number else abs(number)  # no "-0"


def round_mnok(value: Decimal | float | int | None) -> Decimal | None:
    """Money rounded to whole thousand kroner: what `format_mnok` shows, as a number (for
    a spreadsheet cell, whose own rounding of a binary float could differ)."""
    return None if value is None else rounded(value, MNOK_DECIMALS)


def decimals_shown(value: Decimal | float | int, min_decimals: int, max_decimals: int) -> int:
    """How many decimals the text of `value` has (trailing zeros cut to `min_decimals`)."""
    frac = f"{rounded(value, max_decimals):f}".partition(".")[2].rstrip("0")
    return max(len(frac), min_decimals)


def format_mnok(value: Decimal | float | int | None, *, unit: bool = True) -> str:
    """Money in MNOK as every part of the program shows it: '1 234,5 MNOK', '12,001',
    '−1,0'. Half up to whole thousand kroner, at least one decimal (see
    MNOK_MIN_DECIMALS). None gives ''; the caller shows its own mark for "no value"."""
    if value is None:
        return ""
    text = format_number(
        rounded(value, MNOK_DECIMALS),
        min_decimals=MNOK_MIN_DECIMALS,
        max_decimals=MNOK_DECIMALS,
        minus=MINUS,
    )
    return f"{text}{NBSP}MNOK" if unit else text


def format_percent(value: Decimal | float | int | None, *, unit: bool = True) -> str:
    """A percent number (35 means 35 %) as shown everywhere: '35 %', '12,25 %', with a
    no-break space before the sign as Norwegian writes it. None gives ''."""
    if value is None:
        return ""
    text = format_number(
        rounded(value, PERCENT_DECIMALS), max_decimals=PERCENT_DECIMALS, minus=MINUS
    )
    return f"{text}{NBSP}%" if unit else text


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_datetime(value: dt.datetime | None) -> str:
    """Local time, 'dd.mm.åååå kl. tt:mm'."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y kl. %H:%M")


def format_time(value: dt.datetime | None) -> str:
    """A time of day alone, local time, as `format_datetime` says it: 'kl. tt:mm'. For a
    moment that is plainly today (the status bar's «Sist lagret kl. 06:24»)."""
    return format_datetime(value).partition(" ")[2]
