"""`prosjektark examples --out DIR`: write the example sheets as sheet JSON."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

EXIT_OK, EXIT_UNWRITABLE = 0, 2


def write_examples(out: Path) -> list[Path]:
    """Write every example sheet to `out` as `<slug>.json`; returns the paths written.

    Raises OSError when the folder cannot be created or a file cannot be written.
    """
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.domain.examples import example_sheets, slug
    from prosjektark.domain.sheet import sheet_to_json
    from prosjektark.paths import resource_dir

    catalog = load_catalog(resource_dir())
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(out))
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for sheet in example_sheets(catalog):
        path = out / f"{slug(sheet.title)}.json"
        path.write_text(sheet_to_json(sheet) + "\n", encoding="utf-8", newline="\n")
        written.append(path)
    return written


_REASONS = {
    errno.ENOENT: "mappen eller en av mappene over den finnes ikke",
    errno.EACCES: "mangler skrivetilgang",
    errno.EPERM: "mangler skrivetilgang",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.ENOSPC: "ikke nok ledig plass",
    errno.ENOTDIR: "stien er ikke en mappe",
    errno.EEXIST: "stien finnes og er ikke en mappe",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        written = write_examples(out)
    except OSError as exc:
        reason = _reason(exc)
        print(
            f"prosjektark: kunne ikke skrive eksempelarkene til «{out}»: {reason}.",
            file=sys.stderr,
        )
        return EXIT_UNWRITABLE
    for path in written:
        print(f"Skrev {path}")
    print(f"{len(written)} eksempelark skrevet til {out}.")
    return EXIT_OK
