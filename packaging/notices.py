"""Third-party notices for everything Prosjektark installs or bundles at run time.

Run in the project's virtualenv (`make notices`, or `.venv/bin/python packaging/notices.py`).
It walks the runtime dependency tree of the installed `prosjektark` distribution through
importlib.metadata (the requirements of every platform the app ships on, with only the
extras that are asked for), adds what the frozen app carries besides Python packages (the
Python interpreter, Qt, the fonts, the native libraries in psycopg-binary's wheels), and
writes two files into resources/licenses/:

- THIRD-PARTY-NOTICES.txt: every component with its version, licence, homepage and the
  full licence texts its distribution ships, sorted by name; the app shows it under
  Hjelp → Om, and it is bundled with the wheel and the frozen app.
- notices.json: the index of the same components (name, version, licence, homepage).
- LICENSE.txt: a copy of Prosjektark's own LICENSE, which the frozen app must carry too.

The output depends only on what is installed, so a second run writes the same bytes.
A requirement that holds only on another platform (tzdata on Windows) is not installed
here: `--download DIR` fetches its wheel with pip and reads the notices from the wheel.
tests/unit/test_notices.py fails when the installed tree and notices.json disagree.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import platform
import re
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = ROOT / "resources" / "licenses"
STANDARD_TEXTS = OUTPUT_DIR / "standard"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
INDEX_FILE = "notices.json"
# Prosjektark's own licence travels with every copy, the frozen app included, where the
# repository's LICENSE is not: the generator copies it beside the notices.
OWN_LICENCE = ROOT / "LICENSE"
OWN_LICENCE_COPY = "LICENSE.txt"
ROOT_DISTRIBUTION = "prosjektark"
# Marker values of the platforms the app is shipped on: a requirement that any of them
# needs is part of the tree (each entry says on which).
PLATFORMS: dict[str, dict[str, str]] = {
    "Linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "Windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}
# The frozen app's executables are PyInstaller's bootloader: it is in the bundle whenever
# the build environment has PyInstaller, though nothing imports it at run time.
FROZEN_APP_DISTRIBUTIONS = ("pyinstaller",)
# Files of a dist-info folder that carry licence texts when its metadata names none.
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT)", re.IGNORECASE)
# Text that has no licence file of its own: SPDX id → the standard text in STANDARD_TEXTS.
STANDARD_TEXT_FILES = {"LGPL-3.0-only": "LGPL-3.0.txt", "GPL-3.0-only": "GPL-3.0.txt"}
# Qt for Python may be used under LGPL-3.0 or GPL; the app takes the LGPL option, which
# requires the GPL-3.0 text as well (LGPL-3.0 section 4b).
QT_DISTRIBUTIONS = {"pyside6-essentials", "shiboken6"}
QT_LICENCE = "LGPL-3.0-only"
# psycopg (the PostgreSQL driver of the secretariat's shared store) is LGPL-3.0 as well.
PSYCOPG_DISTRIBUTIONS = {"psycopg", "psycopg-binary"}
SECTION_RULE = "=" * 78
BODY_RULE = "-" * 78


@dataclass
class Component:
    name: str
    version: str
    licence: str
    homepage: str
    # (title, text) pairs: the licence files, in the order the distribution names them.
    texts: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    platforms: list[str] = field(default_factory=list)

    def index_entry(self) -> dict[str, object]:
        return {
            "name": self.name,
            "version": self.version,
            "licence": self.licence,
            "homepage": self.homepage,
            "platforms": self.platforms,
        }


@dataclass
class Node:
    """One distribution of the tree: where it is needed and, if installed, its metadata."""

    name: str
    requirement: Requirement
    platforms: set[str] = field(default_factory=set)
    extras: set[str] = field(default_factory=set)
    distribution: metadata.Distribution | None = None


# psycopg-binary's wheels carry libpq and the libraries libpq links against, in
# psycopg_binary.libs/. None of them is a Python distribution, so the walk of the tree does
# not see them, and the wheel's licence file names none of them. Each was identified by
# hand in the manylinux x86_64 and win_amd64 wheels of PSYCOPG_BINARY_CHECKED: the
# libraries' own version strings (OpenSSL, the krb5 brand, keyutils), their version calls
# (sasl_version_info, LDAP_OPT_API_INFO), the DLLs' version resources, the Linux wheel's
# auditwheel SBOM (dist-info/sboms). The generator stops when the installed psycopg-binary
# is another version or holds other files, so that they are looked at again.
PSYCOPG_BINARY = "psycopg-binary"
PSYCOPG_BINARY_CHECKED = "3.3.9"
PSYCOPG_LIBRARIES_NAME = "libpq and the libraries psycopg-binary bundles"
# auditwheel and delvewheel add a hash to each file name: libpq-e9b5c9ac.so.5.18.
_LIBRARY_HASH = re.compile(r"-[0-9a-f]{8,}(?=\.)")


@dataclass(frozen=True)
class NativeLibrary:
    name: str
    version: str
    licence: str
    homepage: str
    # platform → the library's files in psycopg_binary.libs/ (without the hash)
    files: dict[str, tuple[str, ...]]
    # its licence text in STANDARD_TEXTS ("": none there; the note says where it is)
    text: str = ""


PSYCOPG_LIBRARIES = (
    NativeLibrary(
        "libpq, PostgreSQL's client library",
        "18.6 (Linux), 18.4 (Windows)",
        "PostgreSQL",
        "https://www.postgresql.org/",
        {"Linux": ("libpq.so.5.18",), "Windows": ("libpq.dll",)},
        "PostgreSQL.txt",
    ),
    NativeLibrary(
        "OpenSSL",
        "3.5.9 (Linux), 3.6.5 (Windows)",
        "Apache-2.0",
        "https://www.openssl.org/",
        {
            "Linux": ("libssl.so.3", "libcrypto.so.3"),
            "Windows": ("libssl-3-x64.dll", "libcrypto-3-x64.dll"),
        },
        "Apache-2.0.txt",
    ),
    NativeLibrary(
        "MIT Kerberos",
        "1.22.2",
        "LicenseRef-MIT-Kerberos",
        "https://web.mit.edu/kerberos/",
        {
            "Linux": (
                "libgssapi_krb5.so.2.2",
                "libkrb5.so.3.3",
                "libk5crypto.so.3.1",
                "libkrb5support.so.0.1",
                "libcom_err.so.3.0",
            )
        },
        "MIT-Kerberos.txt",
    ),
    NativeLibrary(
        "OpenLDAP",
        "2.6.16",
        "OLDAP-2.8",
        "https://www.openldap.org/",
        {"Linux": ("libldap.so.2.0.200", "liblber.so.2.0.200")},
        "OpenLDAP.txt",
    ),
    NativeLibrary(
        "Cyrus SASL",
        "2.1.26 (CentOS 7's cyrus-sasl-lib 2.1.26-24.el7_9)",
        "BSD-Attribution-HPND-disclaimer",
        "https://www.cyrusimap.org/sasl/",
        {"Linux": ("libsasl2.so.3.0.0",)},
        "Cyrus-SASL.txt",
    ),
    NativeLibrary(
        "keyutils (libkeyutils)",
        "1.5.8 (CentOS 7's keyutils-libs 1.5.8-3.el7)",
        "LGPL-2.0-or-later",
        "https://people.redhat.com/~dhowells/keyutils/",
        {"Linux": ("libkeyutils.so.1.5",)},
        "LGPL-2.1.txt",
    ),
    NativeLibrary(
        "libxcrypt",
        "not recorded (its libcrypt.so.1 names none)",
        "LGPL-2.1-or-later",
        "https://github.com/besser82/libxcrypt",
        {"Linux": ("libcrypt.so.1",)},
        "LGPL-2.1.txt",
    ),
    NativeLibrary(
        "libcom_err of e2fsprogs",
        "1.42.9 (CentOS 7's libcom_err 1.42.9-19.el7)",
        "MIT",
        "https://e2fsprogs.sourceforge.net/",
        {"Linux": ("libcom_err.so.2.1",)},
    ),
)
# The licence texts in the order they follow the note: (title, file in STANDARD_TEXTS).
PSYCOPG_LIBRARY_TEXTS = (
    ("PostgreSQL licence (libpq)", "PostgreSQL.txt"),
    ("Apache-2.0 (OpenSSL)", "Apache-2.0.txt"),
    ("MIT Kerberos NOTICE", "MIT-Kerberos.txt"),
    ("OpenLDAP COPYRIGHT and the OpenLDAP Public License 2.8", "OpenLDAP.txt"),
    ("Cyrus SASL licence", "Cyrus-SASL.txt"),
    ("LGPL-2.1 (keyutils, libxcrypt)", "LGPL-2.1.txt"),
)


# ---------------------------------------------------------------------------- the tree


def _environment(platform_name: str, extra: str) -> dict[str, str]:
    env = dict(default_environment())
    env.update(PLATFORMS[platform_name])
    env["extra"] = extra
    return env


def _applies(requirement: Requirement, platform_name: str, extras: Iterable[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(
        requirement.marker.evaluate(_environment(platform_name, extra))
        for extra in ("", *sorted(extras))
    )


def _installed(name: str) -> metadata.Distribution | None:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None


def dependency_tree(
    root: str = ROOT_DISTRIBUTION, wheels: dict[str, metadata.Distribution] | None = None
) -> dict[str, Node]:
    """Every distribution the installed `root` requires at run time, directly or not, on
    any platform in PLATFORMS, keyed by canonical name. `root` itself is not in it. A
    distribution needed elsewhere and not installed here is taken from `wheels` when
    there, else it is a node without a distribution."""
    wheels = wheels or {}
    root_dist = metadata.distribution(root)
    nodes: dict[str, Node] = {}
    # (distribution, the platform we follow it on, the extras it was asked with)
    pending: list[tuple[metadata.Distribution, str, frozenset[str]]] = [
        (root_dist, name, frozenset()) for name in PLATFORMS
    ]
    visited: set[tuple[str, str, frozenset[str]]] = set()
    while pending:
        dist, platform_name, extras = pending.pop()
        key = (canonicalize_name(dist.metadata["Name"]), platform_name, extras)
        if key in visited:
            continue
        visited.add(key)
        for line in dist.requires or []:
            requirement = Requirement(line)
            if not _applies(requirement, platform_name, extras):
                continue
            name = canonicalize_name(requirement.name)
            node = nodes.setdefault(name, Node(name, requirement))
            node.platforms.add(platform_name)
            node.extras.update(requirement.extras)
            if node.distribution is None:
                node.distribution = _installed(name) or wheels.get(name)
            if node.distribution is not None:
                pending.append((node.distribution, platform_name, frozenset(requirement.extras)))
    nodes.pop(canonicalize_name(root), None)
    return nodes


def missing(nodes: dict[str, Node]) -> list[Node]:
    return sorted((n for n in nodes.values() if n.distribution is None), key=lambda n: n.name)


def download_wheels(nodes: Iterable[Node], folder: Path) -> None:
    """Fetch the wheels of distributions another platform needs, with pip."""
    folder.mkdir(parents=True, exist_ok=True)
    for node in nodes:
        spec = f"{node.requirement.name}{node.requirement.specifier}"
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
            + ["--only-binary=:all:", "--dest", str(folder), spec],
            check=True,
        )


def wheel_distributions(folder: Path) -> dict[str, metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    for wheel in sorted(folder.glob("*.whl")):
        archive = zipfile.ZipFile(wheel)
        for info_dir in sorted({n.split("/")[0] for n in archive.namelist()}):
            if info_dir.endswith(".dist-info"):
                dist = metadata.PathDistribution(zipfile.Path(archive, at=f"{info_dir}/"))
                found[canonicalize_name(dist.metadata["Name"])] = dist
    return found


# ---------------------------------------------------------------------------- metadata


def licence_of(meta: metadata.PackageMetadata) -> str:
    """An SPDX expression where the metadata has one, else its licence classifiers, else
    the first line of its free-text licence field."""
    for value in (meta.get("License-Expression"), meta.get("License")):
        if value and value.strip():
            try:
                return str(canonicalize_license_expression(value.strip()))
            except InvalidLicenseExpression:
                pass
    classifiers = [
        c.split(" :: ")[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return "; ".join(classifiers)
    free_text = (meta.get("License-Expression") or meta.get("License") or "").strip()
    return free_text.splitlines()[0] if free_text else "UNKNOWN"


def homepage_of(meta: metadata.PackageMetadata) -> str:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls.setdefault(re.sub(r"[^a-z]", "", label.lower()), url.strip())
    home = (meta.get("Home-page") or "").strip()
    for label in ("homepage", "home", "source", "sourcecode", "repository", "documentation"):
        if label in urls and not home:
            home = urls[label]
    return home or next(iter(urls.values()), "")


def _clean(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _read(dist: metadata.Distribution, relative: str) -> str | None:
    # Metadata 2.4 puts licence files under dist-info/licenses/, older wheels beside METADATA.
    for candidate in (f"licenses/{relative}", relative):
        try:
            text = dist.read_text(candidate)
        except (OSError, KeyError, UnicodeDecodeError):
            text = None
        if text:
            return text
    return None


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files of a distribution: those its metadata names (License-File),
    else the LICENSE/COPYING/NOTICE files of its dist-info folder."""
    names = list(dist.metadata.get_all("License-File") or [])
    if not names:
        for path in dist.files or []:
            parts = PurePosixPath(str(path)).parts
            if parts and parts[0].endswith(".dist-info") and LICENCE_FILE.match(parts[-1]):
                inside = PurePosixPath(*parts[1:])
                if inside.parts[0] == "licenses":
                    inside = PurePosixPath(*inside.parts[1:])
                names.append(str(inside))
    texts = []
    for name in sorted(set(names), key=names.index):
        text = _read(dist, name)
        if text and text.strip():
            texts.append((name, _clean(text)))
    return texts


def standard_text(spdx: str) -> tuple[str, str]:
    file_name = STANDARD_TEXT_FILES[spdx]
    text = (STANDARD_TEXTS / file_name).read_text(encoding="utf-8")
    return (f"{spdx} (standard text)", _clean(text))


def is_gpl_only(licence: str) -> bool:
    """Whether a licence allows no use but under the GPL (or AGPL): every alternative of
    an OR names the GPL without a linking exception. LGPL alternatives are fine."""
    alternatives = re.split(r"\s+OR\s+|;\s*", licence, flags=re.IGNORECASE)

    def gpl(term: str) -> bool:
        names_gpl = re.search(r"(?<![L\w])A?GPL|(?<!Lesser )GNU General Public", term)
        return bool(names_gpl) and not re.search(r"exception", term, re.IGNORECASE)

    return all(gpl(term.strip("() ")) for term in alternatives if term.strip("() "))


# ---------------------------------------------------------------------------- components


def distribution_component(node: Node) -> Component:
    dist = node.distribution
    assert dist is not None
    meta = dist.metadata
    component = Component(
        name=meta["Name"],
        version=dist.version,
        licence=licence_of(meta),
        homepage=homepage_of(meta),
        texts=licence_texts(dist),
        platforms=sorted(node.platforms),
    )
    notes = []
    if node.name in QT_DISTRIBUTIONS:
        notes.append(
            f"{component.name} is offered under {component.licence}; Prosjektark uses it "
            f"under {QT_LICENCE}. See also the entry «Qt»."
        )
        component.licence = QT_LICENCE
    if node.name == "cryptography":
        notes.append(_cryptography_note())
    if node.name in PSYCOPG_DISTRIBUTIONS:
        notes.append(_psycopg_note(component))
        # LGPL-3.0 builds on the GPL-3.0 (its section 4b asks for both texts).
        if not any("GNU GENERAL PUBLIC LICENSE" in text for _, text in component.texts):
            component.texts.append(standard_text("GPL-3.0-only"))
    if not component.texts and component.licence in STANDARD_TEXT_FILES:
        notes.append(
            "The distribution ships no licence file; the standard texts of its licence follow."
        )
        component.texts = [standard_text(component.licence)]
        if component.licence == "LGPL-3.0-only":
            component.texts.append(standard_text("GPL-3.0-only"))
    component.note = "\n\n".join(notes)
    return component


def _cryptography_note() -> str:
    # Its wheels link OpenSSL statically, and its licence files do not mention it.
    from cryptography.hazmat.backends.openssl import backend

    return (
        f"The cryptography wheels contain {backend.openssl_version_text()}, linked "
        "statically; OpenSSL is licensed under Apache-2.0 (the text is in LICENSE.APACHE "
        "below), https://www.openssl.org/."
    )


def _psycopg_note(component: Component) -> str:
    note = (
        f"Prosjektark uses {component.name} unmodified, to reach the secretariat's shared "
        "PostgreSQL database; it is loaded only when a database URL is configured. In the "
        "installed app it is a folder of separate files (psycopg/, psycopg_binary/ with "
        "psycopg_binary.libs/) that you may replace with another build or a modified "
        "version of it. Its source code is at https://github.com/psycopg/psycopg (tag "
        f"{component.version}) and on https://pypi.org/project/{component.name}/"
        f"{component.version}/."
    )
    if canonicalize_name(component.name) == PSYCOPG_BINARY:
        note += (
            f" The native libraries its wheels carry are in the entry «{PSYCOPG_LIBRARIES_NAME}»."
        )
    return note


def _library_file(path: str) -> str | None:
    """A file of psycopg_binary.libs/ by its name without the hash, else None."""
    parts = PurePosixPath(path).parts
    if len(parts) != 2 or parts[0] != "psycopg_binary.libs":
        return None
    return _LIBRARY_HASH.sub("", parts[1], count=1)


def psycopg_libraries_component(dist: metadata.Distribution, platforms: list[str]) -> Component:
    """The libraries psycopg-binary's wheels carry, as checked for PSYCOPG_BINARY_CHECKED;
    stops when the installed wheel is another version or holds other libraries."""
    redo = (
        "look inside its wheels (psycopg_binary.libs/) and update PSYCOPG_LIBRARIES and "
        "PSYCOPG_BINARY_CHECKED in packaging/notices.py"
    )
    if dist.version != PSYCOPG_BINARY_CHECKED:
        raise SystemExit(
            f"psycopg-binary {dist.version} is installed; its native libraries were checked for "
            f"{PSYCOPG_BINARY_CHECKED}: {redo}."
        )
    here = platform.system()
    installed = {name for path in dist.files or [] if (name := _library_file(str(path)))}
    expected = {f for lib in PSYCOPG_LIBRARIES for f in lib.files.get(here, ())}
    if here in PLATFORMS and installed != expected:
        raise SystemExit(
            f"psycopg-binary's libraries differ from those checked: found "
            f"{sorted(installed - expected)}, missing {sorted(expected - installed)}: {redo}."
        )
    lines = [
        f"psycopg-binary {dist.version} (psycopg's C implementation, see the entries psycopg "
        "and psycopg-binary) carries libpq, PostgreSQL's client library, and the libraries "
        "libpq is built with, as separate shared libraries in psycopg_binary.libs/. "
        "Prosjektark does not modify them; each is under its own licence:",
        "",
    ]
    for lib in PSYCOPG_LIBRARIES:
        where = "; ".join(
            f"{name}: {', '.join(files)}" for name, files in sorted(lib.files.items())
        )
        item = f"- {lib.name}, version {lib.version}; {lib.licence}; {lib.homepage} ({where})"
        # Pre-wrapped: a paragraph with line breaks is written as it is (see _section).
        lines.append(textwrap.fill(item, width=78, subsequent_indent="  ", break_on_hyphens=False))
    lines += [
        "",
        "The licence texts follow, taken from Debian 12's packages of these libraries "
        "(earlier releases of them): the releases above may carry later copyright years "
        "and further notices for single files, which are in their source. libcom_err of e2fsprogs (linked by Cyrus SASL on "
        "Linux) carries its MIT permission notice in its source files "
        "(https://git.kernel.org/pub/scm/fs/ext2/e2fsprogs.git, lib/et/). keyutils and "
        "libxcrypt are under the LGPL: you may replace their files in "
        "psycopg_binary.libs/ with your own builds of the same interface.",
    ]
    return Component(
        name=PSYCOPG_LIBRARIES_NAME,
        version=dist.version,
        licence=" AND ".join(dict.fromkeys(lib.licence for lib in PSYCOPG_LIBRARIES)),
        homepage="https://www.psycopg.org/",
        texts=[
            (title, _clean((STANDARD_TEXTS / file).read_text(encoding="utf-8")))
            for title, file in PSYCOPG_LIBRARY_TEXTS
        ],
        note="\n".join(lines),
        platforms=platforms,
    )


def python_component() -> Component:
    stdlib = Path(sysconfig.get_path("stdlib"))
    candidates = [stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        raise SystemExit(
            "Python's LICENSE.txt is missing; looked in " + ", ".join(map(str, candidates))
        )
    return Component(
        name="Python",
        version=platform.python_version(),
        licence="PSF-2.0",
        homepage="https://www.python.org/",
        texts=[("LICENSE.txt", _clean(found.read_text(encoding="utf-8")))],
        note=(
            "The frozen app (the installer and the Linux tarball) contains the Python "
            "interpreter and its standard library, with the libraries CPython is built "
            "with (among them OpenSSL, libffi, SQLite, zlib, bzip2, xz and expat). A "
            "Prosjektark installed from the wheel uses the Python already on the machine."
        ),
        platforms=sorted(PLATFORMS),
    )


def qt_component() -> Component:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    version = qVersion()
    major_minor = ".".join(version.split(".")[:2])
    note = f"""\
Prosjektark uses the Qt {version} libraries through Qt for Python (PySide6-Essentials
and shiboken6 {pyside_version}). Qt is copyright (C) The Qt Company Ltd. and other
contributors. Prosjektark uses Qt under the GNU Lesser General Public License version 3
(LGPL-3.0-only); the full texts of the LGPL-3.0 and of the GNU General Public License
version 3, which the LGPL-3.0 builds on, follow.

Replacing Qt: Prosjektark does not modify Qt and does not link it statically. In the
installed app, Qt is a set of separate shared libraries (Qt6Core.dll, Qt6Gui.dll,
Qt6Widgets.dll and more on Windows, libQt6*.so.6 on Linux, in the app's PySide6 folder).
You may replace them with your own build of Qt {major_minor} with the same binary
interface, modify the app for your own use, and reverse engineer it to debug such
modifications.

Source code: the source code of Qt {version} is available at
https://download.qt.io/official_releases/qt/{major_minor}/{version}/ and that of Qt for
Python {pyside_version} at https://download.qt.io/official_releases/QtForPython/pyside6/
(git: https://code.qt.io/cgit/pyside/pyside-setup.git, tag v{pyside_version}). For at
least three years from when you received this copy of Prosjektark, its distributor
will on request give you the complete corresponding source code of these Qt and Qt for
Python versions on a medium customarily used for software interchange, for no more
than the cost of physically performing the distribution.

Qt itself contains third-party components under their own, permissive licences (among
them FreeType, HarfBuzz, libpng, PCRE2, zlib and double-conversion); Qt lists them at
https://doc.qt.io/qt-{version.split(".")[0]}/licenses-used-in-qt.html."""
    return Component(
        name="Qt",
        version=version,
        licence=QT_LICENCE,
        homepage="https://www.qt.io/",
        texts=[standard_text("LGPL-3.0-only"), standard_text("GPL-3.0-only")],
        note=note,
        platforms=sorted(PLATFORMS),
    )


def _font_version(path: Path) -> str:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        record = font["name"].getDebugName(5) or ""
    match = re.search(r"\d+(\.\d+)+", record)
    return match.group(0) if match else record


def font_components() -> list[Component]:
    dejavu = ROOT / "resources" / "fonts"
    dejavu_fonts = sorted(p.name for p in dejavu.glob("*.ttf"))
    components = [
        Component(
            name="DejaVu fonts",
            version=_font_version(dejavu / "DejaVuSans.ttf"),
            licence="Bitstream-Vera AND LicenseRef-Public-Domain",
            homepage="https://dejavu-fonts.github.io/",
            texts=[
                ("LICENSE-DejaVu.txt", _clean((dejavu / "LICENSE-DejaVu.txt").read_text("utf-8")))
            ],
            note="The fonts the PDFs embed: resources/fonts/" + ", ".join(dejavu_fonts) + ".",
            platforms=sorted(PLATFORMS),
        )
    ]
    import reportlab

    vera = Path(reportlab.__file__).resolve().parent / "fonts"
    components.append(
        Component(
            name="Bitstream Vera fonts",
            version=_font_version(vera / "Vera.ttf"),
            licence="Bitstream-Vera",
            homepage="https://download.gnome.org/sources/ttf-bitstream-vera/",
            texts=[
                (
                    "reportlab/fonts/bitstream-vera-license.txt",
                    _clean((vera / "bitstream-vera-license.txt").read_text("utf-8")),
                )
            ],
            note="Shipped with reportlab (reportlab/fonts/Vera*.ttf), its default TrueType font.",
            platforms=sorted(PLATFORMS),
        )
    )
    return components


def components(wheels: dict[str, metadata.Distribution] | None = None) -> list[Component]:
    nodes = dependency_tree(wheels=wheels)
    lacking = missing(nodes)
    if lacking:
        raise SystemExit(
            "Not installed here and no wheel given: "
            + ", ".join(f"{n.requirement} (on {', '.join(sorted(n.platforms))})" for n in lacking)
            + ".\nRun with --download build/notices-wheels to fetch their wheels."
        )
    found = [distribution_component(node) for node in nodes.values()]
    for name in FROZEN_APP_DISTRIBUTIONS:
        dist = _installed(name)
        if dist is not None and canonicalize_name(name) not in nodes:
            node = Node(canonicalize_name(name), Requirement(name), set(PLATFORMS))
            node.distribution = dist
            component = distribution_component(node)
            component.note = "The frozen app's executables are PyInstaller's bootloader."
            found.append(component)
    binary = nodes.get(PSYCOPG_BINARY)
    if binary is not None and binary.distribution is not None:
        found.append(psycopg_libraries_component(binary.distribution, sorted(binary.platforms)))
    found += [python_component(), qt_component(), *font_components()]
    return sorted(found, key=lambda c: (c.name.casefold(), c.name))


# ---------------------------------------------------------------------------- output


def _section(component: Component) -> Iterator[str]:
    yield SECTION_RULE
    yield f"Component: {component.name}"
    yield f"Version: {component.version}"
    yield f"Licence: {component.licence}"
    yield f"Homepage: {component.homepage or '(none given)'}"
    yield f"Platforms: {', '.join(component.platforms)}"
    yield BODY_RULE
    if component.note:
        for paragraph in component.note.split("\n\n"):
            # One-line paragraphs are wrapped here; the pre-wrapped Qt note is kept as is.
            yield paragraph if "\n" in paragraph else textwrap.fill(paragraph, width=78)
            yield ""
    for title, text in component.texts:
        yield f"----- {title} -----"
        yield text
        yield ""


def notices_text(found: list[Component]) -> str:
    head = [
        "Third-party software in Prosjektark",
        "",
        "Prosjektark is licensed under the MIT licence (the file LICENSE). It uses the",
        "components below, each under its own licence; their licence texts follow.",
        "Generated by packaging/notices.py from the installed packages: do not edit.",
        "",
    ]
    body = [line for component in found for line in _section(component)]
    return "\n".join(head + body).rstrip("\n") + "\n"


def write(found: list[Component], folder: Path = OUTPUT_DIR) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for component in found:
        if not component.texts:
            raise SystemExit(f"{component.name} {component.version}: no licence text found")
    (folder / NOTICES_FILE).write_text(notices_text(found), encoding="utf-8", newline="\n")
    (folder / OWN_LICENCE_COPY).write_text(
        _clean(OWN_LICENCE.read_text(encoding="utf-8")) + "\n", encoding="utf-8", newline="\n"
    )
    index = {
        "generator": "packaging/notices.py",
        "components": [component.index_entry() for component in found],
    }
    (folder / INDEX_FILE).write_text(
        json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="folder to write to")
    parser.add_argument(
        "--download",
        type=Path,
        metavar="DIR",
        help="fetch the wheels of distributions only another platform needs into DIR",
    )
    args = parser.parse_args(argv)
    wheels: dict[str, metadata.Distribution] = {}
    if args.download:
        download_wheels(missing(dependency_tree()), args.download)
        wheels = wheel_distributions(args.download)
    found = components(wheels)
    write(found, args.output)
    print(f"{len(found)} components written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
