"""`prosjektark outbox list|send` and `prosjektark import DIR`, as separate processes: a
working group exports signed packages from its database, sends them to a delivery folder,
and the secretariat imports the folder."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from signing_helpers import acknowledge_warnings

PASS = "arbeidsgruppe passord"


@pytest.fixture(scope="module")
def catalog_m() -> Catalog:
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.paths import resource_dir

    return load_catalog(resource_dir())


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory, catalog_m: Catalog) -> dict[str, Path]:
    """A working group's home: an identity and two sheets in its database, both exported
    as signed packages (so both are in the outbox)."""
    from prosjektark.store.repository import Store

    home = tmp_path_factory.mktemp("gruppe")
    made = cli(
        home, "identity", "new", "--name", "Kåre Øvrebø", "--email", "kare@example.no",
        "--organisation", "Trondheim kommune", "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    sheets = [example_sheets(catalog_m)[0].model_copy(deep=True) for _ in range(2)]
    for sheet in sheets:  # copy_as_new would drop the treatments the rules ask for
        sheet.id = uuid.uuid4()
        sheet.is_example = False
        acknowledge_warnings(sheet, catalog_m)  # signing needs «klar»
    sheets[0].identification.title = "Sykkelveg langs elva"
    sheets[1].identification.title = "Kollektivfelt i sentrum"
    data = home / "data"
    data.mkdir(exist_ok=True)
    with Store.open(data / "prosjektark.sqlite3", data / "vedlegg") as store:
        for sheet in sheets:
            store.create(sheet)
    out = tmp_path_factory.mktemp("ut")
    for sheet in sheets:
        exported = cli(
            home, "export", "--id", str(sheet.id), "--out", str(out), "--package",
            "--passphrase-env", "PP", PP=PASS,
        )  # fmt: skip
        assert exported.returncode == 0, exported.stderr
    cert = out.parent / "kare.pem"
    assert cli(home, "identity", "show", "--pem", str(cert)).returncode == 0
    return {"home": home, "out": out, "cert": cert}


def listed(home: Path) -> list[dict]:
    result = cli(home, "outbox", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@contextlib.contextmanager
def read_only_folder(where: Path) -> Iterator[Path]:
    """Root ignores file modes, so as root the folder is a read-only tmpfs."""
    where.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(where)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("kan ikke montere en skrivebeskyttet tmpfs her")
        try:
            yield where
        finally:
            subprocess.run(["umount", "-l", str(where)], check=False)
    else:
        where.chmod(0o555)
        try:
            yield where
        finally:
            where.chmod(0o755)


def test_outbox_list_send_and_import_the_folder(group: dict[str, Path], tmp_path: Path) -> None:
    home = group["home"]
    entries = listed(home)
    assert len(entries) == 2
    assert set(entries[0]) == {
        "id", "sheet_id", "revision", "title", "path", "exported_at", "state",
        "delivered_at", "delivered_to",
    }  # fmt: skip
    assert {e["title"] for e in entries} == {"Sykkelveg langs elva", "Kollektivfelt i sentrum"}
    assert all(e["state"] == "klar" and e["delivered_at"] is None for e in entries)
    assert all(Path(e["path"]).parent == group["out"].resolve() for e in entries)

    text = cli(home, "outbox", "list")
    assert text.returncode == 0
    assert "Sykkelveg langs elva" in text.stdout and "Klar til opplasting" in text.stdout

    # A missing folder is a bad argument: exit 2, nothing changes.
    missing = cli(home, "outbox", "send", "--to", str(tmp_path / "borte"))
    assert missing.returncode == 2
    assert "finnes ikke" in missing.stderr
    assert all(e["state"] == "klar" for e in listed(home))

    # A read-only folder: each package fails with the reason and stays ready.
    with read_only_folder(tmp_path / "skrivebeskyttet") as locked:
        refused = cli(home, "outbox", "send", "--to", str(locked))
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert refused.stdout.count("ikke sendt") == 2
        assert "skrivebeskyttet" in refused.stdout
        assert os.listdir(locked) == []
    assert all(e["state"] == "klar" for e in listed(home))

    delivery = tmp_path / "levering"
    delivery.mkdir()
    sent = cli(home, "outbox", "send", "--to", str(delivery))
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert sent.stdout.count(": sendt") == 2
    names = sorted(p.name for p in group["out"].glob("*.asice"))
    assert sorted(os.listdir(delivery)) == names
    after = listed(home)
    assert all(e["state"] == "levert" for e in after)
    assert all(Path(e["delivered_to"]) == delivery and e["delivered_at"] for e in after)

    again = cli(home, "outbox", "send", "--to", str(delivery))
    assert again.returncode == 0 and "Ingen pakker" in again.stdout

    # The secretariat imports the folder; a half-copied file there is skipped and named.
    whole = delivery / names[0]
    (delivery / "halv_r1.asice").write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    (delivery / ".noe_r1.asice.1234abcd.part").write_bytes(b"under kopiering")
    secretariat = tmp_path / "sekretariat"
    imported = cli(secretariat, "import", str(delivery), "--trust", str(group["cert"]))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert imported.stdout.count(": importert") == 2
    assert "halv_r1.asice: hoppet over" in imported.stdout
    assert ".part" not in imported.stdout

    # Importing the folder again changes nothing, and says so per package.
    twice = cli(secretariat, "import", str(delivery), "--trust", str(group["cert"]))
    assert twice.returncode == 0
    assert twice.stdout.count(": uendret") == 2


def test_import_of_a_missing_folder_exits_2(group: dict[str, Path], tmp_path: Path) -> None:
    result = cli(tmp_path / "s", "import", str(tmp_path / "borte"), "--trust", str(group["cert"]))
    assert result.returncode == 2
    assert "borte" in result.stdout + result.stderr


def test_an_empty_folder_imports_nothing_and_says_so(
    group: dict[str, Path], tmp_path: Path
) -> None:
    empty = tmp_path / "tom"
    empty.mkdir()
    result = cli(tmp_path / "s", "import", str(empty), "--trust", str(group["cert"]))
    assert result.returncode == 0
    assert "Ingen pakker" in result.stdout


def test_an_empty_outbox_lists_an_empty_json_list(tmp_path: Path) -> None:
    result = cli(tmp_path / "ny", "outbox", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
