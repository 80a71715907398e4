"""Dependencies point one way (DESIGN.md): ui/cli -> exchange, signing, store -> domain."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "prosjektark"
QT = ("PySide6", "shiboken6")
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "pyhanko", "cryptography")

# layer -> imports it must never make (prefixes)
FORBIDDEN = {
    "domain": QT
    + HEAVY
    + tuple(f"prosjektark.{x}" for x in ("store", "exchange", "signing", "ui", "cli", "commands")),
    "store": QT
    + tuple(f"prosjektark.{x}" for x in ("exchange", "signing", "ui", "cli", "commands")),
    "exchange": QT + ("prosjektark.ui", "prosjektark.cli", "prosjektark.commands"),
    "signing": QT
    + ("prosjektark.ui", "prosjektark.cli", "prosjektark.commands", "prosjektark.store"),
    "commands": QT + ("prosjektark.ui",),
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported module, at module level?) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = _module_name(path)
    found: list[tuple[str, bool]] = []
    top_level = set(map(id, tree.body))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, id(node) in top_level) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            # `from pkg import sub` imports the submodule, not the package's __init__.
            for alias in node.names:
                sub = f"{name}.{alias.name}"
                sub_path = PACKAGE.parent.joinpath(*sub.split("."))
                is_module = sub_path.with_suffix(".py").is_file() or sub_path.is_dir()
                found.append((sub if is_module else name, id(node) in top_level))
    return found


def _files():
    return sorted(PACKAGE.rglob("*.py"))


def test_layers_import_only_downwards():
    breaches = []
    for path in _files():
        layer = path.relative_to(PACKAGE).parts[0]
        for name, _top in _imports(path):
            for prefix in FORBIDDEN.get(layer, ()):
                if name == prefix or name.startswith(prefix + "."):
                    breaches.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not breaches, "\n".join(breaches)


def test_no_import_cycles_at_module_level():
    modules = {_module_name(p): p for p in _files()}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for imported, top in _imports(path):
            if top and imported in modules and imported != name:
                graph[name].add(imported)
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt) :] + [nxt]))
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)


def test_heavy_libraries_not_imported_at_startup():
    """reportlab, openpyxl and pyHanko load lazily: never at module level in ui/ or store/."""
    offenders = []
    for path in _files():
        layer = path.relative_to(PACKAGE).parts[0]
        if layer not in ("ui", "store", "domain") and path.name not in ("cli.py", "paths.py"):
            continue
        for name, top in _imports(path):
            if top and name.split(".")[0] in ("reportlab", "openpyxl", "pyhanko"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
            if (
                top
                and layer == "ui"
                and name.startswith(("prosjektark.exchange", "prosjektark.signing"))
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert not offenders, "\n".join(offenders)
