"""The offline rule scorer: `score(text, rubric)` and `score_all(text, rubrics)`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, cast

from rehearse.rubrics import get_rubric
from rehearse.scoring.flags import rubric_flags
from rehearse.scoring.result import CriterionScore, RubricResult
from rehearse.scoring.sbi import score_sbi
from rehearse.scoring.smartt import score_smartt
from rehearse.scoring.text import Doc, analyse

SCORERS: dict[str, Callable[[Doc], list[CriterionScore]]] = {
    "sbi": score_sbi,
    "smartt": score_smartt,
}


def score(text: str, rubric: str) -> RubricResult:
    """Score `text` against one rubric with the offline rules (pure, no I/O)."""
    definition = get_rubric(rubric)
    doc = analyse(text)
    criteria = _without_opening_and(doc, SCORERS[definition.id](doc))
    # Validated, which costs less than model_construct (in Python); the criteria and flags are
    # models already and are not validated again. The memoised flags are copied.
    return RubricResult(
        rubric=cast(Literal["sbi", "smartt"], definition.id),  # SCORERS has no other rubric
        total=sum(c.score or 0 for c in criteria),
        max=definition.max_total,
        criteria=criteria,
        flags=list(rubric_flags(doc)),
        scorer="rules",
    )


def _without_opening_and(doc: Doc, criteria: list[CriterionScore]) -> list[CriterionScore]:
    """Evidence quoted without the "and" that joined it to its sentence: "and the ELK cluster
    switched off" reads as "the ELK cluster switched off" ("so ..." and "which ..." keep theirs:
    they say it followed)."""
    for criterion in criteria:
        if any(span.text[:4].lower() == "and " for span in criterion.evidence):
            criterion.evidence = [
                (doc.span(span.start + 4, span.end) or span)
                if span.text[:4].lower() == "and "
                else span
                for span in criterion.evidence
            ]
    return criteria


def score_all(text: str, rubrics: Sequence[str]) -> dict[str, RubricResult]:
    """Score `text` against each rubric; the analysis of the text is shared."""
    return {get_rubric(rubric).id: score(text, rubric) for rubric in rubrics}
