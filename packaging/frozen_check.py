"""Smoke test of the frozen app (`make frozen-check`): what a user's first hour does.

Runs only the bundle's own programs, never the source tree's Python code:
- the windowed program's --self-test in bokmål, nynorsk and English, with no warning that
  a translation catalogue could not be loaded (Qt's nynorsk comes from the bundle);
- the console program's `examples`, `check` on an example sheet, `identity new`, a signed
  `export --package`, `identity show --pem` and `verify` of the package (valid), and of a
  copy with its sheet JSON changed (invalid);
- the bundle's contents against packaging/bundle_contents.py: no reportlab fonts, only the
  Qt catalogues the program loads, none of the Qt plugins left out.

Standard library only, so any Python 3.11 runs it. Exits 1 on the first failure, after
printing what the program printed.

    python packaging/frozen_check.py [dist/prosjektark-<version>]
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
PASSPHRASE = "frossen sjekk med mellomrom 2026"


class CheckFailed(Exception):
    pass


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_bundle_rules():
    return _load("bundle_contents", ROOT / "packaging" / "bundle_contents.py")


def default_app_dir() -> Path:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ROOT / "dist" / f"{project['name']}-{project['version']}"


def program(app_dir: Path, name: str) -> Path:
    path = app_dir / (f"{name}.exe" if os.name == "nt" else name)
    if not path.is_file():
        raise CheckFailed(f"{path} not found: build the frozen app first (make dist)")
    return path


class Runner:
    def __init__(self, app_dir: Path, work: Path) -> None:
        self.app_dir = app_dir
        self.work = work
        self.home = work / "home"
        machine = work / "machine-config"  # empty: this machine's own config stays out
        machine.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
        self.env = {
            **env,
            "LANG": "nb_NO.UTF-8",
            "PROSJEKTARK_HOME": str(self.home),
            "PROSJEKTARK_MACHINE_CONFIG": str(machine),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        }

    def run(
        self, name: str, *args: str, expect: int = 0, **env: str
    ) -> subprocess.CompletedProcess:
        cmd = [str(program(self.app_dir, name)), *args]
        started = time.monotonic()
        result = subprocess.run(
            cmd,
            env={**self.env, **env},
            cwd=self.work,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=300,
        )
        shown = " ".join([name, *args])
        if result.returncode != expect or "Traceback" in result.stderr:
            raise CheckFailed(
                f"`{shown}` exited {result.returncode} (expected {expect})\n"
                f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
            )
        print(f"ok   {shown}  ({time.monotonic() - started:.1f} s)", flush=True)
        return result

    def log_text(self) -> str:
        logs = self.home / "logs"
        return "".join(
            p.read_text(encoding="utf-8", errors="replace") for p in sorted(logs.glob("*.log*"))
        )


def check_self_test(runner: Runner) -> None:
    for language, lang in (("nb", "nb_NO.UTF-8"), ("nn", "nn_NO.UTF-8"), ("en", "en_GB.UTF-8")):
        result = runner.run("prosjektark", "--self-test", LANG=lang)
        report = json.loads(result.stdout.strip().splitlines()[-1])
        if report.get("ok") is not True or report.get("language") != language:
            raise CheckFailed(f"--self-test in {lang}: {report}")
    if "Could not load the translations" in runner.log_text():
        raise CheckFailed("a translation catalogue was not found:\n" + runner.log_text()[-3000:])


def acknowledged(sheet: dict, findings: list[dict]) -> dict:
    """The sheet with each warning acknowledged, as the editor does (signing needs it)."""
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    sheet.setdefault("acknowledgements", [])
    for finding in findings:
        if finding["severity"] == "warning":
            sheet["acknowledgements"].append(
                {
                    "code": finding["code"],
                    "field": finding["field"],
                    "comment": "Frossen sjekk",
                    "by": "make frozen-check",
                    "at": at,
                }
            )
    return sheet


def check_commands(runner: Runner) -> None:
    work = runner.work
    runner.run("prosjektark-cli", "examples", "--out", str(work / "eksempler"))
    examples = sorted((work / "eksempler").glob("*.json"))
    if not examples:
        raise CheckFailed("examples wrote no sheets")
    result = runner.run("prosjektark-cli", "check", str(examples[0]), "--format", "json")
    findings = json.loads(result.stdout)
    sheet_file = work / "ark.json"
    sheet = acknowledged(json.loads(examples[0].read_text(encoding="utf-8")), findings)
    sheet_file.write_text(json.dumps(sheet, ensure_ascii=False), encoding="utf-8")
    runner.run("prosjektark-cli", "check", str(sheet_file))

    runner.run(
        "prosjektark-cli", "identity", "new", "--name", "Åse Sørli", "--email",
        "ase@example.no", "--organisation", "Trondheim kommune", "--passphrase-env", "PP",
        PP=PASSPHRASE,
    )  # fmt: skip
    out = work / "ut"
    runner.run(
        "prosjektark-cli", "export", str(sheet_file), "--out", str(out), "--package",
        "--passphrase-env", "PP", PP=PASSPHRASE,
    )  # fmt: skip
    packages = sorted(out.glob("*.asice"))
    if len(packages) != 1:
        raise CheckFailed(f"export --package wrote {packages}")
    certificate = work / "sertifikat.pem"
    runner.run("prosjektark-cli", "identity", "show", "--pem", str(certificate))

    result = runner.run(
        "prosjektark-cli", "verify", str(packages[0]), "--trust", str(certificate),
        "--format", "json",
    )  # fmt: skip
    report = json.loads(result.stdout)
    expected = {"prosjektark.json", "prosjektark.pdf", "prosjektark.xlsx"}
    if report.get("valid") is not True or not expected <= set(report.get("files", [])):
        raise CheckFailed(f"verify: {report}")

    # What a double-click on the package does (the file association): the window opens
    # with the package checked, here against the user's own certificate.
    result = runner.run("prosjektark", "--self-test", str(packages[0]))
    opened = json.loads(result.stdout.strip().splitlines()[-1])
    if opened.get("ok") is not True or (opened.get("package") or {}).get("valid") is not True:
        raise CheckFailed(f"opening the package in the window: {opened}")

    # The same package with one changed byte of its sheet must fail: verify really checks.
    changed = work / "endret.asice"
    with zipfile.ZipFile(packages[0]) as source, zipfile.ZipFile(changed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "prosjektark.json":
                data = data.replace(b'"title"', b'"title" ', 1)
            target.writestr(info, data)
    runner.run("prosjektark-cli", "verify", str(changed), "--trust", str(certificate), expect=1)
    check_server_store(runner)


def check_server_store(runner: Runner) -> None:
    """The bundled PostgreSQL driver with its own libpq (PSYCOPG_IMPL=binary: no fall-back
    to a libpq on the build machine): against a throwaway server where one can be had,
    else at least a clean connection error rather than an import error."""
    pg = _load("pg_server", ROOT / "tests" / "pg_server.py")
    reason = pg.unavailable_reason()
    if reason is not None:
        result = runner.run(
            "prosjektark-cli", "db", "status", "--url",
            "postgresql://prosjektark@127.0.0.1:1/prosjektark", expect=2, PSYCOPG_IMPL="binary",
        )  # fmt: skip
        if "Kunne ikke koble til" not in result.stderr or "Uventet feil" in result.stderr:
            raise CheckFailed(f"db status without a server: {result.stderr[-1000:]}")
        print(f"ok   PostgreSQL driver loads (no server here: {reason})", flush=True)
        return
    server = pg.PgServer().start()
    try:
        url = server.url(server.database())
        runner.run("prosjektark-cli", "db", "upgrade", "--url", url, PSYCOPG_IMPL="binary")
        sheet_file = runner.work / "ark.json"  # written by check_commands
        sheet_id = json.loads(sheet_file.read_text(encoding="utf-8"))["id"]
        env = {"PSYCOPG_IMPL": "binary", "PROSJEKTARK_DATABASE_URL": url}
        runner.run("prosjektark-cli", "add", str(sheet_file), **env)
        history = runner.run("prosjektark-cli", "history", "--id", sheet_id, **env)
        if not history.stdout.strip():
            raise CheckFailed("a sheet added on the server has no history there")
    finally:
        server.stop()
    print("ok   PostgreSQL store through the bundled driver", flush=True)


def check_contents(app_dir: Path) -> None:
    rules = load_bundle_rules()
    internal = app_dir / "_internal"
    base = internal if internal.is_dir() else app_dir
    fonts = base / "reportlab" / "fonts"
    if fonts.exists() and any(fonts.iterdir()):
        names = sorted(p.name for p in fonts.iterdir())
        raise CheckFailed(f"reportlab's fonts are in the bundle: {len(names)} files, {names[:8]} …")
    translations = base / rules.QT_TRANSLATIONS_DIR
    found = {p.name for p in translations.glob("*.qm")}
    if found != set(rules.QT_TRANSLATIONS):
        raise CheckFailed(f"Qt translations in the bundle: {sorted(found)}")
    plugins = base / "PySide6" / "Qt" / "plugins"
    strays = [
        str(p.relative_to(plugins))
        for p in plugins.glob("*/*")
        if not rules.keep_qt_plugin(p.parent.name, p.name)
    ]
    if strays:
        raise CheckFailed(f"Qt plugins left out by bundle_contents.py are there: {strays}")
    missing = rules.missing_server_driver(base)
    if missing:
        raise CheckFailed(f"the PostgreSQL driver is incomplete in the bundle: {missing}")
    print(
        "ok   bundle contents (fonts, Qt translations, Qt plugins, PostgreSQL driver)", flush=True
    )


def main(argv: list[str]) -> int:
    app_dir = Path(argv[0]).resolve() if argv else default_app_dir()
    started = time.monotonic()
    try:
        check_contents(app_dir)
        with tempfile.TemporaryDirectory(prefix="prosjektark-frozen-") as tmp:
            runner = Runner(app_dir, Path(tmp))
            check_self_test(runner)
            check_commands(runner)
    except CheckFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr, flush=True)
        return 1
    print(f"frozen app {app_dir} passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
