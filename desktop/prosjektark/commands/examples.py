"""`prosjektark examples --out DIR`: write the example sheets as sheet JSON."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path

from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

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
    errno.ENOENT: QT_TRANSLATE_NOOP("examples", "mappen eller en av mappene over den finnes ikke"),
    errno.EACCES: QT_TRANSLATE_NOOP("examples", "mangler skrivetilgang"),
    errno.EPERM: QT_TRANSLATE_NOOP("examples", "mangler skrivetilgang"),
    errno.EROFS: QT_TRANSLATE_NOOP("examples", "filsystemet er skrivebeskyttet"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("examples", "ikke nok ledig plass"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("examples", "stien er ikke en mappe"),
    errno.EEXIST: QT_TRANSLATE_NOOP("examples", "stien finnes og er ikke en mappe"),
}


def _reason(exc: OSError) -> str:
    reason = _REASONS.get(exc.errno or 0)
    if reason:
        return translate("examples", reason)
    return exc.strerror or str(exc)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        written = write_examples(out)
    except OSError as exc:
        reason = _reason(exc)
        text = translate(
            "examples", "prosjektark: kunne ikke skrive eksempelarkene til «{out}»: {reason}."
        )
        print(text.format(out=out, reason=reason), file=sys.stderr)
        return EXIT_UNWRITABLE
    for path in written:
        print(translate("examples", "Skrev {path}").format(path=path))
    print(
        translate("examples", "{n} eksempelark skrevet til {out}.").format(n=len(written), out=out)
    )
    return EXIT_OK
