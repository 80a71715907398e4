"""The README's rule table, generated from the rule registry.

`python -m prosjektark.domain.rules.table` prints it; a test keeps the README in step.
"""

from __future__ import annotations

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


if __name__ == "__main__":
    print(rules_markdown_table())
