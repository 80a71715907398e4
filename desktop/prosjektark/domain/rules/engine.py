"""The rule engine: runs every theme's rules on a sheet and orders the findings.

`check_sheet` is cheap enough to run on every keystroke (see benchmarks/check.py) and
never raises on a sheet the model accepts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import Literal

from prosjektark.domain.catalog import Catalog, CatalogError
from prosjektark.domain.findings import SEVERITY_ORDER, Finding
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import (
    calendar,
    checklists,
    completeness,
    cost,
    decision,
    funding,
    goals,
    inputs,
    sheet_format,
    vocabulary,
)
from prosjektark.domain.rules.base import REGISTRY, Context, rule
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

PROFILE_UNKNOWN = rule(
    "profile.unknown",
    "error",
    "profile",
    QT_TRANSLATE_NOOP(
        "rules", "Arkets avtaleprofil er tom eller ukjent; reglene kjøres med standardprofilen."
    ),
    "Numbers in rules come from here, never from code. (DESIGN.md: profiler per avtaleområde)",
)
RULE_FAILED = rule(
    "engine.rule_failed",
    "error",
    "",
    QT_TRANSLATE_NOOP("rules", "En regel feilet under kjøring (programfeil); meld fra med arket."),
    "Sheets reach the secretariat half filled in and unchecked; that is the problem this"
    " product exists to fix.",
)

CHECKS: tuple[tuple[str, Callable[[Context], None]], ...] = (
    ("inputs", inputs.check),
    ("completeness", completeness.check),
    ("checklists", checklists.check),
    ("cost", cost.check),
    ("funding", funding.check),
    ("decision", decision.check),
    ("goals", goals.check),
    ("calendar", calendar.check),
    ("format", sheet_format.check),
    ("vocabulary", vocabulary.check),
)


class _StepIndex:
    """Which step shows a field path, memoised per form (a form is immutable)."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.order = {s.id: i for i, s in enumerate(form.steps)}
        summary = next(
            (s for s in form.steps for f in s.fields if f.type == "summary"),
            form.steps[-1] if form.steps else None,
        )
        self.fallback = summary.id if summary else ""
        self._cache: dict[str, str] = {}

    def step_of(self, path: str) -> str:
        hit = self._cache.get(path)
        if hit is None:
            step = self.form.step_of(path) if path else None
            hit = self._cache[path] = step.id if step else self.fallback
        return hit


_INDEXES: dict[int, _StepIndex] = {}


def step_index(form: FormDefinition) -> _StepIndex:
    idx = _INDEXES.get(id(form))
    if idx is None or idx.form is not form:
        idx = _INDEXES[id(form)] = _StepIndex(form)
    return idx


def resolve_profile(sheet: Sheet, catalog: Catalog) -> tuple[Profile, Finding | None]:
    """The sheet's profile, or the catalog's default with a `profile.unknown` finding."""
    try:
        return catalog.profile(sheet.profile), None
    except CatalogError:
        default = catalog.default_profile
        if not sheet.profile:
            message = translate(
                "engine", "Arket har ingen avtaleprofil. Reglene er kjørt med {programme}."
            ).format(programme=default.name)
        else:
            message = translate(
                "engine",
                "Ukjent avtaleprofil «{profile}». Kjente: {known}. Reglene er kjørt med"
                " {programme}.",
            ).format(
                profile=sheet.profile,
                known=", ".join(sorted(catalog.profiles)),
                programme=default.name,
            )
        return default, Finding(
            code=PROFILE_UNKNOWN.code,
            severity="error",
            field="profile",
            message=message,
        )


def check_sheet(
    sheet: Sheet,
    catalog: Catalog,
    *,
    today: date | None = None,
    profile: Profile | None = None,
) -> list[Finding]:
    """Every finding for `sheet`, sorted by step order, severity, field and code.

    `profile` defaults to the sheet's own (catalog.profile(sheet.profile)); `today`
    to the current date (it only matters for the calendar rules)."""
    findings: list[Finding] = []
    if profile is None:
        profile, problem = resolve_profile(sheet, catalog)
        if problem is not None:
            findings.append(problem)
    ctx = Context(sheet=sheet, catalog=catalog, profile=profile, today=today or date.today())
    ctx.triple = cost.compute_triple(sheet.cost)
    for name, run in CHECKS:
        try:
            run(ctx)
        except Exception as exc:  # a rule bug must not take the editor or the CLI down
            ctx.add(
                RULE_FAILED,
                translate("engine", "Regelgruppen «{group}» feilet: {error}").format(
                    group=name, error=f"{type(exc).__name__}: {exc}"
                ),
            )
    findings.extend(ctx.findings)
    idx = step_index(catalog.form)
    order = idx.order
    placed = [replace(f, step=idx.step_of(f.field)) for f in findings]
    rank = _form_order(catalog)
    placed.sort(
        key=lambda f: (
            order.get(f.step, len(order)),
            SEVERITY_ORDER.get(f.severity, 9),
            rank(f.field),
            f.field,
            f.code,
        )
    )
    return placed


def _form_order(catalog: Catalog):
    """A sort key that lists findings in the order their fields appear in the form."""
    fields = [f.path for f in catalog.form.all_fields()]
    questions = {
        f"{theme}.answers.{q.id}": n
        for theme, checklist in catalog.checklists.items()
        for n, q in enumerate(checklist.questions)
    }

    def rank(path: str) -> tuple[int, int]:
        best = (len(fields), 0)
        for n, field_path in enumerate(fields):
            if path == field_path or path.startswith((field_path + ".", field_path + "[")):
                best = (n, 0)
        question = next((i for key, i in questions.items() if path.startswith(key)), 0)
        return (best[0], question)

    return rank


def acknowledged_keys(sheet: Sheet) -> set[tuple[str, str]]:
    return {(a.code, a.field) for a in sheet.acknowledgements}


def sheet_status(sheet: Sheet, findings: Iterable[Finding]) -> Literal["utkast", "klar"]:
    """ "klar" when there is no error and every warning is acknowledged (code and field)."""
    acked = acknowledged_keys(sheet)
    for f in findings:
        if f.severity == "error":
            return "utkast"
        if f.severity == "warning" and (f.code, f.field) not in acked:
            return "utkast"
    return "klar"


def all_rules() -> list:
    """Every declared rule, for the rule table (docs/RULES.md) and tests."""
    return sorted(REGISTRY.values(), key=lambda r: r.code)
