"""docs/screenshots.py still produces every screenshot it promises (it drives the real
wizard, export, outbox and verify dialog, the secretariat's intake, the remarks, the diff,
the case history, the portfolio and the proposal, so it breaks when they do)."""

from __future__ import annotations

import os
import shutil
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
    "portefolje.png",
    "scenario-over-ramme.png",
    "editor-1280x720.png",
    "editor-1920x1080.png",
    "editor-1280x720-mork.png",
    "editor-1920x1080-mork.png",
    "editor-1280x720-nn.png",
    "editor-1280x720-en.png",
    "forhandsvisning.png",
}
# The proposal's pages and the signed sheet's page 1 and stamp are rendered with pdftoppm;
# without it the script says so and skips them.
PROPOSAL_PAGES = {
    "forslag-side-1.png",
    "forslag-side-2.png",
    "signert-side-1.png",
    "signaturstempel.png",
}
WINDOW_SIZED = (
    "sekretariat-innkomne.png",
    "merknad-ved-feltet.png",
    "versjoner-forskjell.png",
    "sakshistorikk.png",
    "portefolje.png",
    "scenario-over-ramme.png",
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
    expected = EXPECTED | (PROPOSAL_PAGES if shutil.which("pdftoppm") else set())
    written = {p.name for p in tmp_path.glob("*.png")}
    assert written == expected
    assert all((tmp_path / name).stat().st_size > 5_000 for name in expected)
    for name in WINDOW_SIZED:  # the size the window layouts are made for
        with (tmp_path / name).open("rb") as png:
            header = png.read(24)
        assert int.from_bytes(header[16:20]) == 1280 and int.from_bytes(header[20:24]) == 720
