"""The rule engine: checks a sheet against the programme's rules (issue 3).

One small module per theme; numbers come from the profile, never from code.
"""

from prosjektark.domain.rules.decision import DecisionAdvice, decision_advice
from prosjektark.domain.rules.engine import (
    acknowledged_keys,
    all_rules,
    check_sheet,
    resolve_profile,
    sheet_status,
)
from prosjektark.domain.rules.goals import GoalPoints, ScoreSummary, score_summary

__all__ = [
    "DecisionAdvice",
    "GoalPoints",
    "ScoreSummary",
    "acknowledged_keys",
    "all_rules",
    "check_sheet",
    "decision_advice",
    "resolve_profile",
    "score_summary",
    "sheet_status",
]
