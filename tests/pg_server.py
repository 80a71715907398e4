"""A throwaway PostgreSQL server for the tests and benchmarks.

Debian's server binaries (package `postgresql`) in a cluster of our own under /tmp, on a
free port on 127.0.0.1, trust authentication, fsync off; removed again by `stop()`. No
project imports, so benchmarks/ can use it too.

initdb refuses to run as root, so as root the cluster belongs to the `postgres` user the
package creates (`runuser -u postgres --`). Its folder is made directly under /tmp: pytest's
own temporary folders are root-only (0700) and the server could not reach them.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "prosjektark"
BINDIR_ENV = "PROSJEKTARK_PG_BINDIR"


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL server's bin folder (Debian does not put it on PATH)."""
    if os.environ.get(BINDIR_ENV):
        path = Path(os.environ[BINDIR_ENV])
        return path if (path / "pg_ctl").exists() else None
    candidates = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    if not candidates:
        found = shutil.which("pg_ctl")
        return Path(found).parent if found else None

    def major(path: str) -> int:
        try:
            return int(Path(path).parent.parent.name)
        except ValueError:
            return 0

    return Path(max(candidates, key=major)).parent


def unavailable_reason() -> str | None:
    """Why a server cannot be started here, in words a developer can act on; None if it can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (it is in requirements/runtime.lock; run make test)"
    if find_bindir() is None:
        return (
            "PostgreSQL's server is not installed (Debian: apt-get install postgresql; "
            f"or set {BINDIR_ENV} to the folder holding pg_ctl)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to own the test server"
        if shutil.which("runuser") is None:
            return "running as root and runuser (util-linux) is missing"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgServer:
    """One cluster; `database()` makes a fresh database in it, from a template when given."""

    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError(unavailable_reason() or "no PostgreSQL")
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="prosjektark-pg-", dir="/tmp"))
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._running = False

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def start(self) -> PgServer:
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.folder.chmod(0o700)
        data = self.folder / "data"
        init = self._run(
            "initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        if init.returncode != 0:
            self._remove()
            raise RuntimeError(f"initdb failed: {init.stderr.strip()[-800:]}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        started = self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-w", "-o", options, "start"
        )
        if started.returncode != 0:
            log = ""
            with contextlib.suppress(OSError):
                log = (self.folder / "log").read_text(errors="replace")[-800:]
            self._remove()
            raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()} {log}")
        self._running = True
        atexit.register(self.stop)
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def libpq_dsn(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={USER} dbname={database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.libpq_dsn(database), autocommit=True) as conn:
            conn.execute(sql)

    def database(self, template: str | None = None, name: str | None = None) -> str:
        """Create a new database (a copy of `template` when given); returns its name."""
        name = name or "t_" + uuid.uuid4().hex[:16]
        clause = f" TEMPLATE {template}" if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def password_role(self, password: str, template: str | None = None) -> tuple[str, str]:
        """A new role that must give `password` (scram; the cluster trusts everyone else)
        and a new database (from `template`): (role, URL without the password)."""
        import time

        import psycopg

        role = "pw_" + uuid.uuid4().hex[:10]
        self.execute(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{password}'")
        hba = self.folder / "data" / "pg_hba.conf"
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.execute("SELECT pg_reload_conf()")
        name = self.database(template=template)
        dsn = f"host=127.0.0.1 port={self.port} user={role} dbname={name}"
        for _ in range(200):  # until the server has read its new rules
            try:
                psycopg.connect(dsn).close()
            except psycopg.OperationalError as exc:
                if "no password supplied" not in str(exc):
                    raise
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("the server did not start asking for a password")
        return role, f"postgresql+psycopg://{role}@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        self._remove()

    def _remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
