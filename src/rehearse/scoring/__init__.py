"""Rubric scoring: the offline rule scorer, the signals, and (lazily) the LLM judge.

    from rehearse.scoring import score, score_all, compute_signals
    result = score("In yesterday's standup you interrupted Priya twice.", "sbi")

The LLM judge lives in `rehearse.scoring.judge` and is imported only when
used: it needs the model layer, which the rule scorer never touches.
"""

from __future__ import annotations

from rehearse.scoring.result import CriterionScore, Flag, RubricResult, Span
from rehearse.scoring.rules import score, score_all
from rehearse.scoring.signals import compute_signals

__all__ = [
    "CriterionScore",
    "Flag",
    "RubricResult",
    "Span",
    "compute_signals",
    "score",
    "score_all",
]
