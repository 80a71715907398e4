"""The Windows installer (packaging/windows): per machine, one UpgradeCode for ever, the version
from pyproject.toml, the .asice association, IT's configuration folder, signing.

The static tests read prosjektark.wxs and the build script. The others build the .msi against a
stand-in bundle (PyInstaller cannot build the Windows app here) when msitools is installed
(`apt-get install wixl msitools`, about 3 MB), sign it when osslsigncode is (about 1 MB), and
install, upgrade and uninstall it under wine when wine is (`apt-get install wine wine64`, about
650 MB; no 32-bit wine needed): each skips and names what is missing otherwise.
"""

from __future__ import annotations

import datetime
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
WXS = WINDOWS / "prosjektark.wxs"
NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
# Generated once for the first per-machine installer. Windows Installer knows every version of
# Prosjektark by it: if this test fails, put the old value back in prosjektark.wxs.
UPGRADE_CODE = "6D673CAB-C2DE-4A8E-85AA-6F526F1AD2CF"
LOCAL_MACHINE, CLASSES_ROOT = "2", "0"  # Registry table roots
PERMANENT_64BIT = 16 | 256


def _load_build_installer():
    spec = importlib.util.spec_from_file_location("build_installer", WINDOWS / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_installer"] = module
    spec.loader.exec_module(module)
    return module


bi = _load_build_installer()


def _product() -> ET.Element:
    return ET.parse(WXS).getroot().find("w:Product", NS)


def _registry_values() -> list[dict[str, str]]:
    return [value.attrib for value in _product().iter(f"{{{NS['w']}}}RegistryValue")]


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


# --- static properties -------------------------------------------------------------------


def test_upgrade_code_is_the_one_generated_for_the_first_release():
    assert _product().attrib["UpgradeCode"] == UPGRADE_CODE
    assert bi.upgrade_code() == UPGRADE_CODE


def test_version_is_passed_in_from_pyproject_not_typed():
    assert _product().attrib["Version"] == "$(var.Version)"
    assert bi.project_version() == _pyproject_version()
    assert not (WINDOWS / "prosjektark.iss").exists(), "one installer, not two with two identities"


def test_msi_version_accepts_release_numbers_only():
    assert bi.msi_version("1.2") == "1.2.0"
    assert bi.msi_version("0.1.0") == "0.1.0"
    # Windows Installer compares three numbers: these would not upgrade each other.
    for version in ("0.2.0rc1", "0.2.0.dev3", "1.0.0.1", "1.0+local", "256.0.0"):
        with pytest.raises(bi.BuildError):
            bi.msi_version(version)


def test_product_code_is_new_for_each_version_and_the_same_for_a_rebuild():
    first = bi.product_code(UPGRADE_CODE, "0.1.0")
    assert first == bi.product_code(UPGRADE_CODE, "0.1.0")
    assert first != bi.product_code(UPGRADE_CODE, "0.1.1")
    assert first != UPGRADE_CODE


def test_installs_per_machine_into_program_files():
    product = _product()
    assert product.find("w:Package", NS).attrib["InstallScope"] == "perMachine"
    program_files = product.find(".//w:Directory[@Id='ProgramFiles64Folder']", NS)
    assert program_files.find("w:Directory[@Id='INSTALLDIR']", NS) is not None
    assert product.find("w:MajorUpgrade", NS) is not None


def test_asice_opens_in_the_program_with_the_document_icon():
    values = {(v["Root"], v["Key"], v.get("Name", "")): v["Value"] for v in _registry_values()}
    assert values[("HKCR", ".asice", "")] == "Prosjektark.Pakke"
    assert values[("HKCR", "Prosjektark.Pakke\\shell\\open\\command", "")] == (
        '"[#ProsjektarkExe]" "%1"'
    )
    assert values[("HKCR", "Prosjektark.Pakke\\DefaultIcon", "")] == "[#AsiceIcon]"
    icon = _product().find(".//w:File[@Id='AsiceIcon']", NS)
    assert icon.attrib["Source"] == "$(var.AsiceIcon)"
    assert bi.ICONS / "prosjektark-asice.ico" == ROOT / "packaging/icons/prosjektark-asice.ico"


def test_fragment_has_every_file_once_with_guids_that_follow_the_path(tmp_path):
    bundle = tmp_path / "bundle"
    for name in ("prosjektark.exe", "prosjektark-cli.exe", "a/__init__.py", "b/__init__.py"):
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_text(name)
    (bundle / "empty").mkdir()

    xml, count = bi.bundle_fragment(bundle, UPGRADE_CODE, tmp_path)
    root = ET.fromstring(xml)
    files = root.findall(".//w:File", NS)
    assert count == 2  # the two programs are in prosjektark.wxs itself
    assert sorted(f.attrib["Name"] for f in files) == ["__init__.py", "__init__.py"]
    assert sorted(f.attrib["Source"] for f in files) == [
        "bundle/a/__init__.py",
        "bundle/b/__init__.py",
    ]
    components = root.findall(".//w:Component", NS)
    assert len(components) == 3  # one a file, and the empty folder
    ids = [
        e.attrib["Id"]
        for tag in ("Component", "File", "Directory")
        for e in root.iter(f"{{{NS['w']}}}{tag}")
    ]
    assert len(ids) == 3 + 2 + 3
    assert len(ids) == len(set(ids))
    assert all(len(i) <= 72 and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", i) for i in ids)
    again, _ = bi.bundle_fragment(bundle, UPGRADE_CODE, tmp_path)
    assert again == xml


def test_refuses_a_bundle_built_on_linux(tmp_path):
    bundle = tmp_path / "prosjektark"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("prosjektark", "prosjektark-cli"):
        (bundle / name).write_bytes(b"\x7fELF")
    with pytest.raises(bi.BuildError, match="Linux"):
        bi.build(bundle, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_signing_command_must_name_the_file(tmp_path):
    target = tmp_path / "x.msi"
    target.write_bytes(b"x")
    with pytest.raises(bi.BuildError, match="file"):
        bi.sign(target, "signtool sign /a")


def test_failing_signing_command_fails_the_build(tmp_path):
    target = tmp_path / "x.msi"
    target.write_bytes(b"x")
    with pytest.raises(bi.BuildError, match="Signering"):
        bi.sign(target, f'{_quoted(sys.executable)} -c "import sys; sys.exit(3)" {{file}}')


def _quoted(path: str) -> str:
    return subprocess.list2cmdline([path]) if os.name == "nt" else f"'{path}'"


# --- the built package -------------------------------------------------------------------


PACKAGES = {"msibuild": "msitools", "msiinfo": "msitools", "msiextract": "msitools"}
PACKAGES |= {"wine": "wine wine64", "wineserver": "wine"}


def _need(*tools: str) -> None:
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        packages = sorted({PACKAGES.get(tool, tool) for tool in missing})
        pytest.skip(f"needs {', '.join(missing)} (apt-get install {' '.join(packages)})")


def _table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


@pytest.fixture(scope="module")
def stand_in_bundle(tmp_path_factory) -> Path:
    return bi.make_stand_in(tmp_path_factory.mktemp("stand-in"))


@pytest.fixture(scope="module")
def msi(stand_in_bundle, tmp_path_factory) -> Path:
    _need("wixl", "msibuild", "msiinfo")
    return bi.build(stand_in_bundle, tmp_path_factory.mktemp("out"), label="-stand-in")


def test_an_attribute_wixl_ignores_fails_the_build(tmp_path):
    _need("wixl")
    product = (
        '<Product Id="*" UpgradeCode="{code}" Name="x" Version="1.0.0" Manufacturer="x"'
        ' Language="1033"><Package InstallScope="perMachine"{extra}/>'
        '<Directory Id="TARGETDIR" Name="SourceDir"/></Product>'
    )
    wix = f'<Wix xmlns="{NS["w"]}">{{}}</Wix>'
    (tmp_path / "good.wxs").write_text(wix.format(product.format(code=UPGRADE_CODE, extra="")))
    (tmp_path / "bad.wxs").write_text(
        wix.format(product.format(code=UPGRADE_CODE, extra=' NoSuchAttribute="yes"'))
    )
    bi._run(["wixl", "-o", "good.msi", "good.wxs"], tmp_path)
    # wixl itself builds it, without the attribute and with only a warning.
    with pytest.raises(bi.BuildError, match="NoSuchAttribute"):
        bi._run(["wixl", "-o", "bad.msi", "bad.wxs"], tmp_path)
    assert (tmp_path / "bad.msi").is_file()


def test_msi_is_per_machine_with_the_fixed_upgrade_code_and_pyproject_version(msi):
    properties = dict(row[:2] for row in _table(msi, "Property"))
    assert properties["ALLUSERS"] == "1"
    assert properties["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    assert properties["ProductVersion"] == _pyproject_version()
    assert (
        properties["ProductCode"] == "{" + bi.product_code(UPGRADE_CODE, _pyproject_version()) + "}"
    )
    upgrades = _table(msi, "Upgrade")
    assert {row[0] for row in upgrades} == {"{" + UPGRADE_CODE + "}"}
    conditions = [row[0] for row in _table(msi, "LaunchCondition")]
    assert conditions == ["NOT WIX_DOWNGRADE_DETECTED"]
    directories = {row[0]: row[1:] for row in _table(msi, "Directory")}
    assert directories["INSTALLDIR"] == ["ProgramFiles64Folder", "Prosjektark"]


def test_msi_holds_every_file_of_the_bundle(msi, stand_in_bundle):
    in_bundle = sorted(p.name for p in stand_in_bundle.rglob("*") if p.is_file())
    in_msi = sorted(row[2] for row in _table(msi, "File"))
    icons = ["prosjektark-asice.ico", "prosjektark.ico"]
    assert in_msi == sorted(in_bundle + icons)


def test_msi_registers_asice_start_menu_and_detection_key(msi):
    registry = {(row[1], row[2], row[3]): row[4] for row in _table(msi, "Registry")}
    assert registry[(CLASSES_ROOT, ".asice", "")] == "Prosjektark.Pakke"
    assert registry[(CLASSES_ROOT, "Prosjektark.Pakke\\shell\\open\\command", "")] == (
        '"[#ProsjektarkExe]" "%1"'
    )
    assert registry[(CLASSES_ROOT, "Prosjektark.Pakke\\DefaultIcon", "")] == "[#AsiceIcon]"
    assert registry[(LOCAL_MACHINE, "SOFTWARE\\Prosjektark", "Version")] == "[ProductVersion]"
    shortcuts = _table(msi, "Shortcut")
    assert [(row[1], row[2], row[4]) for row in shortcuts] == [
        ("ProgramMenuFolder", "Prosjektark", "[#ProsjektarkExe]")
    ]


def test_msi_machine_config_folder_is_permanent_and_read_only_for_users(msi):
    components = {row[0]: row for row in _table(msi, "Component")}
    folder = components["MachineConfigFolder"]
    assert int(folder[3]) == PERMANENT_64BIT
    assert ["MACHINECONFIGDIR", "MachineConfigFolder"] in _table(msi, "CreateFolder")
    directories = {row[0]: row[1:] for row in _table(msi, "Directory")}
    assert directories["MACHINECONFIGDIR"] == ["CommonAppDataFolder", "Prosjektark"]
    (lock,) = _table(msi, "MsiLockPermissionsEx")
    assert lock[1:3] == ["MACHINECONFIGDIR", "CreateFolder"]
    sddl = lock[3]
    assert sddl.startswith("D:P")  # not inherited from ProgramData, where users may write
    assert "(A;OICI;0x1200a9;;;BU)" in sddl  # users: read and execute, nothing more
    assert not re.search(r";;;(BU|AU|WD)\)", sddl.replace("(A;OICI;0x1200a9;;;BU)", ""))


def test_msi_is_signed_with_the_given_command(stand_in_bundle, tmp_path):
    _need("wixl", "msibuild", "msiextract", "osslsigncode")
    cert, p12 = _code_signing_certificate(tmp_path)
    command = f"osslsigncode sign -pkcs12 {p12} -pass test -h sha256 -in {{file}} -out {{signed}}"
    msi = bi.build(stand_in_bundle, tmp_path / "out", sign_command=command, label="-stand-in")

    def verify(path: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["osslsigncode", "verify", "-CAfile", str(cert), "-in", str(path)],
            capture_output=True,
            text=True,
        )

    assert verify(msi).returncode == 0
    extracted = tmp_path / "x"
    subprocess.run(["msiextract", "-C", str(extracted), str(msi)], check=True, capture_output=True)
    for program in ("prosjektark.exe", "prosjektark-cli.exe"):
        (path,) = extracted.rglob(program)
        if path.read_bytes().startswith(b"MZ stand-in"):
            pytest.skip("pip's Windows launchers are missing: no real program to sign")
        result = verify(path)
        assert result.returncode == 0, result.stdout + result.stderr
    assert verify(stand_in_bundle / "prosjektark.exe").returncode != 0, "the bundle stays as built"


def _code_signing_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testkommune kodesignering")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, p12_path = folder / "cert.pem", folder / "kommune.p12"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    p12_path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"test", key, cert, None, serialization.BestAvailableEncryption(b"test")
        )
    )
    return cert_path, p12_path


# --- installed under wine ----------------------------------------------------------------


class Wine:
    """A 64-bit wine prefix of its own, started and stopped by the test."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
        # No Mono/Gecko download prompts; no debug chatter.
        self.env.update(
            WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml="
        )
        # One server for the whole test (else each command starts and loads the prefix anew).
        prefix.mkdir()
        subprocess.run(["wineserver", "-p"], env=self.env, check=True, timeout=60)
        try:
            self.run("wineboot", "-i")
        except BaseException:
            self.stop()
            raise

    def run(self, *args: str) -> subprocess.CompletedProcess:
        # Output to a file, not a pipe: wine's background services inherit it and keep a pipe
        # open for as long as the server runs.
        with tempfile.TemporaryFile("w+") as output:
            result = subprocess.run(
                ["wine", *args], env=self.env, stdout=output, stderr=subprocess.DEVNULL, timeout=300
            )
            output.seek(0)
            return subprocess.CompletedProcess(result.args, result.returncode, output.read())

    def msiexec(self, *args: str) -> int:
        return self.run("msiexec", *args, "/qn").returncode

    def value(self, key: str, name: str = "") -> str | None:
        """A string value; name "" is the key's default value."""
        result = self.run("reg", "query", key, *(["/v", name] if name else ["/ve"]))
        for line in result.stdout.splitlines():
            parts = line.split(None, 2)
            if len(parts) == 3 and parts[0] == (name or "(Default)"):
                return parts[2].strip()
        return None

    def has_key(self, key: str) -> bool:
        return self.run("reg", "query", key).returncode == 0

    @staticmethod
    def path(path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def drive_c(self, *parts: str) -> Path:
        return self.prefix.joinpath("drive_c", *parts)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, capture_output=True, timeout=60)


@pytest.mark.slow
def test_installs_upgrades_and_uninstalls_under_wine(msi, tmp_path):
    _need("wine", "wineserver")
    version = _pyproject_version()
    major, minor, build = (int(part) for part in bi.msi_version(version).split("."))
    newer_version = f"{major}.{minor}.{build + 1}"
    newer_bundle = bi.make_stand_in(tmp_path / "newer")
    (newer_bundle / "_internal" / "base_library.zip").unlink()
    (newer_bundle / "_internal" / "only_in_newer.dll").write_bytes(b"new")
    newer = bi.build(newer_bundle, tmp_path / "out", version=newer_version, label="-stand-in")

    wine = Wine(tmp_path / "prefix")
    try:
        app = wine.drive_c("Program Files", "Prosjektark")
        assert wine.msiexec("/i", wine.path(msi)) == 0
        assert (app / "prosjektark.exe").is_file()
        assert (app / "_internal" / "base_library.zip").is_file()
        assert wine.drive_c("ProgramData", "Prosjektark").is_dir()
        assert wine.value(r"HKLM\SOFTWARE\Prosjektark", "Version") == version
        # HKCR written per machine lands in HKLM\Software\Classes.
        assert wine.value(r"HKLM\Software\Classes\.asice") == "Prosjektark.Pakke"
        command = wine.value(r"HKLM\Software\Classes\Prosjektark.Pakke\shell\open\command")
        assert command == '"C:\\Program Files\\Prosjektark\\prosjektark.exe" "%1"'
        # Wine puts ALLUSERS shortcuts in the user's Start menu; Windows in ProgramData's.
        assert list(wine.drive_c().rglob("Prosjektark.lnk"))

        # The user's data, and IT's configuration: neither is the installer's to remove.
        (users,) = [p for p in wine.drive_c("users").iterdir() if (p / "AppData").is_dir()]
        user_data = users / "AppData" / "Local" / "Prosjektark" / "prosjektark.sqlite3"
        user_data.parent.mkdir(parents=True)
        user_data.write_text("database")
        machine_config = wine.drive_c("ProgramData", "Prosjektark", "prosjektark.toml")
        machine_config.write_text('role = "sekretariat"\n')

        assert wine.msiexec("/i", wine.path(newer)) == 0
        assert wine.value(r"HKLM\SOFTWARE\Prosjektark", "Version") == newer_version
        assert (app / "_internal" / "only_in_newer.dll").is_file()
        assert not (app / "_internal" / "base_library.zip").exists()
        uninstall = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
        product = wine.value(r"HKLM\SOFTWARE\Prosjektark", "ProductCode")
        assert product == "{" + bi.product_code(UPGRADE_CODE, newer_version) + "}"
        old_product = "{" + bi.product_code(UPGRADE_CODE, version) + "}"
        assert wine.has_key(f"{uninstall}\\{product}")
        assert not wine.has_key(f"{uninstall}\\{old_product}"), "upgraded in place, not beside"

        assert wine.msiexec("/i", wine.path(msi)) != 0, "an older version must not replace a newer"
        assert wine.value(r"HKLM\SOFTWARE\Prosjektark", "Version") == newer_version

        assert wine.msiexec("/x", product) == 0
        # Wine leaves the emptied folders behind; the files are what counts.
        assert not [p for p in app.rglob("*") if p.is_file()]
        assert not wine.has_key(r"HKLM\SOFTWARE\Prosjektark")
        assert not wine.has_key(r"HKLM\Software\Classes\Prosjektark.Pakke")
        assert not wine.has_key(f"{uninstall}\\{product}")
        assert user_data.read_text() == "database"
        assert machine_config.read_text() == 'role = "sekretariat"\n'
    finally:
        wine.stop()
