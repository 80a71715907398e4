"""`prosjektark` as a process picks its language from the environment it is started
with, as a shell user's LANG/LC_ALL/LANGUAGE say; the test helper pins bokmål unless a
test names a language. The in-process tests are in tests/unit/test_cli_languages.py
(this module has another name: pytest cannot collect two modules of the same name)."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import cli


def test_lang_english_process(tmp_path: Path):
    r = cli(tmp_path / "home", "check", str(tmp_path / "borte.json"), LANG="en_GB.UTF-8")
    assert r.returncode == 2
    assert r.stderr.startswith("prosjektark check: cannot find the file ")
    assert "finner ikke" not in r.stderr


def test_lc_all_nynorsk_json_keeps_its_keys(tmp_path: Path):
    package = tmp_path / "pakke.asice"
    package.write_bytes(b"")
    missing = tmp_path / "borte.pem"
    args = ("verify", str(package), "--trust", str(missing), "--format", "json")
    r = cli(tmp_path / "home", *args, LANG="en_GB.UTF-8", LC_ALL="nn_NO.UTF-8")
    assert r.returncode == 2
    data = json.loads(r.stdout)
    assert set(data) == {"valid", "reasons", "signer", "fingerprint", "files"}
    assert data["valid"] is False
    assert data["reasons"] == [f"Fann ikkje tillitslista {missing}."]


def test_helper_pins_bokmal_whatever_the_machine_says(tmp_path: Path, monkeypatch):
    for name, value in (("LANGUAGE", "en"), ("LC_ALL", "en_US.UTF-8"), ("LANG", "en_US")):
        monkeypatch.setenv(name, value)
    r = cli(tmp_path / "home", "check")
    assert r.returncode == 2
    assert r.stderr.startswith("bruk: prosjektark check")
    assert "disse argumentene mangler: sheet" in r.stderr
