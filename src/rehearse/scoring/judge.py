"""The LLM judge: a capable model scores each criterion, quoting the text as evidence.

One call per criterion, not one per rubric: the prompt then holds only that
criterion's level descriptions (small and mid-size models rate one thing far
more reliably than six at once), one criterion cannot colour another (no halo
effect), and a reply that invents a quote or is unreadable costs that one
criterion, which is marked abstained, instead of the whole rubric.

Every quote must occur in the user's text (exact, or equal after folding case,
whitespace and typography); otherwise the criterion is abstained. A reply that
cannot be parsed, or a model failure, is an abstention (`score=None`), never
a 0. Temperature 0; the reply is validated by pydantic through
`Gateway.complete_json`. Judge scores are reported beside the rule scores and
never blended with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from rehearse.prompts import render
from rehearse.rubrics import Criterion, Rubric, get_rubric
from rehearse.scoring.result import CriterionScore, RubricResult, Span
from rehearse.scoring.text import fold

if TYPE_CHECKING:
    from rehearse.model import Gateway

TEMPLATE = "judge_criterion.j2"
MAX_TOKENS = 400
# Failures after which asking about the next criterion is pointless (the model is unreachable).
_FATAL = frozenset(
    {
        "auth",
        "not_found",
        "connection",
        "bad_request",
        "context_overflow",
        "timeout",
        "rate_limit",
        "server",
    }
)


class CriterionVerdict(BaseModel):
    """What the judge returns for one criterion: evidence first, then reasoning, then the score."""

    model_config = ConfigDict(extra="ignore")

    evidence: list[str] = Field(
        default_factory=list, description="quotes copied character for character from the text"
    )
    reasoning: str = Field(description="which level the evidence reaches, and why not the next")
    score: int = Field(ge=0, le=2)
    suggestion: str = Field(
        default="", description="one concrete suggestion when the score is below 2"
    )


def judge(text: str, rubric: str, gateway: Gateway) -> RubricResult:
    """Score `text` on every criterion of `rubric` with the judge model behind `gateway`."""
    from rehearse.model import ModelError

    definition = get_rubric(rubric)
    criteria: list[CriterionScore] = []
    fatal: str | None = None
    for criterion in definition.criteria:
        if fatal is not None:
            criteria.append(_abstain(criterion, fatal))
            continue
        try:
            verdict = gateway.complete_json(
                _messages(text, definition, criterion, gateway),
                CriterionVerdict,
                temperature=0.0,
                max_tokens=MAX_TOKENS,
            )
        except ModelError as error:
            reason = f"the judge gave no usable answer: {error.message}"
            if str(error.kind) in _FATAL:
                fatal = reason
            criteria.append(_abstain(criterion, reason))
            continue
        criteria.append(_checked(text, criterion, verdict))
    return RubricResult(
        rubric=definition.id,
        total=sum(c.score or 0 for c in criteria),
        max=definition.max_total,
        criteria=criteria,
        flags=[],
        scorer=gateway.model,
    )


def _messages(
    text: str, rubric: Rubric, criterion: Criterion, gateway: Gateway
) -> list[dict[str, Any]]:
    system = render(
        TEMPLATE,
        user_dir=gateway.settings.prompt_dir,  # a user's own judge prompt wins
        rubric_name=rubric.name,
        rubric_purpose=rubric.purpose,
        criterion_name=criterion.name,
        criterion_question=criterion.question,
        level_0=criterion.levels[0],
        level_1=criterion.levels[1],
        level_2=criterion.levels[2],
    )
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"Text to score (between the markers):\n<<<\n{text}\n>>>"},
    ]


def _checked(text: str, criterion: Criterion, verdict: CriterionVerdict) -> CriterionScore:
    """The verdict as a score, or an abstention when its evidence is not in the text."""
    quotes = [quote for quote in (_clean(q) for q in verdict.evidence) if quote]
    spans: list[Span] = []
    for quote in quotes:
        span = locate(quote, text)
        if span is None:
            return _abstain(
                criterion, f"the judge quoted words that are not in the text: “{quote[:80]}”"
            )
        spans.append(span)
    if verdict.score > 0 and not spans:
        return _abstain(criterion, "the judge gave a score without quoting any evidence")
    advice = None
    if verdict.score < 2:
        advice = verdict.suggestion.strip() or f"Aim for level 2: {criterion.levels[2]}."
    return CriterionScore(
        id=criterion.id,
        score=verdict.score,
        evidence=spans if verdict.score > 0 else [],
        advice=advice,
        reasoning=verdict.reasoning.strip() or None,
    )


def _abstain(criterion: Criterion, reason: str) -> CriterionScore:
    return CriterionScore(id=criterion.id, score=None, abstained=True, reasoning=reason)


_QUOTE_MARKS = " \t\n\"'“”‘’«»…."


def _clean(quote: str) -> str:
    quote = quote.strip().strip(_QUOTE_MARKS).strip()
    return quote.removesuffix("...").removeprefix("...").strip()


def locate(quote: str, text: str) -> Span | None:
    """Where `quote` occurs in `text`: exactly, or up to case, whitespace and typography."""
    start = text.find(quote)
    if start >= 0:
        return Span(text=quote, start=start, end=start + len(quote))
    tokens = [re.escape(token) for token in fold(quote).split()]
    if not tokens:
        return None
    match = re.search(r"\s+".join(tokens), fold(text), re.IGNORECASE)
    if match is None:
        return None
    return Span(text=text[match.start() : match.end()], start=match.start(), end=match.end())
