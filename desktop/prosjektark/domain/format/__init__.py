"""Versions of the sheet JSON: `format: "prosjektark/MAJOR.MINOR"`.

- A **minor** version only adds optional fields. A reader keeps the fields of a newer
  minor it does not know, writes them back untouched, and says the sheet was made by a
  newer version; it never refuses such a sheet and never drops its fields.
- A new **major** version is refused with a message that names both versions.
- An older format is upgraded on read by the ordered steps in `steps.py` (like Alembic's
  revisions, for JSON). The upgrade happens on the reader's copy: a signed package is
  never rewritten.
- A sheet is written with the **oldest** tag that can hold it: a sheet that uses nothing
  added after 1.0 is written as `prosjektark/1`, exactly as versions before 1.1 wrote it,
  so a laptop that has not been updated yet still reads it. The minor that added a field
  is declared beside its step (`Step.adds`).

One JSON Schema per version in resources/schema/ (`prosjektark-MAJOR.MINOR.schema.json`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from prosjektark.i18n import translate

Version = tuple[int, int]
PREFIX = "prosjektark/"
_TAG = re.compile(r"^prosjektark/(\d{1,4})(?:\.(\d{1,4}))?$")


class FormatError(ValueError):
    """A sheet in a format this version cannot read; the message is in the language of the
    moment."""


@dataclass(frozen=True)
class Step:
    """Upgrade a document from `source` to `target`, in place.

    `adds` names the optional fields `target` added (dotted paths; `[]` for every row of
    a list), so the writer can tell which sheets still fit an older tag."""

    source: Version
    target: Version
    upgrade: Callable[[dict[str, Any]], None]
    adds: tuple[str, ...] = field(default=())
    note: str = ""
    # For a minor that widened what an existing field may hold: whether a document uses
    # the new values (and so needs this version's tag; an older reader refuses them).
    needs: Callable[[Mapping[str, Any]], bool] | None = None


def parse_tag(tag: object) -> Version:
    """(major, minor) of a format tag; "prosjektark/1" is 1.0."""
    match = _TAG.match(tag) if isinstance(tag, str) else None
    if match is None:
        raise FormatError(
            translate(
                "format",
                "Ukjent format {tag}: et prosjektark har formatet «prosjektark/HOVED.MINDRE»,"
                " for eksempel «prosjektark/1.1».",
            ).format(tag=repr(tag))
        )
    return int(match[1]), int(match[2] or 0)


def tag(version: Version) -> str:
    """The tag written for `version`; 1.0 is written "prosjektark/1" as before 1.1 existed."""
    major, minor = version
    return f"{PREFIX}{major}" if (major, minor) == (1, 0) else f"{PREFIX}{major}.{minor}"


def name(version: Version) -> str:
    return f"{PREFIX}{version[0]}.{version[1]}"


@dataclass(frozen=True)
class Upgraded:
    data: dict[str, Any]
    source: Version  # the version the document said it was
    newer: bool  # a newer minor of our major: unknown fields are kept, not refused


def upgrade(data: Mapping[str, Any], steps: tuple[Step, ...], current: Version) -> Upgraded:
    """Bring a document to `current`, or keep a newer minor of the same major as it is.

    Refuses another major (older ones without a step path, or newer ones) with a message
    naming both versions. Works on a copy; `data` is not changed."""
    import copy

    source = parse_tag(data.get("format", tag((1, 0))))
    if source[0] > current[0]:
        raise FormatError(
            translate(
                "format",
                "Arket er i formatet {sheet_format}, men denne versjonen av Prosjektark leser"
                " {major}.x (til og med {newest}). Oppdater Prosjektark for å åpne det.",
            ).format(sheet_format=name(source), major=f"{PREFIX}{current[0]}", newest=name(current))
        )
    if source[0] == current[0] and source[1] > current[1]:
        return Upgraded(dict(data), source, newer=True)
    document = copy.deepcopy(dict(data))
    version = source
    by_source = {step.source: step for step in steps}
    while version != current:
        step = by_source.get(version)
        if step is None:
            raise FormatError(
                translate(
                    "format",
                    "Arket er i formatet {sheet_format}, som denne versjonen av Prosjektark"
                    " ikke kan oppgradere til {newest}.",
                ).format(sheet_format=name(source), newest=name(current))
            )
        step.upgrade(document)
        version = step.target
        document["format"] = tag(version)
    return Upgraded(document, source, newer=False)


def oldest_tag_for(data: Mapping[str, Any], steps: tuple[Step, ...], current: Version) -> str:
    """The oldest tag of the current major whose fields can hold `data`: the tag of the
    newest step of this major whose added fields `data` uses, else the major's first."""
    version: Version = (current[0], 0)
    for step in steps:
        if step.target[0] != current[0] or step.target > current:
            continue
        uses = any(_uses(data, path.split(".")) for path in step.adds)
        if uses or (step.needs is not None and step.needs(data)):
            version = max(version, step.target)
    return tag(version)


def _uses(node: Any, parts: list[str]) -> bool:
    """Whether the dotted path (with `[]` for every row) holds a value other than an
    empty container or None."""
    if not parts:
        return node not in (None, [], {}, "")
    head, rest = parts[0], parts[1:]
    rows = head.endswith("[]")
    key = head[:-2] if rows else head
    if not isinstance(node, Mapping) or key not in node:
        return False
    value = node[key]
    if rows:
        return isinstance(value, list) and any(_uses(row, rest) for row in value)
    return _uses(value, rest)
