"""The frozen app ships none of reportlab's fonts (packaging/bundle_contents.py): a signed
export, which draws the sheet's PDF with reportlab, stamps it with pyHanko and writes the
workbook, opens no file in reportlab's fonts folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import cli_environment

pytestmark = pytest.mark.slow

WATCH = r"""
import json, sys
from pathlib import Path
import reportlab

fonts = str(Path(reportlab.__file__).parent / "fonts")
opened = []

def watch(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(fonts):
        opened.append(args[0])
    elif event == "os.listdir" and str(args[0]).startswith(fonts):
        opened.append(str(args[0]))

sys.addaudithook(watch)
"""
SCRIPT = (
    WATCH
    + r"""
from prosjektark.cli import main

def run(*argv):
    try:
        code = main(list(argv))
    except SystemExit as exit:
        code = exit.code
    assert code in (0, None), (argv, code)

out, examples = Path(sys.argv[1]), Path(sys.argv[1]) / "eksempler"
run("examples", "--out", str(examples))
sheet = sorted(examples.glob("*.json"))[0]
run("identity", "new", "--name", "Åse Sørli", "--email", "ase@example.no",
    "--organisation", "Trondheim kommune", "--passphrase-env", "PP")
data = json.loads(sheet.read_text(encoding="utf-8"))
data["acknowledgements"] = [{"code": "schedule.after_deadline", "field": "",
    "comment": "test", "by": "test", "at": "2026-12-01T10:00:00Z"}]
sheet.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
run("export", str(sheet), "--out", str(out / "pakke"), "--package", "--passphrase-env", "PP")
print(json.dumps({"opened": opened, "written": sorted(p.name for p in out.glob("*/*"))}))
"""
)


def test_a_signed_export_reads_none_of_reportlabs_fonts(tmp_path: Path) -> None:
    env = cli_environment(tmp_path / "home", PP="frossen sjekk med mellomrom 2026")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert any(name.endswith(".asice") for name in report["written"]), report
    assert report["opened"] == []


def test_the_watch_sees_a_reportlab_font_when_one_is_used(tmp_path: Path) -> None:
    script = WATCH + (
        "from reportlab.pdfbase import pdfmetrics, ttfonts\n"
        "pdfmetrics.registerFont(ttfonts.TTFont('Vera', 'Vera.ttf'))\n"
        "print(json.dumps(opened))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert any(name.endswith("Vera.ttf") for name in json.loads(result.stdout))
