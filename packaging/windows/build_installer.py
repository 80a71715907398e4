"""Build the Windows Installer package: `python packaging/windows/build_installer.py`.

Packs the PyInstaller folder build (dist/prosjektark-<version>/, built on Windows with
`pyinstaller build.spec`) into dist/Prosjektark-<version>-x64.msi, installed per machine
into Program Files. The version comes from pyproject.toml; prosjektark.wxs beside this file
holds everything else.

Tools: wixl and msibuild from msitools (Debian/Ubuntu: `apt-get install wixl msitools`;
Windows: MSYS2's mingw-w64-ucrt-x86_64-msitools). WiX and Inno Setup run only on Windows
(or under wine); wixl builds the same MSI natively on Linux, where our CI runs.

Signing: set PROSJEKTARK_SIGN_COMMAND to a command with {file} in it, e.g. on Windows
    signtool sign /fd sha256 /td sha256 /tr http://timestamp.example /sha1 THUMBPRINT {file}
or, with osslsigncode, one that writes a new file: {signed} is then where it must write it
    osslsigncode sign -pkcs12 kommune.p12 -readpass pass.txt -h sha256 -in {file} -out {signed}
The two programs are signed before they are packed and the .msi after. Without the variable
the build is unsigned (and says so).

--stand-in builds against a made-up bundle with the real file names (prosjektark.exe,
prosjektark-cli.exe, _internal/…), for checking the installer where the Windows app cannot
be built: PyInstaller does not cross-compile.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WXS = HERE / "prosjektark.wxs"
ICONS = ROOT / "packaging" / "icons"
WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
SIGN_ENV = "PROSJEKTARK_SIGN_COMMAND"
# The two programs are named in prosjektark.wxs (shortcut, file association); the
# generated fragment holds the rest of the bundle.
PROGRAMS = {"prosjektark.exe": "MainExe", "prosjektark-cli.exe": "CliExe"}
# Users read and run; Administrators and SYSTEM full control; P: not inherited from
# ProgramData, where every user may create files; OICI: what IT puts inside inherits it.
# SIDs by their SDDL names (BU, BA, SY), so it works in every Windows language.
MACHINE_CONFIG_SDDL = "D:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)"
MACHINE_CONFIG_COMPONENT = "MachineConfigFolder"
MACHINE_CONFIG_DIRECTORY = "MACHINECONFIGDIR"
COMPONENT_64BIT, COMPONENT_PERMANENT = 256, 16


class BuildError(Exception):
    """Something the person building must fix; the message says what."""


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def msi_version(version: str) -> str:
    """The version as Windows Installer compares it: major.minor.build, numbers only.

    Windows Installer ignores anything after the third field, so two builds that differ only
    in a pre-release or dev suffix would not upgrade each other: refuse those.
    """
    match = re.fullmatch(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    if not match:
        raise BuildError(
            f"Versjonen {version!r} i pyproject.toml kan ikke brukes i en MSI-pakke: "
            "bare X.Y eller X.Y.Z med tall (ingen rc/dev/post)."
        )
    major, minor, build = (int(part or 0) for part in match.groups())
    if major > 255 or minor > 255 or build > 65535:
        raise BuildError(
            f"Versjonen {version!r} er for stor for Windows Installer (255.255.65535)."
        )
    return f"{major}.{minor}.{build}"


def upgrade_code(wxs: Path = WXS) -> str:
    product = ET.parse(wxs).getroot().find(f"{{{WIX_NS}}}Product")
    if product is None:
        raise BuildError(f"{wxs} har ikke noe Product-element.")
    return product.attrib["UpgradeCode"]


def product_code(upgrade: str, version: str) -> str:
    """A new ProductCode for each version (a major upgrade needs one), the same for each
    rebuild of one version. (The package code, which must differ between any two .msi files,
    is new for each build: a changed build of an installed version does not install over
    it, so every release raises the version in pyproject.toml.)"""
    return str(uuid.uuid5(uuid.UUID(upgrade), f"ProductCode {version}")).upper()


def _identifier(prefix: str, relative: str) -> str:
    # MSI identifiers: at most 72 characters, letters, digits, _ and . only.
    return prefix + hashlib.sha1(relative.encode("utf-8")).hexdigest()[:32]


def _source(path: Path, work: Path) -> str:
    # wixl looks files up relative to its working folder only.
    return Path(os.path.relpath(path.resolve(), work.resolve())).as_posix()


def bundle_fragment(bundle: Path, upgrade: str, work: Path) -> tuple[str, int]:
    """A WiX fragment with every file of the bundle except the two programs, one component
    per file (Windows Installer's rule), as ComponentGroup "Bundle" under INSTALLDIR.

    Component GUIDs follow from the file's path, so a file keeps its GUID from one version
    to the next. Returns the XML and the number of files.
    """
    ET.register_namespace("", WIX_NS)
    wix = ET.Element(f"{{{WIX_NS}}}Wix")
    fragment = ET.SubElement(wix, f"{{{WIX_NS}}}Fragment")
    top = ET.SubElement(fragment, f"{{{WIX_NS}}}DirectoryRef", Id="INSTALLDIR")
    group = ET.SubElement(fragment, f"{{{WIX_NS}}}ComponentGroup", Id="Bundle")
    count = 0

    def component(parent: ET.Element, relative: str) -> ET.Element:
        node = ET.SubElement(
            parent,
            f"{{{WIX_NS}}}Component",
            Id=_identifier("c", relative),
            Guid=str(uuid.uuid5(uuid.UUID(upgrade), f"component {relative}")).upper(),
            Win64="yes",
        )
        ET.SubElement(group, f"{{{WIX_NS}}}ComponentRef", Id=node.attrib["Id"])
        return node

    def add(folder: Path, parent: ET.Element) -> None:
        nonlocal count
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
        for entry in entries:
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                child = ET.SubElement(
                    parent, f"{{{WIX_NS}}}Directory", Id=_identifier("d", relative), Name=entry.name
                )
                if not any(entry.iterdir()):
                    # Kept as in the bundle: a package may look for the folder.
                    ET.SubElement(component(child, relative + "/"), f"{{{WIX_NS}}}CreateFolder")
                add(entry, child)
            elif folder == bundle and entry.name in PROGRAMS:
                continue
            else:
                ET.SubElement(
                    component(parent, relative),
                    f"{{{WIX_NS}}}File",
                    Id=_identifier("f", relative),
                    Name=entry.name,
                    Source=_source(entry, work),
                    KeyPath="yes",
                )
                count += 1

    add(bundle, top)
    ET.indent(wix)
    return ET.tostring(wix, encoding="unicode", xml_declaration=True) + "\n", count


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise BuildError(
            f"Fant ikke {name}. Installer msitools: `apt-get install wixl msitools` "
            "(Debian/Ubuntu) eller MSYS2-pakken mingw-w64-ucrt-x86_64-msitools (Windows)."
        )
    return path


def _quote(path: Path) -> str:
    return subprocess.list2cmdline([str(path)]) if os.name == "nt" else shlex.quote(str(path))


def sign(path: Path, command: str) -> None:
    """Sign `path` with the municipality's command: {file} is the file; a command that
    writes a new file writes it to {signed}, which then replaces the file."""
    if "{file}" not in command:
        raise BuildError(f"{SIGN_ENV} må inneholde {{file}}, der filen som skal signeres står.")
    signed = path.with_name(path.name + ".signed")
    signed.unlink(missing_ok=True)
    line = command.replace("{file}", _quote(path)).replace("{signed}", _quote(signed))
    # The command is the builder's own (signtool with a certificate store, a PKCS#12 file,
    # an HSM…): run it as they would in their shell.
    result = subprocess.run(line, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(
            f"Signering av {path.name} feilet ({result.returncode}): "
            f"{(result.stderr or result.stdout).strip()}"
        )
    if "{signed}" in command:
        if not signed.is_file():
            raise BuildError(f"Signeringskommandoen skrev ikke {signed}.")
        signed.replace(path)


def _run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    # wixl drops attributes it does not know with only a warning: a dropped attribute is an
    # installer that silently does less, so it fails the build.
    if result.returncode != 0 or re.search(r"WARNING|CRITICAL", result.stderr):
        raise BuildError(
            f"{Path(command[0]).name} feilet ({result.returncode}):\n{result.stderr.strip()}"
        )
    return result.stdout


def build(
    bundle: Path,
    out_dir: Path,
    *,
    icons: Path = ICONS,
    work_dir: Path | None = None,
    sign_command: str | None = None,
    version: str | None = None,
    label: str = "",
) -> Path:
    """Build the .msi from `bundle` into `out_dir` and return its path."""
    version = msi_version(version or project_version())
    for program in PROGRAMS:
        if (bundle / program).is_file():
            continue
        if (bundle / program.removesuffix(".exe")).is_file():
            raise BuildError(
                f"{bundle} er bygget på Linux. Windows-appen må bygges på Windows "
                "(`pyinstaller build.spec`); --stand-in prøver installasjonspakken uten den."
            )
        raise BuildError(f"{bundle} mangler {program}: bygg appen med `pyinstaller build.spec`.")
    app_icon, asice_icon = icons / "prosjektark.ico", icons / "prosjektark-asice.ico"
    for icon in (app_icon, asice_icon):
        if not icon.is_file():
            raise BuildError(f"Mangler ikonet {icon}.")
    wixl, msibuild = find_tool("wixl"), find_tool("msibuild")
    upgrade = upgrade_code()
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"Prosjektark-{version}-x64{label}.msi"

    # Beside the output by default: on Windows, wixl's relative paths cannot cross drives.
    with tempfile.TemporaryDirectory(dir=work_dir or out_dir, prefix=".msi-") as temporary:
        work = Path(temporary)
        programs: dict[str, Path] = {}
        for program, variable in PROGRAMS.items():
            # Signed copies: the bundle itself stays as PyInstaller made it.
            programs[variable] = work / program
            shutil.copy2(bundle / program, programs[variable])
            if sign_command:
                sign(programs[variable], sign_command)
        fragment, _ = bundle_fragment(bundle, upgrade, work)
        (work / "bundle.wxs").write_text(fragment, encoding="utf-8")
        variables = {
            "Version": version,
            "ProductCode": product_code(upgrade, version),
            "AppIcon": _source(app_icon, work),
            "AsiceIcon": _source(asice_icon, work),
            **{name: _source(path, work) for name, path in programs.items()},
        }
        msi = work / output.name
        defines = [arg for item in variables.items() for arg in ("-D", "=".join(item))]
        _run([wixl, "-a", "x64", *defines, "-o", str(msi), str(WXS), "bundle.wxs"], work)
        # What wixl has no element for: the permanent component (Permanent="yes") and the
        # permissions by SDDL (PermissionEx), as the tables Windows Installer reads.
        _run([msibuild, str(msi), "-q", _permanent_query(), "-q", _lock_table_query()], work)
        _run([msibuild, str(msi), "-q", _lock_row_query()], work)
        if sign_command:
            sign(msi, sign_command)
        shutil.move(msi, output)
    return output


def _permanent_query() -> str:
    attributes = COMPONENT_64BIT | COMPONENT_PERMANENT
    return (
        f"UPDATE `Component` SET `Attributes` = {attributes} "
        f"WHERE `Component` = '{MACHINE_CONFIG_COMPONENT}'"
    )


def _lock_table_query() -> str:
    return (
        "CREATE TABLE `MsiLockPermissionsEx` (`MsiLockPermissionsEx` CHAR(72) NOT NULL, "
        "`LockObject` CHAR(72) NOT NULL, `Table` CHAR(32) NOT NULL, "
        "`SDDLText` CHAR(0) NOT NULL, `Condition` CHAR(255) "
        "PRIMARY KEY `MsiLockPermissionsEx`)"
    )


def _lock_row_query() -> str:
    return (
        "INSERT INTO `MsiLockPermissionsEx` "
        "(`MsiLockPermissionsEx`, `LockObject`, `Table`, `SDDLText`) "
        f"VALUES ('MachineConfigAcl', '{MACHINE_CONFIG_DIRECTORY}', 'CreateFolder', "
        f"'{MACHINE_CONFIG_SDDL}')"
    )


def make_stand_in(folder: Path) -> Path:
    """A folder laid out as PyInstaller's Windows build, with made-up contents."""
    bundle = folder / f"prosjektark-{project_version()}"
    internal = bundle / "_internal"
    bundle.mkdir(parents=True)
    # Real Windows programs where we have them (pip's own launchers, GUI and console), so that
    # signing can be tried on them; a few bytes otherwise.
    launchers = _pip_launchers()
    for program, launcher in zip(PROGRAMS, ("w64.exe", "t64.exe"), strict=True):
        if launchers and (launchers / launcher).is_file():
            shutil.copyfile(launchers / launcher, bundle / program)
        else:
            (bundle / program).write_bytes(b"MZ stand-in for " + program.encode())
    for name in (
        "python311.dll",
        "base_library.zip",
        "PySide6/Qt6Core.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/__init__.py",
        "reportlab/__init__.py",
    ):
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"stand-in " + name.encode())
    shutil.copytree(ROOT / "resources", internal / "resources")
    return bundle


def _pip_launchers() -> Path | None:
    spec = importlib.util.find_spec("pip")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "_vendor" / "distlib"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle", type=Path, help="the PyInstaller folder (default dist/prosjektark-<version>)"
    )
    parser.add_argument(
        "--out", type=Path, help="where the .msi goes (default dist/; build/ with --stand-in)"
    )
    parser.add_argument(
        "--icons",
        type=Path,
        default=ICONS,
        help="folder with prosjektark.ico and prosjektark-asice.ico",
    )
    parser.add_argument(
        "--stand-in", action="store_true", help="build against a made-up bundle (checking only)"
    )
    args = parser.parse_args(argv)
    sign_command = os.environ.get(SIGN_ENV) or None
    try:
        with tempfile.TemporaryDirectory() as temporary:
            if args.stand_in:
                # Named and placed so that it cannot be mistaken for a release.
                bundle, out, label = make_stand_in(Path(temporary)), ROOT / "build", "-stand-in"
            else:
                bundle = args.bundle or ROOT / "dist" / f"prosjektark-{project_version()}"
                out, label = ROOT / "dist", ""
            output = build(
                bundle, args.out or out, icons=args.icons, sign_command=sign_command, label=label
            )
    except BuildError as error:
        print(f"build_installer: {error}", file=sys.stderr)
        return 1
    print(output)
    if not sign_command:
        print(f"build_installer: usignert ({SIGN_ENV} er ikke satt).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
