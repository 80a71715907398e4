"""Linux desktop integration (packaging/linux/) and the icons (packaging/icons/).

Checked with other people's tools where they are installed: desktop-file-validate
(desktop-file-utils), appstreamcli (appstream), update-mime-database (shared-mime-info),
shellcheck, and Qt's own MIME database reading what update-mime-database built. Each test
that needs one skips, naming the Debian package, when it is missing.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
APP_ID = "no.prosjektark.Prosjektark"
MIME_TYPE = "application/vnd.etsi.asic-e+zip"
MIME_ICON = "application-vnd.etsi.asic-e+zip"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"


def tool(name: str, debian_package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {debian_package})")
    return path


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# ------------------------------------------------------------------ the files themselves


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_the_desktop_entry_opens_packages_with_the_program() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "prosjektark %f"  # one file: the program opens one package
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("E:", "W:"))], result.stdout


def test_the_metainfo_names_this_release_the_desktop_entry_and_the_file_type() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"
    release = root.find("releases/release")
    assert release.get("version") == version()
    date.fromisoformat(release.get("date"))
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("project_license") == "MIT"


def test_shellcheck_finds_nothing_in_the_scripts() -> None:
    shellcheck = tool("shellcheck", "shellcheck")
    scripts = [str(LINUX / "install.sh"), str(LINUX / "uninstall.sh")]
    result = subprocess.run([shellcheck, "-s", "sh", *scripts], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


# ------------------------------------------------------------------ install.sh


def frozen_app(folder: Path, *extra: str) -> Path:
    """A stand-in for PyInstaller's dist/prosjektark-VERSION/: programs that print their
    arguments, and a library folder."""
    app = folder / f"prosjektark-{version()}"
    (app / "_internal").mkdir(parents=True)
    for name in ("prosjektark", "prosjektark-cli"):
        program = app / name
        program.write_text('#!/bin/sh\necho "started with: $*"\n', encoding="utf-8")
        program.chmod(0o755)
    for name in ("libpython3.11.so.1.0", *extra):
        (app / "_internal" / name).write_bytes(b"\x7fELF")
    return app


def run_script(script: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        ["sh", str(LINUX / script), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )
    return result


def expected_icons(datadir: Path) -> list[Path]:
    hicolor = datadir / "icons" / "hicolor"
    found = []
    for size in HICOLOR_SIZES:
        found.append(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        found.append(hicolor / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png")
    found.append(hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    found.append(hicolor / "scalable" / "mimetypes" / f"{MIME_ICON}.svg")
    return found


def test_install_sh_installs_the_program_and_its_desktop_integration(tmp_path: Path) -> None:
    app = frozen_app(tmp_path / "dist")
    prefix, bindir, datadir = tmp_path / "opt" / "prosjektark", tmp_path / "bin", tmp_path / "share"
    result = run_script(
        "install.sh", "--prefix", str(prefix), "--bindir", str(bindir),
        "--datadir", str(datadir), "--app-dir", str(app),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Prosjektark er installert i {prefix}." in result.stdout

    assert (prefix / "_internal" / "libpython3.11.so.1.0").is_file()
    assert os.access(prefix / "prosjektark", os.X_OK)
    assert os.access(prefix / "uninstall.sh", os.X_OK)
    launcher = bindir / "prosjektark"
    assert launcher.is_symlink() and launcher.resolve() == prefix / "prosjektark"
    started = subprocess.run([str(launcher), "/tmp/pakke.asice"], capture_output=True, text=True)
    assert started.stdout.strip() == "started with: /tmp/pakke.asice"
    assert (bindir / "prosjektark-cli").resolve() == prefix / "prosjektark-cli"

    installed = datadir / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(installed)
    assert entry["Exec"] == f"{prefix}/prosjektark %f"  # a ~/.local/bin need not be on PATH
    assert entry["TryExec"] == f"{prefix}/prosjektark"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0 and not check.stdout, check.stdout
    assert (datadir / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (datadir / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME_XML.read_bytes()
    for icon in expected_icons(datadir):
        assert icon.is_file(), icon

    # The desktop's caches, built by the tools that are installed.
    if shutil.which("update-desktop-database"):
        cache = (datadir / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache
    if shutil.which("update-mime-database"):
        assert (datadir / "mime" / "mime.cache").is_file()
    if shutil.which("gtk-update-icon-cache"):
        assert (datadir / "icons" / "hicolor" / "icon-theme.cache").is_file()


def test_install_sh_finds_everything_in_the_unpacked_tarball(tmp_path: Path) -> None:
    """The layout of dist/prosjektark-VERSION-linux-x86_64.tar.gz: the frozen folder, the
    files of packaging/linux/ and icons/hicolor/ side by side; no --app-dir needed."""
    unpacked = tmp_path / f"prosjektark-{version()}-linux-x86_64"
    unpacked.mkdir()
    frozen_app(unpacked)
    for name in ("install.sh", "uninstall.sh", DESKTOP.name, METAINFO.name, MIME_XML.name):
        shutil.copy2(LINUX / name, unpacked / name)
    shutil.copytree(ICONS / "hicolor", unpacked / "icons" / "hicolor")
    prefix, datadir = tmp_path / "opt" / "prosjektark", tmp_path / "share"
    result = subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--prefix", str(prefix),
         "--bindir", str(tmp_path / "bin"), "--datadir", str(datadir)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (prefix / "_internal" / "libpython3.11.so.1.0").is_file()
    for icon in expected_icons(datadir):
        assert icon.is_file(), icon


def test_installing_again_replaces_the_program_and_uninstall_removes_it(tmp_path: Path) -> None:
    prefix, bindir, datadir = tmp_path / "opt" / "prosjektark", tmp_path / "bin", tmp_path / "share"
    where = ["--prefix", str(prefix), "--bindir", str(bindir), "--datadir", str(datadir)]
    old = frozen_app(tmp_path / "gammel", "bare-i-gammel.so")
    assert run_script("install.sh", *where, "--app-dir", str(old)).returncode == 0
    assert (prefix / "_internal" / "bare-i-gammel.so").is_file()
    new = frozen_app(tmp_path / "ny")
    again = run_script("install.sh", *where, "--app-dir", str(new))
    assert again.returncode == 0, again.stderr
    assert not (prefix / "_internal" / "bare-i-gammel.so").exists()  # nothing old lingers

    others = datadir / "applications" / "annet-program.desktop"  # another program's entry
    others.write_text("[Desktop Entry]\n", encoding="utf-8")
    user_data = tmp_path / "home" / ".local" / "share" / "Prosjektark" / "prosjektark.sqlite3"
    user_data.parent.mkdir(parents=True)
    user_data.write_bytes(b"SQLite format 3\x00")

    removed = subprocess.run(
        [str(prefix / "uninstall.sh")], capture_output=True, text=True, timeout=60
    )
    assert removed.returncode == 0, removed.stderr
    assert "Brukernes prosjektark, identitet, sikkerhetskopier og logger er beholdt" in (
        removed.stdout
    )
    assert not prefix.exists()
    assert not (bindir / "prosjektark").exists() and not (bindir / "prosjektark").is_symlink()
    assert not (datadir / "applications" / f"{APP_ID}.desktop").exists()
    assert not (datadir / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert not (datadir / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert not any(icon.exists() for icon in expected_icons(datadir))
    assert others.is_file() and user_data.is_file()
    if shutil.which("update-desktop-database"):
        cache = (datadir / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert MIME_TYPE not in cache


def test_user_mode_installs_under_local(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    app = frozen_app(tmp_path / "dist")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    result = run_script("install.sh", "--user", "--app-dir", str(app), **env, XDG_DATA_HOME="")
    assert result.returncode == 0, result.stderr
    prefix = home / ".local" / "opt" / "prosjektark"
    assert (home / ".local" / "bin" / "prosjektark").resolve() == prefix / "prosjektark"
    entry = desktop_entry(home / ".local" / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{prefix}/prosjektark %f"
    assert "er ikke i PATH" in result.stdout  # ~/.local/bin is not on this PATH
    for icon in expected_icons(home / ".local" / "share"):
        assert icon.is_file(), icon
    removed = subprocess.run([str(prefix / "uninstall.sh")], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists()


def test_staging_with_destdir_keeps_the_final_paths_in_the_files(tmp_path: Path) -> None:
    app = frozen_app(tmp_path / "dist")
    stage = tmp_path / "stage"
    result = run_script("install.sh", "--app-dir", str(app), DESTDIR=str(stage))
    assert result.returncode == 0, result.stderr
    assert (stage / "opt" / "prosjektark" / "prosjektark").is_file()
    assert os.readlink(stage / "usr" / "local" / "bin" / "prosjektark") == (
        "/opt/prosjektark/prosjektark"
    )
    entry = desktop_entry(stage / "usr/local/share/applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == "/opt/prosjektark/prosjektark %f"
    # The caches belong to the target system: none is built in the stage.
    assert not (stage / "usr/local/share/mime/mime.cache").exists()
    assert not (stage / "usr/local/share/applications/mimeinfo.cache").exists()


def test_install_sh_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    prefix = tmp_path / "opt" / "noe-annet"
    prefix.mkdir(parents=True)
    (prefix / "viktig.txt").write_text("ikke slett meg", encoding="utf-8")
    app = frozen_app(tmp_path / "dist")
    result = run_script(
        "install.sh", "--prefix", str(prefix), "--bindir", str(tmp_path / "bin"),
        "--datadir", str(tmp_path / "share"), "--app-dir", str(app),
    )  # fmt: skip
    assert result.returncode == 1
    assert "finnes og er ikke installert av dette skriptet" in result.stderr
    assert (prefix / "viktig.txt").read_text(encoding="utf-8") == "ikke slett meg"


def test_install_sh_without_a_frozen_program_says_how_to_make_one(tmp_path: Path) -> None:
    result = run_script(
        "install.sh", "--prefix", str(tmp_path / "p"), "--app-dir", str(tmp_path / "borte")
    )
    assert result.returncode == 1
    assert f"«{tmp_path / 'borte'}» har ikke programfilen «prosjektark»" in result.stderr


# ------------------------------------------------------------------ the .asice file type


@pytest.fixture(scope="module")
def signed_package(tmp_path_factory, catalog) -> Path:
    from prosjektark.domain.examples import example_sheets
    from prosjektark.exchange.export import export_sheet
    from prosjektark.signing.identity import create_identity

    folder = tmp_path_factory.mktemp("pakke")
    identity = create_identity(
        "Kari Nordmann", "kari@example.no", "Bergen kommune", "et langt passord", folder / "id"
    )
    sheet = example_sheets(catalog)[0]
    return export_sheet(
        sheet, catalog, folder / "ut", package=True, identity=identity, today=date(2026, 3, 1)
    ).package


MIME_PROBE = """
import sys
from PySide6.QtCore import QMimeDatabase
database = QMimeDatabase()
for name in sys.argv[1:]:
    found = database.mimeTypeForFile(name)
    print(found.name(), found.iconName(), sep="\\t")
"""


def mime_types(datadir: Path, tmp_path: Path, *files: Path) -> list[list[str]]:
    """What Qt's MIME database (shared-mime-info's, as file managers read it) makes of
    each file, with `datadir` on XDG_DATA_DIRS."""
    empty_home = tmp_path / "xdg-data-home"
    empty_home.mkdir(exist_ok=True)
    env = {**os.environ, "XDG_DATA_HOME": str(empty_home)}
    env["XDG_DATA_DIRS"] = os.pathsep.join([str(datadir), "/usr/local/share", "/usr/share"])
    result = subprocess.run(
        [sys.executable, "-c", MIME_PROBE, *map(str, files)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_the_installed_file_type_recognises_a_package_by_name_and_by_content(
    tmp_path: Path, signed_package: Path
) -> None:
    tool("update-mime-database", "shared-mime-info")
    if not Path("/usr/share/mime/mime.cache").is_file():
        pytest.skip("no system MIME database (Debian package shared-mime-info)")
    without_ours = mime_types(tmp_path / "ingen", tmp_path, signed_package)
    assert without_ours[0][0] != MIME_TYPE  # shared-mime-info itself does not know .asice

    datadir = tmp_path / "share"
    result = run_script(
        "install.sh", "--prefix", str(tmp_path / "opt" / "prosjektark"),
        "--bindir", str(tmp_path / "bin"), "--datadir", str(datadir),
        "--app-dir", str(frozen_app(tmp_path / "dist")),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    no_suffix = tmp_path / "pakke-uten-endelse"
    shutil.copyfile(signed_package, no_suffix)
    empty = tmp_path / "tom.asice"
    empty.write_bytes(b"")
    found = mime_types(datadir, tmp_path, signed_package, no_suffix, empty)
    assert found[0] == [MIME_TYPE, MIME_ICON]  # by its name
    assert found[1] == [MIME_TYPE, MIME_ICON]  # by its content: «mimetype» first in the ZIP
    assert found[2][0] == MIME_TYPE


# ------------------------------------------------------------------ icons


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def ico_sizes(path: Path) -> list[tuple[int, int]]:
    """The (width, height) of every image in an .ico, each read from the image itself."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), path
    sizes = []
    for i in range(count):
        width, height, *_rest, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        image = data[offset : offset + length]
        if image[:8] == b"\x89PNG\r\n\x1a\n":
            actual = struct.unpack(">II", image[16:24])
        else:  # a BITMAPINFOHEADER: the height counts the mask too
            w, h = struct.unpack("<ii", image[4:12])
            actual = (w, h // 2)
        assert actual == (width or 256, height or 256), path
        sizes.append(actual)
    return sizes


@pytest.mark.parametrize("context,name", [("apps", APP_ID), ("mimetypes", MIME_ICON)])
def test_every_hicolor_size_is_rendered_at_its_size(context: str, name: str) -> None:
    for size in HICOLOR_SIZES:
        assert png_size(ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png") == (
            size,
            size,
        )


def test_the_scalable_icons_are_the_sources() -> None:
    hicolor = ICONS / "hicolor" / "scalable"
    assert (hicolor / "apps" / f"{APP_ID}.svg").read_bytes() == (
        ICONS / "prosjektark.svg"
    ).read_bytes()
    assert (hicolor / "mimetypes" / f"{MIME_ICON}.svg").read_bytes() == (
        ICONS / "prosjektark-asice.svg"
    ).read_bytes()


@pytest.mark.parametrize("ico", ["prosjektark.ico", "prosjektark-asice.ico"])
def test_the_windows_icons_hold_every_size_from_16_to_256(ico: str) -> None:
    assert sorted(ico_sizes(ICONS / ico)) == [(s, s) for s in ICO_SIZES]


def test_the_window_icon_is_shipped_in_resources() -> None:
    from prosjektark.ui.app import WINDOW_ICON_SIZES

    for size in WINDOW_ICON_SIZES:
        assert png_size(ROOT / "resources" / "icons" / f"prosjektark-{size}.png") == (size, size)


def _renderer():
    spec = importlib.util.spec_from_file_location("icon_render", ICONS / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "source,rendered",
    [
        ("prosjektark.svg", f"hicolor/48x48/apps/{APP_ID}.png"),
        ("prosjektark-asice.svg", f"hicolor/48x48/mimetypes/{MIME_ICON}.png"),
    ],
)
def test_the_committed_renders_are_the_sources_drawn(qapp, source: str, rendered: str) -> None:
    """An SVG changed without running render.py again leaves old pictures installed."""
    from PySide6.QtGui import QImage

    fresh = _renderer().render(ICONS / source, 48)
    committed = QImage(str(ICONS / rendered)).convertToFormat(fresh.format())
    differing = sum(
        1
        for y in range(48)
        for x in range(48)
        if max(
            abs(a - b)
            for a, b in zip(
                fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True
            )
        )
        > 8
    )
    assert differing <= 48 * 48 // 100  # antialiasing may differ between Qt builds
