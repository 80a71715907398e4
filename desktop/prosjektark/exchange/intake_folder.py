"""The secretariat's intake folder: which packages in it are complete and new.

Working groups deliver by copying packages into a shared folder (network share, synced
Teams/SharePoint folder). A package may be seen while it is still arriving, so it is
listed only when it is complete, judged by the file and not by a timer alone:

- temporary and hidden names are never packages: ".*" (Prosjektark's own
  ".<name>.<random>.part" while it copies, and sync clients' hidden files), "~$*",
  "*.part", "*.tmp", "*.crdownload"; only "*.asice" is looked at;
- the size and modification time are the same on two looks;
- the zip's central directory, written last at the end of the file, can be read
  (zipfile); a half-copied file, or one preallocated at full size and still being
  filled in, has none yet;
- the file can be opened for reading: on Windows a copy in progress holds a lock, and
  opening it fails with a sharing violation.

Which packages were already imported is kept by content (SHA-256) in a small JSON file
in the user's data folder, so a package is not listed again after a restart or under
another name, and a new package under an old name is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prosjektark.durable import write_atomic
from prosjektark.i18n import translate

INTAKE_FOLDER_KEY = "intake/folder"
KNOWN_FILE = "inntak-importert.json"
PACKAGE_SUFFIX = ".asice"
_SKIPPED_PREFIXES = (".", "~$")
_SKIPPED_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download")
_CHUNK = 1 << 20
_RACY_NS = 3_000_000_000  # FAT and some shares keep times to 2 s


@dataclass(frozen=True)
class Stamp:
    size: int
    mtime_ns: int


def is_candidate_name(name: str) -> bool:
    """Whether a file of this name may be a package (temporary and hidden ones never are)."""
    lowered = name.casefold()
    if lowered.startswith(_SKIPPED_PREFIXES) or lowered.endswith(_SKIPPED_SUFFIXES):
        return False
    return lowered.endswith(PACKAGE_SUFFIX)


def is_complete_package(path: Path) -> bool:
    """Whether the zip's central directory can be read, which needs the whole file; False
    also when the file cannot be opened (locked by the copier on Windows)."""
    try:
        with zipfile.ZipFile(path) as archive:
            archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
    return True


def look(folder: Path) -> dict[Path, Stamp]:
    """Candidate files in `folder` with their size and time; OSError when it is unreadable."""
    found: dict[Path, Stamp] = {}
    with_entries = list(Path(folder).iterdir())
    for path in with_entries:
        if not is_candidate_name(path.name):
            continue
        try:
            info = path.stat()
        except OSError:  # removed or renamed since the listing
            continue
        if path.is_file():
            found[path] = Stamp(info.st_size, info.st_mtime_ns)
    return found


def folder_problem(folder: Path) -> str | None:
    folder = Path(folder)
    try:
        if folder.is_dir():
            return None
        exists = folder.exists()
    except OSError as exc:
        return _unreadable(folder, exc)
    if exists:
        return translate("intake_folder", "Inntaksmappen {folder} er ikke en mappe.").format(
            folder=folder
        )
    return translate(
        "intake_folder",
        "Inntaksmappen {folder} finnes ikke. Kontroller at nettverksstasjonen eller den "
        "synkroniserte mappen er tilgjengelig.",
    ).format(folder=folder)


def _unreadable(folder: Path, exc: OSError) -> str:
    return translate("intake_folder", "Inntaksmappen {folder} kan ikke leses: {error}.").format(
        folder=folder, error=exc.strerror or exc
    )


class KnownPackages:
    """Packages already imported, by SHA-256; kept in `record` (None: in memory only)."""

    def __init__(self, record: Path | None = None) -> None:
        self.record = None if record is None else Path(record)
        self._packages: dict[str, dict[str, str]] = {}
        self._digests: dict[tuple[Path, int, int], str] = {}
        if self.record is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                loaded = json.loads(self.record.read_text(encoding="utf-8"))
                # A damaged record only means packages may be listed once more; the
                # import itself never stores an old revision twice.
                self._packages = {str(k): dict(v) for k, v in loaded.get("packages", {}).items()}

    @classmethod
    def for_user(cls) -> KnownPackages:
        from prosjektark import paths

        return cls(paths.data_dir() / KNOWN_FILE)

    def digest(self, path: Path, stamp: Stamp | None = None) -> str | None:
        """SHA-256 of the file (cached while its size and time stay); None if unreadable."""
        path = Path(path)
        try:
            if stamp is None:
                info = path.stat()
                stamp = Stamp(info.st_size, info.st_mtime_ns)
            key = (path, stamp.size, stamp.mtime_ns)
            if key in self._digests:
                return self._digests[key]
            digest = hashlib.sha256()
            with path.open("rb") as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
            # Like git's "racy" index entries: a file changed within the file system's
            # time resolution may change again under the same size and time, so its
            # digest is only cached once that time is safely in the past.
            if time.time_ns() - stamp.mtime_ns > _RACY_NS:
                self._digests[key] = digest.hexdigest()
            return digest.hexdigest()
        except OSError:
            return None

    def is_known(self, path: Path, stamp: Stamp | None = None) -> bool:
        digest = self.digest(path, stamp)
        return digest is not None and digest in self._packages

    def remember(self, paths: Iterable[Path]) -> None:
        """Record `paths` as imported and write the record (OSError if it cannot be)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        changed = False
        for path in paths:
            digest = self.digest(Path(path))
            if digest is not None and digest not in self._packages:
                self._packages[digest] = {"name": Path(path).name, "imported_at": now}
                changed = True
        if changed and self.record is not None:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            data = {"format": 1, "packages": self._packages}
            write_atomic(self.record, json.dumps(data, indent=1, sort_keys=True).encode())


class IntakeScanner:
    """Looks at one folder again and again; a package is ready when it looked the same on
    the previous look and is a whole zip. `pending` holds the candidates not ready yet
    and `changing` those of them that are new or changed since the previous look (worth
    another look soon); `problem` says (in the current language) why the folder could not be read,
    else None."""

    def __init__(self, folder: Path, known: KnownPackages | None = None) -> None:
        self.folder = Path(folder)
        self.known = known
        self.pending: list[Path] = []
        self.changing: list[Path] = []
        self.problem: str | None = None
        self._previous: dict[Path, Stamp] = {}

    def scan(self) -> list[Path]:
        """The complete packages not imported before, in name order."""
        self.problem = folder_problem(self.folder)
        if self.problem is not None:
            self._previous, self.pending, self.changing = {}, [], []
            return []
        try:
            now = look(self.folder)
        except OSError as exc:
            self.problem = _unreadable(self.folder, exc)
            self._previous, self.pending, self.changing = {}, [], []
            return []
        ready: list[Path] = []
        pending: list[Path] = []
        changing: list[Path] = []
        for path in sorted(now, key=lambda p: (p.name.casefold(), p.name)):
            stamp = now[path]
            if self._previous.get(path) != stamp:
                pending.append(path)
                changing.append(path)
            elif not is_complete_package(path):
                pending.append(path)
            elif self.known is None or not self.known.is_known(path, stamp):
                ready.append(path)
        self._previous = now
        self.pending = pending
        self.changing = changing
        return ready


@dataclass
class FolderScan:
    ready: list[Path] = field(default_factory=list)
    incomplete: list[Path] = field(default_factory=list)
    problem: str | None = None


def scan_folder(
    folder: Path, known: KnownPackages | None = None, *, pause: float = 0.5
) -> FolderScan:
    """Two looks `pause` seconds apart (for a one-shot run such as `prosjektark import
    DIR`): the complete new packages, and the candidates that are still being written
    (or are damaged) and are left alone."""
    scanner = IntakeScanner(folder, known)
    scanner.scan()
    if scanner.problem is None and pause > 0:
        time.sleep(pause)
    ready = scanner.scan()
    return FolderScan(ready, list(scanner.pending), scanner.problem)


def scan(folder: Path, known: KnownPackages | None = None, *, pause: float = 0.5) -> list[Path]:
    """The complete packages in `folder` not imported before (see scan_folder)."""
    return scan_folder(folder, known, pause=pause).ready
