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
        raise CommandFailed(f"«{path}» er en mappe; oppgi rammefilen (CSV).")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandFailed(f"Fant ikke filen «{path}».") from None
    except OSError as exc:
        raise CommandFailed(f"Kunne ikke lese «{path}»: {exc.strerror or exc}") from exc
    profile = _profile(getattr(args, "profile", None))
    try:
        lines = parse_frames_csv(decode_frames_file(data), profile)
    except FramesError as exc:
        count = len({p.line for p in exc.problems})
        what = "én linje" if count == 1 else f"{count} linjer"
        _import_err(f"{path.name} ble ikke tatt inn ({what} må rettes); rammene er ikke endret.")
        for problem in exc.problems:
            _stderr(str(problem))
        return EXIT_REFUSED
    if not lines:
        _import_err(
            f"{path.name} har ingen rammelinjer under overskriften; rammene er ikke endret. "
            "Fyll inn én linje per år, kilde og eventuelt part."
        )
        return EXIT_REFUSED
    with store_or_fail() as store, failing_on(StoreError):
        try:
            before = store.frames(profile.id)
            version = store.set_frames(
                profile.id, lines, expected_version=store.frames_version(profile.id)
            )
        except ConflictError as exc:  # someone else set them meanwhile: refused, not unreadable
            _import_err(f"{exc} Rammene er ikke endret; prøv igjen.")
            return EXIT_REFUSED
    count = "1 rammelinje" if len(lines) == 1 else f"{len(lines)} rammelinjer"
    replaced = f"erstattet {len(before)}" if before else "ingen rammer fra før"
    print_line(
        f"Tok inn {count} for {profile.name} fra {path.name} ({replaced}; versjon {version})."
    )
    return EXIT_OK


@reports_failures(error_printer("frames export"))
def _export(args: argparse.Namespace) -> int:
    from prosjektark.domain.frames import frames_csv
    from prosjektark.exchange.export import ExportError, write_atomic
    from prosjektark.store.errors import StoreError

    target = Path(args.file)
    if target.is_dir():
        raise CommandFailed(f"«{target}» er en mappe; oppgi et filnavn, f.eks. rammer.csv.")
    if not target.parent.is_dir():
        raise CommandFailed(f"Mappen «{target.parent}» finnes ikke.")
    profile = _profile(getattr(args, "profile", None))
    with store_or_fail() as store, failing_on(StoreError):
        lines = store.frames(profile.id)
    with failing_on(ExportError):
        write_atomic(target, frames_csv(lines, profile).encode("utf-8"))
    if not lines:
        print_line(
            f"Skrev {target}. {profile.name} har ingen rammer ennå, så filen har bare "
            "overskriften: fyll den ut og ta den inn med «prosjektark frames import»."
        )
    else:
        count = "1 rammelinje" if len(lines) == 1 else f"{len(lines)} rammelinjer"
        print_line(f"Skrev {target} ({count} for {profile.name}).")
    return EXIT_OK


def _profile(profile_id: str | None) -> Profile:
    """The named profile, or the catalog's default one."""
    catalog = catalog_or_fail()
    return profile_or_fail(catalog, profile_id) if profile_id else catalog.default_profile


def _stderr(text: str) -> None:
    try:
        print(text, file=sys.stderr)
    except UnicodeEncodeError:  # a console that cannot show æøå
        sys.stderr.buffer.write((text + "\n").encode("utf-8", "replace"))
