"""The checks on a rewrite: facts missing and added (each named), jargon left, grade."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehearse.rewrite.analysis import Analysis, analyze
from rehearse.rewrite.facts import Fact, compare_facts
from rehearse.rewrite.jargon import Jargon


@dataclass(frozen=True)
class Checks:
    jargon_before: tuple[Jargon, ...]
    jargon_after: tuple[Jargon, ...]
    grade_before: float
    grade_after: float
    missing_facts: tuple[Fact, ...]
    added_facts: tuple[Fact, ...]

    @property
    def facts_ok(self) -> bool:
        """No fact lost and none invented."""
        return not self.missing_facts and not self.added_facts

    @property
    def fact_problems(self) -> int:
        return len(self.missing_facts) + len(self.added_facts)

    def as_json(self) -> dict[str, Any]:
        return {
            "jargon_before": [j.as_json() for j in self.jargon_before],
            "jargon_after": [j.as_json() for j in self.jargon_after],
            "grade_before": self.grade_before,
            "grade_after": self.grade_after,
            "missing_facts": [f.as_json() for f in self.missing_facts],
            "added_facts": [f.as_json() for f in self.added_facts],
        }


def check_rewrite(original: str, rewrite: str, *, before: Analysis | None = None) -> Checks:
    """Compare a rewrite with its original. `before` reuses an analysis of the original."""
    before = before if before is not None else analyze(original)
    after = analyze(rewrite)
    diff = compare_facts(original, rewrite, before=before.facts, after=after.facts)
    return Checks(
        jargon_before=before.jargon,
        jargon_after=after.jargon,
        grade_before=before.grade,
        grade_after=after.grade,
        missing_facts=diff.missing,
        added_facts=diff.added,
    )
