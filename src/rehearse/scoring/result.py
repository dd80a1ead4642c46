"""What a rubric score looks like (the contract in shared/spec/rubrics.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FlagKind = Literal["absolute", "label", "assumed_intent", "hedging", "sarcasm", "multiple_topics"]


class Span(BaseModel):
    """Words of the user's text: `text == source[start:end]`."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Flag(BaseModel):
    """Something worth pointing out beside the scores (it does not change them)."""

    model_config = ConfigDict(frozen=True)

    kind: FlagKind
    span: Span


class CriterionScore(BaseModel):
    id: str
    score: int | None = Field(ge=0, le=2)
    """0 to 2; None only when an LLM judge abstained on this criterion."""
    max: int = 2
    evidence: list[Span] = Field(default_factory=list)
    advice: str | None = None
    """One concrete suggestion, present whenever the score is below 2."""
    abstained: bool = False
    reasoning: str | None = None
    """The judge's reasoning; the rule scorer leaves it empty."""


class RubricResult(BaseModel):
    rubric: Literal["sbi", "smartt"]
    total: int
    max: int
    criteria: list[CriterionScore]
    flags: list[Flag] = Field(default_factory=list)
    scorer: str
    """`rules`, or the judge model's name."""

    @model_validator(mode="after")
    def _total_matches(self) -> RubricResult:
        expected = sum(c.score or 0 for c in self.criteria)
        if self.total != expected:
            raise ValueError(f"total {self.total} does not match the criteria ({expected})")
        return self

    def criterion(self, criterion_id: str) -> CriterionScore:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def scores(self) -> dict[str, int | None]:
        return {c.id: c.score for c in self.criteria}
