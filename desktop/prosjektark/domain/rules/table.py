"""The README's rule table, generated from the rule registry.

`python -m prosjektark.domain.rules.table` prints it; with a file name
(`… table README.md`) it rewrites the block between the markers in that file. A test keeps
the README in step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.findings import SEVERITY_NAMES
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.engine import all_rules
from prosjektark.i18n import translate
from prosjektark.paths import resource_dir

START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _source(profile: Profile, code: str, rationale: str) -> str:
    quote = profile.rule_source(code)
    if quote is not None:
        return f"«{_cell(quote.text)}» ({_cell(quote.document)})"
    return f"product rule: {_cell(rationale)}" if rationale else "–"


def rules_markdown_table() -> str:
    """The rules with the sentences of the default programme (each programme's own are in
    its profile's `rule_sources`). In bokmål, the language of the README, whatever the
    current language: the summaries as declared, the profile read in bokmål."""
    profile = load_catalog(resource_dir(), language="nb").default_profile
    lines = [
        f"| code | severity | field | rule | source ({profile.name}) |",
        "|---|---|---|---|---|",
    ]
    for r in all_rules():
        lines.append(
            f"| `{r.code}` | {SEVERITY_NAMES[r.severity]} | `{_cell(r.field)}` | "
            f"{_cell(r.summary)} | {_source(profile, r.code, r.rationale)} |"
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
        message = translate("table", "{path} har ikke markørene {start} og {end}")
        print(message.format(path=path, start=START, end=END), file=sys.stderr)
        return 2
    path.write_text(replace_in(text), encoding="utf-8", newline="\n")
    print(translate("table", "Skrev regeltabellen i {path}").format(path=path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
