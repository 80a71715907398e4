"""Running `prosjektark` as a separate process, the way users and scripts do.

Each call is its own process with its own environment, working folder, standard streams
and exit code. Starting a Python interpreter and importing SQLAlchemy, pydantic and
pyHanko costs about a second per process, and the end-to-end tests start a few hundred; so
by default the processes are forked from a *zygote*: one interpreter per test worker that
has imported the CLI's modules once and forks a child for each call (the technique of
multiprocessing's forkserver). The child runs `prosjektark.cli.main` exactly as the
entry point does. `cli(..., fresh=True)`, or PROSJEKTARK_TEST_FRESH_CLI=1 for every call,
starts a brand-new interpreter instead, for what only a fresh start shows (imports,
interpreter start-up); so does a call that sets a PYTHON… variable such as PYTHONPATH.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# The variables the CLI reads its language from (prosjektark.i18n.language_from_environment).
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
TIMEOUT_S = 180
FRESH_ENV = "PROSJEKTARK_TEST_FRESH_CLI"


def cli_environment(home: Path, **env: str) -> dict[str, str]:
    """The environment of a `prosjektark` process: its own PROSJEKTARK_HOME, and bokmål
    whatever the machine's locale (as tests/conftest.py sets for this process), unless the
    caller names a language variable itself."""
    base = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    base["LANG"] = "nb_NO.UTF-8"
    return {**base, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}


def cli(home: Path, *args: str, fresh: bool = False, **env: str) -> subprocess.CompletedProcess:
    """`prosjektark ARGS` with its own PROSJEKTARK_HOME; never a traceback, whatever the exit."""
    environment = cli_environment(home, **env)
    # PYTHONPATH and its kind act when an interpreter starts: only a fresh one obeys them.
    fresh = fresh or any(name.startswith("PYTHON") for name in env)
    if fresh or os.environ.get(FRESH_ENV) or not hasattr(os, "fork"):
        result = subprocess.run(
            [sys.executable, "-m", "prosjektark", *args],
            env=environment,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TIMEOUT_S,
        )
    else:
        result = _zygote().run(list(args), environment)
    assert "Traceback" not in result.stderr, result.stderr
    return result


# What the zygote runs. It reads one JSON request per line on stdin and answers on stdout:
# the child's pid when forked, then its exit status. The child takes the request's
# environment, folder and argv, points fds 0-2 at the request's files and runs the CLI.
_ZYGOTE_CODE = r"""
import atexit, json, logging, os, sys, traceback

import prosjektark.cli
# What most commands import, so that each child starts with it in memory.
import prosjektark.commands, prosjektark.store.sql_store, prosjektark.store.models
import prosjektark.domain.rules, prosjektark.domain.catalog, prosjektark.exchange.package
import prosjektark.exchange.remarks_package, prosjektark.signing.identity, prosjektark.exchange.export
import prosjektark.exchange.pdf, prosjektark.exchange.xlsx, prosjektark.exchange.intake
import prosjektark.exchange.portfolio, prosjektark.exchange.proposal, prosjektark.exchange.case_file
import sqlalchemy.orm, alembic.command, alembic.runtime.migration

requests, answers = sys.stdin, sys.stdout
for line in requests:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            null = os.open(os.devnull, os.O_RDONLY)
            out = os.open(request["stdout"], os.O_WRONLY | os.O_TRUNC)
            err = os.open(request["stderr"], os.O_WRONLY | os.O_TRUNC)
            for fd, target in ((null, 0), (out, 1), (err, 2)):
                os.dup2(fd, target)
                os.close(fd)
            sys.argv = [sys.argv[0], *request["argv"]]
            try:
                code = prosjektark.cli.main(request["argv"])
            except SystemExit as exc:
                if exc.code is None:
                    code = 0
                elif isinstance(exc.code, int):
                    code = exc.code
                else:
                    print(exc.code, file=sys.stderr)
                    code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            try:
                atexit._run_exitfuncs()
                logging.shutdown()
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code if isinstance(code, int) else 1)
    answers.write(f"{pid}\n")
    answers.flush()
    _, status = os.waitpid(pid, 0)
    answers.write(f"{os.waitstatus_to_exitcode(status)}\n")
    answers.flush()
"""


class _Zygote:
    def __init__(self) -> None:
        environment = cli_environment(Path(tempfile.gettempdir()))
        self._process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE_CODE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=environment,
            text=True,
            bufsize=1,
        )
        # Answers are read from the raw descriptor into a buffer of our own: a buffered
        # reader could hold both lines of an answer while select() waits for more.
        self._answers = self._process.stdout.fileno()
        self._pending = b""
        self._lock = threading.Lock()
        self._folder = tempfile.TemporaryDirectory(prefix="prosjektark-cli-")
        atexit.register(self.close)

    def alive(self) -> bool:
        return self._process.poll() is None

    def _answer(self) -> str:
        while b"\n" not in self._pending:
            ready, _, _ = select.select([self._answers], [], [], TIMEOUT_S)
            if not ready:
                raise subprocess.TimeoutExpired("prosjektark (zygote)", TIMEOUT_S)
            chunk = os.read(self._answers, 4096)
            if not chunk:
                raise RuntimeError("the CLI zygote ended; run with PROSJEKTARK_TEST_FRESH_CLI=1")
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line.decode().strip()

    def run(self, argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
        with self._lock:
            out = Path(self._folder.name) / "stdout"
            err = Path(self._folder.name) / "stderr"
            out.write_bytes(b"")
            err.write_bytes(b"")
            request = {"argv": argv, "env": env, "cwd": os.getcwd()}
            request |= {"stdout": str(out), "stderr": str(err)}
            self._process.stdin.write(json.dumps(request) + "\n")
            self._process.stdin.flush()
            pid = int(self._answer())
            try:
                code = int(self._answer())
            except subprocess.TimeoutExpired:
                os.kill(pid, 9)
                self._answer()
                raise
            return subprocess.CompletedProcess(
                [sys.executable, "-m", "prosjektark", *argv],
                code,
                out.read_bytes().decode("utf-8", "replace"),
                err.read_bytes().decode("utf-8", "replace"),
            )

    def close(self) -> None:
        if self.alive():
            self._process.stdin.close()
            self._process.wait(timeout=10)
        self._folder.cleanup()


_instance: _Zygote | None = None


def _zygote() -> _Zygote:
    global _instance
    if _instance is None or not _instance.alive():
        _instance = _Zygote()
    return _instance
