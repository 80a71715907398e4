"""Numbers and dates as text in the language of the moment: the one formatter behind the
rules' messages, the editor, the sheet list and the exports. (The module keeps its old
name; it knows bokmål, nynorsk and English, following `prosjektark.i18n.language()`.)

- **bokmål and nynorsk**: decimal comma, a no-break space between thousands
  ("1 234,5"), dates "dd.mm.åååå", times "kl. tt:mm".
- **English**: decimal point, a comma between thousands ("1,234.5"), and a date no
  English reader can take for another: day, abbreviated month name, year ("1 Dec 2026";
  "01.12.2026" reads as 12 January to an American, "12/01/2026" is ambiguous either
  way). Times on the 24-hour clock, "1 Dec 2026, 14:30"; a share "35%" without the space
  Norwegian puts before the sign.

Every language uses a real minus sign ("−1,5") in text that is only read. Money is
`format_mnok`, a share `format_percent`, everywhere; text a user may edit is
`format_number(grouped=False, max_decimals=None)` (every decimal kept, no separator to
trip over). `parse_number` and `parse_date` read back what these show in the same
language (and the plainer forms people type), so a value copied from a sum or a list can
be pasted into a field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from prosjektark import i18n

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


# The marks of each language: (decimal mark, thousands separator).
_MARKS: dict[str, tuple[str, str]] = {"nb": (",", NBSP), "nn": (",", NBSP), "en": (".", ",")}
# English month names for dates (never the C library's locale, which is the machine's).
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_EN_FULL = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def _language(language: str | None) -> str:
    return i18n.check_language(language) if language else i18n.language()


def decimal_mark(language: str | None = None) -> str:
    """',' in bokmål and nynorsk, '.' in English."""
    return _MARKS[_language(language)][0]


def thousands_separator(language: str | None = None) -> str:
    """A no-break space in bokmål and nynorsk, ',' in English."""
    return _MARKS[_language(language)][1]


def group_thousands(digits: str, language: str | None = None) -> str:
    """'1234567' -> '1 234 567' ('1,234,567' in English); unsigned digits."""
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return thousands_separator(language).join(reversed(groups))


def format_number(
    value: Decimal | float | int | None,
    *,
    min_decimals: int = 0,
    max_decimals: int | None = 3,
    grouped: bool = True,
    minus: str = "-",
    language: str | None = None,
) -> str:
    """'1 234,5' ('1,234.5' in English), trailing zeros cut down to `min_decimals`.

    `max_decimals=None` keeps every decimal the value has (no rounding); `grouped=False`
    leaves out the thousands separator (text a user may edit). None gives ''. `minus`
    is the sign of a negative number: '-' where the text may be edited (the parsers
    read it), MINUS where it is only shown. `language` is the current one unless given.
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
    result = sign + (group_thousands(whole, language) if grouped else whole)
    if frac:
        result += decimal_mark(language) + frac
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


def format_mnok(
    value: Decimal | float | int | None, *, unit: bool = True, language: str | None = None
) -> str:
    """Money in MNOK as every part of the program shows it: '1 234,5 MNOK', '12,001',
    '−1,0' ('1,234.5 MNOK' in English). Half up to whole thousand kroner, at least one
    decimal (see MNOK_MIN_DECIMALS). None gives ''; the caller shows its own mark for
    "no value"."""
    if value is None:
        return ""
    text = format_number(
        rounded(value, MNOK_DECIMALS),
        min_decimals=MNOK_MIN_DECIMALS,
        max_decimals=MNOK_DECIMALS,
        minus=MINUS,
        language=language,
    )
    return f"{text}{NBSP}MNOK" if unit else text


def format_percent(
    value: Decimal | float | int | None, *, unit: bool = True, language: str | None = None
) -> str:
    """A percent number (35 means 35 %) as shown everywhere: '35 %', '12,25 %', with a
    no-break space before the sign as Norwegian writes it; '12.25%' in English, which
    writes none. None gives ''."""
    if value is None:
        return ""
    text = format_number(
        rounded(value, PERCENT_DECIMALS),
        max_decimals=PERCENT_DECIMALS,
        minus=MINUS,
        language=language,
    )
    if not unit:
        return text
    return f"{text}%" if _language(language) == "en" else f"{text}{NBSP}%"


def format_date(value: dt.date | None, *, language: str | None = None) -> str:
    """'01.12.2026' in bokmål and nynorsk, '1 Dec 2026' in English."""
    if value is None:
        return ""
    if _language(language) == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def format_datetime(value: dt.datetime | None, *, language: str | None = None) -> str:
    """Local time: 'dd.mm.åååå kl. tt:mm'; '1 Dec 2026, 14:30' in English."""
    if value is None:
        return ""
    value = _local(value)
    date = format_date(value.date(), language=language)
    if _language(language) == "en":
        return f"{date}, {value:%H:%M}"
    return f"{date} kl. {value:%H:%M}"


def format_time(value: dt.datetime | None, *, language: str | None = None) -> str:
    """A time of day alone, local time, as `format_datetime` says it: 'kl. tt:mm' ('14:30'
    in English, where a sentence puts its own "at" before it). For a moment that is
    plainly today (the status bar's «Sist lagret kl. 06:24»)."""
    if value is None:
        return ""
    value = _local(value)
    return f"{value:%H:%M}" if _language(language) == "en" else f"kl. {value:%H:%M}"


# ------------------------------------------------------------------------------ reading

_BLANKS = re.compile(r"[\s\u00a0\u202f]")
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)")
# English: digits with a comma between every three (the separator this module writes),
# or no separator at all; the dot is the decimal mark.
_EN_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")


def number_text(text: str, *, language: str | None = None) -> str | None:
    """`text` as typed or copied, in the plain form Python's Decimal reads ('-1234.5'),
    or None when it is no number written the way `language` writes numbers.

    Blanks (also no-break spaces) and the real minus sign are taken away in every
    language. Bokmål and nynorsk read a comma or a dot as the decimal mark, as they always
    have ("12,5", "12.5", "1 234,5"). English reads the dot as the decimal mark and a
    comma only between groups of three digits ("1,234.5"); "12,5" is refused there,
    since an English reader may mean 125 by it. The empty text gives ''."""
    cleaned = _BLANKS.sub("", text).replace(MINUS, "-")
    if not cleaned:
        return ""
    if _language(language) == "en":
        match = _EN_NUMBER.fullmatch(cleaned)
        if match is None or not (match[2] or match[3]):
            return None
        whole = (match[2] or "").replace(",", "")
        fraction = match[3] or ""
        return f"{match[1]}{whole or '0'}" + (f".{fraction}" if fraction else "")
    cleaned = cleaned.replace(",", ".")
    return cleaned if _PLAIN.fullmatch(cleaned) else None


def parse_number(text: str, *, language: str | None = None) -> Decimal | None:
    """The number in `text` as `format_number`, `format_mnok` or `format_percent` show
    it in `language` (the unit may be left on: 'MNOK', '%'), or as people type it; None
    for an empty text. Raises ValueError when the text is no number (see `number_text`)."""
    stripped = text.strip()
    for unit in ("MNOK", "%"):
        stripped = stripped.removesuffix(unit)
    plain = number_text(stripped, language=language)
    if plain is None:
        raise ValueError(f"not a number: {text!r}")
    if not plain:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None


def parse_date(text: str, *, language: str | None = None) -> dt.date | None:
    """A date as `format_date` shows it in `language`, or as people type it: dd.mm.åååå
    (also d.m.åååå) and ISO åååå-mm-dd in every language, and in English also '1 Dec
    2026' or '1 December 2026'. None for an empty text; ValueError for anything else,
    also for a date that does not exist (31.02.2027). Slashes are refused: 01/02/2026 is
    1 February to a Norwegian or a Briton and 2 January to an American."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if m := _DMY.fullmatch(cleaned):
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    if m := _ISO.fullmatch(cleaned):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if _language(language) == "en" and (m := _DAY_MONTH_YEAR.fullmatch(cleaned)):
        month = _english_month(m[2])
        if month is not None:
            return dt.date(int(m[3]), month, int(m[1]))
    raise ValueError(f"not a date: {text!r}")


def _english_month(name: str) -> int | None:
    name = name.lower()
    for number, full in enumerate(_MONTHS_EN_FULL, start=1):
        if name == full or (len(name) >= 3 and full.startswith(name)):
            return number
    return None
