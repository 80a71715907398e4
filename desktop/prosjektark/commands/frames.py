"""`prosjektark frames import|export FILE [--profile P]`: the programme's frames as a file.

The file is CSV as Norwegian Excel writes it (domain/frames.py has the form): semicolons,
decimal commas, UTF-8 and the header `år;kilde;part;beløp_mnok`; comma-separated files
with decimal points are read too. Without --profile the catalog's default programme.

`frames import FILE` reads the whole file first and replaces the programme's frames with
its lines, recording who did it and when; a file with any bad line changes nothing.
Exit 0 imported; 1 refused (every bad line printed as «Linje N: reason», a file with no
frame lines, or someone else setting the frames at the same moment); 2 a file that
cannot be read, an unknown profile, or a store that cannot be read or written.

`frames export FILE` writes the programme's frames to FILE (atomically: never half a
file), sorted by year, source and party, as Excel opens it. A programme without frames
gets the header only, as a template to fill in.
Exit 0 written; 2 an unknown profile, a store that cannot be read, or a file that cannot
be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from prosjektark.commands import (
    CommandFailed,
    catalog_or_fail,
    error_printer,
    failing_on,
    print_line,
    profile_or_fail,
    reports_failures,
    store_or_fail,
)
from prosjektark.i18n import translate

if TYPE_CHECKING:
    from prosjektark.domain.profile import Profile

EXIT_OK, EXIT_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def run(args: argparse.Namespace) -> int:
    return (_import if args.frames_command == "import" else _export)(args)


_import_err = error_printer("frames import")


@reports_failures(_import_err)
def _import(args: argparse.Namespace) -> int:
    from prosjektark.domain.frames import FramesError, decode_frames_file, parse_frames_csv
    from prosjektark.store.errors import ConflictError, StoreError

    path = Path(args.file)
    if path.is_dir():
        raise CommandFailed(
            translate("frames", "«{path}» er en mappe; oppgi rammefilen (CSV).").format(path=path)
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandFailed(
            translate("frames", "Fant ikke filen «{path}».").format(path=path)
        ) from None
    except OSError as exc:
        raise CommandFailed(
            translate("frames", "Kunne ikke lese «{path}»: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    profile = _profile(getattr(args, "profile", None))
    try:
        lines = parse_frames_csv(decode_frames_file(data), profile)
    except FramesError as exc:
        count = len({p.line for p in exc.problems})
        if count == 1:
            text = translate(
                "frames", "{file} ble ikke tatt inn (én linje må rettes); rammene er ikke endret."
            )
        else:
            text = translate(
                "frames",
                "{file} ble ikke tatt inn ({n} linjer må rettes); rammene er ikke endret.",
            )
        _import_err(text.format(file=path.name, n=count))
        for problem in exc.problems:
            _stderr(str(problem))
        return EXIT_REFUSED
    if not lines:
        _import_err(
            translate(
                "frames",
                "{file} har ingen rammelinjer under overskriften; rammene er ikke endret. "
                "Fyll inn én linje per år, kilde og eventuelt part.",
            ).format(file=path.name)
        )
        return EXIT_REFUSED
    with store_or_fail() as store, failing_on(StoreError):
        try:
            before = store.frames(profile.id)
            version = store.set_frames(
                profile.id, lines, expected_version=store.frames_version(profile.id)
            )
        except ConflictError as exc:  # someone else set them meanwhile: refused, not unreadable
            _import_err(
                translate("frames", "{reason} Rammene er ikke endret; prøv igjen.").format(
                    reason=exc
                )
            )
            return EXIT_REFUSED
    replaced = (
        translate("frames", "erstattet {n}").format(n=len(before))
        if before
        else translate("frames", "ingen rammer fra før")
    )
    print_line(
        translate(
            "frames", "Tok inn {count} for {programme} fra {file} ({replaced}; versjon {version})."
        ).format(
            count=_lines(len(lines)),
            programme=profile.name,
            file=path.name,
            replaced=replaced,
            version=version,
        )
    )
    return EXIT_OK


@reports_failures(error_printer("frames export"))
def _export(args: argparse.Namespace) -> int:
    from prosjektark.domain.frames import frames_csv
    from prosjektark.exchange.export import ExportError, write_atomic
    from prosjektark.store.errors import StoreError

    target = Path(args.file)
    if target.is_dir():
        raise CommandFailed(
            translate(
                "frames", "«{path}» er en mappe; oppgi et filnavn, f.eks. rammer.csv."
            ).format(path=target)
        )
    if not target.parent.is_dir():
        raise CommandFailed(
            translate("frames", "Mappen «{path}» finnes ikke.").format(path=target.parent)
        )
    profile = _profile(getattr(args, "profile", None))
    with store_or_fail() as store, failing_on(StoreError):
        lines = store.frames(profile.id)
    with failing_on(ExportError):
        write_atomic(target, frames_csv(lines, profile).encode("utf-8"))
    if not lines:
        print_line(
            translate(
                "frames",
                "Skrev {path}. {programme} har ingen rammer ennå, så filen har bare "
                "overskriften: fyll den ut og ta den inn med «prosjektark frames import».",
            ).format(path=target, programme=profile.name)
        )
    else:
        print_line(
            translate("frames", "Skrev {path} ({count} for {programme}).").format(
                path=target, count=_lines(len(lines)), programme=profile.name
            )
        )
    return EXIT_OK


def _lines(n: int) -> str:
    if n == 1:
        return translate("frames", "1 rammelinje")
    return translate("frames", "{n} rammelinjer").format(n=n)


def _profile(profile_id: str | None) -> Profile:
    """The named profile, or the catalog's default one."""
    catalog = catalog_or_fail()
    return profile_or_fail(catalog, profile_id) if profile_id else catalog.default_profile


def _stderr(text: str) -> None:
    try:
        print(text, file=sys.stderr)
    except UnicodeEncodeError:  # a console that cannot show æøå
        sys.stderr.buffer.write((text + "\n").encode("utf-8", "replace"))
