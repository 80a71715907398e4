"""The README's rule table, generated from the rule registry.

`python -m prosjektark.domain.rules.table` prints it; with a file name
(`… table README.md`) it rewrites the block between the markers in that file. A test keeps
the README in step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from prosjektark.domain.findings import SEVERITY_NAMES
from prosjektark.domain.rules.engine import all_rules

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown_table() -> str:
    lines = [
        "| code | severity | field | rule | source |",
        "|---|---|---|---|---|",
    ]
    for r in all_rules():
        lines.append(
            f"| `{r.code}` | {SEVERITY_NAMES[r.severity]} | `{_cell(r.field)}` | "
            f"{_cell(r.summary)} | «{_cell(r.source)}» ({_cell(r.seed)}) |"
        )
    return "\n".join(lines)


def replace_in(text: str) -> str:
    """`text` with the part between the markers replaced by the current table."""
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{rules_markdown_table()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(rules_markdown_table())
        return 0
    path = Path(args[0])
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{path} har ikke markørene {START} og {END}", file=sys.stderr)
        return 2
    path.write_text(replace_in(text), encoding="utf-8", newline="\n")
    print(f"Skrev regeltabellen i {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
