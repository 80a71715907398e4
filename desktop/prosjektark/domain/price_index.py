"""The user's own price-index table, laid over a profile's.

A profile ships a price index (year -> index value). The user may correct or extend it
in a small TOML file per profile in the config folder, `prisindeks-<profile id>.toml`:

    [price_index]
    2028 = 157.1

Only the years that differ from the programme's table are written, so a newer programme
table still comes through for the years the user has not touched. Profiles stay
immutable: `with_override()` returns a new Profile. The folder is always passed in; this
module never looks up user directories itself.
"""

from __future__ import annotations

import logging
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from prosjektark.domain.profile import Profile
from prosjektark.durable import write_atomic
from prosjektark.i18n import translate

log = logging.getLogger("prosjektark.price_index")

FILE_PREFIX = "prisindeks-"
TABLE = "price_index"
MIN_YEAR, MAX_YEAR = 1900, 2200  # as the sheet model allows for price_year


class PriceIndexFileError(ValueError):
    """An override file that cannot be read or written; the message is in the language of
    the moment."""


@dataclass(frozen=True)
class OverrideProblem:
    profile_id: str
    path: Path
    message: str


def override_path(folder: Path, profile_id: str) -> Path:
    return folder / f"{FILE_PREFIX}{profile_id}.toml"


def merge(base: Mapping[int, Decimal], override: Mapping[int, Decimal]) -> dict[int, Decimal]:
    """`base` with the years of `override` replaced or added, sorted by year."""
    merged = {**base, **override}
    return {year: merged[year] for year in sorted(merged)}


def difference(base: Mapping[int, Decimal], table: Mapping[int, Decimal]) -> dict[int, Decimal]:
    """The years of `table` that are new or differ from `base` (what an override holds)."""
    return {y: v for y, v in sorted(table.items()) if y not in base or base[y] != v}


def with_override(profile: Profile, override: Mapping[int, Decimal]) -> Profile:
    if not override:
        return profile
    return profile.model_copy(update={"price_index": merge(profile.price_index, override)})


def check_entry(year: int, value: Decimal) -> str:
    """The reason (in the current language) why (year, value) cannot be in an index
    table, or ""."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return translate("price_index", "Året {year} må ligge mellom {first} og {last}.").format(
            year=year, first=MIN_YEAR, last=MAX_YEAR
        )
    if not value.is_finite() or value <= 0:
        return translate("price_index", "Indeksen for {year} må være et positivt tall.").format(
            year=year
        )
    return ""


def _not_a_number(year: int) -> str:
    return translate("price_index", "indeksen for {year} er ikke et tall").format(year=year)


def parse_override(text: str) -> dict[int, Decimal]:
    """The table of an override file's text; raises PriceIndexFileError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PriceIndexFileError(
            translate("price_index", "ikke gyldig TOML ({error})").format(error=exc)
        ) from None
    table = data.get(TABLE)
    if not isinstance(table, dict):
        raise PriceIndexFileError(
            translate("price_index", "mangler tabellen [{table}]").format(table=TABLE)
        )
    out: dict[int, Decimal] = {}
    for key, raw in table.items():
        try:
            year = int(key)
        except ValueError:
            raise PriceIndexFileError(
                translate("price_index", "«{key}» er ikke et årstall").format(key=key)
            ) from None
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise PriceIndexFileError(_not_a_number(year))
        if isinstance(raw, float) and not math.isfinite(raw):
            raise PriceIndexFileError(_not_a_number(year))
        # repr() of a float is its shortest round-tripping form: 142.4, not 142.400000000000005.
        value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
        problem = check_entry(year, value)
        if problem:
            # The sentence as a part after the file name: «prisindeks-x.toml: året …».
            raise PriceIndexFileError(problem[0].lower() + problem[1:].rstrip("."))
        out[year] = value
    return dict(sorted(out.items()))


def format_override(profile: Profile, override: Mapping[int, Decimal]) -> str:
    # The comments are for a person who opens the file, so in the program's language;
    # the table itself is the same in every language.
    lines = [
        "# "
        + translate(
            "price_index", "Egen prisindeks for {profile} ({id}), skrevet av Prosjektark."
        ).format(profile=profile.name, id=profile.id),
        "# " + translate("price_index", "Årene her erstatter eller utvider programmets tabell."),
        f"[{TABLE}]",
    ]
    for year, value in sorted(override.items()):
        try:
            text = f"{Decimal(value).normalize():f}"
        except InvalidOperation:
            raise PriceIndexFileError(_not_a_number(year)) from None
        lines.append(f"{year} = {text if '.' in text else text + '.0'}")
    return "\n".join(lines) + "\n"


def read_override(folder: Path, profile_id: str) -> dict[int, Decimal] | None:
    """The user's table for a profile; None when there is no file. Raises
    PriceIndexFileError (with the file name) when the file is unreadable or malformed."""
    path = override_path(folder, profile_id)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise PriceIndexFileError(
            translate("price_index", "Kunne ikke lese {file}: {error}").format(
                file=path.name, error=exc
            )
        ) from None
    try:
        return parse_override(text)
    except PriceIndexFileError as exc:
        raise PriceIndexFileError(f"{path.name}: {exc}") from None


def write_override(folder: Path, profile: Profile, override: Mapping[int, Decimal]) -> Path:
    """Writes the override atomically (temp file + os.replace); an empty override
    removes the file, so the programme's table applies again."""
    path = override_path(folder, profile.id)
    if not override:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise PriceIndexFileError(
                translate("price_index", "Kunne ikke fjerne {file}: {error}").format(
                    file=path.name, error=exc
                )
            ) from None
        return path
    text = format_override(profile, override)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise PriceIndexFileError(
            translate("price_index", "Kunne ikke skrive {file}: {error}").format(
                file=path.name, error=exc
            )
        ) from None
    return path


def apply_overrides(
    profiles: Mapping[str, Profile], folder: Path
) -> tuple[dict[str, Profile], list[OverrideProblem]]:
    """Each profile with its override applied. A bad file is ignored (and reported), so
    it never stops the program."""
    out: dict[str, Profile] = {}
    problems: list[OverrideProblem] = []
    for profile_id, profile in profiles.items():
        try:
            override = read_override(folder, profile_id)
        except PriceIndexFileError as exc:
            path = override_path(folder, profile_id)
            log.warning("Ignorerer egen prisindeks %s: %s", path, exc)
            problems.append(OverrideProblem(profile_id, path, str(exc)))
            override = None
        out[profile_id] = with_override(profile, override or {})
    return out, problems
