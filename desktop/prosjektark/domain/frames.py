"""The programme's frames: the money available per year and funding source, and where the
agreement sets pots aside, per party or municipality (seed 004: the pots are «innenfor
byvekstavtalens rammer avsatt til de respektive kommunene»).

The secretariat enters them; nothing here invents a number. A frame line with an empty
`party` is the programme's money for that year and source; one with a party is that
party's pot, and is balanced against that party's sheets only (see `party_of`).

The file form is CSV as Norwegian Excel writes it: semicolons, decimal commas, UTF-8, and
the header `år;kilde;part;beløp_mnok`. Comma-separated files with decimal points are read
too.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from prosjektark.domain import nb_format
from prosjektark.domain.nb_format import MNOK_DECIMALS, format_number
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.domain.profile import Profile

HEADER = ("år", "kilde", "part", "beløp_mnok")


@dataclass(frozen=True)
class FrameLine:
    year: int
    source: str  # a funding source id of the profile
    party: str  # "" for the whole programme; else one of `Profile.frame_parts`
    amount_mnok: Decimal

    @property
    def key(self) -> tuple[int, str, str]:
        return (self.year, self.source, self.party)


@dataclass(frozen=True)
class FrameProblem:
    line: int  # 1-based line of the file (the header is line 1); 0: not from a file
    reason: str  # in the language of the moment, for the person who wrote the file

    def __str__(self) -> str:
        if not self.line:
            return self.reason
        return translate("frames", "Linje {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


class FramesError(ValueError):
    """Frames that cannot be taken in; `problems` names every bad line and why."""

    def __init__(self, problems: list[FrameProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def parties_of(responsible_party: str, municipalities: list[str] | tuple[str, ...]) -> set[str]:
    """The frame parties a sheet's funding counts against besides the programme's own:
    its responsible party, and its municipality when it has exactly one. A sheet in several
    municipalities counts against none of them: seed 004 keeps such pots «utenfor
    byvekstavtalens ramme avsatt til kommunene»."""
    parts = {responsible_party} if responsible_party else set()
    if len(municipalities) == 1:
        parts.add(municipalities[0])
    return parts


# ------------------------------------------------------------------ the file form

# The semicolon form is what Norwegian Excel writes; the comma form what most other tools
# write. Each has its own decimal mark, and the other mark may group thousands.
_DECIMAL_MARK = {";": ",", ",": "."}
# Excel groups thousands with a no-break space; people type a space or the other mark.
_SPACES = (" ", "\u00a0", "\u202f")
_MINUSES = ("-", "\u2212", "\u2013")  # hyphen, the real minus sign, an en dash
_BOM = "\ufeff"
_HEADER_TEXT = ";".join(HEADER)


def _empty() -> str:
    return translate(
        "frames", "Filen er tom. Første linje skal være overskriften «{header}»."
    ).format(header=_HEADER_TEXT)


class _Bad(ValueError):
    """A cell that cannot be read; the message is the reason, in the current language."""


def decode_frames_file(data: bytes) -> str:
    """The text of a frames file: UTF-8, with or without the byte order mark Excel puts
    first. Raises FramesError naming the line of the first byte that is not UTF-8: Excel's
    plain «CSV» type writes Windows-1252, and guessing would turn «år» into something else.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        reason = translate(
            "frames",
            "filen er ikke lagret som UTF-8. Lagre den i Excel som «CSV UTF-8 (kommadelt)», "
            "eller velg UTF-8 i programmet du lagrer med.",
        )
        raise FramesError([FrameProblem(line, reason)]) from None


def parse_frames_csv(text: str, profile: Profile) -> list[FrameLine]:
    """The frame lines of a frames file, in file order, each source as the profile's
    funding source id and each party as the profile spells it.

    Semicolons with decimal commas (Norwegian Excel), or commas with decimal points; the
    header line says which. A source may be given by its id or its name and a party in
    any case; thousands may be grouped («1 234,5»). Raises FramesError with every bad
    line and every reason: a wrong or missing header, an empty file, cells that are not
    numbers, and all that `validate_frames` refuses. A file with only the header has no
    lines (an empty list)."""
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise FramesError([FrameProblem(0, _empty())])
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[FrameProblem] = []
    lines: list[FrameLine] = []
    numbers: list[int] = []
    header_seen = False
    end = 0  # the last physical line read: a quoted cell may span several
    for row in _rows(reader, problems):
        start, end = end + 1, reader.line_num
        if start == 1 and _sep_line(delimiter.join(row)):
            continue  # Excel's «sep=;» line; _delimiter has read it
        if not header_seen:
            header_seen = True
            reason = _header_problem(row)
            if reason:  # the columns cannot be trusted: nothing below can be read
                raise FramesError([FrameProblem(start, reason)])
            continue
        if not any(cell.strip() for cell in row):
            continue  # an empty row, as Excel writes a blank line
        line, reasons = _read_row(row, delimiter, profile)
        problems += [FrameProblem(start, reason) for reason in reasons]
        if line is not None:
            lines.append(line)
            numbers.append(start)
    if not header_seen:
        raise FramesError([FrameProblem(0, _empty())])
    problems += validate_frames(lines, profile, line_numbers=numbers)
    if problems:
        raise FramesError(sorted(problems, key=lambda p: p.line))  # stable: a line's order
    return lines


def validate_frames(
    lines: list[FrameLine] | tuple[FrameLine, ...],
    profile: Profile,
    *,
    line_numbers: list[int] | None = None,
) -> list[FrameProblem]:
    """What is wrong with frame lines for this programme, every line and every reason:
    a year outside the programme period (or a profile without one), an unknown funding
    source id or party, an amount that is negative, not a number or finer than whole
    thousand kroner, a source in a year the profile keeps for another source only
    (`source_limits`), and the same year, source and party twice. `line_numbers` are
    the lines' places in a file; without them each reason names its line by year,
    source and party, and the problem's line is 0."""
    problems: list[FrameProblem] = []
    years = profile.years
    if not years:
        problems.append(FrameProblem(0, _no_period(profile)))
    sources = {s.id for s in profile.funding_sources}
    only = {limit.year: limit for limit in profile.source_limits}
    first: dict[tuple[int, str, str], int] = {}
    for index, line in enumerate(lines):
        number = line_numbers[index] if line_numbers is not None else 0
        where = "" if number else f"{_label(line, profile)}: "
        reasons = [_year_reason(line.year, profile), _source_reason(line.source, profile)]
        reasons.append(_party_reason(line.party, profile))
        amount = line.amount_mnok
        if not isinstance(amount, Decimal) or not amount.is_finite():
            reasons.append(
                translate("frames", "beløpet «{amount}» er ikke et tall.").format(amount=amount)
            )
        else:
            if amount < 0:
                shown = format_number(amount, max_decimals=None, grouped=False)
                reasons.append(
                    translate(
                        "frames", "beløpet {amount} er negativt; en ramme kan ikke være under null."
                    ).format(amount=shown)
                )
            exponent = amount.as_tuple().exponent
            if isinstance(exponent, int) and exponent < -MNOK_DECIMALS:
                reasons.append(
                    translate(
                        "frames",
                        "beløpet har mer enn {decimals} desimaler; rammer oppgis i millioner "
                        "kroner, med hele tusen kroner som minste enhet.",
                    ).format(decimals=MNOK_DECIMALS)
                )
            limit = only.get(line.year)
            if limit and line.source != limit.only and line.source in sources and amount > 0:
                reasons.append(
                    translate(
                        "frames",
                        "i {year} kan bare {only} finansiere tiltak («{quote}»), så det kan ikke "
                        "være en ramme for {source} det året.",
                    ).format(
                        year=line.year,
                        only=profile.funding_source_name(limit.only),
                        quote=limit.quote,
                        source=profile.funding_source_name(line.source),
                    )
                )
        if line.key in first:
            seen = first[line.key]
            reasons.append(
                translate("frames", "samme år, kilde og part som linje {line}.").format(line=seen)
                if seen
                else translate("frames", "samme år, kilde og part står to ganger.")
            )
        else:
            first[line.key] = number
        problems += [FrameProblem(number, where + r) for r in reasons if r]
    return problems


def frames_csv(lines: list[FrameLine] | tuple[FrameLine, ...], profile: Profile) -> str:
    """The frames file as Norwegian Excel writes and opens it: a byte order mark (without
    it Excel reads UTF-8 as Windows-1252), semicolons, decimal commas, CRLF line ends;
    sorted by year, the profile's order of funding sources, then the programme's own
    frame before the parties in the profile's order. Each source is written as its id.
    `parse_frames_csv` reads it back to the same lines. The file's form is the same in
    every language of the program: the semicolon form carries decimal commas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for line in sorted(lines, key=lambda line: _sort_key(line, profile)):
        amount = format_number(line.amount_mnok, max_decimals=None, grouped=False, language="nb")
        writer.writerow([line.year, line.source, line.party, amount])
    return _BOM + out.getvalue()


def _sort_key(line: FrameLine, profile: Profile) -> tuple:
    sources = [s.id for s in profile.funding_sources]
    parts = ["", *profile.frame_parts]
    # A source or party the profile no longer names still has a place: after the known.
    source = (0, sources.index(line.source), "") if line.source in sources else (1, 0, line.source)
    party = (0, parts.index(line.party), "") if line.party in parts else (1, 0, line.party)
    return (line.year, source, party)


def _sep_line(cell: str) -> str:
    """The delimiter named by Excel's «sep=;» first line, or ''."""
    marker = cell.strip().casefold()
    if len(marker) == 5 and marker.startswith("sep=") and marker[4] in _DECIMAL_MARK:
        return marker[4]
    return ""


def _delimiter(text: str) -> str:
    """The delimiter of the header line: a semicolon unless it has commas and none."""
    first = text.splitlines()[0]
    if _sep_line(first):
        return _sep_line(first)
    return "," if "," in first and ";" not in first else ";"


def _rows(reader, problems: list[FrameProblem]):
    """The reader's rows; a line the csv module cannot read ends the file there, named
    with a reason in the program's language (the module's own words are not an interface)."""
    try:
        yield from reader
    except csv.Error as exc:
        problems.append(FrameProblem(reader.line_num, _csv_reason(str(exc))))


def _csv_reason(message: str) -> str:
    """The csv module's refusal, said in the program's language. Its messages are not an
    interface; one not recognised still gets a reason the person can act on."""
    if "unexpected end of data" in message:
        return translate(
            "frames",
            "linjen kan ikke leses som CSV: et anførselstegn er ikke lukket før filen slutter.",
        )
    if "expected after" in message:
        return translate(
            "frames",
            "linjen kan ikke leses som CSV: etter et lukket anførselstegn kommer mer tekst i "
            "samme felt. Sett hele feltet i anførselstegn, og skriv et anførselstegn inni "
            'feltet som to ("").',
        )
    limit = re.search(r"field limit \((\d+)\)", message)
    if limit:
        return translate(
            "frames", "linjen kan ikke leses som CSV: et felt er lengre enn {limit} tegn."
        ).format(limit=limit[1])
    return translate(
        "frames",
        "linjen kan ikke leses som CSV: se etter et anførselstegn som ikke er lukket, eller "
        "som står inni et felt.",
    )


def _header_problem(row: list[str]) -> str:
    cells = _trimmed(row)
    if tuple(cell.casefold() for cell in cells) == HEADER:
        return ""
    if cells and cells[0].isdigit():
        return translate(
            "frames", "overskriften mangler. Første linje skal være «{header}»."
        ).format(header=_HEADER_TEXT)
    return translate("frames", "overskriften er «{found}», men skal være «{header}».").format(
        found=";".join(cells), header=_HEADER_TEXT
    )


def _trimmed(row: list[str]) -> list[str]:
    """The cells without surrounding space, and without the empty cells Excel writes out
    to the widest row of the sheet."""
    cells = [cell.strip() for cell in row]
    while len(cells) > len(HEADER) and not cells[-1]:
        cells.pop()
    return cells


def _read_row(
    row: list[str], delimiter: str, profile: Profile
) -> tuple[FrameLine | None, list[str]]:
    """The row as a frame line, or None and every reason it cannot be one. A source or
    party the profile does not know is kept as written, for `validate_frames` to name."""
    cells = _trimmed(row)
    if len(cells) != len(HEADER):
        if delimiter == ";":
            reason = translate(
                "frames",
                "linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives "
                "som to semikolon etter hverandre.",
            )
        else:
            reason = translate(
                "frames",
                "linjen har {found} felt, men skal ha {wanted} ({header}). En tom part skrives "
                "som to komma etter hverandre.",
            )
        return None, [reason.format(found=len(cells), wanted=len(HEADER), header=_HEADER_TEXT)]
    year_text, source_text, party_text, amount_text = cells
    source = _source_id(source_text, profile)
    party = _party(party_text, profile)
    reasons: list[str] = []
    year = amount = None
    try:
        year = _year(year_text)
    except _Bad as exc:
        reasons.append(str(exc))
    if not source_text:
        reasons.append(
            translate("frames", "kilden mangler. {known}").format(known=_known_sources(profile))
        )
    try:
        amount = parse_amount(amount_text, _DECIMAL_MARK[delimiter])
    except _Bad as exc:
        reasons.append(str(exc))
    if year is None or amount is None or not source_text:
        # Not a line to validate; still name everything else wrong with it.
        reasons.append(_year_reason(year, profile) if year is not None else "")
        reasons.append(_source_reason(source, profile) if source_text else "")
        reasons.append(_party_reason(party, profile))
        return None, [r for r in reasons if r]
    return FrameLine(year, source, party, amount), []


def _year(text: str) -> int:
    if not text:
        raise _Bad(translate("frames", "året mangler."))
    if len(text) != 4 or not text.isascii() or not text.isdigit():
        raise _Bad(translate("frames", "«{text}» er ikke et årstall.").format(text=text))
    return int(text)


def _source_id(text: str, profile: Profile) -> str:
    folded = text.casefold()
    return next(
        (s.id for s in profile.funding_sources if folded in (s.id.casefold(), s.name.casefold())),
        text,
    )


def _party(text: str, profile: Profile) -> str:
    folded = text.casefold()
    return next((p for p in profile.frame_parts if p.casefold() == folded), text)


def parse_amount(text: str, decimal_mark: str | None = None) -> Decimal:
    """An amount in MNOK as a person writes it, the one reader of the frames file and of
    the frames dialog: «1234,5», «1 234,5» and «1.234,5» with the decimal comma
    (`decimal_mark` "." reads «1234.5», «1,234.5» and «1 234.5»). Without a mark, the
    current language's: the dialog reads what its language writes, and a file names its
    own by its delimiter. A minus is read, for `validate_frames` to refuse with the
    number. Raises ValueError whose message is the reason in the current language:
    «1.000» beside decimal commas is refused as both 1000 and 1,000, and an exponent
    («1e3»), NaN or infinity is no amount."""
    if decimal_mark is None:
        decimal_mark = nb_format.decimal_mark()
    if decimal_mark not in (",", "."):
        raise ValueError(f"unknown decimal mark {decimal_mark!r}")
    text = text.strip()
    if not text:
        raise _Bad(translate("frames", "beløpet mangler."))
    negative = text[0] in _MINUSES
    body = text[1:].lstrip() if negative else text
    mark = decimal_mark
    other = "." if mark == "," else ","
    decimals = rf"(?:{re.escape(mark)}(\d+))?"
    digits = None
    found = re.fullmatch(rf"(\d+){decimals}", body, flags=re.ASCII)
    if found:
        digits = (found[1], found[2])
    for group in (*_SPACES, other):
        if digits is not None:
            break
        found = re.fullmatch(
            rf"(\d{{1,3}}(?:{re.escape(group)}\d{{3}})+){decimals}", body, re.ASCII
        )
        if not found:
            continue
        if group == other and found[2] is None and found[1].count(group) == 1:
            # «1.234» beside decimal commas: a thousand, or a decimal point by mistake?
            plain = found[1].replace(group, "")
            typed = found[1].replace(group, mark)
            if mark == ",":
                reason = translate(
                    "frames",
                    "«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten punktum "
                    "({plain}), eller med komma som desimaltegn ({typed}).",
                )
            else:
                reason = translate(
                    "frames",
                    "«{text}» kan leses både som {plain} og {typed}. Skriv tallet uten komma "
                    "({plain}), eller med punktum som desimaltegn ({typed}).",
                )
            raise _Bad(reason.format(text=text, plain=plain, typed=typed))
        digits = (found[1].replace(group, ""), found[2])
    if digits is None:
        wrong = re.fullmatch(rf"\d+{re.escape(other)}\d+", body, flags=re.ASCII)
        if not wrong:
            reason = translate("frames", "beløpet «{text}» er ikke et tall i millioner kroner.")
        elif mark == ",":
            reason = translate(
                "frames",
                "beløpet «{text}» er ikke et tall i millioner kroner. Bruk komma som "
                "desimaltegn: {fixed}.",
            )
        else:
            reason = translate(
                "frames",
                "beløpet «{text}» er ikke et tall i millioner kroner. Bruk punktum som "
                "desimaltegn: {fixed}.",
            )
        raise _Bad(reason.format(text=text, fixed=text.replace(other, mark)))
    whole, fraction = digits
    number = Decimal(f"{whole}.{fraction}" if fraction is not None else whole)
    return -number if negative else number


def _no_period(profile: Profile) -> str:
    return translate(
        "frames",
        "Avtaleprofilen {profile} har ingen programperiode (period_start og period_end), så "
        "det finnes ingen år å sette rammer for.",
    ).format(profile=profile.name)


def _year_reason(year: int, profile: Profile) -> str:
    years = profile.years
    if not years or year in years:
        return ""  # no period: said once for the whole file
    return translate("frames", "året {year} er utenfor programperioden {first}–{last}.").format(
        year=year, first=years[0], last=years[-1]
    )


def _source_reason(source: str, profile: Profile) -> str:
    if source in {s.id for s in profile.funding_sources}:
        return ""
    return translate("frames", "ukjent finansieringskilde «{source}». {known}").format(
        source=source, known=_known_sources(profile)
    )


def _party_reason(party: str, profile: Profile) -> str:
    if not party or party in profile.frame_parts:
        return ""
    return translate("frames", "ukjent part «{party}». {known}").format(
        party=party, known=_known_parts(profile)
    )


def _known_sources(profile: Profile) -> str:
    known = ", ".join(f"{s.id} ({s.name})" for s in profile.funding_sources)
    return translate("frames", "Kjente kilder i {profile}: {known}.").format(
        profile=profile.name, known=known
    )


def _known_parts(profile: Profile) -> str:
    known = ", ".join(profile.frame_parts)
    return translate(
        "frames", "Kjente parter i {profile}: {known}. Tom part er hele programmets ramme."
    ).format(profile=profile.name, known=known)


def _label(line: FrameLine, profile: Profile) -> str:
    source = profile.funding_source_name(line.source)
    if not line.party:
        return translate("frames", "Rammen for {year}, {source}, hele programmet").format(
            year=line.year, source=source
        )
    return translate("frames", "Rammen for {year}, {source}, {party}").format(
        year=line.year, source=source, party=line.party
    )
