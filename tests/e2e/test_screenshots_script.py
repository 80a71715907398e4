"""docs/screenshots.py still produces every screenshot it promises (it drives the real
wizard, export, outbox and verify dialog, the secretariat's intake, the remarks, the diff
and the case history, so it breaks when they do)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "screenshots.py"
EXPECTED = {
    "identitetsveiviser-ny.png",
    "identitetsveiviser-ferdig.png",
    "min-identitet.png",
    "utboks.png",
    "verifisering-feilet.png",
    "verifisering-ok.png",
    "sekretariat-innkomne.png",
    "merknad-ved-feltet.png",
    "versjoner-forskjell.png",
    "sakshistorikk.png",
}
CASE_FLOW = (
    "sekretariat-innkomne.png",
    "merknad-ved-feltet.png",
    "versjoner-forskjell.png",
    "sakshistorikk.png",
)


def test_screenshot_script_writes_every_picture(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    written = {p.name for p in tmp_path.glob("*.png")}
    assert written == EXPECTED
    assert all((tmp_path / name).stat().st_size > 5_000 for name in EXPECTED)
    for name in CASE_FLOW:  # the size the window layouts are made for
        with (tmp_path / name).open("rb") as png:
            header = png.read(24)
        assert int.from_bytes(header[16:20]) == 1280 and int.from_bytes(header[20:24]) == 720
