"""Goal contribution: at least one goal scored with a justification, and a score summary
comparable across sheets of the same profile (001, Bergen's poengrangering)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.base import Context, rule
from prosjektark.domain.sheet import GoalScore, Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP, translate


def _max_score() -> int:
    """The top of the score scale, read from the sheet model's own bound."""
    for meta in GoalScore.model_fields["score"].metadata:
        le = getattr(meta, "le", None)
        if le is not None:
            return int(le)
    raise RuntimeError("GoalScore.score has no upper bound")


MAX_SCORE = _max_score()

NONE = rule(
    "goals.none",
    "error",
    "goals",
    QT_TRANSLATE_NOOP(
        "rules",
        "Ingen av programmets mål har fått poeng over null med begrunnelse.",
    ),
)
JUSTIFICATION = rule(
    "goals.justification_missing",
    "warning",
    "goals.<mål>",
    QT_TRANSLATE_NOOP(
        "rules",
        "Et mål har fått poeng uten begrunnelse.",
    ),
    "Goal points make projects comparable only when each is justified; the goals themselves"
    " are the programme's (its profile).",
)
UNKNOWN = rule(
    "goals.unknown",
    "warning",
    "goals.<mål>",
    QT_TRANSLATE_NOOP(
        "rules",
        "Poeng er gitt for et mål som ikke finnes i avtaleprofilen; det telles ikke med.",
    ),
    "A score for a goal the programme does not have cannot count towards its goals.",
)


@dataclass(frozen=True)
class GoalPoints:
    goal_id: str
    name: str
    score: int
    justified: bool


@dataclass(frozen=True)
class ScoreSummary:
    """Points over the profile's goals: the same `max_points` for every sheet of a profile."""

    total: int  # points over the profile's goals
    maximum: int  # top score × number of goals in the profile
    goals_scored: int  # goals with a score above zero
    per_goal: tuple[GoalPoints, ...]  # in the profile's goal order, unscored goals as 0
    # Points weighted by the profile's goal weights (all 1 unless the programme weights its
    # goals): what ranks projects against each other in a portfolio.
    weighted_total: Decimal = Decimal(0)
    weighted_maximum: Decimal = Decimal(0)

    @property
    def total_points(self) -> int:
        return self.total

    @property
    def max_points(self) -> int:
        return self.maximum

    @property
    def percent(self) -> float:
        return 100.0 * self.total / self.maximum if self.maximum else 0.0


def score_summary(sheet: Sheet, profile: Profile) -> ScoreSummary:
    """Scores of the profile's goals; a goal scored twice counts once (the highest)."""
    best: dict[str, GoalScore] = {}
    for g in sheet.goals:
        if g.goal not in best or g.score > best[g.goal].score:
            best[g.goal] = g
    per_goal = []
    for goal in profile.goals:
        g = best.get(goal.id)
        score = g.score if g else 0
        per_goal.append(GoalPoints(goal.id, goal.name, score, bool(g and g.justification.strip())))
    total = sum(p.score for p in per_goal)
    weights = [goal.weight for goal in profile.goals]
    return ScoreSummary(
        total=total,
        maximum=MAX_SCORE * len(profile.goals),
        goals_scored=sum(1 for p in per_goal if p.score > 0),
        per_goal=tuple(per_goal),
        weighted_total=sum(
            (w * p.score for w, p in zip(weights, per_goal, strict=True)), Decimal(0)
        ),
        weighted_maximum=MAX_SCORE * sum(weights, Decimal(0)),
    )


def check(ctx: Context) -> None:
    profile = ctx.profile
    known = {g.id for g in profile.goals}
    justified_any = False
    for g in ctx.sheet.goals:
        where = f"goals.{g.goal}"
        if g.goal not in known:
            ctx.add(
                UNKNOWN,
                translate("goals", "Målet «{goal}» finnes ikke i {programme}.").format(
                    goal=g.goal, programme=profile.name
                ),
                field_path=where,
            )
            continue
        if g.score <= 0:
            continue
        if g.justification.strip():
            justified_any = True
        else:
            name = profile.goal(g.goal).name  # type: ignore[union-attr]
            ctx.add(
                JUSTIFICATION,
                translate("goals", "Målet «{goal}» har {score} poeng uten begrunnelse.").format(
                    goal=name, score=g.score
                ),
                field_path=where,
            )
    if not justified_any:
        ctx.add(
            NONE,
            translate(
                "goals", "Gi poeng (1–{max}) med begrunnelse for minst ett av programmets mål."
            ).format(max=MAX_SCORE),
        )
