"""Writing files so that a crash, a killed process or a full disk never leaves a
half-written file under the real name: write a temporary file beside the target, flush it
to disk, rename it into place, then flush the folder so the rename survives a power cut.

Errors are OSError; callers turn them into messages of their own, in the user's language.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    current = os.umask(0o022)  # reading the umask means setting it; done once, at import
    os.umask(current)
    return current


# What a plain open() would give a new file.
_DEFAULT_MODE = 0o666 & ~_umask()


def write_atomic(
    target: Path, data: bytes, *, mode: int | None = None, sync_dir: bool = True
) -> None:
    """Replace `target` with `data`, all or nothing. `mode` sets the permission bits
    (POSIX; by default what a new file gets under the umask). `sync_dir=False` leaves
    flushing the folder to the caller, who writes several files and calls fsync_dir once."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None and hasattr(os, "fchmod"):  # Windows: the ACL applies
                os.fchmod(fh.fileno(), mode)
            elif hasattr(os, "fchmod"):
                # mkstemp makes 0600, but an export in a shared folder must stay readable;
                # best effort, as some file systems (FAT on a memory stick) refuse.
                with contextlib.suppress(OSError):
                    os.fchmod(fh.fileno(), _DEFAULT_MODE)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if sync_dir:
        fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Make renames in `folder` durable. POSIX only; a file system that cannot flush a
    folder (some network shares) is not an error: the files themselves are on disk."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
