"""`prosjektark frames import|export` as the secretariat runs them (issue 11, item 8): the
file Norwegian Excel saves goes in, the same frames come out as Excel opens them, a file
with bad lines is refused line by line and changes nothing.

Needs `frames` registered in cli.py (build_parser and _COMMANDS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "frames"
HEADER = "år;kilde;part;beløp_mnok"

# The frames of miljopakken_excel.csv and miljopakken_comma.csv as the program writes them.
WRITTEN = (
    f"\ufeff{HEADER}\r\n"
    "2027;bompenger;;1250,5\r\n"
    "2027;statlig;;480\r\n"
    "2027;kommunal;Stjørdal;12,25\r\n"
    "2028;bompenger;;1310\r\n"
    "2028;statlig;;495,75\r\n"
    "2028;kommunal;Malvik kommune;8\r\n"
    "2029;bompenger;;1402,125\r\n"
    "2030;bompenger;;1505,5\r\n"
    "2030;bompenger;Trondheim;200\r\n"
).encode()


def export(home: Path, target: Path, *profile: str) -> bytes:
    result = cli(home, "frames", "export", str(target), *profile)
    assert result.returncode == 0, result.stdout + result.stderr
    return target.read_bytes()


def test_import_export_and_import_again(tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    excel = FIXTURES / "miljopakken_excel.csv"

    first = cli(home, "frames", "import", str(excel), "--profile", "miljopakken")
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout.strip() == (
        "Tok inn 9 rammelinjer for Miljøpakken fra miljopakken_excel.csv "
        "(ingen rammer fra før; versjon 1)."
    )
    out = tmp_path / "rammer.csv"
    assert export(home, out, "--profile", "miljopakken") == WRITTEN

    # The comma form of the same frames replaces them with the same lines.
    again = cli(home, "frames", "import", str(FIXTURES / "miljopakken_comma.csv"))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Tok inn 9 rammelinjer for Miljøpakken" in again.stdout  # the default profile
    assert "(erstattet 9; versjon 2)" in again.stdout
    assert export(home, tmp_path / "igjen.csv") == WRITTEN

    # What the program wrote, read back: the round trip is exact.
    third = cli(home, "frames", "import", str(out))
    assert third.returncode == 0 and "versjon 3" in third.stdout, third.stderr
    assert export(home, out) == WRITTEN

    # Frames belong to one programme: Bergen's are still unset, and its file is a template.
    bergen = tmp_path / "bergen.csv"
    written = cli(home, "frames", "export", str(bergen), "--profile", "miljoloftet")
    assert written.returncode == 0, written.stderr
    assert "Miljøløftet har ingen rammer ennå" in written.stdout
    assert bergen.read_bytes() == f"\ufeff{HEADER}\r\n".encode()


def test_bad_lines_are_refused_one_by_one_and_change_nothing(tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    assert cli(home, "frames", "import", str(FIXTURES / "miljopakken_excel.csv")).returncode == 0

    bad = cli(home, "frames", "import", str(FIXTURES / "miljopakken_bad.csv"))

    assert bad.returncode == 1, bad.stdout + bad.stderr
    lines = bad.stderr.splitlines()
    assert lines[0] == (
        "prosjektark frames import: miljopakken_bad.csv ble ikke tatt inn (10 linjer må "
        "rettes); rammene er ikke endret."
    )
    assert [line.split(":")[0] for line in lines[1:]] == [
        f"Linje {n}" for n in (2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 12, 12)
    ]
    assert "Linje 2: beløpet -5 er negativt; en ramme kan ikke være under null." in lines
    assert "Linje 3: året 2031 er utenfor programperioden 2027–2030." in lines
    assert any(line.startswith("Linje 4: ukjent finansieringskilde «lotteri».") for line in lines)
    assert "Linje 8: samme år, kilde og part som linje 7." in lines
    assert bad.stdout == ""
    assert export(home, tmp_path / "rammer.csv") == WRITTEN


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "Filen er tom. Første linje skal være overskriften «år;kilde;part;beløp_mnok»."),
        (
            "\ufeffår;kilde;part;beløp_mnok\r\n".encode(),
            "tom.csv har ingen rammelinjer under overskriften; rammene er ikke endret.",
        ),
        (
            "år;kilde;part;beløp_mnok\r\n2027;bompenger;;1\r\n".encode("cp1252"),
            "Linje 1: filen er ikke lagret som UTF-8.",
        ),
        (b"year;source;party;amount\r\n", "Linje 1: overskriften er «year;source;party;amount»"),
    ],
    ids=["empty", "header-only", "cp1252", "wrong-header"],
)
def test_files_that_hold_no_frames_are_refused(tmp_path: Path, content: bytes, said: str) -> None:
    home = tmp_path / "sekretariat"
    source = tmp_path / "tom.csv"
    source.write_bytes(content)
    result = cli(home, "frames", "import", str(source))
    assert result.returncode == 1, result.stdout + result.stderr
    assert said in result.stderr
    assert export(home, tmp_path / "ut.csv") == f"\ufeff{HEADER}\r\n".encode()


def test_what_cannot_be_read_exits_2(tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    missing = cli(home, "frames", "import", str(tmp_path / "finnes-ikke.csv"))
    assert missing.returncode == 2
    assert f"prosjektark frames import: Fant ikke filen «{tmp_path / 'finnes-ikke.csv'}»." in (
        missing.stderr
    )

    excel = str(FIXTURES / "miljopakken_excel.csv")
    unknown = cli(home, "frames", "import", excel, "--profile", "oslopakka")
    assert unknown.returncode == 2
    assert "Ukjent avtaleprofil «oslopakka»" in unknown.stderr

    folder = cli(home, "frames", "import", str(tmp_path))
    assert folder.returncode == 2 and "er en mappe" in folder.stderr

    nowhere = tmp_path / "mangler" / "rammer.csv"
    written = cli(home, "frames", "export", str(nowhere))
    assert written.returncode == 2
    assert f"prosjektark frames export: Mappen «{nowhere.parent}» finnes ikke." in written.stderr
    assert not nowhere.parent.exists()

    unknown = cli(home, "frames", "export", str(tmp_path / "r.csv"), "--profile", "oslopakka")
    assert unknown.returncode == 2 and "Ukjent avtaleprofil «oslopakka»" in unknown.stderr
    assert not (tmp_path / "r.csv").exists()


def test_a_damaged_database_exits_2(tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    (home / "data").mkdir(parents=True)
    (home / "data" / "prosjektark.sqlite3").write_bytes(b"ikke en database " * 512)
    excel = str(FIXTURES / "miljopakken_excel.csv")
    for args in (["import", excel], ["export", str(tmp_path / "r.csv")]):
        result = cli(home, "frames", *args)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr.startswith(f"prosjektark frames {args[0]}: ")
        assert "Uventet feil" not in result.stderr
    assert not (tmp_path / "r.csv").exists()
