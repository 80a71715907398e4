"""The third-party notices match what is installed: every runtime dependency is listed with
its licence text, nothing in the tree is GPL-only, and the generator writes the same bytes
twice."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LICENSES = ROOT / "resources" / "licenses"
REGENERATE = (
    "run `make notices` (.venv/bin/python packaging/notices.py --download "
    "build/notices-wheels) and commit resources/licenses/"
)


def _load_generator():
    # packaging/ is not a package (and `packaging` is a PyPI name): load the file itself.
    spec = importlib.util.spec_from_file_location(
        "prosjektark_notices_generator", ROOT / "packaging" / "notices.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


notices = _load_generator()


@pytest.fixture(scope="module")
def tree():
    return notices.dependency_tree()


@pytest.fixture(scope="module")
def index() -> dict[str, dict]:
    entries = json.loads((LICENSES / notices.INDEX_FILE).read_text(encoding="utf-8"))
    return {notices.canonicalize_name(e["name"]): e for e in entries["components"]}


@pytest.fixture(scope="module")
def sections() -> dict[str, str]:
    """Component name → its section of THIRD-PARTY-NOTICES.txt (after the header)."""
    lines = (LICENSES / notices.NOTICES_FILE).read_text(encoding="utf-8").splitlines()
    starts = [
        i
        for i in range(len(lines) - 1)
        if lines[i] == notices.SECTION_RULE and lines[i + 1].startswith("Component: ")
    ]
    found = {}
    for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
        name = lines[start + 1].removeprefix("Component: ")
        found[name] = "\n".join(lines[start + 1 : end])
    return found


def test_every_runtime_distribution_is_in_the_notices(tree, index):
    assert len(tree) > 20  # the walk followed the requirements, not just the top level
    stale = []
    for name, node in sorted(tree.items()):
        entry = index.get(name)
        if entry is None:
            stale.append(f"{name} is missing")
        elif node.distribution is not None and entry["version"] != node.distribution.version:
            stale.append(f"{name} is {node.distribution.version}, notices say {entry['version']}")
    assert not stale, "; ".join(stale) + f". The third-party notices are out of date: {REGENERATE}."


def test_the_tree_has_the_bundled_essentials(tree, index):
    for name in ("pyside6-essentials", "shiboken6", "reportlab", "pyhanko", "uharfbuzz"):
        assert name in tree
    # Platform-only requirements are part of the tree: tzlocal needs tzdata on Windows.
    assert tree["tzdata"].platforms == {"Windows"}
    for name in ("python", "qt", "dejavu fonts", "bitstream vera fonts"):
        assert name in index


def test_qt_is_used_under_the_lgpl(index, sections):
    for name in ("pyside6-essentials", "shiboken6", "qt"):
        assert index[name]["licence"] == "LGPL-3.0-only"
    qt = sections["Qt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt
    assert "GNU GENERAL PUBLIC LICENSE" in qt  # LGPL-3.0 section 4(b) needs both
    assert "Replacing Qt" in qt and "Source code" in qt


def test_every_entry_has_its_licence_text(index, sections):
    assert sorted(sections) == sorted(e["name"] for e in index.values())
    for name, section in sections.items():
        header, _, body = section.partition("\n" + notices.BODY_RULE + "\n")
        assert body, f"{name} has no body"
        titled = [line for line in body.splitlines() if line.startswith("----- ")]
        assert titled, f"{name} has no licence text"
        texts = [body.split(title + "\n", 1)[1].split("\n----- ", 1)[0] for title in titled]
        assert all(text.strip() for text in texts), f"{name} has an empty text"
        # Beside a list of authors or a NOTICE, at least one is a licence of some length.
        assert max(len(text) for text in texts) > 300, f"{name} has no full licence text"


def test_licence_texts_are_those_installed_now(tree, sections):
    """A package update that changes its licence files shows here, not just its version."""
    for node in tree.values():
        if node.distribution is None:
            continue
        component = notices.distribution_component(node)
        expected = "\n".join(notices._section(component))
        assert expected.removeprefix(notices.SECTION_RULE + "\n") in (
            sections[component.name] + "\n"
        ), f"{component.name}'s notice differs from the installed package: {REGENERATE}"


def test_nothing_in_the_tree_is_gpl_only(tree):
    gpl = [
        f"{name} ({notices.licence_of(node.distribution.metadata)})"
        for name, node in sorted(tree.items())
        if node.distribution is not None
        and notices.is_gpl_only(notices.licence_of(node.distribution.metadata))
    ]
    assert not gpl, "GPL-only licences in the runtime dependencies: " + ", ".join(gpl)


@pytest.mark.parametrize(
    ("licence", "gpl_only"),
    [
        ("GPL-3.0-only", True),
        ("GPL-2.0-or-later", True),
        ("AGPL-3.0-or-later", True),
        ("MIT AND GPL-3.0-only", True),
        ("GNU General Public License v3 (GPLv3)", True),
        ("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", False),
        ("GNU Lesser General Public License v3 (LGPLv3)", False),
        ("GPL-2.0-or-later WITH Bootloader-exception", False),
        ("MIT", False),
        ("Apache-2.0 OR BSD-3-Clause", False),
    ],
)
def test_gpl_only_is_recognised(licence, gpl_only):
    assert notices.is_gpl_only(licence) is gpl_only


def test_own_licence_is_copied_beside_the_notices():
    assert (LICENSES / notices.OWN_LICENCE_COPY).read_text(encoding="utf-8") == (
        ROOT / "LICENSE"
    ).read_text(encoding="utf-8"), f"resources/licenses/LICENSE.txt is stale: {REGENERATE}"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_generator_writes_the_same_bytes_twice(tree, tmp_path):
    found = [notices.distribution_component(n) for n in tree.values() if n.distribution]
    found += [notices.qt_component(), *notices.font_components()]
    found.sort(key=lambda c: (c.name.casefold(), c.name))
    written = []
    for folder in (tmp_path / "a", tmp_path / "b"):
        notices.write(found, folder)
        written.append([(folder / f).read_bytes() for f in (notices.NOTICES_FILE, "notices.json")])
    assert written[0] == written[1]
    assert b"\r\n" not in written[0][0]


def test_psycopg_binarys_native_libraries_have_an_entry(tree, index, sections):
    """psycopg-binary carries libpq, OpenSSL and (on Linux) Kerberos, LDAP, SASL and more as
    shared libraries that are no Python distribution: an entry of their own names each with
    its version and licence and carries the licence texts, as the installed wheel is now."""
    for name in ("psycopg", "psycopg-binary"):
        assert name in tree
        assert index[name]["licence"] == "LGPL-3.0-only"
        section = sections[index[name]["name"]]
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in section
        assert "GNU GENERAL PUBLIC LICENSE" in section  # LGPL-3.0 section 4(b) needs both
        assert "github.com/psycopg/psycopg" in section  # where its source is
    # The notes are wrapped at 78 columns: compare words, not lines.
    assert notices.PSYCOPG_LIBRARIES_NAME in " ".join(sections["psycopg-binary"].split())
    section = sections[notices.PSYCOPG_LIBRARIES_NAME]
    words = " ".join(section.split())
    for library in notices.PSYCOPG_LIBRARIES:
        assert f"{library.name}, version {library.version}; {library.licence};" in words
    for name in ("libpq", "OpenSSL", "Kerberos", "OpenLDAP", "Cyrus SASL", "keyutils"):
        assert name in words
    for title, _ in notices.PSYCOPG_LIBRARY_TEXTS:
        assert f"----- {title} -----" in section
    assert "Apache License" in section and "OpenLDAP Public License" in section
    binary = tree["psycopg-binary"]
    try:
        component = notices.psycopg_libraries_component(
            binary.distribution, sorted(binary.platforms)
        )
    except SystemExit as exc:
        pytest.fail(str(exc))
    expected = "\n".join(notices._section(component))
    assert expected.removeprefix(notices.SECTION_RULE + "\n") in section + "\n", (
        f"the entry for psycopg-binary's libraries is stale: {REGENERATE}"
    )


def _fake_psycopg_binary(folder: Path, version: str, libraries: list[str]):
    """An installed-looking psycopg-binary whose RECORD lists `libraries`."""
    info = folder / f"psycopg_binary-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.4\nName: psycopg-binary\nVersion: {version}\n", encoding="utf-8"
    )
    (info / "RECORD").write_text(
        "".join(f"psycopg_binary.libs/{name},,\n" for name in libraries), encoding="utf-8"
    )
    return notices.metadata.PathDistribution(info)


def test_a_psycopg_binary_with_other_libraries_stops_the_generator(tree, tmp_path):
    """A new psycopg-binary (another version, or another library in its wheel) is not
    described by the entry above: the generator refuses until someone looks again."""
    binary = tree["psycopg-binary"]
    installed = [
        path.name
        for path in binary.distribution.files or []
        if path.parent.name == "psycopg_binary.libs"
    ]
    assert any(name.startswith("libpq") for name in installed)

    newer = _fake_psycopg_binary(tmp_path / "a", "99.0", installed)
    with pytest.raises(SystemExit, match="checked for"):
        notices.psycopg_libraries_component(newer, ["Linux"])

    extra = _fake_psycopg_binary(
        tmp_path / "b", notices.PSYCOPG_BINARY_CHECKED, [*installed, "libzstd-0123abcd.so.1.5"]
    )
    if notices.platform.system() == "Linux":
        with pytest.raises(SystemExit, match="libzstd.so.1.5"):
            notices.psycopg_libraries_component(extra, ["Linux"])

    same = _fake_psycopg_binary(tmp_path / "c", notices.PSYCOPG_BINARY_CHECKED, installed)
    assert notices.psycopg_libraries_component(same, ["Linux"]).texts
